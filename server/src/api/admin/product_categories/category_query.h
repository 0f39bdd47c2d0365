// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "api/common/find_query.h"
#include "api/common/route_scope.h"
#include "http/request.h"
#include "http/response.h"

namespace medusa::framework {
class QueryEngine;
}

/// The read side of /admin and /store product-categories: find params with Medusa's
/// `include_ancestors_tree` / `include_descendants_tree` flags, and the trees they ask for,
/// built as Medusa's category repository builds them (one extra query per request).
namespace medusa::api::categories {

/// Which trees a read nests: descendants in `category_children`, ancestors in
/// `parent_category`, each level complete and in rank order.
struct TreeOptions {
  bool descendants = false;
  bool ancestors = false;
  bool any() const noexcept { return descendants || ancestors; }
};

/// What a route reads with: its query configs, its list filters and the filters it forces
/// (the store's `is_active: true, is_internal: false`).
struct CategoryReads {
  http::QueryConfig listConfig{};
  http::QueryConfig retrieveConfig{};
  FilterSchema filters{};
  boost::json::object forced{};
  /// A /store read: the relation paths `fields` may reach (see storeAccess).
  std::span<const std::string_view> storeRelations{};
};

/// Takes the tree flags out of the filters (booleanString: true/false in any case, else 400)
/// and turns `parent_category_id=null` into null, as Medusa's query validation does.
TreeOptions takeTreeOptions(boost::json::object& filters);

/// Nests the requested trees into `rows` (which carry id, mpath, rank, parent_category_id).
/// The tree's other nodes obey `filters` minus id/parent/mpath, as in Medusa, and carry the
/// top-level scalar `fields`. With a tree, the rows themselves are ordered by rank.
void attachTrees(const framework::QueryEngine& query, boost::json::array& rows,
                 const std::vector<std::string>& fields, boost::json::object filters,
                 TreeOptions tree);

/// GET list: `{product_categories, count, offset, limit}`.
http::Response listCategories(const http::Request& req, const framework::QueryEngine& query,
                              const CategoryReads& reads);

/// One category with the request's fields and trees; 404 `Product category with id: X was
/// not found` when missing (or hidden by the forced filters).
boost::json::object retrieveCategory(const http::Request& req, const framework::QueryEngine& query,
                                     const CategoryReads& reads, std::string_view id);

}  // namespace medusa::api::categories
