// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

#include "medusa/sales_channel/sales_channel_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Returns the first live sales channel, creating one from `data` ({name, description?}) when
/// there is none. Compensation: deletes the channel only if this step created it.
inline const auto createDefaultSalesChannelStep = workflow::makeStep(
    "create-default-sales-channel",
    [](const boost::json::object& data, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<sales_channel::SalesChannelModuleService>();
      const auto existing = service.listSalesChannels();
      if (!existing.empty()) {
        return workflow::StepResponse{existing.front().as_object(), boost::json::object{}};
      }
      auto created = service.createSalesChannels(boost::json::array{data}).at(0).as_object();
      boost::json::object undo{{"id", created.at("id")}};
      return workflow::StepResponse{std::move(created), std::move(undo)};
    },
    [](const boost::json::object& undo, workflow::StepContext& ctx) {
      const auto* id = undo.if_contains("id");
      if (!id) return;  // the channel existed before: nothing to undo
      ctx.resolve<sales_channel::SalesChannelModuleService>().deleteSalesChannels(
          {std::string(id->as_string())});
    });

}  // namespace medusa::server::workflows
