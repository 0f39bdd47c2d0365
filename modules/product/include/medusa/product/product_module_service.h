// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/module.h"

namespace medusa::db {
class Pool;
class TxContext;
}  // namespace medusa::db

namespace medusa::product {

/// What an update returns: the rows as they are now, and `previous`, one object per updated
/// row with its id and the old values of the fields the update named. Passing `previous`
/// back to the same update method restores them (a workflow step's compensation).
struct UpdateResult {
  boost::json::array rows{};
  boost::json::array previous{};
};

/// The product module's service (Medusa's ProductModuleService). Rows are wire-shaped JSON
/// objects; every method runs in `tx` or in a transaction of its own. Validation errors use
/// Medusa's messages (Error{InvalidData}); unique violations read
/// `Product with handle: x, already exists.` (Error{InvalidData}).
class ProductModuleService : public framework::ModuleService {
 public:
  /// The service over the module's entities; keeps Query for reads and SQL counting.
  explicit ProductModuleService(const framework::ModuleContext& context);

  // ---- products -------------------------------------------------------------------------

  /// Creates products with nested `options` [{title, values: [..]}], `variants` [{title, sku,
  /// options: {"Size": "M"}, ...}], `images` [{url}], `tags` [{id}], `categories` [{id}]:
  /// one INSERT per table whatever the number of products. The handle defaults to
  /// toHandle(title), thumbnail to the first image. Workflow-only keys (sales_channels,
  /// shipping_profile_id, additional_data; variant prices, inventory_items) are ignored.
  boost::json::array createProducts(const boost::json::array& data,
                                    db::TxContext* tx = nullptr) const;
  /// One product; Error{NotFound} `Product with id: X was not found`.
  boost::json::object retrieveProduct(std::string_view id,
                                      const framework::FindOptions& options = {},
                                      db::TxContext* tx = nullptr) const;
  /// Products matching the options, with the count before limit/offset.
  framework::ListResult listAndCountProducts(const framework::FindOptions& options = {},
                                             db::TxContext* tx = nullptr) const;
  /// Updates products, each naming its id. `options`, `variants`, `images`, `tags` and
  /// `categories` replace: entries with an id are updated (and restored if soft-deleted),
  /// entries without are created, unlisted ones are soft-deleted (pivots: unlinked).
  /// `previous` holds the old scalars and the old relation lists in the same input shape.
  UpdateResult updateProducts(const boost::json::array& data, db::TxContext* tx = nullptr) const;
  /// The same update for every live product matching `selector` (filter syntax).
  UpdateResult updateProducts(const boost::json::object& selector, const boost::json::object& data,
                              db::TxContext* tx = nullptr) const;
  /// Soft-deletes products with their variants, options, option values and images.
  framework::AffectedIds softDeleteProducts(const std::vector<std::string>& ids,
                                            db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted products and what softDeleteProducts cascaded to.
  framework::AffectedIds restoreProducts(const std::vector<std::string>& ids,
                                         db::TxContext* tx = nullptr) const;
  /// Deletes products for good with everything they own (compensation of createProducts).
  void deleteProducts(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  // ---- variants -------------------------------------------------------------------------

  /// Creates variants, each naming its product_id; `options` {"Size": "M"} must name the
  /// product's options and values, and no two variants of a product may share a combination.
  boost::json::array createProductVariants(const boost::json::array& data,
                                           db::TxContext* tx = nullptr) const;
  /// One variant; Error{NotFound} `Product variant with id: X was not found`.
  boost::json::object retrieveProductVariant(std::string_view id,
                                             const framework::FindOptions& options = {},
                                             db::TxContext* tx = nullptr) const;
  /// Variants matching the options, with the count.
  framework::ListResult listAndCountProductVariants(const framework::FindOptions& options = {},
                                                    db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id; `options` {"Size": "L"} re-points the variant.
  UpdateResult updateProductVariants(const boost::json::array& data,
                                     db::TxContext* tx = nullptr) const;
  /// Soft-deletes variants.
  framework::AffectedIds softDeleteProductVariants(const std::vector<std::string>& ids,
                                                   db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted variants.
  framework::AffectedIds restoreProductVariants(const std::vector<std::string>& ids,
                                                db::TxContext* tx = nullptr) const;
  /// Deletes variants for good.
  void deleteProductVariants(const std::vector<std::string>& ids,
                             db::TxContext* tx = nullptr) const;

  // ---- options --------------------------------------------------------------------------

  /// Creates options {product_id, title, values: ["S", "M"]}.
  boost::json::array createProductOptions(const boost::json::array& data,
                                          db::TxContext* tx = nullptr) const;
  /// Options matching the options, with the count.
  framework::ListResult listAndCountProductOptions(const framework::FindOptions& options = {},
                                                   db::TxContext* tx = nullptr) const;
  /// Updates options {id, title?, values?}; `values` replaces the option's values (kept by
  /// value, new ones created, unlisted ones soft-deleted).
  UpdateResult updateProductOptions(const boost::json::array& data,
                                    db::TxContext* tx = nullptr) const;
  /// Soft-deletes options with their values.
  framework::AffectedIds softDeleteProductOptions(const std::vector<std::string>& ids,
                                                  db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted options with their values.
  framework::AffectedIds restoreProductOptions(const std::vector<std::string>& ids,
                                               db::TxContext* tx = nullptr) const;
  /// Deletes options for good.
  void deleteProductOptions(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

  // ---- collections ----------------------------------------------------------------------

  /// Creates collections {title, handle?, metadata?}; handle defaults to kebabCase(title).
  boost::json::array createProductCollections(const boost::json::array& data,
                                              db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id.
  UpdateResult updateProductCollections(const boost::json::array& data,
                                        db::TxContext* tx = nullptr) const;
  /// Soft-deletes collections.
  framework::AffectedIds softDeleteProductCollections(const std::vector<std::string>& ids,
                                                      db::TxContext* tx = nullptr) const;
  /// Restores collections.
  framework::AffectedIds restoreProductCollections(const std::vector<std::string>& ids,
                                                   db::TxContext* tx = nullptr) const;
  /// Deletes collections for good (their products keep living, collection_id cleared).
  void deleteProductCollections(const std::vector<std::string>& ids,
                                db::TxContext* tx = nullptr) const;
  /// Sets collection_id of the products; returns their previous {id, collection_id}.
  boost::json::array addProductsToCollection(std::string_view collectionId,
                                             const std::vector<std::string>& productIds,
                                             db::TxContext* tx = nullptr) const;
  /// Clears collection_id of those products that are in the collection; returns their
  /// previous {id, collection_id}.
  boost::json::array removeProductsFromCollection(std::string_view collectionId,
                                                  const std::vector<std::string>& productIds,
                                                  db::TxContext* tx = nullptr) const;
  /// Restores {id, collection_id} pairs as add/remove returned them (compensation).
  void restoreProductCollectionIds(const boost::json::array& previous,
                                   db::TxContext* tx = nullptr) const;

  // ---- categories -----------------------------------------------------------------------

  /// Creates categories {name, handle?, description?, parent_category_id?, rank?, is_active?,
  /// is_internal?, metadata?} one after another: rank is 0-based among live siblings (given
  /// ranks are clamped and the siblings at or after it move down), mpath is the parent's
  /// mpath + "." + id. Unknown parent: Error{InvalidArgument}.
  boost::json::array createProductCategories(const boost::json::array& data,
                                             db::TxContext* tx = nullptr) const;
  /// One category; Error{NotFound} `Product category with id: X was not found`.
  boost::json::object retrieveProductCategory(std::string_view id,
                                              const framework::FindOptions& options = {},
                                              db::TxContext* tx = nullptr) const;
  /// Categories matching the options, with the count.
  framework::ListResult listAndCountProductCategories(const framework::FindOptions& options = {},
                                                      db::TxContext* tx = nullptr) const;
  /// Partial updates naming their id. Moving (parent_category_id) re-ranks the old and new
  /// siblings and rewrites the mpath of the category and its descendants; a new rank alone
  /// re-ranks the siblings. A parent that is the category or a descendant: InvalidData.
  UpdateResult updateProductCategories(const boost::json::array& data,
                                       db::TxContext* tx = nullptr) const;
  /// Soft-deletes leaf categories and closes the rank gap; a category with live children:
  /// Error{NotAllowed}.
  framework::AffectedIds softDeleteProductCategories(const std::vector<std::string>& ids,
                                                     db::TxContext* tx = nullptr) const;
  /// Restores categories at their old rank among the live siblings.
  framework::AffectedIds restoreProductCategories(const std::vector<std::string>& ids,
                                                  db::TxContext* tx = nullptr) const;
  /// Deletes leaf categories for good (compensation of createProductCategories).
  void deleteProductCategories(const std::vector<std::string>& ids,
                               db::TxContext* tx = nullptr) const;
  /// Links products to a category (idempotent).
  void addProductsToCategory(std::string_view categoryId,
                             const std::vector<std::string>& productIds,
                             db::TxContext* tx = nullptr) const;
  /// Unlinks products from a category (idempotent).
  void removeProductsFromCategory(std::string_view categoryId,
                                  const std::vector<std::string>& productIds,
                                  db::TxContext* tx = nullptr) const;

  // ---- tags and types -------------------------------------------------------------------

  /// Creates tags {value, metadata?}.
  boost::json::array createProductTags(const boost::json::array& data,
                                       db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id.
  UpdateResult updateProductTags(const boost::json::array& data, db::TxContext* tx = nullptr) const;
  /// Soft-deletes tags.
  framework::AffectedIds softDeleteProductTags(const std::vector<std::string>& ids,
                                               db::TxContext* tx = nullptr) const;
  /// Deletes tags for good.
  void deleteProductTags(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Creates types {value, metadata?}.
  boost::json::array createProductTypes(const boost::json::array& data,
                                        db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id.
  UpdateResult updateProductTypes(const boost::json::array& data,
                                  db::TxContext* tx = nullptr) const;
  /// Soft-deletes types.
  framework::AffectedIds softDeleteProductTypes(const std::vector<std::string>& ids,
                                                db::TxContext* tx = nullptr) const;
  /// Deletes types for good.
  void deleteProductTypes(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;

 private:
  const framework::Repository& repo(std::string_view entity) const;
  db::Pool& pool() const;
  UpdateResult updateScalars(std::string_view entity, const boost::json::array& data,
                             db::TxContext& tx) const;
  boost::json::object updateOneProduct(const boost::json::object& data, db::TxContext& tx,
                                       boost::json::object& previous) const;
  void replaceOptions(std::string_view productId, const boost::json::array& options,
                      db::TxContext& tx) const;
  void replaceVariants(std::string_view productId, const boost::json::array& variants,
                       db::TxContext& tx) const;
  void replaceImages(std::string_view productId, const boost::json::array& images,
                     db::TxContext& tx) const;
  void replaceOptionValues(const boost::json::object& option, const boost::json::array& values,
                           db::TxContext& tx) const;
  boost::json::array addOrRemoveCollection(std::string_view collectionId,
                                           const std::vector<std::string>& productIds, bool add,
                                           db::TxContext* tx) const;
  boost::json::object createCategory(const boost::json::object& data, db::TxContext& tx) const;
  boost::json::object updateCategory(const boost::json::object& data, db::TxContext& tx) const;
  void detachCategory(std::string_view id, bool hard, db::TxContext& tx) const;

  const framework::QueryEngine* m_query;
};

}  // namespace medusa::product
