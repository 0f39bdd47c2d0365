// SPDX-License-Identifier: MIT
// A `fields` parameter through Medusa's prepareListQuery (resolveFields, the store's
// restricted fields, an allow-list) and then the field tree Query builds from the result
// (framework's buildFieldTree) over the product module's real entity graph, from a product
// and from a category (a self-referencing tree), with and without a module scope.
#include <array>
#include <boost/json/object.hpp>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "field_tree.h"
#include "http/query/field_selection.h"
#include "http/query/find_params.h"
#include "medusa/core/error.h"
#include "medusa/framework/entity_graph.h"
#include "models/product_models.h"

namespace {

namespace http = medusa::http;
namespace fw = medusa::framework;

// The store product list's defaults (Medusa's defaultStoreProductFields).
// clang-format off
constexpr std::array<std::string_view, 28> kProductFields = {
    "id", "title", "subtitle", "description", "handle", "is_giftcard", "discountable",
    "thumbnail", "collection_id", "type_id", "weight", "length", "height", "width", "hs_code",
    "origin_country", "mid_code", "material", "created_at", "updated_at", "*type", "*collection",
    "*options", "*options.values", "*tags", "*images", "*variants", "*variants.options"};
// clang-format on
constexpr std::array<std::string_view, 7> kAllowed = {
    "id", "title", "handle", "variants", "variants.sku", "*variants", "categories"};
constexpr auto kStoreList = http::QueryConfig::list(kProductFields);
constexpr auto kAllowList = http::QueryConfig::list(kProductFields).withAllowed(kAllowed);

const fw::EntityGraph& productGraph() {
  static const auto graph = [] {
    auto g = std::make_unique<fw::EntityGraph>();
    auto entities = medusa::product::models::productEntities();
    for (auto& e : medusa::product::models::catalogEntities()) entities.push_back(std::move(e));
    for (auto& e : entities) {
      g->add(std::make_shared<const fw::EntitySchema>(std::move(e), "product"));
    }
    g->resolveModuleRelations();
    return g;
  }();
  return *graph;
}

void buildTrees(const std::vector<std::string>& fields) {
  const auto& graph = productGraph();
  for (const std::string_view root : {"product", "product_category"}) {
    const auto& entity = graph.entity(root);
    static_cast<void>(fw::detail::buildFieldTree(graph, entity, fields, ""));
    static_cast<void>(fw::detail::buildFieldTree(graph, entity, fields, "product"));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view fields(reinterpret_cast<const char*>(data), size);

  const auto selection = http::resolveFields(fields, kProductFields);
  static_cast<void>(http::disallowedFields(selection, kAllowed, {}));
  static_cast<void>(http::disallowedFields(selection, {}, http::kStoreRestrictedFields));

  for (const auto* config : {&kStoreList, &kAllowList}) {
    boost::json::object query;
    query["fields"] = fields;
    try {
      const auto params = http::parseFindParams(
          std::move(query), *config,
          config->allowed.empty() ? std::span<const std::string_view>(http::kStoreRestrictedFields)
                                  : std::span<const std::string_view>());
      buildTrees(params.fields);
    } catch (const medusa::Error&) {
      // "Requested fields [...] are not valid": a 400
    }
  }
  return 0;
}
