// SPDX-License-Identifier: MIT
#include "medusa/workflow/execution_record.h"

#include <algorithm>
#include <array>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <utility>

namespace medusa::workflow {

namespace {

constexpr std::array kTransactionStates{
    std::pair{TransactionState::NotStarted, std::string_view("not_started")},
    std::pair{TransactionState::Invoking, std::string_view("invoking")},
    std::pair{TransactionState::WaitingToCompensate, std::string_view("waiting_to_compensate")},
    std::pair{TransactionState::Compensating, std::string_view("compensating")},
    std::pair{TransactionState::Done, std::string_view("done")},
    std::pair{TransactionState::Reverted, std::string_view("reverted")},
    std::pair{TransactionState::Failed, std::string_view("failed")},
};

constexpr std::array kStepStates{
    std::pair{StepState::NotStarted, std::string_view("not_started")},
    std::pair{StepState::Invoking, std::string_view("invoking")},
    std::pair{StepState::WaitingResponse, std::string_view("waiting_response")},
    std::pair{StepState::Done, std::string_view("done")},
    std::pair{StepState::Failed, std::string_view("failed")},
    std::pair{StepState::Timeout, std::string_view("timeout")},
    std::pair{StepState::Compensating, std::string_view("compensating")},
    std::pair{StepState::Reverted, std::string_view("reverted")},
    std::pair{StepState::CompensationFailed, std::string_view("compensation_failed")},
};

// Every ErrorType, to map recorded wire names back (the enum has no parser of its own).
constexpr std::array kErrorTypes{
    ErrorType::NotFound,
    ErrorType::InvalidData,
    ErrorType::NotAllowed,
    ErrorType::Unauthorized,
    ErrorType::DuplicateError,
    ErrorType::Conflict,
    ErrorType::PaymentAuthorizationError,
    ErrorType::PaymentRequiresMoreError,
    ErrorType::DatabaseError,
    ErrorType::UnexpectedState,
    ErrorType::InvalidArgument,
    ErrorType::UnknownModules,
};

template <class Table, class E>
std::string_view nameOf(const Table& table, E value) {
  for (const auto& [v, name] : table) {
    if (v == value) return name;
  }
  return "unknown";
}

template <class Table>
auto valueOf(const Table& table, std::string_view text, std::string_view what) {
  for (const auto& [v, name] : table) {
    if (name == text) return v;
  }
  throw Error(ErrorType::InvalidData, "Unknown " + std::string(what) + " " + std::string(text));
}

std::string str(const json::value& v) {
  return boost::json::value_to<std::string>(v);
}

json::value timestamp(const std::optional<time::Timestamp>& t) {
  return t ? json::value(time::toIso8601(*t)) : json::value(nullptr);
}

std::optional<time::Timestamp> timestampFrom(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  return time::parse(str(*v));
}

}  // namespace

std::string_view toString(TransactionState state) {
  return nameOf(kTransactionStates, state);
}
std::string_view toString(StepState state) {
  return nameOf(kStepStates, state);
}

TransactionState transactionStateFromString(std::string_view text) {
  return valueOf(kTransactionStates, text, "transaction state");
}

StepState stepStateFromString(std::string_view text) {
  return valueOf(kStepStates, text, "step state");
}

bool isFinished(TransactionState state) {
  return state == TransactionState::Done || state == TransactionState::Reverted ||
         state == TransactionState::Failed;
}

ErrorInfo ErrorInfo::from(const std::exception_ptr& error, std::string stepId, std::string action) {
  ErrorInfo info{"unknown_error", "An unknown error occurred.", std::nullopt, std::move(stepId),
                 std::move(action)};
  try {
    std::rethrow_exception(error);
  } catch (const Error& e) {
    info.type = std::string(medusa::toString(e.type()));
    info.message = e.message();
    info.code = e.code();
  } catch (const std::exception& e) {
    info.message = e.what();
  } catch (...) {  // NOLINT(bugprone-empty-catch): keeps the generic message
  }
  return info;
}

Error ErrorInfo::toError() const {
  for (const auto t : kErrorTypes) {
    if (medusa::toString(t) == type) return Error(t, message, code);
  }
  return Error(ErrorType::UnexpectedState, message, code);
}

StepRecord* ExecutionRecord::findStep(std::string_view key) {
  const auto it =
      std::find_if(steps.begin(), steps.end(), [&](const auto& s) { return s.key == key; });
  return it == steps.end() ? nullptr : &*it;
}

const StepRecord* ExecutionRecord::findStep(std::string_view key) const {
  const auto it =
      std::find_if(steps.begin(), steps.end(), [&](const auto& s) { return s.key == key; });
  return it == steps.end() ? nullptr : &*it;
}

void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const ErrorInfo& e) {
  json::object o{
      {"type", e.type}, {"message", e.message}, {"step_id", e.stepId}, {"action", e.action}};
  if (e.code) o["code"] = *e.code;
  out = std::move(o);
}

ErrorInfo tag_invoke(const boost::json::value_to_tag<ErrorInfo>&, const boost::json::value& in) {
  const auto& o = in.as_object();
  ErrorInfo e{str(o.at("type")), str(o.at("message")), std::nullopt, str(o.at("step_id")),
              str(o.at("action"))};
  if (const auto* code = o.if_contains("code")) e.code = str(*code);
  return e;
}

void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const StepRecord& s) {
  json::object o{{"key", s.key},
                 {"step_id", s.stepId},
                 {"state", toString(s.state)},
                 {"attempts", s.attempts},
                 {"output", s.output},
                 {"completed_seq", s.completedSeq},
                 {"started_at", timestamp(s.startedAt)},
                 {"ended_at", timestamp(s.endedAt)}};
  // A missing key (not null) means "nothing to compensate"; null is a valid input.
  if (s.compensationInput) o["compensation_input"] = *s.compensationInput;
  if (s.error) o["error"] = boost::json::value_from(*s.error);
  out = std::move(o);
}

StepRecord tag_invoke(const boost::json::value_to_tag<StepRecord>&, const boost::json::value& in) {
  const auto& o = in.as_object();
  StepRecord s;
  s.key = str(o.at("key"));
  s.stepId = str(o.at("step_id"));
  s.state = stepStateFromString(str(o.at("state")));
  s.attempts = boost::json::value_to<int>(o.at("attempts"));
  s.output = o.at("output");
  s.completedSeq = boost::json::value_to<std::uint64_t>(o.at("completed_seq"));
  s.startedAt = timestampFrom(o, "started_at");
  s.endedAt = timestampFrom(o, "ended_at");
  if (const auto* c = o.if_contains("compensation_input")) s.compensationInput = *c;
  if (const auto* e = o.if_contains("error")) s.error = boost::json::value_to<ErrorInfo>(*e);
  return s;
}

void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out,
                const ExecutionRecord& r) {
  out = json::object{
      {"id", r.id},
      {"workflow_id", r.workflowId},
      {"transaction_id", r.transactionId},
      {"idempotency_key", r.idempotencyKey ? json::value(*r.idempotencyKey) : json::value()},
      {"state", toString(r.state)},
      {"input", r.input},
      {"result", r.result},
      {"event_group_id", r.eventGroupId},
      {"events", boost::json::value_from(r.events)},
      {"steps", boost::json::value_from(r.steps)},
      {"errors", boost::json::value_from(r.errors)},
      {"created_at", time::toIso8601(r.createdAt)},
      {"updated_at", time::toIso8601(r.updatedAt)},
  };
}

ExecutionRecord tag_invoke(const boost::json::value_to_tag<ExecutionRecord>&,
                           const boost::json::value& in) {
  const auto& o = in.as_object();
  ExecutionRecord r;
  r.id = str(o.at("id"));
  r.workflowId = str(o.at("workflow_id"));
  r.transactionId = str(o.at("transaction_id"));
  if (const auto& key = o.at("idempotency_key"); !key.is_null()) r.idempotencyKey = str(key);
  r.state = transactionStateFromString(str(o.at("state")));
  r.input = o.at("input");
  r.result = o.at("result");
  r.eventGroupId = str(o.at("event_group_id"));
  r.events = boost::json::value_to<std::vector<infra::Event>>(o.at("events"));
  r.steps = boost::json::value_to<std::vector<StepRecord>>(o.at("steps"));
  r.errors = boost::json::value_to<std::vector<ErrorInfo>>(o.at("errors"));
  r.createdAt = time::parse(str(o.at("created_at")));
  r.updatedAt = time::parse(str(o.at("updated_at")));
  return r;
}

}  // namespace medusa::workflow
