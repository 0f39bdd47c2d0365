// SPDX-License-Identifier: MIT
#pragma once

// Private to the listener: one of the two translation units that see Beast and Asio.

#include <atomic>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "http/detail/connection_registry.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "http/worker_pool.h"

namespace medusa::http::detail {

/// What all connections of a server share. Owned by the server, outlives every connection.
struct ServerState {
  std::size_t maxHeaderBytes = 16 * 1024;
  std::size_t maxBodyBytes = 1024 * 1024;
  std::chrono::milliseconds readTimeout{30'000};
  std::chrono::milliseconds idleTimeout{60'000};
  std::chrono::milliseconds requestTimeout{30'000};  // from a request's arrival to its answer
  Handler handler;
  WorkerPool* workers = nullptr;
  ConnectionRegistry registry;
  std::atomic<bool> stopping{false};
};

/// One client connection. Everything but the handler runs on the connection's I/O thread (each
/// I/O thread has its own io_context, so no strand is needed); requests are read, handled and
/// answered one at a time, which keeps pipelined responses in order, and the next pipelined
/// request simply waits in the read buffer.
class Connection : public std::enable_shared_from_this<Connection> {
 public:
  Connection(boost::asio::ip::tcp::socket socket, ServerState& server);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  const boost::asio::any_io_executor& executor() const noexcept { return m_executor; }

  // Call these on executor().
  void start();
  /// Graceful: an idle or half-read connection closes now; one whose request is being handled
  /// or answered closes after the response.
  void shutdown();
  /// Closes now; a response still being computed is dropped.
  void forceClose();

 private:
  enum class State { Idle, Reading, Handling, Writing, Closing, Closed };

  void waitForRequest();
  void readHeader();
  void onHeader(boost::beast::error_code ec);
  void readBody();
  void onReadError(boost::beast::error_code ec);
  void dispatch();
  void handleOnWorker();
  void onHandled();
  void sendResponse(bool close);
  void onWritten(boost::beast::error_code ec, bool close);
  void sendError(int status, std::string_view type, std::string message);
  void lingerThenClose();
  void drain();
  void close();

  ServerState& m_server;
  boost::asio::any_io_executor m_executor;
  boost::beast::tcp_stream m_stream;
  boost::beast::flat_buffer m_buffer;
  std::optional<boost::beast::http::request_parser<boost::beast::http::string_body>> m_parser;
  std::string m_remoteAddress;
  State m_state = State::Idle;
  Request m_request;    // owned by the worker while State::Handling
  Response m_response;  // written by the worker, then sent from here
  std::string m_head;   // serialized status line and headers of m_response
  std::chrono::steady_clock::time_point m_received{};  // when m_request was read whole
  int m_version = 11;
  bool m_keepAlive = true;
  bool m_headRequest = false;
  bool m_closeAfterWrite = false;
  std::atomic<bool> m_abandoned{false};
};

}  // namespace medusa::http::detail
