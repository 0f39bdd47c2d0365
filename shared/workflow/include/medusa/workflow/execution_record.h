// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/conversion.hpp>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "medusa/core/time.h"
#include "medusa/infra/event_bus.h"

namespace medusa::workflow {

/// Medusa's TransactionState, with the same wire strings.
enum class TransactionState {
  NotStarted,
  Invoking,
  WaitingToCompensate,
  Compensating,
  Done,
  Reverted,
  Failed,
};

/// Where one step is (Medusa's TransactionStepState, plus `compensation_failed`).
enum class StepState {
  NotStarted,
  Invoking,
  WaitingResponse,  // async step: invoke returned, waiting for setStepSuccess/setStepFailure
  Done,
  Failed,
  Timeout,
  Compensating,
  Reverted,
  CompensationFailed,
};

/// "not_started", "invoking", "waiting_to_compensate", "compensating", "done", "reverted",
/// "failed".
std::string_view toString(TransactionState state);
/// "not_started", "invoking", "waiting_response", "done", "failed", "timeout", "compensating",
/// "reverted", "compensation_failed".
std::string_view toString(StepState state);
/// Parses toString()'s output; throws Error{InvalidData} otherwise.
TransactionState transactionStateFromString(std::string_view text);
/// Parses toString()'s output; throws Error{InvalidData} otherwise.
StepState stepStateFromString(std::string_view text);

/// Done, reverted or failed: nothing will run for this execution any more.
bool isFinished(TransactionState state);

/// An error as recorded: Medusa's `{type, message, code}` plus where it happened.
struct ErrorInfo {
  std::string type{};  // ErrorType wire name, or "unknown_error" for non-medusa exceptions
  std::string message{};
  std::optional<std::string> code{};
  std::string stepId{};           // step key; empty for errors outside steps
  std::string action = "invoke";  // "invoke" or "compensate"

  /// The error in flight (`std::current_exception()` style).
  static ErrorInfo from(const std::exception_ptr& error, std::string stepId, std::string action);
  /// The recorded error as an Error to throw (unknown types become UnexpectedState).
  Error toError() const;
};

/// One step of an execution. Keys are unique within the execution: the step id, prefixed by
/// nested workflow ids ("create-product-variants/create-variants") and suffixed "#2", "#3"...
/// when a step runs again in the same workflow.
struct StepRecord {
  std::string key{};
  std::string stepId{};
  StepState state = StepState::NotStarted;
  int attempts = 0;
  json::value output{};
  /// Set when the step has a compensation and its invoke returned.
  std::optional<json::value> compensationInput{};
  /// Order in which invokes returned (1, 2, ...; 0 = never). Compensation runs in reverse.
  std::uint64_t completedSeq = 0;
  std::optional<ErrorInfo> error{};
  std::optional<time::Timestamp> startedAt{};
  std::optional<time::Timestamp> endedAt{};
};

/// The persisted state of one workflow execution (one row of Medusa's `workflow_execution`).
struct ExecutionRecord {
  std::string id{};  // "wf_exec_..."
  std::string workflowId{};
  std::string transactionId{};
  std::optional<std::string> idempotencyKey{};
  TransactionState state = TransactionState::NotStarted;
  json::value input{};
  json::value result{};
  std::string eventGroupId{};
  /// Events buffered by emit-event-step; published when the execution is done, cleared when
  /// it is reverted or failed.
  std::vector<infra::Event> events{};
  std::vector<StepRecord> steps{};  // in the order they started
  /// First the error that failed the execution, then any compensation errors.
  std::vector<ErrorInfo> errors{};
  time::Timestamp createdAt{};
  time::Timestamp updatedAt{};

  /// The step with `key`, or null.
  StepRecord* findStep(std::string_view key);
  /// The step with `key`, or null.
  const StepRecord* findStep(std::string_view key) const;
};

/// Boost.JSON conversions (the PostgreSQL store keeps records as jsonb).
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const ErrorInfo& e);
ErrorInfo tag_invoke(const boost::json::value_to_tag<ErrorInfo>&, const boost::json::value& in);
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const StepRecord& s);
StepRecord tag_invoke(const boost::json::value_to_tag<StepRecord>&, const boost::json::value& in);
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out,
                const ExecutionRecord& r);
ExecutionRecord tag_invoke(const boost::json::value_to_tag<ExecutionRecord>&,
                           const boost::json::value& in);

}  // namespace medusa::workflow
