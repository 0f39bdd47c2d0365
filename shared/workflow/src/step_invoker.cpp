// SPDX-License-Identifier: MIT
#include "step_invoker.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <utility>

#include "engine_core.h"

namespace medusa::workflow::detail {

namespace {

std::string describe(const std::exception_ptr& error) {
  return ErrorInfo::from(error, {}, {}).message;
}

std::chrono::milliseconds nextDelay(std::chrono::milliseconds delay, double multiplier) {
  const auto scaled = static_cast<double>(delay.count()) * std::max(1.0, multiplier);
  return std::chrono::milliseconds(static_cast<std::int64_t>(scaled));
}

// Waits before a retry unless the execution aborts first; false when it aborted.
bool backoff(const Execution& execution, std::chrono::milliseconds delay) {
  std::mutex mutex;
  std::condition_variable_any wake;
  std::unique_lock lock(mutex);
  const auto token = execution.stopToken();
  wake.wait_for(lock, token, delay, [] { return false; });
  return !token.stop_requested();
}

Invocation invokeInline(Execution& execution, const StepCall& call, const std::string& key,
                        int attempt, std::vector<infra::Event>& events) {
  auto buffer = std::make_shared<EventBuffer>();
  auto ctx = execution.context(key, attempt, execution.stopToken(), buffer);
  auto result = call.invoke(ctx);
  events = buffer->take();
  return result;
}

// Shared by a timed attempt's thread and the step waiting for it.
struct TimedAttempt {
  std::mutex mutex;
  std::condition_variable done;
  bool finished = false;
  bool abandoned = false;  // timed out: a late result is compensated by the thread itself
  std::optional<Invocation> result;
  std::exception_ptr error;
};

void compensateLate(const StepCall& call, const Invocation& result, StepContext& ctx) {
  if (!call.compensate || !result.compensationInput) return;
  spdlog::warn(
      "workflow {} transaction {} step {}: invoke returned after its timeout; "
      "compensating its result",
      ctx.workflowId(), ctx.transactionId(), ctx.stepId());
  try {
    call.compensate(*result.compensationInput, ctx);
  } catch (...) {
    spdlog::error("workflow {} transaction {} step {}: compensating the late result failed: {}",
                  ctx.workflowId(), ctx.transactionId(), ctx.stepId(),
                  describe(std::current_exception()));
  }
}

Invocation invokeTimed(Execution& execution, const StepCall& call, const std::string& key,
                       int attempt, std::vector<infra::Event>& events) {
  auto buffer = std::make_shared<EventBuffer>();
  auto shared = std::make_shared<TimedAttempt>();
  auto ended = std::make_shared<std::atomic<bool>>(false);
  std::stop_source source;
  // Built here, not in the thread: the Execution may be gone when a late thread gets going.
  auto ctx = execution.context(key, attempt, source.get_token(), buffer);
  std::jthread worker([shared, ended, source, ctx, call](std::stop_token stop) mutable {
    // Engine shutdown stops the thread; forward that to the step's own token.
    std::stop_callback forward(stop, [&source] { source.request_stop(); });
    std::optional<Invocation> result;
    std::exception_ptr error;
    try {
      result = call.invoke(ctx);
    } catch (...) {
      error = std::current_exception();
    }
    bool late = false;
    {
      std::lock_guard lock(shared->mutex);
      late = shared->abandoned;
      if (!late) {
        shared->result = std::move(result);
        shared->error = error;
        shared->finished = true;
      }
    }
    if (!late) {
      shared->done.notify_all();
    } else if (result) {
      compensateLate(call, *result, ctx);
    }
    *ended = true;
  });
  // A failing sibling cancels this attempt too.
  std::stop_callback abortLink(execution.stopToken(),
                               [source]() mutable { source.request_stop(); });

  std::unique_lock lock(shared->mutex);
  if (shared->done.wait_for(lock, call.options.timeout, [&] { return shared->finished; })) {
    auto result = std::move(shared->result);
    const auto error = shared->error;
    lock.unlock();
    worker.join();
    if (error) std::rethrow_exception(error);
    events = buffer->take();
    return std::move(*result);
  }
  shared->abandoned = true;
  lock.unlock();
  source.request_stop();
  execution.core().adoptStraggler(std::move(worker), std::move(ended));
  throw StepTimeoutError(
      ErrorType::UnexpectedState,
      "Step " + key + " timed out after " + std::to_string(call.options.timeout.count()) + " ms");
}

}  // namespace

Invocation invokeStep(Execution& execution, const StepCall& call, const std::string& key,
                      std::vector<infra::Event>& events) {
  auto delay = call.options.retryInterval;
  for (int attempt = 1;; ++attempt) {
    if (attempt > 1) execution.stepAttempted(key, attempt);
    try {
      if (call.options.timeout.count() > 0) {
        return invokeTimed(execution, call, key, attempt, events);
      }
      return invokeInline(execution, call, key, attempt, events);
    } catch (const Suspended&) {
      throw;
    } catch (const Aborted&) {
      throw;
    } catch (...) {
      // No retries once the execution is failing anyway.
      if (attempt > call.options.maxRetries || execution.aborting()) throw;
      spdlog::warn(
          "workflow {} transaction {} step {}: attempt {}/{} failed, retrying in {} ms: {}",
          execution.workflowId(), execution.transactionId(), key, attempt,
          call.options.maxRetries + 1, delay.count(), describe(std::current_exception()));
      if (!backoff(execution, delay)) throw;
      delay = nextDelay(delay, call.options.backoffMultiplier);
    }
  }
}

void compensateStep(Execution& execution, const Compensator& compensator, const std::string& key,
                    const json::value& input) {
  auto delay = compensator.options.retryInterval;
  for (int attempt = 1;; ++attempt) {
    try {
      auto ctx = execution.context(key, attempt, {}, nullptr);
      compensator.fn(input, ctx);
      return;
    } catch (...) {
      if (attempt > compensator.options.maxRetries) throw;
      spdlog::warn("workflow {} transaction {} step {}: compensation attempt {} failed: {}",
                   execution.workflowId(), execution.transactionId(), key, attempt,
                   describe(std::current_exception()));
      // A retry delay; rolling back is not interrupted by anything.
      std::this_thread::sleep_for(delay);
      delay = nextDelay(delay, compensator.options.backoffMultiplier);
    }
  }
}

}  // namespace medusa::workflow::detail
