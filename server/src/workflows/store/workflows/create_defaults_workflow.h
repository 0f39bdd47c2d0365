// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/store/steps/create_default_sales_channel_step.h"
#include "workflows/store/steps/find_default_store_step.h"
#include "workflows/store/workflows/create_stores_workflow.h"

namespace medusa::server::workflows {

/// Medusa's createDefaultsWorkflow, run at start-up: makes sure a sales channel ("Default
/// Sales Channel") and a store ("Medusa Store", EUR as its default currency, that channel as
/// its default) exist; creates only what is missing. Input unused ({}). Returns the store.
inline const auto createDefaultsWorkflow = workflow::makeWorkflow(
    "create-defaults", [](const boost::json::object&, workflow::Flow& flow) {
      const auto channel = flow.run(
          createDefaultSalesChannelStep,
          {{"name", "Default Sales Channel"}, {"description", "Created by Medusa"}});
      const auto existing = flow.run(findDefaultStoreStep, boost::json::object{});
      if (!existing.is_null()) return existing.as_object();
      const auto created = flow.run(
          createStoresWorkflow,
          boost::json::array{boost::json::object{
              {"name", "Medusa Store"},
              {"default_sales_channel_id", channel.at("id")},
              {"supported_currencies",
               boost::json::array{
                   boost::json::object{{"currency_code", "eur"}, {"is_default", true}}}}}});
      return created.at(0).as_object();
    });

}  // namespace medusa::server::workflows
