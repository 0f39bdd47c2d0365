// SPDX-License-Identifier: MIT
#include "medusa/workflow/flow.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <utility>

#include "engine_core.h"
#include "execution.h"
#include "step_invoker.h"

namespace medusa::workflow {

using detail::Aborted;
using detail::Suspended;

Flow::Flow(detail::Execution& execution, std::string prefix, std::map<std::string, int> counts)
    : m_execution(&execution), m_prefix(std::move(prefix)), m_counts(std::move(counts)) {}

Flow::~Flow() = default;

const std::string& Flow::workflowId() const {
  return m_execution->workflowId();
}

const std::string& Flow::transactionId() const {
  return m_execution->transactionId();
}

void Flow::checkNotForked() const {
  if (m_forked) {
    throw Error(ErrorType::UnexpectedState,
                "Workflow " + workflowId() +
                    ": inside parallel(), run steps on the Flow& passed to the branch");
  }
}

std::string Flow::nextKey(std::string_view id) {
  checkNotForked();
  const int n = ++m_counts[std::string(id)];
  std::string key = m_prefix + std::string(id);
  if (n > 1) key += "#" + std::to_string(n);
  return key;
}

std::unique_ptr<Flow> Flow::nested(std::string_view workflowId) {
  return std::unique_ptr<Flow>(new Flow(*m_execution, nextKey(workflowId) + "/", {}));
}

std::shared_ptr<const void> Flow::findHook(const std::string& workflowId, const std::string& name,
                                           std::type_index payload) const {
  return m_execution->core().findHook(workflowId, name, payload);
}

json::value Flow::runStep(detail::StepCall call) {
  auto& ex = *m_execution;
  const auto key = nextKey(call.id);
  ex.claim(key, call.id);

  if (const auto recorded = ex.step(key)) {
    if (recorded->stepId != call.id) {
      throw Error(ErrorType::UnexpectedState, "Workflow " + workflowId() +
                                                  " is not deterministic: step " + key + " was " +
                                                  recorded->stepId + " and is now " + call.id);
    }
    const bool returned = recorded->completedSeq > 0;
    if (returned) ex.addCompensator(key, call);
    if (ex.mode() == detail::ReplayMode::Compensate) {
      // Replaying only to learn compensations: walk on through steps that have an output.
      const auto s = recorded->state;
      if (s == StepState::Done || s == StepState::Compensating || s == StepState::Reverted ||
          s == StepState::CompensationFailed) {
        return recorded->output;
      }
      throw Aborted{};
    }
    switch (recorded->state) {
      case StepState::Done:
        return recorded->output;
      case StepState::WaitingResponse:
        throw Suspended{};
      case StepState::Failed:
      case StepState::Timeout:
        throw recorded->error ? recorded->error->toError()
                              : Error(ErrorType::UnexpectedState, "Step " + key + " failed");
      case StepState::Invoking:
        // A crash interrupted this invoke: run it again only if the step says that is safe.
        if (!call.options.resumable) {
          auto error = Error(ErrorType::UnexpectedState,
                             "Step " + key + " was interrupted (the server stopped while it ran)");
          ex.stepFailed(key, ErrorInfo::from(std::make_exception_ptr(error), key, "invoke"),
                        StepState::Failed);
          ex.abort();
          throw error;
        }
        break;
      case StepState::NotStarted:
        break;
      case StepState::Compensating:
      case StepState::Reverted:
      case StepState::CompensationFailed:
        throw Aborted{};
    }
  } else if (ex.mode() == detail::ReplayMode::Compensate) {
    throw Aborted{};
  }

  if (ex.aborting()) throw Aborted{};  // a sibling failed: start nothing new
  ex.stepStarted(key, call.id);
  try {
    std::vector<infra::Event> events;
    auto invocation = detail::invokeStep(ex, call, key, events);
    // Registered before the save below, so a failing store still leaves the step undoable.
    ex.addCompensator(key, call);
    auto output = invocation.output;
    ex.stepReturned(key, std::move(invocation), std::move(events), call.options.async);
    if (call.options.async) throw Suspended{};
    return output;
  } catch (const Suspended&) {
    throw;
  } catch (const Aborted&) {
    throw;
  } catch (const detail::StepTimeoutError&) {
    ex.stepFailed(key, ErrorInfo::from(std::current_exception(), key, "invoke"),
                  StepState::Timeout);
    ex.abort();
    throw;
  } catch (...) {
    ex.stepFailed(key, ErrorInfo::from(std::current_exception(), key, "invoke"), StepState::Failed);
    ex.abort();
    throw;
  }
}

namespace {

// One parallel() call. Shared with pool tasks, which may start after the call returned (they
// then find their branch claimed and do nothing).
struct ParallelGroup {
  explicit ParallelGroup(std::size_t n) : claimed(n) {}
  std::vector<std::atomic<bool>> claimed;
  std::mutex mutex;
  std::condition_variable finished;
  std::size_t done = 0;
  std::exception_ptr firstError;  // the first real failure, in time
  bool suspended = false;
  bool aborted = false;
};

}  // namespace

void Flow::runParallel(std::vector<std::function<void(Flow&)>>& branches) {
  checkNotForked();
  const auto n = branches.size();
  std::vector<std::unique_ptr<Flow>> children;
  for (std::size_t i = 0; i < n; ++i) {
    children.push_back(std::unique_ptr<Flow>(new Flow(*m_execution, m_prefix, m_counts)));
  }
  auto group = std::make_shared<ParallelGroup>(n);
  // `g` is the caller's own reference: after `done` is counted, the frame of this function may
  // be gone, so nothing captured by reference is touched any more.
  auto runBranch = [&](std::size_t i, std::shared_ptr<ParallelGroup> g) {
    bool suspended = false;
    bool aborted = false;
    std::exception_ptr error;
    try {
      branches[i](*children[i]);
    } catch (const Suspended&) {
      suspended = true;
    } catch (const Aborted&) {
      aborted = true;
    } catch (...) {
      error = std::current_exception();
      m_execution->abort();  // siblings start no new steps
    }
    {
      std::lock_guard lock(g->mutex);
      g->suspended = g->suspended || suspended;
      g->aborted = g->aborted || aborted;
      if (error && !g->firstError) g->firstError = error;
      ++g->done;
    }
    g->finished.notify_all();
  };

  m_forked = true;
  const auto* run = &runBranch;
  for (std::size_t i = 1; i < n; ++i) {
    m_execution->core().pool().submit([group, run, i] {
      if (group->claimed[i].exchange(true)) return;  // the caller ran it already
      auto branch = *run;  // a copy on this thread: outlives the caller's frame
      branch(i, group);
    });
  }
  // This thread takes part, and runs any branch no worker picked up yet: waiting on queued work
  // with every worker busy (nested parallel groups) would deadlock.
  for (std::size_t i = 0; i < n; ++i) {
    if (!group->claimed[i].exchange(true)) runBranch(i, group);
  }
  {
    std::unique_lock lock(group->mutex);
    group->finished.wait(lock, [&] { return group->done == n; });
  }
  m_forked = false;

  for (const auto& child : children) {
    for (const auto& [id, count] : child->m_counts) {
      m_counts[id] = std::max(m_counts[id], count);
    }
  }
  // Taken out of the group, so the last owner of the exception is this thread, not a pool task
  // that still holds the group.
  if (auto error = std::exchange(group->firstError, nullptr)) std::rethrow_exception(error);
  if (group->aborted) throw Aborted{};
  if (group->suspended) throw Suspended{};
}

}  // namespace medusa::workflow
