// SPDX-License-Identifier: MIT
#include "http/server.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <csignal>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <future>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "http/detail/connection.h"
#include "http/worker_pool.h"

namespace medusa::http {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {

std::size_t cores() {
  return std::max(1U, std::thread::hardware_concurrency());
}

std::size_t ioThreadCount(const Config& config) {
  return config.ioThreads > 0 ? static_cast<std::size_t>(config.ioThreads) : cores();
}

std::size_t workerThreadCount(const Config& config) {
  return config.workerThreads > 0 ? static_cast<std::size_t>(config.workerThreads)
                                  : std::max<std::size_t>(4, 2 * cores());
}

std::size_t atLeastOne(int value) {
  return static_cast<std::size_t>(std::max(1, value));
}

// After a burst of connections (a load spike, an attack of idle connections) the allocator
// keeps the memory they used; it goes back to the system once most of them are closed.
constexpr std::size_t kTrimAfterConnections = 1000;
constexpr std::chrono::seconds kTrimCheckInterval{1};

void releaseFreeMemory() {
#if defined(__GLIBC__)
  ::malloc_trim(0);
#endif
}

}  // namespace

class Server::Impl {
 public:
  Impl(const Config& config, Handler handler) : m_config(config) {
    m_state.maxHeaderBytes = atLeastOne(config.maxHeaderBytes);
    m_state.maxBodyBytes = static_cast<std::size_t>(std::max(0, config.maxBodyBytes));
    m_state.readTimeout = std::chrono::milliseconds(std::max(1, config.readTimeoutMs));
    m_state.idleTimeout = std::chrono::milliseconds(std::max(1, config.idleTimeoutMs));
    m_state.requestTimeout = std::chrono::milliseconds(std::max(1, config.requestTimeoutMs));
    m_state.handler = std::move(handler);
    if (!m_state.handler) throw std::logic_error("Server needs a handler");
  }

  ~Impl() { stop(); }

  void start() {
    std::lock_guard lock(m_lifecycle);
    if (m_started) throw std::logic_error("Server::start() called twice");
    const std::size_t ioThreads = ioThreadCount(m_config);
    for (std::size_t i = 0; i < ioThreads; ++i) {
      // One io_context per thread with a concurrency hint of 1: a connection lives on one
      // thread, so Asio can skip its internal locking and no strand is needed.
      m_contexts.push_back(std::make_unique<asio::io_context>(1));
      m_guards.emplace_back(m_contexts.back()->get_executor());
    }
    listen();
    m_workers =
        std::make_unique<WorkerPool>(workerThreadCount(m_config), atLeastOne(m_config.queueLimit));
    m_state.workers = m_workers.get();
    for (auto& context : m_contexts) {
      m_ioThreads.emplace_back([ctx = context.get()] { runIo(*ctx); });
    }
    m_started = true;
    asio::post(*m_contexts.front(), [this] {
      accept();
      checkTrim();
    });
    spdlog::info("listening on {}:{} ({} I/O threads, {} workers)", m_config.host, m_port,
                 ioThreads, m_workers->threadCount());
  }

  std::uint16_t port() const noexcept { return m_port; }

  std::size_t connectionCount() const { return m_state.registry.size(); }

  void stop() {
    std::lock_guard lock(m_lifecycle);
    m_signals.stop();  // wakes waitForSignal() when another thread stops the server
    if (!m_started || m_stopped) return;
    m_stopped = true;
    m_state.stopping = true;
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::milliseconds(std::max(0, m_config.shutdownTimeoutMs));

    // 1. No new connections. Closed on its own thread: the acceptor is not thread-safe.
    std::promise<void> acceptorClosed;
    asio::post(*m_contexts.front(), [this, &acceptorClosed] {
      boost::system::error_code ec;
      m_acceptor->close(ec);
      m_acceptRetry->cancel();
      m_trimTimer->cancel();
      acceptorClosed.set_value();
    });
    acceptorClosed.get_future().wait();

    // 2. Idle connections close, busy ones after their response; then wait for them.
    for (auto& connection : m_state.registry.snapshot()) {
      asio::post(connection->executor(), [connection] { connection->shutdown(); });
    }
    if (!m_state.registry.waitUntilEmpty(deadline)) {
      spdlog::warn("shutdown deadline passed with {} connection(s) open; closing them",
                   m_state.registry.size());
      for (auto& connection : m_state.registry.snapshot()) {
        asio::post(connection->executor(), [connection] { connection->forceClose(); });
      }
    }

    // 3. Workers finish what they hold (a force-closed connection's request is skipped), then
    //    the I/O threads, once their last completions have run.
    m_workers->shutdown();
    m_state.registry.waitUntilEmpty(std::chrono::steady_clock::now() + std::chrono::seconds(1));
    m_guards.clear();
    for (auto& context : m_contexts) context->stop();
    for (auto& thread : m_ioThreads) thread.join();
    spdlog::info("HTTP server stopped");
  }

  void waitForSignal() {
    asio::signal_set signals(m_signals, SIGINT, SIGTERM);
    signals.async_wait([](const boost::system::error_code& ec, int signal) {
      if (!ec) spdlog::info("received signal {}, shutting down", signal);
    });
    m_signals.run();
    stop();
  }

 private:
  void listen() {
    tcp::resolver resolver(*m_contexts.front());
    boost::system::error_code ec;
    const auto endpoints =
        resolver.resolve(m_config.host, std::to_string(m_config.port), tcp::resolver::passive, ec);
    if (ec || endpoints.empty()) {
      throw std::runtime_error("cannot resolve listen address " + m_config.host + ": " +
                               ec.message());
    }
    // "localhost" may resolve to ::1 first; binding only that would strand IPv4 clients.
    tcp::endpoint endpoint = endpoints.begin()->endpoint();
    for (const auto& entry : endpoints) {
      if (entry.endpoint().address().is_v4()) {
        endpoint = entry.endpoint();
        break;
      }
    }
    m_acceptor.emplace(*m_contexts.front());
    m_acceptRetry.emplace(*m_contexts.front());
    m_trimTimer.emplace(*m_contexts.front());
    auto fail = [&](const char* what) {
      throw std::runtime_error(std::string("cannot listen on ") + m_config.host + ":" +
                               std::to_string(m_config.port) + ": " + what + ": " + ec.message());
    };
    if (m_acceptor->open(endpoint.protocol(), ec)) fail("open");
    if (m_acceptor->set_option(tcp::acceptor::reuse_address(true), ec)) fail("SO_REUSEADDR");
    if (m_acceptor->bind(endpoint, ec)) fail("bind");
    if (m_acceptor->listen(asio::socket_base::max_listen_connections, ec)) fail("listen");
    m_port = m_acceptor->local_endpoint().port();
  }

  void accept() {
    asio::io_context& target = *m_contexts[m_nextContext++ % m_contexts.size()];
    m_acceptor->async_accept(target, [this](boost::system::error_code ec, tcp::socket socket) {
      if (ec == asio::error::operation_aborted || !m_acceptor->is_open()) return;
      if (ec) {
        // Out of file descriptors and the like: back off instead of spinning.
        spdlog::warn("accept failed: {}", ec.message());
        m_acceptRetry->expires_after(std::chrono::milliseconds(50));
        m_acceptRetry->async_wait([this](boost::system::error_code timerError) {
          if (!timerError) accept();
        });
        return;
      }
      if (m_state.registry.size() >= atLeastOne(m_config.maxConnections)) {
        socket.close(ec);  // refused at once: no buffers, no timers, no worker
        spdlog::debug("connection limit {} reached; refused a connection", m_config.maxConnections);
      } else {
        auto connection = std::make_shared<detail::Connection>(std::move(socket), m_state);
        m_state.registry.add(connection);
        m_peakConnections = std::max(m_peakConnections, m_state.registry.size());
        asio::post(connection->executor(), [connection] { connection->start(); });
      }
      accept();
    });
  }

  // On the acceptor's thread, like accept(), which updates m_peakConnections.
  void checkTrim() {
    const std::size_t open = m_state.registry.size();
    if (m_peakConnections >= kTrimAfterConnections && open <= m_peakConnections / 2) {
      releaseFreeMemory();
      spdlog::debug("{} of {} connections closed: released free memory",
                    m_peakConnections - open, m_peakConnections);
      m_peakConnections = open;
    }
    m_trimTimer->expires_after(kTrimCheckInterval);
    m_trimTimer->async_wait([this](boost::system::error_code ec) {
      if (!ec) checkTrim();
    });
  }

  static void runIo(asio::io_context& context) {
    for (;;) {
      try {
        context.run();
        return;
      } catch (const std::exception& e) {
        // Completion handlers do not throw by design; if one does, keep the thread serving.
        spdlog::error("I/O thread: unexpected exception: {}", e.what());
      }
    }
  }

  Config m_config;
  // Destroyed last: connections held by pending handlers unregister themselves on destruction.
  detail::ServerState m_state;
  std::unique_ptr<WorkerPool> m_workers;
  std::vector<std::unique_ptr<asio::io_context>> m_contexts;
  std::vector<asio::executor_work_guard<asio::io_context::executor_type>> m_guards;
  std::optional<tcp::acceptor> m_acceptor;
  std::optional<asio::steady_timer> m_acceptRetry;
  std::optional<asio::steady_timer> m_trimTimer;
  std::size_t m_peakConnections = 0;  // since the last trim; acceptor thread only
  std::vector<std::thread> m_ioThreads;
  std::size_t m_nextContext = 0;
  std::uint16_t m_port = 0;
  asio::io_context m_signals{1};
  std::mutex m_lifecycle;
  bool m_started = false;
  bool m_stopped = false;
};

Server::Server(const Config& config, Handler handler)
    : m_impl(std::make_unique<Impl>(config, std::move(handler))) {}

Server::~Server() = default;

void Server::start() {
  m_impl->start();
}

std::uint16_t Server::port() const noexcept {
  return m_impl->port();
}

void Server::stop() {
  m_impl->stop();
}

void Server::waitForSignal() {
  m_impl->waitForSignal();
}

std::size_t Server::connectionCount() const {
  return m_impl->connectionCount();
}

}  // namespace medusa::http
