// SPDX-License-Identifier: MIT
// Small helpers shared by the tests of medusa::db (each test still gets its own database).
#pragma once

#include <QtTest>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/db/pool.h"
#include "test_services.h"

namespace medusa::test {

/// The wire name of an error type ("duplicate_error"), so QCOMPARE can print both sides (it
/// cannot print ErrorType itself: ADL picks medusa::toString over QTest's).
inline QString wire(ErrorType type) {
  const auto name = medusa::toString(type);
  return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

using namespace std::chrono_literals;

inline db::PoolOptions poolOptions(std::string url, std::size_t size = 2,
                                   std::chrono::milliseconds borrowTimeout = 5s,
                                   std::chrono::milliseconds validateAfterIdle = 10s) {
  return {std::move(url), size, borrowTimeout, validateAfterIdle};
}

/// Runs constant SQL (DDL, fixtures) in its own transaction.
inline void execScript(db::Pool& pool, std::string_view sql) {
  pool.transact([&](db::TxContext& tx) { tx.execScript(sql); });
}

/// The first column of the first row, as a number (count(*), a pid, ...).
inline long long scalar(db::Pool& pool, std::string_view sql, const db::Params& params = {}) {
  return pool.transact(
      [&](db::TxContext& tx) { return tx.execDynamic(sql, params)[0][0].as<long long>(); });
}


}  // namespace medusa::test
