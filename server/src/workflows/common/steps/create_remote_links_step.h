// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/framework/link_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// Creates links given in Medusa's form. Compensation: dismisses the same links.
inline const auto createRemoteLinksStep = workflow::makeStep(
    "create-remote-links",
    [](const boost::json::array& links, workflow::StepContext& ctx) {
      if (links.empty()) return workflow::StepResponse{boost::json::array{}, links};
      auto created = ctx.resolve<framework::LinkService>().create(links);
      return workflow::StepResponse{created, links};
    },
    [](const boost::json::array& links, workflow::StepContext& ctx) {
      if (links.empty()) return;  // dismissing absent links does nothing: safe to repeat
      ctx.resolve<framework::LinkService>().dismiss(links);
    });

}  // namespace medusa::server::workflows
