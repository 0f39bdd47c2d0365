// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "medusa/db/migration.h"
#include "medusa/workflow/workflow_execution_store.h"

namespace medusa::db {
class Pool;
}

namespace medusa::workflow {

/// The migrations of the `workflow_engine` module: Medusa's `workflow_execution` table.
std::vector<db::Migration> workflowExecutionMigrations();

/// Durable store: one row of `workflow_execution` per execution, the whole record as jsonb.
/// Survives restarts, so WorkflowEngine::recover() finds executions a crash interrupted. The
/// pool must outlive the store; run workflowExecutionMigrations() first.
class PostgresWorkflowExecutionStore final : public WorkflowExecutionStore {
 public:
  /// A store over `pool`.
  explicit PostgresWorkflowExecutionStore(db::Pool& pool);

  /// See WorkflowExecutionStore::begin (INSERT ... ON CONFLICT on both unique indexes).
  std::optional<ExecutionRecord> begin(const ExecutionRecord& record) override;
  /// See WorkflowExecutionStore::save.
  void save(const ExecutionRecord& record) override;
  /// See WorkflowExecutionStore::load.
  std::optional<ExecutionRecord> load(std::string_view workflowId,
                                      std::string_view transactionId) const override;
  /// See WorkflowExecutionStore::list (oldest first).
  std::vector<ExecutionRecord> list(const std::vector<TransactionState>& states) const override;

 private:
  db::Pool& m_pool;
};

}  // namespace medusa::workflow
