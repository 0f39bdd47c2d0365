// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>

#include "http/default_pipeline.h"
#include "http/router.h"
#include "http/server.h"
#include "medusa/core/config.h"

namespace medusa::test {

/// Limits small enough to test, timeouts generous enough not to flake on a loaded machine.
inline Config httpTestConfig() {
  Config config;
  config.host = "127.0.0.1";
  config.port = 0;  // ephemeral
  config.ioThreads = 2;
  config.workerThreads = 2;
  config.queueLimit = 64;
  config.maxConnections = 64;
  config.maxHeaderBytes = 4 * 1024;
  config.maxBodyBytes = 64 * 1024;
  config.readTimeoutMs = 10'000;
  config.idleTimeoutMs = 10'000;
  config.shutdownTimeoutMs = 5'000;
  config.storeCors = "http://store.test,http://localhost:8000";
  config.adminCors = R"(/^https?:\/\/admin\.test(:\d+)?$/)";
  config.authCors = "http://auth.test";
  return config;
}

/// A real server on a loopback port with the default middleware and `router`.
class TestServer {
 public:
  explicit TestServer(const Config& config = httpTestConfig()) : m_config(config) {}

  http::Router& router() { return m_router; }
  http::Server& server() { return *m_server; }
  std::uint16_t port() const { return m_server->port(); }

  void start() {
    m_server =
        std::make_unique<http::Server>(m_config, http::makeDefaultPipeline(m_config, m_router));
    m_server->start();
  }

 private:
  Config m_config;
  http::Router m_router;
  std::unique_ptr<http::Server> m_server;
};

/// Holds handlers until the test opens it, and tells the test when they have arrived.
class Gate {
 public:
  /// Called by a handler: counts it as arrived, then blocks until open().
  void pass() {
    std::unique_lock lock(m_mutex);
    ++m_arrived;
    m_changed.notify_all();
    m_changed.wait(lock, [this] { return m_open; });
  }

  bool waitArrived(int count, std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return m_arrived >= count; });
  }

  void open() {
    std::lock_guard lock(m_mutex);
    m_open = true;
    m_changed.notify_all();
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  int m_arrived = 0;
  bool m_open = false;
};

}  // namespace medusa::test
