// SPDX-License-Identifier: MIT
#pragma once

#include <string_view>

namespace medusa::db {

/// A named SQL statement, kept as a constant beside the repository that runs it:
///
///   inline constexpr Statement kInsertProduct{
///       "product.insert", "INSERT INTO product (id, title, handle) VALUES ($1, $2, $3)"};
///
/// TxContext::exec() prepares it on a connection the first time that connection runs it and
/// reuses the server-side plan afterwards. Values always travel as parameters ($1, $2, ...),
/// never inside the SQL text. Names are per connection and must be unique across the project
/// (convention: "<module>.<what>"); the same name with two different SQL texts is an error.
/// Both views must refer to static storage (string literals), as constants do.
struct Statement {
  std::string_view name{};
  std::string_view sql{};
};

}  // namespace medusa::db
