// SPDX-License-Identifier: MIT
#include "raw_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <stdexcept>

namespace medusa::test {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string RawResponse::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return value;
  }
  return {};
}

bool RawResponse::hasHeader(std::string_view name) const {
  return std::any_of(headers.begin(), headers.end(),
                     [&](const auto& field) { return iequals(field.first, name); });
}

RawClient::RawClient(std::uint16_t port, std::string_view sourceAddress) {
  m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (m_fd < 0) return;
  if (!sourceAddress.empty()) {
    // All of 127.0.0.0/8 is loopback on Linux: a test can be several clients.
    sockaddr_in source{};
    source.sin_family = AF_INET;
    if (::inet_pton(AF_INET, std::string(sourceAddress).c_str(), &source.sin_addr) != 1 ||
        ::bind(m_fd, reinterpret_cast<const sockaddr*>(&source), sizeof source) != 0) {
      ::close(m_fd);
      m_fd = -1;
      return;
    }
  }
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    ::close(m_fd);
    m_fd = -1;
    return;
  }
  int one = 1;
  ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

RawClient::~RawClient() {
  if (m_fd >= 0) ::close(m_fd);
}

bool RawClient::send(std::string_view bytes) {
  while (!bytes.empty()) {
    const auto n = ::send(m_fd, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

bool RawClient::readable(std::chrono::milliseconds timeout) {
  if (!m_buffer.empty() || m_eof) return true;
  pollfd pfd{m_fd, POLLIN, 0};
  return ::poll(&pfd, 1, static_cast<int>(timeout.count())) > 0;
}

long RawClient::receiveSome(std::chrono::steady_clock::time_point deadline) {
  if (m_eof) return 0;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return -1;
    pollfd pfd{m_fd, POLLIN, 0};
    const int ready = ::poll(&pfd, 1, static_cast<int>(left.count()));
    if (ready < 0 && errno == EINTR) continue;
    if (ready == 0) return -1;
    char chunk[16 * 1024];
    const auto n = ::recv(m_fd, chunk, sizeof chunk, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      m_eof = true;  // orderly close or reset: the server is done with us
      return 0;
    }
    m_buffer.append(chunk, static_cast<std::size_t>(n));
    return n;
  }
}

std::optional<RawResponse> RawClient::readResponse(std::chrono::milliseconds timeout,
                                                   bool headRequest) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::size_t headerEnd;
  while ((headerEnd = m_buffer.find("\r\n\r\n")) == std::string::npos) {
    if (receiveSome(deadline) <= 0) return std::nullopt;
  }
  RawResponse response;
  std::string_view head(m_buffer.data(), headerEnd + 2);
  const auto lineEnd = head.find("\r\n");
  const std::string_view statusLine = head.substr(0, lineEnd);
  const auto space = statusLine.find(' ');
  response.version = std::string(statusLine.substr(0, space));
  response.status = std::atoi(std::string(statusLine.substr(space + 1, 3)).c_str());
  head.remove_prefix(lineEnd + 2);
  while (!head.empty()) {
    const auto end = head.find("\r\n");
    const std::string_view line = head.substr(0, end);
    const auto colon = line.find(':');
    response.headers.emplace_back(std::string(line.substr(0, colon)),
                                  std::string(trim(line.substr(colon + 1))));
    head.remove_prefix(end + 2);
  }
  m_buffer.erase(0, headerEnd + 4);

  std::size_t length = 0;
  const bool bodyless =
      headRequest || response.status < 200 || response.status == 204 || response.status == 304;
  if (!bodyless) length = std::strtoull(response.header("content-length").c_str(), nullptr, 10);
  while (m_buffer.size() < length) {
    if (receiveSome(deadline) <= 0) return std::nullopt;
  }
  response.body = m_buffer.substr(0, length);
  m_buffer.erase(0, length);
  return response;
}

bool RawClient::waitClosed(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    const long n = receiveSome(deadline);
    if (n == 0) return true;
    if (n < 0) return false;
  }
}

std::string getRequest(std::string_view path, std::string_view extraHeaders) {
  std::string request = "GET ";
  request += path;
  request += " HTTP/1.1\r\nHost: localhost\r\n";
  request += extraHeaders;
  request += "\r\n";
  return request;
}

std::string postRequest(std::string_view path, std::string_view body,
                        std::string_view contentType) {
  std::string request = "POST ";
  request += path;
  request += " HTTP/1.1\r\nHost: localhost\r\nContent-Type: ";
  request += contentType;
  request += "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  request += body;
  return request;
}

RawResponse exchange(std::uint16_t port, const std::string& request, bool headRequest,
                     std::string_view sourceAddress) {
  RawClient client(port, sourceAddress);
  if (!client.send(request)) throw std::runtime_error("could not send the request");
  auto response = client.readResponse(10s, headRequest);
  if (!response) throw std::runtime_error("no response");
  return *response;
}

}  // namespace medusa::test
