// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <stop_token>
#include <string>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/workflow/execution_record.h"
#include "medusa/workflow/step.h"
#include "medusa/workflow/step_context.h"

namespace medusa::workflow::detail {

class EngineCore;

/// Thrown through a body when an async step waits: this run ends, a later one resumes.
/// Deliberately not a std::exception, so bodies catching std::exception do not swallow it.
struct Suspended {};
/// Thrown through a body when no new step may start (a sibling failed; compensation replay).
struct Aborted {};

/// A step attempt that ran out of time.
class StepTimeoutError final : public Error {
 public:
  using Error::Error;
};

/// Forward: run the body, replaying recorded steps and invoking new ones. Compensate: replay
/// only to learn the compensations of recorded steps, then roll back.
enum class ReplayMode { Forward, Compensate };

/// How to undo one step of this run.
struct Compensator {
  CompensateFn fn;
  StepOptions options;
};

/// One run (or replay) of an execution: the record, guarded for parallel branches and saved to
/// the store on every transition, plus what only this run knows (compensations, claimed keys).
class Execution {
 public:
  Execution(EngineCore& core, ExecutionRecord record, ReplayMode mode);

  EngineCore& core() const { return m_core; }
  ReplayMode mode() const { return m_mode; }
  const std::string& workflowId() const { return m_workflowId; }
  const std::string& transactionId() const { return m_transactionId; }
  const json::value& input() const { return m_input; }

  /// The recorded step, if any.
  std::optional<StepRecord> step(const std::string& key) const;
  /// Marks `key` as used by this run; a second use (two parallel branches running the same step
  /// id) throws Error{InvalidArgument}.
  void claim(const std::string& key, const std::string& stepId);
  /// Remembers how to compensate `key` (no-op for steps without compensation).
  void addCompensator(const std::string& key, const StepCall& call);
  std::optional<Compensator> compensator(const std::string& key) const;

  void stepStarted(const std::string& key, const std::string& stepId);
  void stepAttempted(const std::string& key, int attempt);
  /// The invoke returned; `waiting` for async steps (then the output comes later).
  void stepReturned(const std::string& key, Invocation invocation, std::vector<infra::Event> events,
                    bool waiting);
  void stepFailed(const std::string& key, ErrorInfo error, StepState state);

  /// Stops new steps from starting and cancels running ones (their stop tokens fire).
  void abort();
  bool aborting() const { return m_aborting.load(); }
  std::stop_token stopToken() const { return m_abort.get_token(); }

  /// Appends an error (the first one is what failed the execution).
  void recordError(ErrorInfo error);
  bool hasErrors() const;
  /// State done with `result`; returns the buffered events to publish.
  std::vector<infra::Event> finishDone(json::value result);
  void setState(TransactionState state);

  /// Keys to compensate, latest completion first.
  std::vector<std::string> compensationOrder() const;
  std::optional<json::value> compensationInput(const std::string& key) const;
  void stepCompensating(const std::string& key);
  void stepReverted(const std::string& key);
  void stepCompensationFailed(const std::string& key, ErrorInfo error);
  /// Reverted or failed; drops the buffered events.
  void finishCompensation(bool failed);

  ExecutionRecord snapshot() const;
  /// The context for an attempt of `key` (or its compensation when `events` is null).
  StepContext context(const std::string& key, int attempt, std::stop_token token,
                      std::shared_ptr<EventBuffer> events) const;

 private:
  StepRecord& stepLocked(const std::string& key);
  void saveLocked();

  EngineCore& m_core;
  const ReplayMode m_mode;
  const std::string m_workflowId;
  const std::string m_transactionId;
  const std::string m_eventGroupId;
  const json::value m_input;

  mutable std::mutex m_mutex;
  ExecutionRecord m_record;
  std::uint64_t m_seq = 0;  // last completedSeq handed out
  std::set<std::string> m_claimed;
  std::map<std::string, Compensator> m_compensators;
  std::stop_source m_abort;
  std::atomic<bool> m_aborting{false};
};

}  // namespace medusa::workflow::detail
