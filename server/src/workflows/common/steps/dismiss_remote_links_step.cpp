// SPDX-License-Identifier: MIT
#include "workflows/common/steps/dismiss_remote_links_step.h"

#include <map>
#include <string>
#include <vector>

namespace medusa::server::workflows {

namespace {

namespace bj = boost::json;

// The link whose id prefix the row's id carries, or null.
const framework::LinkDefinition* linkOf(const framework::LinkService& links,
                                        const bj::object& row) {
  const auto* id = row.if_contains("id");
  if (!id || !id->is_string()) return nullptr;
  const std::string_view text = id->get_string();
  for (const auto& link : links.definitions()) {
    const auto prefix = link.idPrefix + "_";
    if (text.substr(0, prefix.size()) == prefix) return &link;
  }
  return nullptr;
}

std::string stringAt(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value && value->is_string() ? std::string(value->get_string()) : std::string{};
}

}  // namespace

bj::array dismissedLinkPairs(const framework::LinkService& links, const bj::array& rows) {
  bj::array out;
  for (const auto& item : rows) {
    const auto* row = item.if_object();
    const auto* link = row ? linkOf(links, *row) : nullptr;
    if (!link) continue;
    bj::object data;
    for (const auto& column : link->extraColumns) {
      if (const auto* value = row->if_contains(column.name)) data[column.name] = *value;
    }
    out.push_back(bj::object{{"link", link->table},
                             {"left", stringAt(*row, link->left.column)},
                             {"right", stringAt(*row, link->right.column)},
                             {"data", std::move(data)}});
  }
  return out;
}

void restoreDismissedLinks(const framework::LinkService& links, const bj::array& pairs) {
  std::map<std::string, std::vector<framework::LinkPair>> byLink;
  for (const auto& item : pairs) {
    const auto& pair = item.as_object();
    byLink[stringAt(pair, "link")].push_back(
        {stringAt(pair, "left"), stringAt(pair, "right"), pair.at("data").as_object()});
  }
  for (const auto& [link, linkPairs] : byLink) links.create(link, linkPairs);
}

}  // namespace medusa::server::workflows
