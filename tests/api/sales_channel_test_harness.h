// SPDX-License-Identifier: MIT
#pragma once
// What the sales channel, API key, stock location and inventory HTTP tests share: a
// medusa-server process on a fresh database with one admin, and requests with any method,
// headers and JSON body over loopback.
#include <QtTest>

#include <memory>
#include <string>
#include <string_view>

#include "medusa/core/json.h"
#include "raw_client.h"
#include "server_process.h"

namespace medusa::test {

/// A running medusa-server with an admin signed in (`token()`).
class AdminServer {
 public:
  static constexpr const char* kEmail = "admin@medusa-test.com";
  static constexpr const char* kPassword = "supersecret";

  /// Migrates a fresh database named after `name`, creates the admin, starts the server and
  /// signs in. False (with `error()`) when any of that fails.
  bool start(const std::string& name) {
    m_server = std::make_unique<ServerProcess>(
        ServerOptions{.database = name, .adminEmail = kEmail, .adminPassword = kPassword});
    if (!m_server->prepare() || !m_server->start()) {
      m_error = m_server->error();
      return false;
    }
    return signIn();
  }

  void stop() {
    if (m_server) m_server->stop();
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
    return medusa::test::exchange(m_server->port(), request + "\r\n" + body);
  }

  /// As the signed-in admin.
  RawResponse get(const std::string& path) const { return send("GET", path, bearer()); }
  RawResponse post(const std::string& path, const boost::json::value& body) const {
    return send("POST", path, bearer(), json::stringify(body));
  }
  RawResponse del(const std::string& path) const { return send("DELETE", path, bearer()); }

 private:
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

  std::unique_ptr<ServerProcess> m_server;
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
