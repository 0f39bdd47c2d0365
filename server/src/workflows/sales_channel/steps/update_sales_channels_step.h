// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/sales_channel/sales_channel_module_service.h"
#include "workflows/common/steps/entity_steps.h"

namespace medusa::server::workflows {

/// Updates sales channels (each row names its id). Compensation: writes the previous values
/// of the changed columns back.
inline const auto updateSalesChannelsStep =
    makeUpdateEntitiesStep<sales_channel::SalesChannelModuleService>("update-sales-channels",
                                                                     "sales_channel");

}  // namespace medusa::server::workflows
