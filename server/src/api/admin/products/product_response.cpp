// SPDX-License-Identifier: MIT
#include "api/admin/products/product_response.h"

#include <iterator>

#include "api/admin/products/product_query_config.h"
#include "api/common/find_query.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"
#include "workflows/product/product_workflow_support.h"

namespace medusa::api::products {

namespace bj = boost::json;

namespace {

// Built from `price`, which is replaced by the result: its values move over.
bj::object adminPrice(bj::object& price, const bj::value* variantId) {
  constexpr std::string_view kLeading[] = {"id", "amount", "currency_code", "min_quantity",
                                           "max_quantity"};
  constexpr std::string_view kTrailing[] = {"created_at", "updated_at"};
  bj::object out(std::size(kLeading) + std::size(kTrailing) + 2, price.storage());
  const auto move = [&](std::string_view key) {
    if (auto* value = price.if_contains(key)) out.emplace(key, std::move(*value));
  };
  for (const auto key : kLeading) move(key);
  if (variantId) out.emplace("variant_id", *variantId);
  for (const auto key : kTrailing) move(key);
  bj::object rules(price.storage());
  if (auto* computed = price.if_contains("rules"); computed && computed->is_object()) {
    // `+variants.prices.rules`: the pricing module's own map.
    rules = std::move(computed->get_object());
  } else if (const auto* list = price.if_contains("price_rules"); list && list->is_array()) {
    for (const auto& rule : list->get_array()) {
      const auto* attribute = rule.as_object().if_contains("attribute");
      const auto* value = rule.as_object().if_contains("value");
      if (attribute && attribute->is_string() && value) rules[attribute->get_string()] = *value;
    }
  }
  out.emplace("rules", std::move(rules));
  return out;
}

void toBoolean(bj::object& filters, std::string_view key) {
  server::workflows::products::normalizeBooleans(filters, {key});
}

}  // namespace

void remapVariant(bj::object& variant) {
  variant.erase("price_set");
  auto* prices = variant.if_contains("prices");
  if (!prices || !prices->is_array()) return;
  const auto* id = variant.if_contains("id");
  bj::array out(variant.storage());
  out.reserve(prices->get_array().size());
  for (auto& price : prices->get_array()) out.push_back(adminPrice(price.as_object(), id));
  *prices = std::move(out);
}

void remapProduct(bj::object& product) {
  auto* variants = product.if_contains("variants");
  if (!variants || !variants->is_array()) return;
  for (auto& variant : variants->get_array()) {
    if (variant.is_object()) remapVariant(variant.get_object());
  }
}

bj::object productFilters(bj::object filters) {
  for (const auto& [from, to] : {std::pair{"tag_id", "tags"}, {"category_id", "categories"}}) {
    if (auto* value = filters.if_contains(from)) {
      filters[to] = bj::object{{"id", *value}};
      filters.erase(from);
    }
  }
  toBoolean(filters, "is_giftcard");
  if (auto* variants = filters.if_contains("variants"); variants && variants->is_object()) {
    variants->get_object() = variantFilters(std::move(variants->get_object()));
  }
  // TODO(#6): price_list_id needs the pricing module's price lists.
  filters.erase("price_list_id");
  return filters;
}

bj::object variantFilters(bj::object filters) {
  toBoolean(filters, "manage_inventory");
  toBoolean(filters, "allow_backorder");
  return filters;
}

bj::object refetchProduct(const RouteScope& scope, std::string_view id,
                          const std::vector<std::string>& fields, const std::string& message) {
  auto product = retrieveOne(scope.query, "product", id, fields, message);
  remapProduct(product);
  return product;
}

bj::object refetchProduct(const RouteScope& scope, const http::Request& req, std::string_view id) {
  return refetchProduct(scope, id, findParams(req, kRetrieveProduct).fields);
}

bj::array refetchMany(const RouteScope& scope, std::string_view entity, const bj::array& ids,
                      const std::vector<std::string>& fields) {
  if (ids.empty()) return {};
  auto rows =
      scope.query
          .graph(
              {.entity = std::string(entity), .fields = fields, .filters = bj::object{{"id", ids}}})
          .rows;
  for (auto& row : rows) {
    entity == "product" ? remapProduct(row.as_object()) : remapVariant(row.as_object());
  }
  return rows;
}

http::Response batchResponse(const RouteScope& scope, std::string_view entity,
                             std::string_view object, const bj::object& result,
                             const std::vector<std::string>& fields) {
  const auto idsOf = [](const bj::value& rows) {
    bj::array ids;
    for (const auto& row : rows.as_array()) ids.push_back(row.as_object().at("id"));
    return ids;
  };
  return http::Response::json(
      200, {{"created", refetchMany(scope, entity, idsOf(result.at("created")), fields)},
            {"updated", refetchMany(scope, entity, idsOf(result.at("updated")), fields)},
            {"deleted",
             bj::object{{"ids", result.at("deleted")}, {"object", object}, {"deleted", true}}}});
}

void requireProduct(const RouteScope& scope, std::string_view id) {
  retrieveOne(scope.query, "product", id, {"id"},
              "Product with id \"" + std::string(id) + "\" not found");
}

}  // namespace medusa::api::products
