// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include "medusa/core/config.h"
#include "medusa/workflow/service_container.h"

namespace medusa::server::workflows {

/// Makes the project configuration resolvable by steps (Medusa's CONFIG_MODULE), once: steps
/// that sign tokens read the JWT secret there rather than from their (persisted) input.
inline void provideProjectConfig(workflow::ServiceContainer& container, const Config& config) {
  if (!container.has<Config>()) container.registerService(std::make_shared<Config>(config));
}

}  // namespace medusa::server::workflows
