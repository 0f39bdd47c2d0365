// SPDX-License-Identifier: MIT
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace medusa::http {

/// A fixed set of threads running tasks from a bounded queue. Handlers run here, off the I/O
/// threads, so a slow handler (a database call) never stalls parsing or writing. When
/// `queueLimit` tasks are already waiting, tryPost refuses instead of letting memory grow with
/// the load; the listener turns that into a 503.
class WorkerPool {
 public:
  using Task = std::function<void()>;

  WorkerPool(std::size_t threads, std::size_t queueLimit);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  /// Queues `task` unless the queue is full or the pool is shutting down. Tasks must not throw
  /// (one that does is logged and dropped).
  bool tryPost(Task task);

  /// Refuses new tasks, lets the workers finish everything already queued, and joins them.
  /// Idempotent.
  void shutdown();

  std::size_t threadCount() const noexcept { return m_threads.size(); }
  /// Tasks waiting for a worker (not those running).
  std::size_t queued() const;

 private:
  void run();

  const std::size_t m_queueLimit;
  mutable std::mutex m_mutex;
  std::condition_variable m_wake;
  std::deque<Task> m_queue;
  bool m_stopping = false;
  std::vector<std::thread> m_threads;
};

}  // namespace medusa::http
