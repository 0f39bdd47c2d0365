// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "medusa/workflow/execution_record.h"

namespace medusa::workflow {

/// Where execution records live: in memory (MemoryWorkflowExecutionStore, the default), or in
/// PostgreSQL / Redis for durability, crash recovery and `/admin/workflows-executions`.
/// Executions are keyed by (workflowId, transactionId); implementations must be thread-safe.
class WorkflowExecutionStore {
 public:
  virtual ~WorkflowExecutionStore() = default;

  /// Atomically stores a new execution, unless another one stands in its way; that one is then
  /// returned and nothing is stored:
  ///  - same workflow id and idempotency key (when `record` has one), in any state;
  ///  - same workflow id and transaction id, still running (not finished) or idempotent.
  /// A finished execution with the same ids and no idempotency key is replaced: Medusa reuses
  /// fixed transaction ids such as "cart-update-<cart id>". (PostgreSQL: unique indexes on
  /// both pairs, INSERT ... ON CONFLICT, then read the conflicting row.)
  virtual std::optional<ExecutionRecord> begin(const ExecutionRecord& record) = 0;

  /// Writes the current state of an execution begun before (upsert by the two ids).
  virtual void save(const ExecutionRecord& record) = 0;

  /// The execution, if stored.
  virtual std::optional<ExecutionRecord> load(std::string_view workflowId,
                                              std::string_view transactionId) const = 0;

  /// Executions in any of `states` (recovery looks for unfinished ones after a restart).
  virtual std::vector<ExecutionRecord> list(const std::vector<TransactionState>& states) const = 0;
};

}  // namespace medusa::workflow
