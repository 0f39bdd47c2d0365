// SPDX-License-Identifier: MIT
// The category trees of include_descendants_tree / include_ancestors_tree, built the way
// Medusa's ProductCategoryRepository builds them: one query for every category on the rows'
// paths (mpath), then nesting in memory.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "api/admin/product_categories/category_query.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api::categories {

namespace bj = boost::json;

namespace {

std::string text(const bj::object& row, std::string_view key) {
  const auto* value = row.if_contains(key);
  return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

std::int64_t rankOf(const bj::value& row) {
  const auto* rank = row.as_object().if_contains("rank");
  return rank && rank->is_int64() ? rank->get_int64() : 0;
}

// The nodes of the tree: every category on the rows' paths, keyed by id.
class Tree {
 public:
  explicit Tree(const bj::array& nodes) {
    for (const auto& node : nodes) {
      const auto& row = node.as_object();
      m_nodes.emplace(text(row, "id"), row);
    }
    for (const auto& [id, row] : m_nodes) {
      const auto parent = text(row, "parent_category_id");
      if (!parent.empty()) m_children[parent].push_back(&row);
    }
    for (auto& [parent, children] : m_children) {
      std::stable_sort(children.begin(), children.end(), [](const auto* a, const auto* b) {
        return rankOf(*a) < rankOf(*b);
      });
    }
  }

  /// The children of `id` in rank order, each with its own children (and no parent).
  bj::array descendants(const std::string& id) const {
    bj::array out;
    const auto found = m_children.find(id);
    if (found == m_children.end()) return out;
    for (const auto* child : found->second) {
      bj::object node = *child;
      node.erase("parent_category");
      node["category_children"] = descendants(text(node, "id"));
      out.emplace_back(std::move(node));
    }
    return out;
  }

  /// The category `id` with its own parent nested (and no children); null when `id` is empty
  /// or not part of the tree (e.g. an inactive parent on the store).
  bj::value ancestors(const std::string& id) const {
    const auto found = m_nodes.find(id);
    if (id.empty() || found == m_nodes.end()) return nullptr;
    bj::object node = found->second;
    node.erase("category_children");
    node["parent_category"] = ancestors(text(node, "parent_category_id"));
    return node;
  }

 private:
  std::map<std::string, bj::object> m_nodes;
  std::map<std::string, std::vector<const bj::object*>> m_children;
};

// The top-level columns (no relations: a bare `products` would read them without the
// caller's access policy), plus what the nesting needs.
std::vector<std::string> nodeFields(const framework::EntitySchema& schema,
                                    const std::vector<std::string>& fields) {
  std::vector<std::string> out{"id", "mpath", "rank", "parent_category_id"};
  for (const auto& field : fields) {
    if (schema.columnIndex(field) < 0) continue;
    if (std::find(out.begin(), out.end(), field) == out.end()) out.push_back(field);
  }
  return out;
}

// Medusa's `$or` over the paths: `mpath LIKE '<row mpath>%'` for descendants, and every
// prefix of each row's mpath for ancestors.
bj::array pathFilters(const bj::array& rows, TreeOptions tree) {
  bj::array terms;
  std::set<std::string> prefixes;
  for (const auto& row : rows) {
    const auto mpath = text(row.as_object(), "mpath");
    if (tree.descendants) terms.emplace_back(bj::object{{"mpath", {{"$like", mpath + "%"}}}});
    if (!tree.ancestors) continue;
    for (auto dot = mpath.find('.'); dot != std::string::npos; dot = mpath.find('.', dot + 1)) {
      prefixes.insert(mpath.substr(0, dot));
    }
    prefixes.insert(mpath);
  }
  bj::array ancestors;
  for (const auto& prefix : prefixes) ancestors.emplace_back(prefix);
  terms.emplace_back(bj::object{{"mpath", std::move(ancestors)}});
  return terms;
}

}  // namespace

void attachTrees(const framework::QueryEngine& query, bj::array& rows,
                 const std::vector<std::string>& fields, bj::object filters, TreeOptions tree) {
  if (!tree.any() || rows.empty()) return;
  for (const auto* key : {"id", "parent_category_id", "mpath"}) filters.erase(key);
  filters["$or"] = pathFilters(rows, tree);
  const Tree nodes(query.graph({.entity = "product_category",
                                .fields = nodeFields(query.entities().schema("product_category"),
                                                     fields),
                                .filters = std::move(filters)})
                       .rows);
  for (auto& value : rows) {
    auto& row = value.as_object();
    if (tree.descendants) row["category_children"] = nodes.descendants(text(row, "id"));
    if (tree.ancestors) row["parent_category"] = nodes.ancestors(text(row, "parent_category_id"));
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const bj::value& a, const bj::value& b) { return rankOf(a) < rankOf(b); });
}

}  // namespace medusa::api::categories
