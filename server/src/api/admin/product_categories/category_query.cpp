// SPDX-License-Identifier: MIT
#include "api/admin/product_categories/category_query.h"

#include <algorithm>
#include <array>

#include "api/common/store_access.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api::categories {

namespace bj = boost::json;

namespace {

bool takeFlag(bj::object& filters, std::string_view key) {
  const auto* value = filters.if_contains(key);
  if (!value) return false;
  const auto parsed = http::parseBooleanString(*value);
  if (!parsed) throw Error(ErrorType::InvalidData, "Invalid request: Invalid input");
  filters.erase(key);
  return *parsed;
}

// The tree needs each row's place in it, whatever `fields` selected.
std::vector<std::string> withTreeColumns(std::vector<std::string> fields, TreeOptions tree) {
  if (!tree.any()) return fields;
  for (const auto* column : {"id", "mpath", "rank", "parent_category_id"}) {
    if (std::find(fields.begin(), fields.end(), column) == fields.end()) fields.emplace_back(column);
  }
  return fields;
}

// The forced filters win over the request's (a store caller cannot ask for internal ones).
bj::object merged(bj::object filters, const bj::object& forced) {
  for (const auto& [key, value] : forced) filters[key] = value;
  return filters;
}

// A /store read reaches only the relations its route lists, under the store's visibility.
std::shared_ptr<const framework::AccessPolicy> accessOf(const http::Request& req,
                                                        const CategoryReads& reads) {
  return reads.filters.store ? storeAccess(req, reads.storeRelations) : nullptr;
}

}  // namespace

TreeOptions takeTreeOptions(bj::object& filters) {
  TreeOptions tree;
  tree.ancestors = takeFlag(filters, "include_ancestors_tree");
  tree.descendants = takeFlag(filters, "include_descendants_tree");
  if (auto* parent = filters.if_contains("parent_category_id");
      parent && parent->is_string() && parent->get_string() == "null") {
    *parent = nullptr;
  }
  return tree;
}

http::Response listCategories(const http::Request& req, const framework::QueryEngine& query,
                              const CategoryReads& reads) {
  auto params = findParams(req, reads.listConfig, reads.filters);
  const auto tree = takeTreeOptions(params.filters);
  params.filters = merged(std::move(params.filters), reads.forced);
  const auto fields = withTreeColumns(params.fields, tree);
  auto graph = listQuery("product_category", params, {}, accessOf(req, reads));
  graph.fields = fields;
  auto result = query.graph(graph);
  if (tree.any()) attachTrees(query, result.rows, params.fields, params.filters, tree);
  return http::Response::json(200, {{"product_categories", std::move(result.rows)},
                                    {"count", result.count},
                                    {"offset", params.offset},
                                    {"limit", params.limit}});
}

bj::object retrieveCategory(const http::Request& req, const framework::QueryEngine& query,
                            const CategoryReads& reads, std::string_view id) {
  static constexpr std::array<std::string_view, 2> kTreeKeys{"include_ancestors_tree",
                                                              "include_descendants_tree"};
  auto params =
      findParams(req, reads.retrieveConfig, {.keys = kTreeKeys, .store = reads.filters.store});
  const auto tree = takeTreeOptions(params.filters);
  auto filters = merged(std::move(params.filters), reads.forced);
  filters["id"] = id;
  auto result = query.graph({.entity = "product_category",
                             .fields = withTreeColumns(params.fields, tree),
                             .filters = filters,
                             .access = accessOf(req, reads)});
  if (result.rows.empty()) {
    throw Error(ErrorType::NotFound, notFoundMessage("Product category", id));
  }
  if (tree.any()) attachTrees(query, result.rows, params.fields, std::move(filters), tree);
  return std::move(result.rows.front().as_object());
}

}  // namespace medusa::api::categories
