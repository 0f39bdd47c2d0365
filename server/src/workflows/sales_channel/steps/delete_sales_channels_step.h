// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/sales_channel/sales_channel_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Soft-deletes sales channels. Compensation: restores them.
inline const auto deleteSalesChannelsStep =
    makeSoftDeleteEntitiesStep<sales_channel::SalesChannelModuleService>("delete-sales-channels",
                                                                         "sales_channel");

}  // namespace medusa::server::workflows
