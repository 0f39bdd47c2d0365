// SPDX-License-Identifier: MIT
#include "medusa/core/deadline.h"

#include <algorithm>

#include "medusa/core/error.h"

namespace medusa {

namespace {

thread_local std::optional<std::chrono::steady_clock::time_point> t_deadline;

}  // namespace

DeadlineScope::DeadlineScope(std::chrono::steady_clock::time_point deadline) noexcept
    : m_previous(t_deadline) {
  t_deadline = m_previous ? std::min(*m_previous, deadline) : deadline;
}

DeadlineScope::~DeadlineScope() {
  t_deadline = m_previous;
}

DeadlineSuspension::DeadlineSuspension() noexcept : m_previous(t_deadline) {
  t_deadline.reset();
}

DeadlineSuspension::~DeadlineSuspension() {
  t_deadline = m_previous;
}

std::optional<std::chrono::steady_clock::time_point> currentDeadline() noexcept {
  return t_deadline;
}

Error timeoutError(std::string_view what) {
  return Error(ErrorType::DatabaseError, std::string(what), std::string(kTimeoutCode));
}

}  // namespace medusa
