// SPDX-License-Identifier: MIT
#include "http/detail/connection_registry.h"

namespace medusa::http::detail {

void ConnectionRegistry::add(const std::shared_ptr<Connection>& connection) {
  std::lock_guard lock(m_mutex);
  m_connections.emplace(connection.get(), connection);
  m_size.store(m_connections.size(), std::memory_order_relaxed);
}

void ConnectionRegistry::remove(const Connection* connection) noexcept {
  std::lock_guard lock(m_mutex);
  m_connections.erase(connection);
  m_size.store(m_connections.size(), std::memory_order_relaxed);
  if (m_connections.empty()) m_emptied.notify_all();
}

std::vector<std::shared_ptr<Connection>> ConnectionRegistry::snapshot() const {
  std::vector<std::shared_ptr<Connection>> alive;
  std::lock_guard lock(m_mutex);
  alive.reserve(m_connections.size());
  for (const auto& [key, weak] : m_connections) {
    if (auto connection = weak.lock()) alive.push_back(std::move(connection));
  }
  return alive;
}

bool ConnectionRegistry::waitUntilEmpty(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock lock(m_mutex);
  return m_emptied.wait_until(lock, deadline, [this] { return m_connections.empty(); });
}

}  // namespace medusa::http::detail
