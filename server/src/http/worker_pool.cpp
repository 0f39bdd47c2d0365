// SPDX-License-Identifier: MIT
#include "http/worker_pool.h"

#include <spdlog/spdlog.h>

#include <exception>

namespace medusa::http {

WorkerPool::WorkerPool(std::size_t threads, std::size_t queueLimit) : m_queueLimit(queueLimit) {
  m_threads.reserve(threads);
  for (std::size_t i = 0; i < threads; ++i) m_threads.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool() {
  shutdown();
}

bool WorkerPool::tryPost(Task task) {
  {
    std::lock_guard lock(m_mutex);
    if (m_stopping || m_queue.size() >= m_queueLimit) return false;
    m_queue.push_back(std::move(task));
  }
  m_wake.notify_one();
  return true;
}

void WorkerPool::shutdown() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_all();
  for (auto& thread : m_threads) {
    if (thread.joinable()) thread.join();
  }
}

std::size_t WorkerPool::queued() const {
  std::lock_guard lock(m_mutex);
  return m_queue.size();
}

void WorkerPool::run() {
  for (;;) {
    Task task;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
      if (m_queue.empty()) return;  // stopping and drained
      task = std::move(m_queue.front());
      m_queue.pop_front();
    }
    try {
      task();
    } catch (const std::exception& e) {
      spdlog::error("worker task failed: {}", e.what());
    } catch (...) {
      spdlog::error("worker task failed with an exception of unknown type");
    }
  }
}

}  // namespace medusa::http
