// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>

#include "medusa/framework/link_service.h"
#include "medusa/workflow/workflows_sdk.h"

namespace medusa::server::workflows {

/// The dismissed link rows as `[{link, left, right, data}]`: what re-creates them with their
/// extra columns. Rows whose id prefix matches no link are skipped.
boost::json::array dismissedLinkPairs(const framework::LinkService& links,
                                      const boost::json::array& rows);

/// Re-creates the links dismissedLinkPairs() describes (one batch per link table).
void restoreDismissedLinks(const framework::LinkService& links, const boost::json::array& pairs);

/// Dismisses links given in Medusa's form. Compensation: re-creates the dismissed rows with
/// their extra columns.
inline const auto dismissRemoteLinksStep = workflow::makeStep(
    "dismiss-remote-links",
    [](const boost::json::array& links, workflow::StepContext& ctx) {
      auto& service = ctx.resolve<framework::LinkService>();
      if (links.empty()) return workflow::StepResponse{boost::json::array{}, boost::json::array{}};
      auto dismissed = service.dismiss(links);
      auto pairs = dismissedLinkPairs(service, dismissed);
      return workflow::StepResponse{dismissed, pairs};
    },
    [](const boost::json::array& pairs, workflow::StepContext& ctx) {
      if (pairs.empty()) return;  // creating existing links updates them: safe to repeat
      restoreDismissedLinks(ctx.resolve<framework::LinkService>(), pairs);
    });

}  // namespace medusa::server::workflows
