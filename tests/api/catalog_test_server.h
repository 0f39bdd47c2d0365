// SPDX-License-Identifier: MIT
// A migrated medusa-server on a fresh database for the catalog route tests: an admin login,
// a publishable key and products made through their modules (the routes that would make them
// belong to other families), and JSON requests over loopback.
#pragma once

#include <memory>
#include <string>

#include "medusa/api_key/api_key_module.h"
#include "medusa/api_key/api_key_module_service.h"
#include "medusa/core/json.h"
#include "medusa/db/pool.h"
#include "medusa/framework/module_registry.h"
#include "medusa/product/product_module.h"
#include "medusa/product/product_module_service.h"
#include "medusa/workflow/service_container.h"
#include "raw_client.h"
#include "server_process.h"

namespace medusa::test {

namespace bj = boost::json;

class CatalogTestServer {
 public:
  /// Migrates a fresh database, creates the admin, starts the server; empty string on success.
  std::string start(const std::string& databasePrefix) {
    m_server = std::make_unique<ServerProcess>(ServerOptions{.database = databasePrefix,
                                                             .adminEmail = "admin@catalog.test",
                                                             .adminPassword = "supersecret"});
    if (!m_server->prepare()) return m_server->error();
    bootModules();
    if (!m_server->start()) return m_server->error();
    return login();
  }

  void stop() {
    if (m_server) m_server->stop();
  }

  /// Any request; `headers` are extra header lines ("Name: value\r\n").
  RawResponse send(const std::string& method, const std::string& path,
                   const std::string& body = {}, const std::string& headers = {}) const {
    std::string request = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers;
    if (!body.empty()) {
      request += "Content-Type: application/json\r\nContent-Length: " +
                 std::to_string(body.size()) + "\r\n";
    }
    return medusa::test::exchange(m_server->port(), request + "\r\n" + body);
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

  // The api-key and product modules over the migrated database, as the server boots them.
  void bootModules() {
    m_modules.pool =
        std::make_unique<db::Pool>(db::PoolOptions{.url = m_server->databaseUrl(), .size = 2});
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

  std::unique_ptr<ServerProcess> m_server;
  std::string m_token;
  std::string m_publishableKey;
  Modules m_modules;
};

}  // namespace medusa::test
