// SPDX-License-Identifier: MIT
// Test doubles for workflow tests: an in-memory "database" that records every call, failure
// injection by step id, and steps writing to that database.
#pragma once

#include <algorithm>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/workflow/execution_record.h"
#include "medusa/workflow/step.h"

namespace medusa::workflow::test {

/// Rows by id, and a log of every insert and delete ("insert x", "delete x"). Deleting is
/// idempotent, as a compensation must be.
class RecordingDatabase {
 public:
  void insert(const std::string& id) {
    std::lock_guard lock(m_mutex);
    m_rows.insert(id);
    m_log.push_back("insert " + id);
  }
  void erase(const std::string& id) {
    std::lock_guard lock(m_mutex);
    m_rows.erase(id);
    m_log.push_back("delete " + id);
  }
  std::set<std::string> rows() const {
    std::lock_guard lock(m_mutex);
    return m_rows;
  }
  std::vector<std::string> log() const {
    std::lock_guard lock(m_mutex);
    return m_log;
  }
  /// The log lines starting with `prefix` ("delete "), in order.
  std::vector<std::string> logOf(const std::string& prefix) const {
    std::lock_guard lock(m_mutex);
    std::vector<std::string> out;
    for (const auto& line : m_log) {
      if (line.starts_with(prefix)) out.push_back(line);
    }
    return out;
  }
  /// How often `line` was logged.
  long count(const std::string& line) const {
    std::lock_guard lock(m_mutex);
    return std::count(m_log.begin(), m_log.end(), line);
  }

 private:
  mutable std::mutex m_mutex;
  std::set<std::string> m_rows;
  std::vector<std::string> m_log;
};

/// Which steps fail: invokes check `failInvoke`, compensations check `failCompensation`.
class Faults {
 public:
  void failInvokeOf(const std::string& stepId) {
    std::lock_guard lock(m_mutex);
    m_invoke.insert(stepId);
  }
  void failCompensationOf(const std::string& stepId) {
    std::lock_guard lock(m_mutex);
    m_compensation.insert(stepId);
  }
  /// Throws Error{InvalidData} when `stepId` should fail.
  void checkInvoke(const std::string& stepId) const {
    std::lock_guard lock(m_mutex);
    if (m_invoke.count(stepId))
      throw Error(ErrorType::InvalidData, "injected failure in " + stepId);
  }
  void checkCompensation(const std::string& stepId) const {
    std::lock_guard lock(m_mutex);
    if (m_compensation.count(stepId)) {
      throw Error(ErrorType::UnexpectedState, "injected compensation failure in " + stepId);
    }
  }

 private:
  mutable std::mutex m_mutex;
  std::set<std::string> m_invoke;
  std::set<std::string> m_compensation;
};

/// A step inserting the row named by its input (unless Faults says it fails first);
/// compensation deletes that row.
inline auto rowStep(const std::string& id, StepOptions options = {}) {
  return makeStep(
      id,
      [](const std::string& row, StepContext& ctx) {
        ctx.resolve<Faults>().checkInvoke(ctx.stepId());
        ctx.resolve<RecordingDatabase>().insert(row);
        return row;
      },
      [](const std::string& row, StepContext& ctx) {
        ctx.resolve<Faults>().checkCompensation(ctx.stepId());
        ctx.resolve<RecordingDatabase>().erase(row);
      },
      options);
}

/// A container with a fresh RecordingDatabase and Faults.
inline std::shared_ptr<ServiceContainer> testContainer() {
  auto container = std::make_shared<ServiceContainer>();
  container->registerService(std::make_shared<RecordingDatabase>());
  container->registerService(std::make_shared<Faults>());
  return container;
}

/// Enum values as text for QCOMPARE (Qt's toString() would find ours by ADL and fail).
inline std::string str(TransactionState state) {
  return std::string(toString(state));
}
inline std::string str(StepState state) {
  return std::string(toString(state));
}
inline std::string str(ErrorType type) {
  return std::string(medusa::toString(type));
}

/// Waits for `future` up to 5 s; false if it is not ready by then.
template <class Future>
bool ready(const Future& future) {
  return future.wait_for(std::chrono::seconds(5)) == std::future_status::ready;
}

}  // namespace medusa::workflow::test
