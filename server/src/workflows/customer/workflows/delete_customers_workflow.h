// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/workflow/steps/emit_event_step.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/customer/steps/delete_customers_step.h"

namespace medusa::server::workflows {

/// Soft-deletes customers ({ids}) and emits `customer.deleted` per id.
inline const auto deleteCustomersWorkflow = workflow::makeWorkflow(
    "delete-customers", [](const boost::json::object& in, workflow::Flow& flow) {
      const auto ids = boost::json::value_to<std::vector<std::string>>(in.at("ids"));
      flow.run(deleteCustomersStep, ids);
      boost::json::array events;
      for (const auto& id : ids) events.push_back(boost::json::object{{"id", id}});
      flow.run(workflow::emitEventStep, {"customer.deleted", events, {}});
    });

}  // namespace medusa::server::workflows
