// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

/// Shaping the region steps and workflows share.
namespace medusa::server::workflows::regions {

/// `[{id}, ...]`: one event payload per id.
inline boost::json::array idEvents(const std::vector<std::string>& ids) {
  boost::json::array events;
  for (const auto& id : ids) events.push_back(boost::json::object{{"id", id}});
  return events;
}

/// A region row as updateRegions takes it back: its `countries` objects become ISO codes.
inline boost::json::object asUpdate(const boost::json::object& region) {
  auto row = region;
  if (auto* countries = row.if_contains("countries"); countries && countries->is_array()) {
    boost::json::array codes;
    for (const auto& country : countries->get_array()) {
      codes.push_back(country.as_object().at("iso_2"));
    }
    *countries = std::move(codes);
  }
  return row;
}

}  // namespace medusa::server::workflows::regions
