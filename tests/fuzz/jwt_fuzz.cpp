// SPDX-License-Identifier: MIT
// Bearer tokens as clients send them (medusa::jwt::verify) and the `jwtExpiresIn` strings the
// configuration holds (parseLifetime). The first byte picks the form:
//   0: the bytes are the token;
//   1: the bytes are a header and claims (split at the first newline), base64url-encoded and
//      signed with the server's secret, so verification gets past the signature to the JSON;
//   2: the bytes are a lifetime, used to sign claims that must verify at once.
// Whatever verifies is signed again and must verify again.
#include <boost/json/object.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "medusa/core/crypto.h"
#include "medusa/core/jwt.h"

namespace {

namespace crypto = medusa::crypto;
namespace jwt = medusa::jwt;

constexpr std::string_view kSecret = "fuzz-secret-at-least-32-bytes-long!!";
// A fixed clock: 2026-01-01T00:00:00Z.
const std::chrono::system_clock::time_point kNow{std::chrono::seconds(1'767'225'600)};

void resign(const boost::json::object& claims) {
  const auto token = jwt::sign(claims, kSecret, std::chrono::hours(1), kNow);
  if (!jwt::verify(token, kSecret, kNow)) std::abort();  // our own token is refused
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3) {
    case 0: {
      if (const auto claims = jwt::verify(input, kSecret, kNow)) resign(*claims);
      break;
    }
    case 1: {
      const auto newline = input.find('\n');
      std::string token = crypto::base64UrlEncode(input.substr(0, newline));
      token += '.';
      if (newline != std::string_view::npos) {
        token += crypto::base64UrlEncode(input.substr(newline + 1));
      }
      token += '.' + crypto::base64UrlEncode(crypto::hmacSha256(kSecret, token));
      if (const auto claims = jwt::verify(token, kSecret, kNow)) resign(*claims);
      break;
    }
    default: {
      if (const auto lifetime = jwt::parseLifetime(input)) {
        const auto token = jwt::sign({{"actor_id", "user_1"}}, kSecret, *lifetime, kNow);
        if (!jwt::verify(token, kSecret, kNow)) std::abort();  // a positive lifetime expired
      }
      break;
    }
  }
  return 0;
}
