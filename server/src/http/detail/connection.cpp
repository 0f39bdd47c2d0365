// SPDX-License-Identifier: MIT
#include "http/detail/connection.h"

#include <spdlog/spdlog.h>

#include <array>
#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/read.hpp>
#include <cstdint>

#include "http/detail/request_reader.h"
#include "http/detail/response_head.h"
#include "medusa/core/deadline.h"
#include "http/middleware/error_middleware.h"

namespace medusa::http::detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

namespace {

constexpr std::size_t kReadChunk = 8 * 1024;
// How long a closing connection waits for the client's FIN after ours: closing with unread
// input makes the kernel send RST, which can destroy the error response before it is read.
constexpr std::chrono::milliseconds kLingerTime{2'000};
constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

bool isDisconnect(const beast::error_code& ec) {
  return ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message ||
         ec == asio::error::eof || ec == asio::error::connection_reset ||
         ec == asio::error::operation_aborted || ec == asio::error::bad_descriptor;
}

// Under overload every request is refused; one line a second says so without flooding the log.
void logRefusal() {
  static std::atomic<std::int64_t> lastSecond{0};
  static std::atomic<std::uint64_t> refused{0};
  refused.fetch_add(1, std::memory_order_relaxed);
  const std::int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                               std::chrono::steady_clock::now().time_since_epoch())
                               .count();
  std::int64_t last = lastSecond.load(std::memory_order_relaxed);
  if (now != last && lastSecond.compare_exchange_strong(last, now)) {
    spdlog::warn("worker queue full: refused {} request(s) with 503", refused.exchange(0));
  }
}

}  // namespace

Connection::Connection(asio::ip::tcp::socket socket, ServerState& server)
    : m_server(server),
      m_executor(socket.get_executor()),
      m_stream(std::move(socket)),
      // The header must fit in the buffer whole; bodies stream through it into the request.
      m_buffer(server.maxHeaderBytes + 64 * 1024) {
  beast::error_code ec;
  const auto endpoint = m_stream.socket().remote_endpoint(ec);
  if (!ec) m_remoteAddress = endpoint.address().to_string();
}

Connection::~Connection() {
  m_server.registry.remove(this);
}

void Connection::start() {
  beast::error_code ec;
  m_stream.socket().set_option(asio::ip::tcp::no_delay(true), ec);  // responses are one write
  waitForRequest();
}

void Connection::shutdown() {
  switch (m_state) {
    case State::Idle:
    case State::Reading:
      close();
      break;
    case State::Handling:
    case State::Writing:
      m_closeAfterWrite = true;
      break;
    case State::Closing:
    case State::Closed:
      break;
  }
}

void Connection::forceClose() {
  m_abandoned = true;
  close();
}

// Between requests only the idle timeout applies; the read timeout starts with the first byte.
void Connection::waitForRequest() {
  if (m_server.stopping) return close();
  m_state = State::Idle;
  if (m_buffer.size() > 0) return readHeader();  // a pipelined request is already here
  m_stream.expires_after(m_server.idleTimeout);
  m_stream.async_read_some(m_buffer.prepare(kReadChunk),
                           [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                             if (ec)
                               return self->close();  // idle timeout, client gone, or shutdown
                             self->m_buffer.commit(n);
                             self->readHeader();
                           });
}

void Connection::readHeader() {
  m_state = State::Reading;
  m_parser.emplace();
  limitParser(*m_parser, m_server.maxHeaderBytes, m_server.maxBodyBytes);
  m_stream.expires_after(m_server.readTimeout);  // covers header and body together
  bhttp::async_read_header(
      m_stream, m_buffer, *m_parser,
      [self = shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
}

void Connection::onHeader(beast::error_code ec) {
  if (ec) return onReadError(ec);
  if (m_parser->is_done()) return dispatch();
  const auto& message = m_parser->get();
  if (message.version() >= 11 && equalsIgnoreCase(message[bhttp::field::expect], "100-continue")) {
    // curl and others wait for this before sending a body; the limits were already checked.
    asio::async_write(m_stream, asio::buffer(kContinue.data(), kContinue.size()),
                      [self = shared_from_this()](beast::error_code writeError, std::size_t) {
                        if (writeError) return self->close();
                        self->readBody();
                      });
    return;
  }
  readBody();
}

void Connection::readBody() {
  bhttp::async_read(m_stream, m_buffer, *m_parser,
                    [self = shared_from_this()](beast::error_code ec, std::size_t) {
                      if (ec) return self->onReadError(ec);
                      self->dispatch();
                    });
}

void Connection::onReadError(beast::error_code ec) {
  if (m_state == State::Closed) return;
  if (ec == bhttp::error::header_limit || ec == bhttp::error::buffer_overflow) {
    return sendError(431, "invalid_data",
                     "Request header fields too large (limit " +
                         std::to_string(m_server.maxHeaderBytes) + " bytes)");
  }
  if (ec == bhttp::error::body_limit) {
    return sendError(
        413, "invalid_data",
        "Request body too large (limit " + std::to_string(m_server.maxBodyBytes) + " bytes)");
  }
  // A timed-out tcp_stream has already closed its socket, so there is no 408 to send: the
  // slow client just loses the connection.
  if (ec == beast::error::timeout || isDisconnect(ec)) return close();
  sendError(400, "invalid_data", "Malformed HTTP request: " + ec.message());
}

void Connection::dispatch() {
  m_stream.expires_never();
  auto& message = m_parser->get();
  m_request.reset();
  fillRequest(m_request, message);
  m_request.setRemoteAddress(m_remoteAddress);
  m_version = static_cast<int>(message.version());
  m_keepAlive = message.keep_alive();
  m_headRequest = m_request.method() == Method::Head;
  m_parser.reset();
  m_received = std::chrono::steady_clock::now();

  m_state = State::Handling;
  if (!m_server.workers->tryPost([self = shared_from_this()] { self->handleOnWorker(); })) {
    // Queue full: answer at once rather than let waiting requests pile up in memory.
    m_response = Response::error(503, "unexpected_state",
                                 "The server is too busy to handle the request; retry shortly");
    m_response.setHeader("Retry-After", "1");
    logRefusal();
    onHandled();
  }
}

void Connection::handleOnWorker() {
  if (!m_abandoned) {
    try {
      // The budget counts from arrival: time spent queued for a worker is spent.
      const auto deadline = m_received + m_server.requestTimeout;
      if (std::chrono::steady_clock::now() >= deadline) {
        throw timeoutError("The request waited too long for a worker and was not handled.");
      }
      const DeadlineScope budget(deadline);
      m_response = m_server.handler(m_request);
    } catch (...) {
      // The chain's error middleware normally answers; this is the net under it.
      m_response = ErrorMiddleware::toResponse(std::current_exception());
    }
  }
  asio::post(m_executor, [self = shared_from_this()] { self->onHandled(); });
}

void Connection::onHandled() {
  if (m_state == State::Closed) return;  // force-closed while the handler ran
  const bool close = !m_keepAlive || m_closeAfterWrite || m_server.stopping ||
                     equalsIgnoreCase(m_response.header("connection"), "close");
  sendResponse(close);
}

void Connection::sendResponse(bool close) {
  m_state = State::Writing;
  m_head.clear();
  writeResponseHead(m_head, m_response, {m_version, !close});
  const bool withBody = !m_headRequest && statusAllowsBody(m_response.status());
  const std::array<asio::const_buffer, 2> buffers{
      asio::buffer(m_head), withBody ? asio::buffer(m_response.body()) : asio::const_buffer()};
  // A client that stops reading must not hold the connection for ever either.
  m_stream.expires_after(m_server.readTimeout);
  asio::async_write(m_stream, buffers,
                    [self = shared_from_this(), close](beast::error_code ec, std::size_t) {
                      self->onWritten(ec, close);
                    });
}

void Connection::onWritten(beast::error_code ec, bool close) {
  m_response = Response();  // release the body now, not at the next request
  if (ec || m_state == State::Closed) return this->close();
  if (close || m_closeAfterWrite || m_server.stopping) return lingerThenClose();
  waitForRequest();
}

void Connection::sendError(int status, std::string_view type, std::string message) {
  m_parser.reset();
  m_keepAlive = false;
  m_headRequest = false;
  m_response = Response::error(status, type, std::move(message));
  sendResponse(true);
}

void Connection::lingerThenClose() {
  m_state = State::Closing;
  beast::error_code ec;
  m_stream.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ec);
  if (ec) return close();
  m_buffer.clear();
  m_stream.expires_after(std::min(kLingerTime, m_server.readTimeout));
  drain();
}

void Connection::drain() {
  m_stream.async_read_some(m_buffer.prepare(kReadChunk),
                           [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                             // Discarded (never committed). Ends at the client's FIN, an error or
                             // the deadline.
                             static_cast<void>(n);
                             if (ec || self->m_state != State::Closing) return self->close();
                             self->drain();
                           });
}

void Connection::close() {
  if (m_state == State::Closed) return;
  m_state = State::Closed;
  m_stream.close();  // cancels the pending operation and the timer
}

}  // namespace medusa::http::detail
