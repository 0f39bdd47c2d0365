// SPDX-License-Identifier: MIT
// The thin parts of the service: reads, deletes and restores over the generic repository.
#include "medusa/product/product_module_service.h"

#include "medusa/db/pool.h"
#include "services/service_support.h"

namespace medusa::product {

namespace bj = boost::json;
using framework::AffectedIds;
using framework::FindOptions;
using framework::ListResult;

ProductModuleService::ProductModuleService(const framework::ModuleContext& context)
    : ModuleService(context), m_query(&context.query()) {}

const framework::Repository& ProductModuleService::repo(std::string_view name) const {
  return entity(name).repository();
}

db::Pool& ProductModuleService::pool() const {
  return entity("product").pool();
}

UpdateResult ProductModuleService::updateScalars(std::string_view name, const bj::array& data,
                                                 db::TxContext& tx) const {
  UpdateResult result;
  result.previous = detail::previousValues(repo(name), tx, data);
  result.rows = repo(name).update(tx, data);
  return result;
}

bj::object ProductModuleService::retrieveProduct(std::string_view id, const FindOptions& options,
                                                 db::TxContext* tx) const {
  return entity("product").retrieve(id, options, tx);
}

ListResult ProductModuleService::listAndCountProducts(const FindOptions& options,
                                                      db::TxContext* tx) const {
  return entity("product").listAndCount(options, tx);
}

AffectedIds ProductModuleService::softDeleteProducts(const std::vector<std::string>& ids,
                                                     db::TxContext* tx) const {
  return ids.empty() ? AffectedIds{} : entity("product").softDelete(ids, tx);
}

AffectedIds ProductModuleService::restoreProducts(const std::vector<std::string>& ids,
                                                  db::TxContext* tx) const {
  return ids.empty() ? AffectedIds{} : entity("product").restore(ids, tx);
}

void ProductModuleService::deleteProducts(const std::vector<std::string>& ids,
                                          db::TxContext* tx) const {
  if (!ids.empty()) entity("product").remove(ids, tx);
}

bj::object ProductModuleService::retrieveProductVariant(std::string_view id,
                                                        const FindOptions& options,
                                                        db::TxContext* tx) const {
  return entity("product_variant").retrieve(id, options, tx);
}

ListResult ProductModuleService::listAndCountProductVariants(const FindOptions& options,
                                                             db::TxContext* tx) const {
  return entity("product_variant").listAndCount(options, tx);
}

AffectedIds ProductModuleService::softDeleteProductVariants(const std::vector<std::string>& ids,
                                                            db::TxContext* tx) const {
  return ids.empty() ? AffectedIds{} : entity("product_variant").softDelete(ids, tx);
}

AffectedIds ProductModuleService::restoreProductVariants(const std::vector<std::string>& ids,
                                                         db::TxContext* tx) const {
  return ids.empty() ? AffectedIds{} : entity("product_variant").restore(ids, tx);
}

void ProductModuleService::deleteProductVariants(const std::vector<std::string>& ids,
                                                 db::TxContext* tx) const {
  if (!ids.empty()) entity("product_variant").remove(ids, tx);
}

ListResult ProductModuleService::listAndCountProductOptions(const FindOptions& options,
                                                            db::TxContext* tx) const {
  return entity("product_option").listAndCount(options, tx);
}

AffectedIds ProductModuleService::softDeleteProductOptions(const std::vector<std::string>& ids,
                                                           db::TxContext* tx) const {
  return ids.empty() ? AffectedIds{} : entity("product_option").softDelete(ids, tx);
}

AffectedIds ProductModuleService::restoreProductOptions(const std::vector<std::string>& ids,
                                                        db::TxContext* tx) const {
  return ids.empty() ? AffectedIds{} : entity("product_option").restore(ids, tx);
}

void ProductModuleService::deleteProductOptions(const std::vector<std::string>& ids,
                                                db::TxContext* tx) const {
  if (!ids.empty()) entity("product_option").remove(ids, tx);
}

bj::object ProductModuleService::retrieveProductCategory(std::string_view id,
                                                         const FindOptions& options,
                                                         db::TxContext* tx) const {
  return entity("product_category").retrieve(id, options, tx);
}

ListResult ProductModuleService::listAndCountProductCategories(const FindOptions& options,
                                                               db::TxContext* tx) const {
  return entity("product_category").listAndCount(options, tx);
}

}  // namespace medusa::product
