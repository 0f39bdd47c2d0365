// SPDX-License-Identifier: MIT
// A migrated medusa-server on a fresh database for the catalog route tests: an admin login,
// a publishable key and products made through their modules (the routes that would make them
// belong to other families), and JSON requests over loopback.
#pragma once

#include <QtNetwork>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <utility>

#include "medusa/api_key/api_key_module.h"
#include "medusa/api_key/api_key_module_service.h"
#include "medusa/core/json.h"
#include "medusa/db/pool.h"
#include "medusa/framework/module_registry.h"
#include "medusa/product/product_module.h"
#include "medusa/product/product_module_service.h"
#include "medusa/workflow/service_container.h"
#include "raw_client.h"
#include "test_services.h"

namespace medusa::test {

namespace bj = boost::json;

class CatalogTestServer {
 public:
  /// Migrates a fresh database, creates the admin, starts the server; empty string on success.
  std::string start(const std::string& databasePrefix) {
    m_env = QProcessEnvironment::systemEnvironment();
    m_url = createDatabase(databasePrefix);
    m_env.insert("DATABASE_URL", QString::fromStdString(m_url));
    m_env.insert("LOG_LEVEL", "warn");
    m_env.insert("HOST", "127.0.0.1");
    m_env.insert("JWT_SECRET", "test-jwt-secret");
    if (runCli({"db:migrate"}) != 0) return "db:migrate failed";
    if (runCli({"user", "-e", "admin@catalog.test", "-p", "supersecret"}) != 0) {
      return "user creation failed";
    }
    bootModules();
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    m_env.insert("PORT", QString::number(m_port));
    m_server.setProcessEnvironment(m_env);
    m_server.setProcessChannelMode(QProcess::ForwardedChannels);
    m_server.start(QStringLiteral(MEDUSA_SERVER_BINARY), {"start"});
    for (int i = 0; i < 600; ++i) {
      try {
        if (send("GET", "/health").status == 200) return login();
      } catch (const std::exception&) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return "medusa-server did not start";
  }

  void stop() {
    m_server.terminate();
    m_server.waitForFinished(10000);
  }

  /// Any request; `headers` are extra header lines ("Name: value\r\n").
  RawResponse send(const std::string& method, const std::string& path,
                   const std::string& body = {}, const std::string& headers = {}) const {
    std::string request = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers;
    if (!body.empty()) {
      request += "Content-Type: application/json\r\nContent-Length: " +
                 std::to_string(body.size()) + "\r\n";
    }
    return medusa::test::exchange(m_port, request + "\r\n" + body);
  }

  /// An admin request with the bearer token.
  RawResponse admin(const std::string& method, const std::string& path,
                    const bj::value& body = nullptr) const {
    return send(method, path, body.is_null() ? std::string() : json::stringify(body),
                "Authorization: Bearer " + m_token + "\r\n");
  }

  /// A store GET with the publishable key.
  RawResponse store(const std::string& path) const {
    return send("GET", path, {}, "x-publishable-api-key: " + m_publishableKey + "\r\n");
  }

  /// Products made through the product module (the product routes are another family's).
  std::string createProduct(const std::string& title) const {
    const auto created = m_modules.services->resolve<product::ProductModuleService>()
                             .createProducts(bj::array{bj::object{{"title", title}}});
    return std::string(created.at(0).at("id").as_string());
  }

 private:
  struct Modules {
    std::unique_ptr<db::Pool> pool;
    std::shared_ptr<workflow::ServiceContainer> services;
    std::unique_ptr<framework::ModuleRegistry> registry;
  };

  int runCli(const QStringList& args) {
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(MEDUSA_SERVER_BINARY), args);
    process.waitForFinished(60000);
    return process.exitCode();
  }

  // The api-key and product modules over the migrated database, as the server boots them.
  void bootModules() {
    m_modules.pool = std::make_unique<db::Pool>(db::PoolOptions{.url = m_url, .size = 2});
    m_modules.services = std::make_shared<workflow::ServiceContainer>();
    m_modules.registry = std::make_unique<framework::ModuleRegistry>();
    m_modules.registry->addModule(api_key::moduleDefinition());
    m_modules.registry->addModule(product::moduleDefinition());
    m_modules.registry->boot(*m_modules.pool, m_modules.services.get());
    const auto key = m_modules.services->resolve<api_key::ApiKeyModuleService>().createApiKeys(
        bj::array{bj::object{{"title", "Catalog tests"}, {"type", "publishable"},
                             {"created_by", "test"}}});
    m_publishableKey = std::string(key.at(0).at("token").as_string());
  }

  std::string login() {
    const auto response = send("POST", "/auth/user/emailpass",
                               R"({"email":"admin@catalog.test","password":"supersecret"})");
    if (response.status != 200) return "login failed: " + response.body;
    m_token = std::string(response.json().at("token").as_string());
    return {};
  }

  QProcessEnvironment m_env;
  QProcess m_server;
  std::string m_url;
  std::uint16_t m_port = 0;
  std::string m_token;
  std::string m_publishableKey;
  Modules m_modules;
};

}  // namespace medusa::test
