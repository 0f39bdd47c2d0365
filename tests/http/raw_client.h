// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "medusa/core/json.h"

namespace medusa::test {

using namespace std::chrono_literals;

/// A response as read off the wire by RawClient.
struct RawResponse {
  std::string version;  // "HTTP/1.1"
  int status = 0;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  /// First value of a header (case-insensitive), "" when absent.
  std::string header(std::string_view name) const;
  bool hasHeader(std::string_view name) const;
  /// The body parsed as JSON (throws medusa::Error when it is not JSON).
  boost::json::value json() const { return medusa::json::parse(body); }
};

/// A blocking loopback client over a plain POSIX socket, so tests control the exact bytes
/// (pipelining, partial requests, HTTP/1.0) and see exactly what the server sends. Every wait
/// has a deadline, so a broken server fails the test instead of hanging it.
class RawClient {
 public:
  /// Connects to 127.0.0.1:port, from `sourceAddress` (another 127.x.y.z) when given.
  explicit RawClient(std::uint16_t port, std::string_view sourceAddress = {});
  ~RawClient();
  RawClient(const RawClient&) = delete;
  RawClient& operator=(const RawClient&) = delete;

  bool connected() const noexcept { return m_fd >= 0; }
  int fd() const noexcept { return m_fd; }

  /// Writes all of `bytes`; false if the connection is gone.
  bool send(std::string_view bytes);

  /// Reads one response framed by Content-Length (no body for HEAD, 1xx, 204, 304).
  /// nullopt when the connection closes or `timeout` passes first.
  std::optional<RawResponse> readResponse(std::chrono::milliseconds timeout = 10s,
                                          bool headRequest = false);

  /// True when the server closes the connection (EOF or reset) within `timeout`. Bytes that
  /// arrive meanwhile are kept in received().
  bool waitClosed(std::chrono::milliseconds timeout = 10s);

  /// True when bytes are ready to read, or the peer closed, within `timeout`.
  bool readable(std::chrono::milliseconds timeout);

  /// Everything received and not yet consumed by readResponse().
  const std::string& received() const noexcept { return m_buffer; }

 private:
  // Receives once into m_buffer; 0 on EOF/error, -1 on timeout.
  long receiveSome(std::chrono::steady_clock::time_point deadline);

  int m_fd = -1;
  std::string m_buffer;
  bool m_eof = false;
};

/// `GET <path>` with Host, as one string, for send().
std::string getRequest(std::string_view path, std::string_view extraHeaders = {});

/// `POST <path>` with Host, Content-Type and Content-Length.
std::string postRequest(std::string_view path, std::string_view body, std::string_view contentType);

/// Connects (from `sourceAddress` when given), sends `request` and reads one response; throws
/// std::runtime_error on failure.
RawResponse exchange(std::uint16_t port, const std::string& request, bool headRequest = false,
                     std::string_view sourceAddress = {});

}  // namespace medusa::test
