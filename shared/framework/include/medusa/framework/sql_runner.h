// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <pqxx/pqxx>
#include <string_view>

#include "medusa/db/params.h"
#include "medusa/db/tx_context.h"

namespace medusa::framework {

/// One statement the framework ran (for logging slow SQL, or counting in tests).
struct StatementEvent {
  std::string_view sql{};
  std::size_t parameters = 0;
  std::chrono::nanoseconds elapsed{};
};

/// Runs the framework's run-time SQL (repositories, links, Query) through
/// TxContext::execDynamic, counts every statement and reports it to an optional observer.
/// The counter is how tests prove that Query batches: the number of statements of a graph
/// call must not grow with the number of rows. PostgreSQL errors leave as medusa::Error
/// (connection failures unchanged, so Pool::transact can still retry them).
class SqlRunner {
 public:
  /// Observer called after each statement (on the calling thread). Set it at startup only.
  using Observer = std::function<void(const StatementEvent&)>;

  /// Executes `sql` with `params` on `tx` (unprepared: for SQL whose text varies, e.g.
  /// multi-row INSERTs).
  pqxx::result run(db::TxContext& tx, std::string_view sql, const db::Params& params = {});

  /// At most this many distinct texts are prepared per process; later ones run unprepared,
  /// so odd filter shapes cannot grow every connection's plan cache without bound.
  static constexpr std::size_t kMaxPreparedTexts = 256;

  /// Executes SQL whose text repeats (Query's statements: the same fields and filter shape
  /// give the same text, values travel as parameters). The text is interned once per process
  /// as a db::Statement and prepared once per connection, so PostgreSQL skips parsing and,
  /// after a few runs, planning.
  pqxx::result runPrepared(db::TxContext& tx, std::string_view sql, const db::Params& params = {});

  /// Statements run since construction (all threads).
  std::uint64_t count() const noexcept { return m_count.load(std::memory_order_relaxed); }
  /// Replaces the observer (null: none).
  void setObserver(Observer observer) { m_observer = std::move(observer); }

 private:
  template <class Exec>
  pqxx::result execute(std::string_view sql, const db::Params& params, Exec&& exec);

  std::atomic<std::uint64_t> m_count{0};
  Observer m_observer;
};

}  // namespace medusa::framework
