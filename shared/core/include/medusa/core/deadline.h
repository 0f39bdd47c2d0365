// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "medusa/core/error.h"

namespace medusa {

/// The `code` of an Error raised because a time budget ran out (a request's deadline, a
/// database statement timeout): it answers 503 with Retry-After, since the same request may
/// well succeed when the server is less busy.
inline constexpr std::string_view kTimeoutCode = "timeout";

/// The deadline of the work the current thread does for one request. The HTTP worker sets it
/// around the handler; the database pool reads it (a borrow waits no longer, statements are
/// cut off at it), so a request that outlives its budget fails with a timeout Error and gives
/// its connection back instead of holding it.
///
///   DeadlineScope budget(std::chrono::steady_clock::now() + 30s);
///   handler(request);   // pool.borrow() / tx.exec() throw timeoutError() past the deadline
class DeadlineScope {
 public:
  explicit DeadlineScope(std::chrono::steady_clock::time_point deadline) noexcept;
  ~DeadlineScope();
  DeadlineScope(const DeadlineScope&) = delete;
  DeadlineScope& operator=(const DeadlineScope&) = delete;

 private:
  std::optional<std::chrono::steady_clock::time_point> m_previous;
};

/// Lifts the current thread's deadline while it lives: work that must finish once begun (a
/// workflow's compensation) is not cut off by the request's budget.
class DeadlineSuspension {
 public:
  DeadlineSuspension() noexcept;
  ~DeadlineSuspension();
  DeadlineSuspension(const DeadlineSuspension&) = delete;
  DeadlineSuspension& operator=(const DeadlineSuspension&) = delete;

 private:
  std::optional<std::chrono::steady_clock::time_point> m_previous;
};

/// The current thread's deadline, if any.
std::optional<std::chrono::steady_clock::time_point> currentDeadline() noexcept;

/// Error{DatabaseError, "...", kTimeoutCode}: what code that finds the deadline passed throws.
Error timeoutError(std::string_view what);

}  // namespace medusa
