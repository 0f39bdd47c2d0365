// SPDX-License-Identifier: MIT
// Raw bytes as a client sends them on one connection, read as Connection reads them: Beast's
// request parser with the server's default limits (Config's maxHeaderBytes, maxBodyBytes),
// header first then the body, 8 KiB reads, pipelined requests one after the other until the
// input ends, an error, or a request without keep-alive. Each message becomes the handlers'
// Request (detail::fillRequest), whose path, query string (through the qs parser), headers and
// JSON body are then read as middleware and routes read them.
#include <algorithm>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/json/serialize.hpp>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string_view>

#include "http/detail/request_reader.h"
#include "http/query/qs_parser.h"
#include "http/request.h"
#include "medusa/core/config.h"
#include "medusa/core/error.h"

namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using medusa::http::Request;
using medusa::http::detail::RequestParser;

constexpr std::size_t kReadChunk = 8 * 1024;  // Connection's read size
constexpr int kMaxPipelined = 32;

// The client's bytes, handed out as the socket would.
struct Source {
  std::string_view rest;
  // Appends up to one read's worth to `buffer`; false at the end of the input or when the
  // buffer is full (Beast's buffer_overflow: the header did not fit).
  bool read(beast::flat_buffer& buffer) {
    if (rest.empty()) return false;
    const std::size_t room = buffer.max_size() - buffer.size();
    if (room == 0) return false;
    const std::size_t n = std::min({kReadChunk, room, rest.size()});
    auto target = buffer.prepare(n);
    std::memcpy(target.data(), rest.data(), n);
    buffer.commit(n);
    rest.remove_prefix(n);
    return true;
  }
};

// Beast's read_some loop: feeds the buffered bytes to the parser until it reaches `done` or
// fails. The header is read with eager(false) and the body with eager(true), as async_read_header
// and async_read do.
bool readUntil(Source& source, beast::flat_buffer& buffer, RequestParser& parser, bool body) {
  parser.eager(body);
  beast::error_code ec;
  while (body ? !parser.is_done() : !parser.is_header_done()) {
    if (buffer.size() == 0 || ec == bhttp::error::need_more) {
      if (!source.read(buffer)) {
        if (source.rest.empty() && buffer.size() == 0) {
          if (!parser.got_some()) return false;  // closed between requests: end_of_stream
          parser.put_eof(ec);  // closed mid-message: partial_message, or the end of the body
          return !ec && parser.is_done();
        }
        return false;  // buffer_overflow (431) or end of input mid-message
      }
    }
    ec = {};
    const std::size_t used = parser.put(buffer.data(), ec);
    buffer.consume(used);
    if (ec && ec != bhttp::error::need_more) return false;  // 400, 413 or 431
  }
  return true;
}

void useRequest(const Request& request) {
  static_cast<void>(request.method());
  static_cast<void>(request.path());
  static_cast<void>(request.header("origin"));
  static_cast<void>(request.header("cookie"));
  static_cast<void>(request.header("authorization"));
  try {
    const auto query = medusa::http::parseQueryString(request.query());
    static_cast<void>(boost::json::serialize(query));
  } catch (const std::length_error&) {
    // qs's own limit (an array index beyond 2^32 - 1)
  }
  try {
    static_cast<void>(boost::json::serialize(request.json()));
  } catch (const medusa::Error&) {
    // malformed JSON: a 400
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const medusa::Config config;  // the server's defaults
  const auto maxHeader = static_cast<std::size_t>(config.maxHeaderBytes);
  const auto maxBody = static_cast<std::size_t>(config.maxBodyBytes);
  Source source{std::string_view(reinterpret_cast<const char*>(data), size)};
  beast::flat_buffer buffer(maxHeader + 64 * 1024);  // Connection's buffer
  Request request;
  for (int i = 0; i < kMaxPipelined; ++i) {
    RequestParser parser;
    medusa::http::detail::limitParser(parser, maxHeader, maxBody);
    if (!readUntil(source, buffer, parser, false)) break;
    if (!parser.is_done() && !readUntil(source, buffer, parser, true)) break;
    auto& message = parser.get();
    const bool keepAlive = message.keep_alive();
    request.reset();
    medusa::http::detail::fillRequest(request, message);
    useRequest(request);
    if (!keepAlive) break;
  }
  return 0;
}
