// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "medusa/framework/schema.h"

/// The product module's entities as data (Medusa's models/), split in two files.
namespace medusa::product::models {

/// product, product_variant, product_option, product_option_value, product_image.
std::vector<framework::EntityDefinition> productEntities();

/// product_collection, product_category, product_tag, product_type.
std::vector<framework::EntityDefinition> catalogEntities();

}  // namespace medusa::product::models
