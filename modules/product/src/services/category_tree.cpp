// SPDX-License-Identifier: MIT
// The category tree as Medusa's nested-category repository keeps it: 0-based ranks without
// gaps among live siblings, and mpath = ancestors' ids joined by '.', ending with the own id.
#include <algorithm>
#include <limits>
#include <optional>

#include "medusa/core/error.h"
#include "medusa/core/id.h"
#include "medusa/db/pool.h"
#include "medusa/db/tx_context.h"
#include "medusa/product/handle.h"
#include "medusa/product/product_module_service.h"
#include "repositories/product_sql.h"
#include "services/service_support.h"

namespace medusa::product {

namespace bj = boost::json;
using detail::run;
using detail::stringAt;
using Parent = std::optional<std::string>;

namespace {

constexpr std::int64_t kLast = std::numeric_limits<std::int32_t>::max();

struct Node {
  std::string id;
  std::string mpath;
  std::int64_t rank = 0;
  Parent parent;
  bool deleted = false;
};

std::optional<Node> loadNode(db::TxContext& tx, const std::string& id) {
  const auto rows = run(tx, sql::kCategoryNode, {id});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows[0];
  return Node{row[0].c_str(), row[1].c_str(), row[2].as<std::int64_t>(),
              row[3].is_null() ? Parent{} : Parent{row[3].c_str()}, row[4].as<bool>()};
}

Node requireLive(db::TxContext& tx, const std::string& id) {
  auto node = loadNode(tx, id);
  if (!node || node->deleted) {
    throw Error(ErrorType::NotFound, "Product category with id: " + id + " was not found");
  }
  return *node;
}

Node requireParent(db::TxContext& tx, const std::string& id) {
  auto node = loadNode(tx, id);
  if (!node || node->deleted) {
    throw Error(ErrorType::InvalidArgument, "Parent category with id: '" + id + "' does not exist");
  }
  return *node;
}

std::int64_t countSiblings(db::TxContext& tx, const Parent& parent) {
  return run(tx, sql::kCountSiblings, {parent})[0][0].as<std::int64_t>();
}

// rank += delta for the live siblings under `parent` ranked in [from, to], except `except`.
void shift(db::TxContext& tx, const Parent& parent, std::int64_t from, std::int64_t to, int delta,
           const Parent& except) {
  if (from > to) return;
  run(tx, sql::kShiftSiblings,
      {parent, std::to_string(from), std::to_string(to), std::to_string(delta), except});
}

Parent parentOf(const bj::object& data) {
  const auto* value = data.if_contains("parent_category_id");
  if (!value || !value->is_string() || value->get_string().empty()) return std::nullopt;
  return std::string(value->get_string());
}

std::optional<std::int64_t> rankOf(const bj::object& data) {
  const auto* value = data.if_contains("rank");
  if (!value || value->is_null()) return std::nullopt;
  if (value->is_int64()) return value->get_int64();
  if (value->is_uint64()) return static_cast<std::int64_t>(value->get_uint64());
  throw Error(ErrorType::InvalidData, "rank must be an integer");
}

// Inserts at `wanted` (default: last) among `count` live siblings; returns the rank taken.
std::int64_t makeRoom(db::TxContext& tx, const Parent& parent, std::optional<std::int64_t> wanted,
                      const Parent& self) {
  const auto count = countSiblings(tx, parent);
  const auto rank = std::clamp<std::int64_t>(wanted.value_or(count), 0, count);
  shift(tx, parent, rank, kLast, +1, self);
  return rank;
}

}  // namespace

bj::object ProductModuleService::createCategory(const bj::object& data, db::TxContext& tx) const {
  auto row = detail::without(data, {"mpath"});
  if (stringAt(row, "handle").empty())
    row.insert_or_assign("handle", toHandle(stringAt(data, "name")));
  auto id = stringAt(data, "id");
  if (id.empty()) id = id::generate("pcat");
  const auto parent = parentOf(data);
  std::string mpath = id;
  if (parent) mpath = requireParent(tx, *parent).mpath + "." + id;
  row.insert_or_assign("id", id);
  row.insert_or_assign("mpath", mpath);
  row.insert_or_assign("rank", makeRoom(tx, parent, rankOf(data), std::nullopt));
  return repo("product_category").create(tx, row);
}

bj::object ProductModuleService::updateCategory(const bj::object& data, db::TxContext& tx) const {
  const auto id = detail::requireId(data, "product_category");
  const auto node = requireLive(tx, id);
  auto row = detail::without(data, {"mpath"});
  const auto wanted = rankOf(data);
  const auto parent = parentOf(data);
  if (data.contains("parent_category_id") && parent != node.parent) {
    std::string mpath = id;
    if (parent) {
      const auto target = requireParent(tx, *parent);
      if (target.id == id || target.mpath.starts_with(node.mpath + ".")) {
        throw Error(ErrorType::InvalidData,
                    "Product category " + id + " cannot be moved under itself or a descendant");
      }
      mpath = target.mpath + "." + id;
    }
    shift(tx, node.parent, node.rank + 1, kLast, -1, id);  // close the gap it leaves
    row.insert_or_assign("rank", makeRoom(tx, parent, wanted, id));
    row.insert_or_assign("mpath", mpath);
    run(tx, sql::kMoveDescendants, {node.mpath + ".", mpath + "."});
  } else if (wanted) {
    const auto rank = std::clamp<std::int64_t>(*wanted, 0, countSiblings(tx, node.parent) - 1);
    if (rank < node.rank) shift(tx, node.parent, rank, node.rank - 1, +1, id);
    if (rank > node.rank) shift(tx, node.parent, node.rank + 1, rank, -1, id);
    row.insert_or_assign("rank", rank);
  }
  return std::move(repo("product_category").update(tx, bj::array{row}).at(0).as_object());
}

void ProductModuleService::detachCategory(std::string_view categoryId, bool hard,
                                          db::TxContext& tx) const {
  const std::string id(categoryId);
  const auto node = hard ? loadNode(tx, id) : std::optional<Node>(requireLive(tx, id));
  if (!node) return;  // deleting what is gone already: nothing to compensate
  if (run(tx, sql::kCountLiveChildren, {id})[0][0].as<std::int64_t>() > 0) {
    throw Error(ErrorType::NotAllowed,
                "Deleting ProductCategory (" + id + ") with category children is not allowed");
  }
  if (!node->deleted) shift(tx, node->parent, node->rank + 1, kLast, -1, id);
  if (hard) {
    run(tx, sql::kDeleteCategory, {id});
  } else {
    run(tx, sql::kSetCategoryDeleted, {id, "true", std::to_string(node->rank)});
  }
}

bj::array ProductModuleService::createProductCategories(const bj::array& data,
                                                        db::TxContext* tx) const {
  const auto inputs = detail::objectsOf(data, "product_category");
  return pool().transact(tx, [&](db::TxContext& t) {
    bj::array out;
    for (const auto* input : inputs) out.push_back(createCategory(*input, t));
    return out;
  });
}

UpdateResult ProductModuleService::updateProductCategories(const bj::array& data,
                                                           db::TxContext* tx) const {
  const auto inputs = detail::objectsOf(data, "product_category");
  return pool().transact(tx, [&](db::TxContext& t) {
    UpdateResult result;
    result.previous = detail::previousValues(repo("product_category"), t, data);
    for (const auto* input : inputs) result.rows.push_back(updateCategory(*input, t));
    return result;
  });
}

framework::AffectedIds ProductModuleService::softDeleteProductCategories(
    const std::vector<std::string>& ids, db::TxContext* tx) const {
  pool().transact(tx, [&](db::TxContext& t) {
    for (const auto& id : ids) detachCategory(id, false, t);
  });
  return ids.empty() ? framework::AffectedIds{} : framework::AffectedIds{{"product_category", ids}};
}

void ProductModuleService::deleteProductCategories(const std::vector<std::string>& ids,
                                                   db::TxContext* tx) const {
  pool().transact(tx, [&](db::TxContext& t) {
    for (const auto& id : ids) detachCategory(id, true, t);
  });
}

framework::AffectedIds ProductModuleService::restoreProductCategories(
    const std::vector<std::string>& ids, db::TxContext* tx) const {
  std::vector<std::string> restored;
  pool().transact(tx, [&](db::TxContext& t) {
    for (const auto& id : ids) {
      const auto node = loadNode(t, id);
      if (!node)
        throw Error(ErrorType::NotFound, "Product category with id: " + id + " was not found");
      if (!node->deleted) continue;
      const auto rank = makeRoom(t, node->parent, node->rank, id);
      run(t, sql::kSetCategoryDeleted, {id, "false", std::to_string(rank)});
      restored.push_back(id);
    }
  });
  return restored.empty() ? framework::AffectedIds{}
                          : framework::AffectedIds{{"product_category", restored}};
}

void ProductModuleService::addProductsToCategory(std::string_view categoryId,
                                                 const std::vector<std::string>& productIds,
                                                 db::TxContext* tx) const {
  pool().transact(tx, [&](db::TxContext& t) {
    requireLive(t, std::string(categoryId));
    if (!productIds.empty()) {
      run(t, sql::kAddCategoryProducts, {std::string(categoryId), detail::arrayParam(productIds)});
    }
  });
}

void ProductModuleService::removeProductsFromCategory(std::string_view categoryId,
                                                      const std::vector<std::string>& productIds,
                                                      db::TxContext* tx) const {
  if (productIds.empty()) return;
  pool().transact(tx, [&](db::TxContext& t) {
    run(t, sql::kRemoveCategoryProducts, {std::string(categoryId), detail::arrayParam(productIds)});
  });
}

}  // namespace medusa::product
