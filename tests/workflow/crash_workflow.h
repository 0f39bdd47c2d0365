// SPDX-License-Identifier: MIT
// The 3-step workflow of the crash-recovery test, shared by crash_runner (the process that is
// killed inside step 2) and workflow_crash_recovery_test (the process that recovers it).
#pragma once

#include <chrono>
#include <string>
#include <thread>

#include "medusa/db/pool.h"
#include "medusa/workflow/step.h"
#include "medusa/workflow/workflow.h"

namespace medusa::workflow::test {

/// The side effects of the steps, and the marker step 2 leaves before it blocks.
inline constexpr std::string_view kCrashTablesSql =
    "CREATE TABLE crash_side_effect (row_id text PRIMARY KEY);"
    "CREATE TABLE crash_progress (step text PRIMARY KEY);";

inline constexpr db::Statement kInsertSideEffect{
    "crash_test.insert_side_effect", "INSERT INTO crash_side_effect (row_id) VALUES ($1)"};
inline constexpr db::Statement kDeleteSideEffect{"crash_test.delete_side_effect",
                                                 "DELETE FROM crash_side_effect WHERE row_id = $1"};
inline constexpr db::Statement kInsertProgress{"crash_test.insert_progress",
                                               "INSERT INTO crash_progress (step) VALUES ($1)"};

inline constexpr std::string_view kCrashWorkflowId = "crash-recovery";
inline constexpr std::string_view kCrashTransactionId = "tx-crash";

/// Inserts a side-effect row named by its input; compensation deletes it.
inline auto sideEffectStep(const std::string& id) {
  return makeStep(
      id,
      [](const std::string& row, StepContext& ctx) {
        ctx.resolve<db::Pool>().transact(
            [&](db::TxContext& tx) { tx.exec(kInsertSideEffect, row); });
        return row;
      },
      [](const std::string& row, StepContext& ctx) {
        ctx.resolve<db::Pool>().transact(
            [&](db::TxContext& tx) { tx.exec(kDeleteSideEffect, row); });
      });
}

/// Records its side effect, marks itself running, then never returns (the runner is killed).
inline const auto blockingStep = makeStep(
    "step-2",
    [](const std::string& row, StepContext& ctx) {
      auto& pool = ctx.resolve<db::Pool>();
      pool.transact([&](db::TxContext& tx) { tx.exec(kInsertSideEffect, row); });
      pool.transact([&](db::TxContext& tx) { tx.exec(kInsertProgress, "step-2"); });
      for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
      return row;
    },
    [](const std::string& row, StepContext& ctx) {
      ctx.resolve<db::Pool>().transact([&](db::TxContext& tx) { tx.exec(kDeleteSideEffect, row); });
    });

inline const auto step1 = sideEffectStep("step-1");
inline const auto step3 = sideEffectStep("step-3");

inline const auto crashWorkflow =
    makeWorkflow(std::string(kCrashWorkflowId), [](const std::string& in, Flow& flow) {
      flow.run(step1, in + "-1");
      flow.run(blockingStep, in + "-2");
      return flow.run(step3, in + "-3");
    });

}  // namespace medusa::workflow::test
