// SPDX-License-Identifier: MIT
#pragma once

#include "workflows/common/steps/dismiss_remote_links_step.h"
#include "workflows/product/steps/create_link_pairs_step.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Medusa's createLinksWorkflow (`create-link`): creates links given as linkPair()s;
/// creating an existing pair updates its extra columns (required_quantity).
inline const auto createLinksWorkflow =
    workflow::makeWorkflow("create-link", [](const bj::array& pairs, workflow::Flow& flow) {
      return flow.run(createLinkPairsStep, pairs);
    });

/// Medusa's dismissLinksWorkflow (`dismiss-link`): dismisses links; returns the removed rows.
inline const auto dismissLinksWorkflow =
    workflow::makeWorkflow("dismiss-link", [](const bj::array& links, workflow::Flow& flow) {
      return flow.run(dismissRemoteLinksStep, links);
    });

}  // namespace medusa::server::workflows::products
