// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/store/store_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/store/steps/store_step_support.h"

namespace medusa::server::workflows {

/// Applies `update` ({name?, supported_currencies?, default_*_id?, metadata?}) to the stores
/// matching `selector`; `supported_currencies` replaces the list. Compensation: writes the
/// previous values of the updated fields (and the previous currencies) back.
inline const auto updateStoresStep = workflow::makeStep(
    "update-stores",
    [](const boost::json::object& input, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<store::StoreModuleService>();
      const auto& update = input.at("update").as_object();
      const auto current =
          service.listAndCountStores({.filters = input.at("selector").as_object()}).rows;
      boost::json::array rows, previous;
      for (const auto& entry : current) {
        const auto& before = entry.as_object();
        boost::json::object row = update, old{{"id", before.at("id")}};
        row["id"] = before.at("id");
        for (const auto& [key, value] : update) {
          if (const auto* was = before.if_contains(key)) old[key] = *was;
        }
        rows.push_back(std::move(row));
        previous.push_back(stores::asUpdate(old));
      }
      auto updated = rows.empty() ? boost::json::array{} : service.updateStores(rows);
      return workflow::StepResponse{std::move(updated), std::move(previous)};
    },
    [](const boost::json::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      ctx.resolve<store::StoreModuleService>().updateStores(previous);
    });

}  // namespace medusa::server::workflows
