// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/api_key/api_key_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Creates API keys ({title, type, created_by}); the output carries each plain token, the only
/// time a secret one is shown. Compensation: deletes the keys for good.
inline const auto createApiKeysStep = workflow::makeStep(
    "create-api-keys",
    [](const boost::json::array& keys, workflow::StepContext& ctx) {
      auto created = ctx.resolve<api_key::ApiKeyModuleService>().createApiKeys(keys);
      auto ids = idsOf(created);
      return workflow::StepResponse{std::move(created), std::move(ids)};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;  // compensation must be idempotent
      ctx.resolve<api_key::ApiKeyModuleService>().deleteCreatedApiKeys(ids);
    });

}  // namespace medusa::server::workflows
