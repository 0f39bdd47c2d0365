// SPDX-License-Identifier: MIT
#pragma once

#include <map>

#include "medusa/framework/link_service.h"
#include "workflows/common/steps/dismiss_remote_links_step.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// A link with extra columns as `{link: <table>, left, right, data}` (the form
/// dismissedLinkPairs() describes), e.g. variant↔inventory item with its required_quantity.
inline bj::object linkPair(std::string_view table, std::string_view left, std::string_view right,
                           bj::object data) {
  return {{"link", table}, {"left", left}, {"right", right}, {"data", std::move(data)}};
}

/// Creates links given as linkPair()s, one batch per link table (creating an existing pair
/// updates its extra columns). Compensation: dismisses the same pairs.
/// Why not create-remote-links: its Medusa form loses `data` (see the report of issue #6).
inline const auto createLinkPairsStep = workflow::makeStep(
    "create-link-pairs",
    [](const bj::array& pairs, workflow::StepContext& ctx) {
      if (!pairs.empty()) restoreDismissedLinks(ctx.resolve<framework::LinkService>(), pairs);
      return pairs;
    },
    [](const bj::array& pairs, workflow::StepContext& ctx) {
      std::map<std::string, std::vector<framework::LinkPair>> byLink;
      for (const auto& item : pairs) {
        const auto& pair = item.as_object();
        byLink[std::string(pair.at("link").as_string())].push_back(
            {std::string(pair.at("left").as_string()),
             std::string(pair.at("right").as_string()),
             {}});
      }
      // Dismissing absent pairs does nothing: safe to repeat.
      for (const auto& [link, list] : byLink)
        ctx.resolve<framework::LinkService>().dismiss(link, list);
    });

}  // namespace medusa::server::workflows::products
