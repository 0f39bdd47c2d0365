// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/product/product_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/catalog/catalog_step_support.h"

namespace medusa::server::workflows::catalog {

/// Moves products out of (`remove`) and into (`add`) a collection: `{id, add, remove}`.
/// Compensation: gives every touched product its previous collection_id back.
inline const auto batchLinkProductsToCollectionStep = workflow::makeStep(
    "batch-link-products-to-collection",
    [](const bj::object& input, workflow::StepContext& ctx) {
      const auto link = linkInputOf(input);
      const auto& service = ctx.resolve<product::ProductModuleService>();
      // Removed first, then added, so a product named in both ends up in the collection.
      bj::array removed;
      if (!link.remove.empty()) removed = service.removeProductsFromCollection(link.id, link.remove);
      bj::array added;
      if (!link.add.empty()) added = service.addProductsToCollection(link.id, link.add);
      return workflow::StepResponse{workflow::Empty{},
                                    bj::object{{"added", added}, {"removed", removed}}};
    },
    [](const bj::object& previous, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<product::ProductModuleService>();
      // Undo in reverse order: the add first, then the remove.
      for (const auto* key : {"added", "removed"}) {
        const auto* rows = previous.if_contains(key);
        if (rows && rows->is_array() && !rows->get_array().empty()) {
          service.restoreProductCollectionIds(rows->get_array());
        }
      }
    });

}  // namespace medusa::server::workflows::catalog
