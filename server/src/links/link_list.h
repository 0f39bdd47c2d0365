// SPDX-License-Identifier: MIT
#pragma once

namespace medusa::framework {
class ModuleRegistry;
class QueryEngine;
}  // namespace medusa::framework
namespace medusa::workflow {
class ServiceContainer;
}

namespace medusa::server {

/// Declares every link between modules (API-CORE.md §6.2), one file per link in this folder.
void registerLinks(framework::ModuleRegistry& registry);

/// Registers the computed fields that join two modules (`product_variant.calculated_price`),
/// after the modules booted and registered their services.
void registerLinkFields(framework::QueryEngine& query, workflow::ServiceContainer& services);

/// `product_variant.inventory_quantity` (variant_inventory_quantity.cpp), called by
/// registerLinkFields.
void registerInventoryQuantityField(framework::QueryEngine& query,
                                    workflow::ServiceContainer& services);

}  // namespace medusa::server
