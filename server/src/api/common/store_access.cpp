// SPDX-License-Identifier: MIT
#include "api/common/store_access.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "http/publishable_key_context.h"

namespace medusa::api {

namespace bj = boost::json;

std::shared_ptr<const framework::AccessPolicy> storeAccess(
    const http::Request& req, std::span<const std::string_view> relations) {
  auto policy = std::make_shared<framework::AccessPolicy>();
  policy->relations.assign(relations.begin(), relations.end());
  bj::array channels;
  if (const auto* key = req.context().find<http::PublishableKeyContext>()) {
    for (const auto& id : key->salesChannelIds) channels.emplace_back(id);
  }
  policy->scopes.emplace_back(
      "product", bj::object{{"status", "published"}, {"sales_channel_id", std::move(channels)}});
  policy->scopes.emplace_back("product_category",
                              bj::object{{"is_active", true}, {"is_internal", false}});
  return policy;
}

}  // namespace medusa::api
