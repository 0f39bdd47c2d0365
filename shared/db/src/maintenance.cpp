// SPDX-License-Identifier: MIT
#include "medusa/db/maintenance.h"

#include "medusa/db/statement.h"
#include "medusa/db/tx_context.h"

namespace medusa::db {

namespace {

constexpr Statement kAnalyze{"maintenance.analyze", "ANALYZE"};

}  // namespace

void analyzeDatabase(Pool& pool) {
  pool.transact([](TxContext& tx) { tx.exec(kAnalyze); });
}

}  // namespace medusa::db
