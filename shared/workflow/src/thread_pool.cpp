// SPDX-License-Identifier: MIT
#include "thread_pool.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <exception>
#include <utility>

namespace medusa::workflow::detail {

ThreadPool::ThreadPool(std::size_t threads) {
  const auto count = std::max<std::size_t>(1, threads);
  m_threads.reserve(count);
  for (std::size_t i = 0; i < count; ++i) m_threads.emplace_back([this] { work(); });
}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_all();
  for (auto& t : m_threads) t.join();
}

void ThreadPool::submit(std::function<void()> task) {
  {
    std::lock_guard lock(m_mutex);
    m_tasks.push_back(std::move(task));
  }
  m_wake.notify_one();
}

void ThreadPool::work() {
  for (;;) {
    std::function<void()> task;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
      if (m_tasks.empty()) return;
      task = std::move(m_tasks.front());
      m_tasks.pop_front();
    }
    try {
      task();
    } catch (const std::exception& e) {
      spdlog::error("workflow engine task failed: {}", e.what());
    } catch (...) {
      spdlog::error("workflow engine task failed with an unknown exception");
    }
  }
}

}  // namespace medusa::workflow::detail
