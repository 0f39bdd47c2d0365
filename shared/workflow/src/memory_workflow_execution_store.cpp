// SPDX-License-Identifier: MIT
#include "medusa/workflow/memory_workflow_execution_store.h"

#include <algorithm>

namespace medusa::workflow {

MemoryWorkflowExecutionStore::MemoryWorkflowExecutionStore(
    MemoryWorkflowExecutionStoreOptions options)
    : m_options(options) {}

std::optional<ExecutionRecord> MemoryWorkflowExecutionStore::begin(const ExecutionRecord& record) {
  std::lock_guard lock(m_mutex);
  if (record.idempotencyKey) {
    const auto it = m_idempotencyKeys.find({record.workflowId, *record.idempotencyKey});
    if (it != m_idempotencyKeys.end()) {
      const auto existing = m_records.find({record.workflowId, it->second});
      if (existing != m_records.end()) return existing->second;
    }
  }
  const Key key{record.workflowId, record.transactionId};
  if (const auto it = m_records.find(key); it != m_records.end()) {
    const auto& existing = it->second;
    if (!isFinished(existing.state) || existing.idempotencyKey) return existing;
  }
  saveLocked(record);
  return std::nullopt;
}

void MemoryWorkflowExecutionStore::save(const ExecutionRecord& record) {
  std::lock_guard lock(m_mutex);
  saveLocked(record);
}

void MemoryWorkflowExecutionStore::saveLocked(const ExecutionRecord& record) {
  const Key key{record.workflowId, record.transactionId};
  auto& stored = m_records[key];
  const bool finishesNow = isFinished(record.state) && !isFinished(stored.state);
  stored = record;
  if (record.idempotencyKey) {
    m_idempotencyKeys[{record.workflowId, *record.idempotencyKey}] = record.transactionId;
  }
  if (!finishesNow) return;
  m_finished.push_back(key);
  // Evict the oldest finished executions. A reused transaction id can leave a stale entry in
  // the queue; evicting its newer finished record a little early is harmless, and a record
  // that runs again is skipped.
  while (m_finished.size() > m_options.maxFinished) {
    const auto oldest = m_finished.front();
    m_finished.pop_front();
    const auto it = m_records.find(oldest);
    if (it == m_records.end() || !isFinished(it->second.state)) continue;
    if (it->second.idempotencyKey) {
      m_idempotencyKeys.erase({oldest.first, *it->second.idempotencyKey});
    }
    m_records.erase(it);
  }
}

std::optional<ExecutionRecord> MemoryWorkflowExecutionStore::load(
    std::string_view workflowId, std::string_view transactionId) const {
  std::lock_guard lock(m_mutex);
  const auto it = m_records.find({std::string(workflowId), std::string(transactionId)});
  if (it == m_records.end()) return std::nullopt;
  return it->second;
}

std::vector<ExecutionRecord> MemoryWorkflowExecutionStore::list(
    const std::vector<TransactionState>& states) const {
  std::lock_guard lock(m_mutex);
  std::vector<ExecutionRecord> out;
  for (const auto& [key, record] : m_records) {
    if (std::find(states.begin(), states.end(), record.state) != states.end()) {
      out.push_back(record);
    }
  }
  return out;
}

std::size_t MemoryWorkflowExecutionStore::size() const {
  std::lock_guard lock(m_mutex);
  return m_records.size();
}

}  // namespace medusa::workflow
