// SPDX-License-Identifier: MIT
// Private to medusa_db: what the pool keeps per connection, shared by pool.cpp and
// tx_context.cpp.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <pqxx/pqxx>
#include <string>

namespace medusa::db::detail {

struct ConnectionState {
  std::unique_ptr<pqxx::connection> connection;
  /// Statements prepared on this connection: name -> SQL. Checked before every exec() so a
  /// statement is prepared once per connection, and a name reused for other SQL is caught.
  std::map<std::string, std::string, std::less<>> prepared;
  std::chrono::steady_clock::time_point lastUsed = std::chrono::steady_clock::now();
  /// Set when another connection of the pool broke: validate this one before trusting it.
  bool suspect = false;
  std::uint64_t savepoints = 0;                           // for unique savepoint names
  /// The pool's statement_timeout for this session (0: none), and whether the current
  /// transaction already lowered it to what was left of a request's deadline.
  std::chrono::milliseconds statementTimeout{0};
  bool timeoutLowered = false;
  std::atomic<std::uint64_t>* preparedCounter = nullptr;  // the pool's statistics
};

}  // namespace medusa::db::detail
