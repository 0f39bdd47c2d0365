// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace medusa::http::detail {

class Connection;

/// The open connections, so that stop() can reach them and wait for them to go. A connection
/// adds itself when accepted and removes itself in its destructor.
class ConnectionRegistry {
 public:
  void add(const std::shared_ptr<Connection>& connection);
  void remove(const Connection* connection) noexcept;

  /// Lock-free, for the accept loop's connection limit.
  std::size_t size() const noexcept { return m_size.load(std::memory_order_relaxed); }

  /// The connections still alive.
  std::vector<std::shared_ptr<Connection>> snapshot() const;

  /// Waits until no connection is left or `deadline` passes; true when none is left.
  bool waitUntilEmpty(std::chrono::steady_clock::time_point deadline);

 private:
  mutable std::mutex m_mutex;
  std::condition_variable m_emptied;
  std::unordered_map<const Connection*, std::weak_ptr<Connection>> m_connections;
  std::atomic<std::size_t> m_size{0};
};

}  // namespace medusa::http::detail
