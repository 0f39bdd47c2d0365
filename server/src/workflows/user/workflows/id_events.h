// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

namespace medusa::server::workflows {

/// One `{id}` event payload per row, as Medusa's workflows emit them.
inline boost::json::array idEvents(const boost::json::array& rows) {
  boost::json::array events;
  for (const auto& row : rows) events.push_back(boost::json::object{{"id", row.at("id")}});
  return events;
}

}  // namespace medusa::server::workflows
