// SPDX-License-Identifier: MIT
#pragma once
// What the sales channel, API key, stock location and inventory HTTP tests share: a
// medusa-server process on a fresh database with one admin, and requests with any method,
// headers and JSON body over loopback.
#include <QtNetwork>
#include <QtTest>

#include <chrono>
#include <string>
#include <thread>
#include <utility>

#include "medusa/core/json.h"
#include "raw_client.h"
#include "test_services.h"

namespace medusa::test {

/// A running medusa-server with an admin signed in (`token()`).
class AdminServer {
 public:
  static constexpr const char* kEmail = "admin@medusa-test.com";
  static constexpr const char* kPassword = "supersecret";

  AdminServer() = default;
  AdminServer(const AdminServer&) = delete;
  AdminServer& operator=(const AdminServer&) = delete;
  ~AdminServer() { stop(); }

  /// Migrates a fresh database named after `name`, creates the admin, starts the server and
  /// signs in. False (with `error()`) when any of that fails.
  bool start(const std::string& name) {
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert("DATABASE_URL", QString::fromStdString(createDatabase(name)));
    m_env.insert("LOG_LEVEL", "warn");
    m_env.insert("HOST", "127.0.0.1");
    m_env.insert("JWT_SECRET", "test-jwt-secret");
    if (runCli({"db:migrate"}) != 0 || runCli({"user", "-e", kEmail, "-p", kPassword}) != 0) {
      return false;
    }
    m_port = freePort();
    m_env.insert("PORT", QString::number(m_port));
    m_server.setProcessEnvironment(m_env);
    m_server.setProcessChannelMode(QProcess::ForwardedChannels);
    m_server.start(QStringLiteral(MEDUSA_SERVER_BINARY), {"start"});
    for (int i = 0; i < 600; ++i) {
      try {
        if (send("GET", "/health").status == 200) return signIn();
      } catch (const std::exception&) {
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    m_error = "medusa-server did not start";
    return false;
  }

  void stop() {
    if (m_server.state() == QProcess::NotRunning) return;
    m_server.terminate();
    m_server.waitForFinished(10000);
  }

  const std::string& error() const noexcept { return m_error; }
  const std::string& token() const noexcept { return m_token; }
  std::string bearer() const { return "Authorization: Bearer " + m_token + "\r\n"; }

  /// One request; `headers` are complete lines ("Name: value\r\n"); a non-empty `body` is
  /// sent as JSON.
  RawResponse send(const std::string& method, const std::string& path,
                   const std::string& headers = {}, const std::string& body = {}) const {
    std::string request = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers;
    if (!body.empty()) {
      request += "Content-Type: application/json\r\nContent-Length: " +
                 std::to_string(body.size()) + "\r\n";
    }
    return medusa::test::exchange(m_port, request + "\r\n" + body);
  }

  /// As the signed-in admin.
  RawResponse get(const std::string& path) const { return send("GET", path, bearer()); }
  RawResponse post(const std::string& path, const boost::json::value& body) const {
    return send("POST", path, bearer(), json::stringify(body));
  }
  RawResponse del(const std::string& path) const { return send("DELETE", path, bearer()); }

 private:
  static std::uint16_t freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
  }

  int runCli(const QStringList& args) {
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(MEDUSA_SERVER_BINARY), args);
    process.waitForFinished(60000);
    if (process.exitCode() != 0) m_error = process.readAll().toStdString();
    return process.exitCode();
  }

  bool signIn() {
    const auto response =
        send("POST", "/auth/user/emailpass", {},
             json::stringify(boost::json::object{{"email", kEmail}, {"password", kPassword}}));
    if (response.status != 200) {
      m_error = "sign-in failed: " + response.body;
      return false;
    }
    m_token = std::string(response.json().at("token").as_string());
    return true;
  }

  QProcessEnvironment m_env;
  QProcess m_server;
  std::uint16_t m_port = 0;
  std::string m_token;
  std::string m_error;
};

/// The `message` of an error body.
inline std::string messageOf(const RawResponse& response) {
  return std::string(response.json().at("message").as_string());
}

/// `key` of the response's `envelope` object.
inline boost::json::value at(const RawResponse& response, std::string_view envelope,
                             std::string_view key) {
  return response.json().at(envelope).at(key);
}

}  // namespace medusa::test
