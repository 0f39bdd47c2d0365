// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/api_key/api_key_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Updates API key titles ([{id, title}]). Compensation: writes the previous titles back.
inline const auto updateApiKeysStep = workflow::makeStep(
    "update-api-keys",
    [](const boost::json::array& updates, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<api_key::ApiKeyModuleService>();
      boost::json::array previous;
      for (const auto& key : service.listApiKeys({{"id", jsonArray(idsOf(updates))}})) {
        previous.push_back(boost::json::object{{"id", key.at("id")}, {"title", key.at("title")}});
      }
      auto updated = service.updateApiKeys(updates);
      return workflow::StepResponse{std::move(updated), std::move(previous)};
    },
    [](const boost::json::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      ctx.resolve<api_key::ApiKeyModuleService>().updateApiKeys(previous);
    });

}  // namespace medusa::server::workflows
