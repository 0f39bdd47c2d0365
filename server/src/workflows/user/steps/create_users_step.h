// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "medusa/user/user_module_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Creates users. Compensation: deletes what was created.
inline const auto createUsersStep = workflow::makeStep(
    "create-users",
    [](const boost::json::array& users, workflow::StepContext& ctx) {
      auto created = ctx.resolve<user::UserModuleService>().createUsers(users);
      std::vector<std::string> ids;
      for (const auto& row : created) ids.emplace_back(row.at("id").as_string());
      return workflow::StepResponse{created, ids};
    },
    [](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
      if (ids.empty()) return;  // compensation must be idempotent
      ctx.resolve<user::UserModuleService>().deleteUsers(ids);
    });

}  // namespace medusa::server::workflows
