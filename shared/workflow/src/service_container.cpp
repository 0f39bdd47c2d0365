// SPDX-License-Identifier: MIT
#include "medusa/workflow/service_container.h"

#include <boost/core/demangle.hpp>
#include <mutex>

#include "medusa/core/error.h"

namespace medusa::workflow {

void ServiceContainer::add(const std::type_info& type, std::string name,
                           std::shared_ptr<void> service) {
  std::unique_lock lock(m_mutex);
  m_services[std::type_index(type)][std::move(name)] = std::move(service);
}

std::shared_ptr<void> ServiceContainer::findOrNull(const std::type_info& type,
                                                   std::string_view name) const {
  std::shared_lock lock(m_mutex);
  const auto byType = m_services.find(std::type_index(type));
  if (byType == m_services.end()) return nullptr;
  const auto it = byType->second.find(name);
  return it == byType->second.end() ? nullptr : it->second;
}

std::shared_ptr<void> ServiceContainer::find(const std::type_info& type,
                                             std::string_view name) const {
  auto service = findOrNull(type, name);
  if (!service) {
    // A wiring bug, not a client error: it surfaces as a 500.
    std::string what = "Could not resolve service " + boost::core::demangle(type.name());
    if (!name.empty()) what += " named '" + std::string(name) + "'";
    throw Error(ErrorType::UnexpectedState, what);
  }
  return service;
}

}  // namespace medusa::workflow
