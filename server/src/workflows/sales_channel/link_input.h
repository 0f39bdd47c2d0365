// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

/// Shaping for Medusa's `{id, add?, remove?}` link workflows (LinkWorkflowInput): the link
/// rows in the LinkService's Medusa form, and the ids as JSON. Used by the sales channel, API
/// key and stock location workflows, which all link to sales channels.
namespace medusa::server::workflows {

/// One side of a link: module name, key column.
struct LinkSide {
  std::string_view module;
  std::string_view key;
};

/// `[{<self.module>: {<self.key>: id}, <other.module>: {<other.key>: each}}]` for each id
/// listed under `listKey` ("add" or "remove") of `in`; empty when the list is absent.
inline boost::json::array linkRows(const boost::json::object& in, std::string_view listKey,
                                   LinkSide self, LinkSide other) {
  boost::json::array rows;
  const auto* list = in.if_contains(listKey);
  if (!list || !list->is_array()) return rows;
  const auto& id = in.at("id");
  for (const auto& otherId : list->get_array()) {
    boost::json::object row;
    row[self.module] = boost::json::object{{self.key, id}};
    row[other.module] = boost::json::object{{other.key, otherId}};
    rows.push_back(std::move(row));
  }
  return rows;
}

/// The ids as a JSON array (filters, event payloads).
inline boost::json::array jsonArray(const std::vector<std::string>& ids) {
  boost::json::array out;
  out.reserve(ids.size());
  for (const auto& id : ids) out.emplace_back(id);
  return out;
}

/// `[{id}, ...]`: Medusa's event payloads.
inline boost::json::array idEventsOf(const std::vector<std::string>& ids) {
  boost::json::array events;
  for (const auto& id : ids) events.push_back(boost::json::object{{"id", id}});
  return events;
}

/// The strings of a JSON array (absent or null: none).
inline std::vector<std::string> stringsOf(const boost::json::value* list) {
  std::vector<std::string> out;
  if (!list || !list->is_array()) return out;
  for (const auto& item : list->get_array()) out.emplace_back(item.as_string());
  return out;
}

}  // namespace medusa::server::workflows
