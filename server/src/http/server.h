// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include "http/router.h"
#include "medusa/core/config.h"

namespace medusa::http {

/// The HTTP/1.1 listener (Boost.Beast; kept out of this header so only two translation units
/// compile Asio). I/O threads accept, parse and write; `handler` runs on a bounded worker pool.
///
///   Router router;
///   registerHealthRoutes(router);
///   Server server(config, makeDefaultPipeline(config, router));
///   server.start();            // throws if it cannot listen
///   server.waitForSignal();    // until SIGINT/SIGTERM, then a graceful stop()
///
/// Limits and threads come from the Config: ioThreads, workerThreads, queueLimit,
/// maxConnections, maxHeaderBytes (431), maxBodyBytes (413), readTimeoutMs (a request must
/// arrive whole within it, else the connection is closed), idleTimeoutMs (keep-alive),
/// requestTimeoutMs (the handler runs under that deadline, medusa/core/deadline.h, counted
/// from the request's arrival: past it the database work stops and the answer is a 503),
/// shutdownTimeoutMs.
/// `port` 0 binds an ephemeral port; port() tells which.
class Server {
 public:
  Server(const Config& config, Handler handler);
  /// Stops the server if it is still running.
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  /// Binds host:port, starts the threads and begins accepting. Throws std::runtime_error when
  /// the address cannot be bound; throws std::logic_error when called twice.
  void start();

  /// The bound port (after start()).
  std::uint16_t port() const noexcept;

  /// Graceful shutdown: stops accepting, closes idle connections, lets requests in flight
  /// finish and be answered (with `Connection: close`) for up to shutdownTimeoutMs, then closes
  /// what is left, drains the worker queue and joins all threads. Thread-safe and idempotent;
  /// a concurrent caller returns once the stop is complete. Never call it from a handler.
  void stop();

  /// Blocks until SIGINT or SIGTERM arrives (or stop() is called elsewhere), then stop()s.
  /// Call it from the main thread after start().
  void waitForSignal();

  /// Open connections (for tests and metrics).
  std::size_t connectionCount() const;

 private:
  class Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace medusa::http
