// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "medusa/workflow/workflow_execution_store.h"

namespace medusa::workflow {

struct MemoryWorkflowExecutionStoreOptions {
  /// Finished executions kept (for idempotency keys and inspection); the oldest go first, so a
  /// long-running server does not grow without bound.
  std::size_t maxFinished = 10'000;
};

/// The default store: records in a map, gone when the process ends.
class MemoryWorkflowExecutionStore final : public WorkflowExecutionStore {
 public:
  /// An empty store.
  explicit MemoryWorkflowExecutionStore(MemoryWorkflowExecutionStoreOptions options = {});

  /// See WorkflowExecutionStore::begin.
  std::optional<ExecutionRecord> begin(const ExecutionRecord& record) override;
  /// See WorkflowExecutionStore::save.
  void save(const ExecutionRecord& record) override;
  /// See WorkflowExecutionStore::load.
  std::optional<ExecutionRecord> load(std::string_view workflowId,
                                      std::string_view transactionId) const override;
  /// See WorkflowExecutionStore::list.
  std::vector<ExecutionRecord> list(const std::vector<TransactionState>& states) const override;

  /// Number of stored executions.
  std::size_t size() const;

 private:
  using Key = std::pair<std::string, std::string>;  // (workflow id, transaction id)

  void saveLocked(const ExecutionRecord& record);

  MemoryWorkflowExecutionStoreOptions m_options;
  mutable std::mutex m_mutex;
  std::map<Key, ExecutionRecord> m_records;
  std::map<Key, std::string> m_idempotencyKeys;  // (workflow id, key) -> transaction id
  std::deque<Key> m_finished;                    // eviction order
};

}  // namespace medusa::workflow
