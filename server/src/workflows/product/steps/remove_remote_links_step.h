// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/framework/link_service.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Medusa's removeRemoteLinkStep: soft-deletes every link naming these rows of `entity`
/// (input `{entity, ids}`), e.g. a deleted variant's price-set and inventory links.
/// Compensation: restores those links.
inline const auto removeRemoteLinksStep = workflow::makeStep(
    "remove-remote-links",
    [](const bj::object& in, workflow::StepContext& ctx) {
      const auto& ids = in.at("ids").as_array();
      if (!ids.empty()) {
        ctx.resolve<framework::LinkService>().softDeleteFor(in.at("entity").as_string(),
                                                            stringIds(ids));
      }
      return in;
    },
    [](const bj::object& in, workflow::StepContext& ctx) {
      const auto& ids = in.at("ids").as_array();
      if (ids.empty()) return;  // restoring live links changes nothing
      ctx.resolve<framework::LinkService>().restoreFor(in.at("entity").as_string(), stringIds(ids));
    });

}  // namespace medusa::server::workflows::products
