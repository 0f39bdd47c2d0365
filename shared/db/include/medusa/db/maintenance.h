// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/db/pool.h"

namespace medusa::db {

/// Refreshes the planner's statistics of every table (ANALYZE). Run it after a bulk load (the
/// seed): until autovacuum gets to them, fresh tables look empty to the planner, which then picks
/// nested loops that cost the first minutes of traffic several times their due.
void analyzeDatabase(Pool& pool);

}  // namespace medusa::db
