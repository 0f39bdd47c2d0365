// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

/// What the product steps share. They live in their own namespace so that steps other domains
/// declare under the same Medusa ids (create-price-sets, create-inventory-items…) cannot clash.
namespace medusa::server::workflows::products {

namespace bj = boost::json;
using server::workflows::idsOf;

/// The ids as a JSON array (filters, event payloads).
inline bj::array jsonIds(const std::vector<std::string>& ids) {
  bj::array out;
  out.reserve(ids.size());
  for (const auto& id : ids) out.emplace_back(id);
  return out;
}

/// The string ids of a JSON array.
inline std::vector<std::string> stringIds(const bj::array& ids) {
  std::vector<std::string> out;
  out.reserve(ids.size());
  for (const auto& id : ids) out.emplace_back(id.as_string());
  return out;
}

}  // namespace medusa::server::workflows::products
