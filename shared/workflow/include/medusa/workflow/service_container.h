// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <typeindex>
#include <typeinfo>

namespace medusa::workflow {

/// The container steps resolve services from (Medusa's awilix container, reduced to a registry
/// keyed by type and an optional name). The composition root fills it from the module
/// registrations; it is read concurrently by running steps.
class ServiceContainer {
 public:
  /// Registers `service` as T (under `name` when several T exist); replaces an earlier one.
  template <class T>
  void registerService(std::shared_ptr<T> service, std::string name = {}) {
    add(typeid(T), std::move(name), std::move(service));
  }

  /// The T registered (under `name`); throws Error{UnexpectedState} when there is none.
  template <class T>
  T& resolve(std::string_view name = {}) const {
    return *static_cast<T*>(find(typeid(T), name).get());
  }

  /// The T registered (under `name`) as a shared pointer; throws like resolve().
  template <class T>
  std::shared_ptr<T> resolveShared(std::string_view name = {}) const {
    return std::static_pointer_cast<T>(find(typeid(T), name));
  }

  /// Whether a T is registered (under `name`).
  template <class T>
  bool has(std::string_view name = {}) const {
    return findOrNull(typeid(T), name) != nullptr;
  }

 private:
  void add(const std::type_info& type, std::string name, std::shared_ptr<void> service);
  std::shared_ptr<void> findOrNull(const std::type_info& type, std::string_view name) const;
  std::shared_ptr<void> find(const std::type_info& type, std::string_view name) const;

  mutable std::shared_mutex m_mutex;
  std::map<std::type_index, std::map<std::string, std::shared_ptr<void>, std::less<>>> m_services;
};

}  // namespace medusa::workflow
