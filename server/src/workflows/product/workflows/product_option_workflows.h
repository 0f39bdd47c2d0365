// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/workflow/steps/emit_event_step.h"
#include "workflows/product/product_workflow_support.h"
#include "workflows/product/steps/create_product_options_step.h"
#include "workflows/product/steps/delete_product_options_step.h"
#include "workflows/product/steps/update_product_options_step.h"

namespace medusa::server::workflows::products {

/// Medusa's createProductOptionsWorkflow: `{product_options: [{product_id, title, values}]}`
/// → the options; emits product-option.created.
inline const auto createProductOptionsWorkflow = workflow::makeWorkflow(
    "create-product-options", [](const bj::object& in, workflow::Flow& flow) {
      auto created = flow.run(createProductOptionsStep, in.at("product_options").as_array());
      flow.run(workflow::emitEventStep,
               {.eventName = "product-option.created", .data = idEvents(created)});
      return created;
    });

/// Medusa's updateProductOptionsWorkflow: `{product_options: [{id, title?, values?}]}` → the
/// options; emits product-option.updated.
inline const auto updateProductOptionsWorkflow = workflow::makeWorkflow(
    "update-product-options", [](const bj::object& in, workflow::Flow& flow) {
      auto updated = flow.run(updateProductOptionsStep, in.at("product_options").as_array());
      flow.run(workflow::emitEventStep,
               {.eventName = "product-option.updated", .data = idEvents(updated)});
      return updated;
    });

/// Medusa's deleteProductOptionsWorkflow: `{ids}`; soft-deletes the options with their values
/// and emits product-option.deleted.
inline const auto deleteProductOptionsWorkflow = workflow::makeWorkflow(
    "delete-product-options", [](const bj::object& in, workflow::Flow& flow) {
      const auto ids = bj::value_to<std::vector<std::string>>(in.at("ids"));
      flow.run(deleteProductOptionsStep, ids);
      bj::array events;
      for (const auto& id : ids) events.push_back(bj::object{{"id", id}});
      flow.run(workflow::emitEventStep, {.eventName = "product-option.deleted", .data = events});
      return in.at("ids").as_array();
    });

}  // namespace medusa::server::workflows::products
