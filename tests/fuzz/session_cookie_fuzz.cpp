// SPDX-License-Identifier: MIT
// `Cookie:` headers as browsers send them, read for express-session's signed `connect.sid`
// (sessionIdFromCookies: splitting, trimming, quotes, percent-decoding, the HMAC check). The
// first byte picks the form:
//   0: the bytes are the header;
//   1: the bytes are other cookies, a session id and more cookies (newline-separated); the id
//      is signed into the cookie the server sets (sessionSetCookie), placed between them, and
//      must be read back exactly unless an earlier cookie is also named connect.sid.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "http/session_cookie.h"

namespace {

namespace http = medusa::http;

constexpr std::string_view kSecret = "fuzz-cookie-secret-at-least-32-bytes";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    static_cast<void>(http::sessionIdFromCookies(input, kSecret));
    static_cast<void>(http::unsignSessionId(input, kSecret));
    return 0;
  }
  const auto first = input.find('\n');
  if (first == std::string_view::npos) return 0;
  const auto second = input.find('\n', first + 1);
  const auto before = input.substr(0, first);
  const auto sid = input.substr(
      first + 1, second == std::string_view::npos ? std::string_view::npos : second - first - 1);
  const auto after =
      second == std::string_view::npos ? std::string_view() : input.substr(second + 1);
  if (sid.empty()) return 0;
  if (http::unsignSessionId(http::signSessionId(sid, kSecret), kSecret) != sid) std::abort();
  const auto setCookie = http::sessionSetCookie(sid, kSecret, false);
  const auto pair = std::string_view(setCookie).substr(0, setCookie.find(';'));
  std::string header(before);
  header += "; ";
  header += pair;
  header += "; ";
  header += after;
  const auto read = http::sessionIdFromCookies(header, kSecret);
  if (before.find(http::kSessionCookieName) == std::string_view::npos && read != sid) {
    std::abort();  // our own cookie is not read back
  }
  return 0;
}
