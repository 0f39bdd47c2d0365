// SPDX-License-Identifier: MIT
#include "medusa/core/error.h"
#include "medusa/framework/module.h"

namespace medusa::framework {

const EntitySchema& ModuleContext::entity(std::string_view name) const {
  const auto* node = m_query.entities().find(name);
  if (!node || node->schema().module() != m_module.name) {
    throw Error(ErrorType::InvalidArgument,
                "Module " + m_module.name + " has no entity '" + std::string(name) + "'");
  }
  return node->schema();
}

Repository ModuleContext::repository(std::string_view entity) const {
  return Repository(m_query, this->entity(entity).name());
}

EntityService ModuleContext::service(std::string_view entity) const {
  return EntityService(m_pool, repository(entity));
}

ModuleService::ModuleService(const ModuleContext& context) : m_module(context.module()) {
  for (const auto& entity : context.definition().entities) {
    m_entities.emplace(entity.name, context.service(entity.name));
  }
}

const EntityService& ModuleService::entity(std::string_view name) const {
  const auto it = m_entities.find(name);
  if (it == m_entities.end()) {
    throw Error(ErrorType::InvalidArgument,
                "Module " + m_module + " has no entity '" + std::string(name) + "'");
  }
  return it->second;
}

}  // namespace medusa::framework
