// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/customer/customer_module_service.h"
#include "medusa/framework/entity_service.h"

/// What the customer steps share: Medusa's `{selector, update}` turned into per-row updates
/// plus the previous values (the compensation input), and group pairs as JSON.
namespace medusa::server::workflows {

/// Rows to update and their values before, for one `{selector, update}`.
struct PlannedUpdate {
  boost::json::array rows{};
  boost::json::array previous{};
};

/// Reads the live rows `selector` matches (only the columns `update` changes) and makes one
/// `{id, ...update}` per row, as Medusa's update steps do with listX(selector) first.
inline PlannedUpdate planUpdate(const framework::EntityService& entity,
                                const boost::json::object& selector,
                                const boost::json::object& update) {
  std::vector<std::string> fields{"id"};
  for (const auto& [key, value] : update) fields.emplace_back(key);
  PlannedUpdate plan;
  plan.previous = entity.list({.filters = selector, .fields = fields});
  for (const auto& row : plan.previous) {
    boost::json::object next = update;
    next["id"] = row.at("id");
    plan.rows.push_back(std::move(next));
  }
  return plan;
}

/// Membership pairs as JSON ({customer_id, customer_group_id}), for compensation inputs.
inline boost::json::array pairsToJson(const std::vector<customer::GroupCustomerPair>& pairs) {
  boost::json::array out;
  for (const auto& pair : pairs) {
    out.push_back(boost::json::object{{"customer_id", pair.customerId},
                                      {"customer_group_id", pair.customerGroupId}});
  }
  return out;
}

/// The inverse of pairsToJson.
inline std::vector<customer::GroupCustomerPair> pairsFromJson(const boost::json::array& json) {
  std::vector<customer::GroupCustomerPair> out;
  for (const auto& item : json) {
    out.push_back({std::string(item.at("customer_id").as_string()),
                   std::string(item.at("customer_group_id").as_string())});
  }
  return out;
}

/// `[{id}, ...]`, the payload of Medusa's customer events.
inline boost::json::array idEvents(const boost::json::array& rows) {
  boost::json::array out;
  for (const auto& row : rows) out.push_back(boost::json::object{{"id", row.at("id")}});
  return out;
}

}  // namespace medusa::server::workflows
