// SPDX-License-Identifier: MIT
// Collections (and their products), tags and types: generic CRUD plus Medusa's defaults.
#include "medusa/core/error.h"
#include "medusa/db/pool.h"
#include "medusa/db/tx_context.h"
#include "medusa/product/handle.h"
#include "medusa/product/product_module_service.h"
#include "repositories/product_sql.h"
#include "services/service_support.h"

namespace medusa::product {

namespace bj = boost::json;
using framework::AffectedIds;

bj::array ProductModuleService::createProductCollections(const bj::array& data,
                                                         db::TxContext* tx) const {
  bj::array rows;
  for (const auto* input : detail::objectsOf(data, "product_collection")) {
    bj::object row = *input;
    if (detail::stringAt(row, "handle").empty()) {
      row.insert_or_assign("handle", kebabCase(detail::stringAt(row, "title")));
    }
    rows.push_back(std::move(row));
  }
  return entity("product_collection").create(rows, tx);
}

UpdateResult ProductModuleService::updateProductCollections(const bj::array& data,
                                                            db::TxContext* tx) const {
  return pool().transact(
      tx, [&](db::TxContext& t) { return updateScalars("product_collection", data, t); });
}

AffectedIds ProductModuleService::softDeleteProductCollections(const std::vector<std::string>& ids,
                                                               db::TxContext* tx) const {
  return ids.empty() ? AffectedIds{} : entity("product_collection").softDelete(ids, tx);
}

AffectedIds ProductModuleService::restoreProductCollections(const std::vector<std::string>& ids,
                                                            db::TxContext* tx) const {
  return ids.empty() ? AffectedIds{} : entity("product_collection").restore(ids, tx);
}

void ProductModuleService::deleteProductCollections(const std::vector<std::string>& ids,
                                                    db::TxContext* tx) const {
  if (!ids.empty()) entity("product_collection").remove(ids, tx);
}

bj::array ProductModuleService::addOrRemoveCollection(std::string_view collectionId,
                                                      const std::vector<std::string>& productIds,
                                                      bool add, db::TxContext* tx) const {
  return pool().transact(tx, [&](db::TxContext& t) {
    const std::string id(collectionId);
    repo("product_collection").retrieve(t, id, {.fields = {"id"}});  // NotFound first
    bj::array previous;
    if (productIds.empty()) return previous;
    const auto rows = detail::run(t, add ? sql::kSetCollection : sql::kClearCollection,
                                  {id, detail::arrayParam(productIds)});
    for (const auto& row : rows) {
      previous.push_back(bj::object{
          {"id", row[0].c_str()},
          {"collection_id", row[1].is_null() ? bj::value(nullptr) : bj::value(row[1].c_str())}});
    }
    return previous;
  });
}

bj::array ProductModuleService::addProductsToCollection(std::string_view collectionId,
                                                        const std::vector<std::string>& productIds,
                                                        db::TxContext* tx) const {
  return addOrRemoveCollection(collectionId, productIds, true, tx);
}

bj::array ProductModuleService::removeProductsFromCollection(
    std::string_view collectionId, const std::vector<std::string>& productIds,
    db::TxContext* tx) const {
  return addOrRemoveCollection(collectionId, productIds, false, tx);
}

void ProductModuleService::restoreProductCollectionIds(const bj::array& previous,
                                                       db::TxContext* tx) const {
  pool().transact(tx, [&](db::TxContext& t) {
    for (const auto* row : detail::objectsOf(previous, "product")) {
      const auto collection = detail::stringAt(*row, "collection_id");
      detail::run(t, sql::kRestoreCollection,
                  {detail::stringAt(*row, "id"),
                   collection.empty() ? std::nullopt : std::optional<std::string>(collection)});
    }
  });
}

bj::array ProductModuleService::createProductTags(const bj::array& data, db::TxContext* tx) const {
  return entity("product_tag").create(data, tx);
}

UpdateResult ProductModuleService::updateProductTags(const bj::array& data,
                                                     db::TxContext* tx) const {
  return pool().transact(tx,
                         [&](db::TxContext& t) { return updateScalars("product_tag", data, t); });
}

AffectedIds ProductModuleService::softDeleteProductTags(const std::vector<std::string>& ids,
                                                        db::TxContext* tx) const {
  return ids.empty() ? AffectedIds{} : entity("product_tag").softDelete(ids, tx);
}

void ProductModuleService::deleteProductTags(const std::vector<std::string>& ids,
                                             db::TxContext* tx) const {
  if (!ids.empty()) entity("product_tag").remove(ids, tx);
}

bj::array ProductModuleService::createProductTypes(const bj::array& data, db::TxContext* tx) const {
  return entity("product_type").create(data, tx);
}

UpdateResult ProductModuleService::updateProductTypes(const bj::array& data,
                                                      db::TxContext* tx) const {
  return pool().transact(tx,
                         [&](db::TxContext& t) { return updateScalars("product_type", data, t); });
}

AffectedIds ProductModuleService::softDeleteProductTypes(const std::vector<std::string>& ids,
                                                         db::TxContext* tx) const {
  return ids.empty() ? AffectedIds{} : entity("product_type").softDelete(ids, tx);
}

void ProductModuleService::deleteProductTypes(const std::vector<std::string>& ids,
                                              db::TxContext* tx) const {
  if (!ids.empty()) entity("product_type").remove(ids, tx);
}

}  // namespace medusa::product
