// SPDX-License-Identifier: MIT
#pragma once

#include <any>
#include <typeinfo>
#include <utility>
#include <vector>

namespace medusa::http {

/// Per-request state that later layers attach for the handlers: the auth layer puts its
/// AuthContext here, the publishable-key middleware the resolved key, and so on. Keyed by type so
/// the HTTP layer needs to know none of them; a request carries a handful at most, so a flat
/// vector scanned by type is cheaper than a map.
class RequestContext {
 public:
  /// Stores a T, replacing any previous one, and returns it.
  template <class T, class... Args>
  T& emplace(Args&&... args) {
    if (T* existing = find<T>()) {
      *existing = T(std::forward<Args>(args)...);
      return *existing;
    }
    m_slots.emplace_back(std::in_place_type<T>, std::forward<Args>(args)...);
    return *std::any_cast<T>(&m_slots.back());
  }

  /// The stored T, or nullptr.
  template <class T>
  T* find() noexcept {
    for (auto& slot : m_slots) {
      if (auto* value = std::any_cast<T>(&slot)) return value;
    }
    return nullptr;
  }

  template <class T>
  const T* find() const noexcept {
    for (const auto& slot : m_slots) {
      if (const auto* value = std::any_cast<T>(&slot)) return value;
    }
    return nullptr;
  }

  void clear() noexcept { m_slots.clear(); }

 private:
  std::vector<std::any> m_slots;
};

}  // namespace medusa::http
