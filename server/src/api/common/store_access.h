// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "http/request.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api {

/// What a /store read may reach (framework::AccessPolicy): exactly the relation paths its
/// route lists, with the store's visibility kept at every level below the entry: products
/// only when published and in the publishable key's sales channels, categories only when
/// active and public. Soft-deleted rows and pattern filters stay out. Each /store route lists
/// its relations next to its default fields:
///
///   constexpr std::array<std::string_view, 1> kRelations{"products"};
///   graph.access = storeAccess(req, kRelations);
std::shared_ptr<const framework::AccessPolicy> storeAccess(
    const http::Request& req, std::span<const std::string_view> relations);

}  // namespace medusa::api
