// SPDX-License-Identifier: MIT
#include "api_key_tokens.h"

#include "medusa/core/crypto.h"
#include "medusa/core/id.h"

namespace medusa::api_key::detail {

namespace {

std::string toHex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    out += kDigits[byte >> 4];
    out += kDigits[byte & 0x0f];
  }
  return out;
}

}  // namespace

GeneratedToken generateToken(bool secret) {
  GeneratedToken token;
  token.raw = id::apiKeyToken(secret ? id::ApiKeyKind::Secret : id::ApiKeyKind::Publishable);
  token.redacted = redact(token.raw);
  if (secret) {
    token.salt = id::randomHex(16);
    token.stored = hashSecret(token.raw, token.salt);
  } else {
    token.stored = token.raw;  // public by nature: nothing to hide
  }
  return token;
}

std::string hashSecret(std::string_view token, std::string_view salt) {
  return toHex(crypto::hmacSha256(salt, token));
}

std::string redact(std::string_view token) {
  const auto tail = token.size() < 3 ? token : token.substr(token.size() - 3);
  return std::string(token.substr(0, 6)) + "***" + std::string(tail);
}

bool isActive(const boost::json::object& row, time::Timestamp now) {
  const auto* revokedAt = row.if_contains("revoked_at");
  if (!revokedAt || !revokedAt->is_string()) return true;
  return time::parse(revokedAt->get_string()) > now;
}

}  // namespace medusa::api_key::detail

namespace medusa::api_key::detail {

void omitSecretToken(boost::json::object& row) {
  const auto* type = row.if_contains("type");
  if (type && type->is_string() && type->get_string() == "secret") row["token"] = "";
}

}  // namespace medusa::api_key::detail
