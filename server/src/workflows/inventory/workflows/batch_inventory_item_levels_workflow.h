// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"
#include "workflows/inventory/steps/create_inventory_levels_step.h"
#include "workflows/inventory/steps/update_inventory_levels_step.h"
#include "workflows/inventory/steps/validate_inventory_locations_step.h"
#include "workflows/inventory/workflows/delete_inventory_levels_workflow.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

namespace detail {

inline boost::json::array arrayAt(const boost::json::object& in, std::string_view key) {
  const auto* value = in.if_contains(key);
  return value && value->is_array() ? value->get_array() : boost::json::array{};
}

}  // namespace detail

/// Creates, updates and deletes inventory levels in one go ({create?, update?, delete?: level
/// ids, force?}); emits `inventory-level.created` / `.updated` (the nested delete workflow
/// emits `.deleted`). Returns {created, updated, deleted}.
inline const auto batchInventoryItemLevelsWorkflow = workflow::makeWorkflow(
    "batch-inventory-item-levels-workflow",
    [](const boost::json::object& in, workflow::Flow& flow) {
      const auto creates = detail::arrayAt(in, "create");
      const auto deletes = detail::arrayAt(in, "delete");
      flow.run(validateInventoryLocationsStep, creates);
      auto created = flow.run(createInventoryLevelsStep, creates);
      auto updated = flow.run(updateInventoryLevelsStep, detail::arrayAt(in, "update"));
      boost::json::object deleteInput{{"ids", deletes}};
      if (const auto* force = in.if_contains("force")) deleteInput["force"] = *force;
      flow.run(deleteInventoryLevelsWorkflow, deleteInput);
      flow.run(workflow::emitEventStep, {"inventory-level.created", idEventsOf(idsOf(created)), {}});
      flow.run(workflow::emitEventStep, {"inventory-level.updated", idEventsOf(idsOf(updated)), {}});
      return boost::json::object{
          {"created", std::move(created)}, {"updated", std::move(updated)}, {"deleted", deletes}};
    });

}  // namespace medusa::server::workflows
