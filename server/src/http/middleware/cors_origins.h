// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace medusa::http {

/// The origins one CORS namespace accepts, parsed like Medusa's parseCorsOrigins: a comma
/// separated list where each entry is an exact origin, or a regular expression written between
/// delimiters (`/^https:\/\/.*\.example\.com$/i`; the delimiter may also be one of ~@;%#').
/// An entry that does not compile as a regex is an exact origin, as in Medusa. As with the
/// `cors` package, `*` is an exact string, not a wildcard. Patterns run on RE2 (linear time;
/// lookaround and backreferences are not supported and make the entry an exact origin), and an
/// Origin longer than 2 KiB never matches a pattern.
class CorsOrigins {
 public:
  CorsOrigins();
  explicit CorsOrigins(std::string_view list);
  ~CorsOrigins();
  CorsOrigins(CorsOrigins&&) noexcept;
  CorsOrigins& operator=(CorsOrigins&&) noexcept;

  /// Whether `origin` (the request's Origin header) is allowed. Regexes are only evaluated the
  /// first time an origin is seen; the answer is cached, so browsers' repeated requests never
  /// run a regex. Thread-safe.
  bool allows(std::string_view origin) const;

  bool empty() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace medusa::http
