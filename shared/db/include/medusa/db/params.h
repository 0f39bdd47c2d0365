// SPDX-License-Identifier: MIT
#pragma once

#include <concepts>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace medusa::db {

/// The parameter list of a statement whose SQL is built at run time (the Query engine's
/// filters). Each add() stores the value and returns its placeholder, so callers write
///
///   Params params;
///   std::string sql = "SELECT id FROM product WHERE id = ANY(" + params.addArray(ids) +
///                     ") AND status = " + params.add(status);
///
/// and the values go to the server separately from the SQL text: nothing a client sends is ever
/// spliced into SQL. Values are sent as text and converted by PostgreSQL to the column type.
class Params {
 public:
  /// Appends a value; returns its placeholder ("$1", "$2", ...).
  std::string add(std::string value);
  std::string add(std::string_view value) { return add(std::string(value)); }
  std::string add(const char* value) { return add(std::string(value)); }
  std::string add(bool value) { return add(std::string(value ? "true" : "false")); }
  template <std::integral T>
  requires(!std::same_as<T, bool> && !std::same_as<T, char>) std::string add(T value) {
    return add(std::to_string(value));
  }
  /// Appends a value or SQL NULL.
  std::string add(std::optional<std::string> value);
  std::string addNull() { return add(std::optional<std::string>{}); }
  /// Appends a text array (PostgreSQL array literal), e.g. for `id = ANY($1)`.
  std::string addArray(const std::vector<std::string>& values);
  std::string addArray(std::span<const std::string_view> values);

  std::size_t size() const noexcept { return m_values.size(); }
  bool empty() const noexcept { return m_values.empty(); }
  /// The values in placeholder order; nullopt is SQL NULL.
  const std::vector<std::optional<std::string>>& values() const noexcept { return m_values; }

 private:
  std::vector<std::optional<std::string>> m_values;
};

/// Formats strings as a PostgreSQL array literal ({"a","b\"c"}) to pass as ONE parameter, e.g.
/// to a prepared `WHERE id = ANY($1)`. Every element is quoted and escaped.
std::string toArrayLiteral(const std::vector<std::string>& values);
std::string toArrayLiteral(std::span<const std::string_view> values);

}  // namespace medusa::db
