// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "medusa/store/store_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// The first store (with its currencies), or null when there is none (input unused). Reads
/// only.
inline const auto findDefaultStoreStep = workflow::makeStep(
    "find-default-store", [](const boost::json::object&, workflow::StepContext& ctx) {
      framework::FindOptions first;
      first.pagination.limit = 1;
      const auto stores = ctx.resolve<store::StoreModuleService>().listAndCountStores(first);
      return stores.rows.empty() ? boost::json::value(nullptr) : stores.rows.front();
    });

}  // namespace medusa::server::workflows
