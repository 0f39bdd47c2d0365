// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/sales_channel/sales_channel_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Creates sales channels. Compensation: deletes them for good.
inline const auto createSalesChannelsStep =
    makeCreateEntitiesStep<sales_channel::SalesChannelModuleService>("create-sales-channels",
                                                                     "sales_channel");

}  // namespace medusa::server::workflows
