// SPDX-License-Identifier: MIT
#include "medusa/core/jwt.h"

#include <boost/json/parse.hpp>
#include <charconv>

#include "medusa/core/crypto.h"
#include "medusa/core/json.h"

namespace medusa::jwt {

namespace {

constexpr std::string_view kHeader = R"({"alg":"HS256","typ":"JWT"})";
// The longest token lifetime: beyond it `now + lifetime` would leave system_clock's range
// (about 292 years of nanoseconds) and value * unit could overflow long long (found by fuzzing).
constexpr long long kMaxLifetimeSeconds = 100LL * 366 * 86400;

std::int64_t epochSeconds(std::chrono::system_clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

std::optional<boost::json::object> decodeObject(std::string_view part) {
  const auto text = crypto::base64Decode(part);
  if (!text) return std::nullopt;
  boost::system::error_code ec;
  auto v = boost::json::parse(*text, ec);
  if (ec || !v.is_object()) return std::nullopt;
  return std::move(v.get_object());
}

}  // namespace

std::string sign(boost::json::object claims, std::string_view secret,
                 std::chrono::seconds lifetime, std::chrono::system_clock::time_point now) {
  claims["iat"] = epochSeconds(now);
  claims["exp"] = epochSeconds(now + lifetime);
  std::string token = crypto::base64UrlEncode(kHeader);
  token += '.';
  token += crypto::base64UrlEncode(json::stringify(claims));
  const auto signature = crypto::hmacSha256(secret, token);
  token += '.';
  token += crypto::base64UrlEncode(signature);
  return token;
}

std::optional<boost::json::object> verify(std::string_view token, std::string_view secret,
                                          std::chrono::system_clock::time_point now) {
  const auto first = token.find('.');
  const auto second = first == std::string_view::npos ? first : token.find('.', first + 1);
  if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  const auto header = decodeObject(token.substr(0, first));
  if (!header) return std::nullopt;
  const auto* alg = header->if_contains("alg");
  if (!alg || !alg->is_string() || alg->get_string() != "HS256") return std::nullopt;

  const auto signature = crypto::base64Decode(token.substr(second + 1));
  const auto expected = crypto::hmacSha256(secret, token.substr(0, second));
  if (!signature || !crypto::constantTimeEquals(*signature, expected)) return std::nullopt;

  auto claims = decodeObject(token.substr(first + 1, second - first - 1));
  if (!claims) return std::nullopt;
  if (const auto* exp = claims->if_contains("exp")) {
    if (!exp->is_number() || exp->to_number<double>() <= static_cast<double>(epochSeconds(now))) {
      return std::nullopt;
    }
  }
  return claims;
}

std::optional<std::chrono::seconds> parseLifetime(std::string_view text) {
  if (text.empty()) return std::nullopt;
  long long value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || value <= 0) return std::nullopt;
  const std::string_view unit(ptr, static_cast<std::size_t>(text.data() + text.size() - ptr));
  long long factor = 0;
  if (unit.empty() || unit == "s") factor = 1;
  else if (unit == "m") factor = 60;
  else if (unit == "h") factor = 3600;
  else if (unit == "d") factor = 86400;
  else if (unit == "w") factor = 7 * 86400;
  else return std::nullopt;
  if (value > kMaxLifetimeSeconds / factor) return std::nullopt;
  return std::chrono::seconds(value * factor);
}

}  // namespace medusa::jwt
