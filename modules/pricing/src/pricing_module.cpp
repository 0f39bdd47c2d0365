// SPDX-License-Identifier: MIT
#include "medusa/pricing/pricing_module.h"

#include <memory>

#include "medusa/pricing/pricing_module_service.h"
#include "medusa/workflow/service_container.h"
#include "services/price_calculator.h"
#include "services/price_input.h"

namespace medusa::pricing {

namespace bj = boost::json;
using framework::ColumnKind;
using framework::EntityDefinition;
using framework::RelationKind;

namespace {

std::vector<EntityDefinition> entities() {
  EntityDefinition priceSet{.name = "price_set", .idPrefix = "pset"};
  priceSet.relations = {{.name = "prices",
                         .kind = RelationKind::HasMany,
                         .target = "price",
                         .foreignKey = "price_set_id",
                         .cascadeDelete = true}};

  EntityDefinition price{.name = "price", .idPrefix = "price"};
  price.columns = {{"title"},
                   {"currency_code", ColumnKind::Text, false},
                   {"amount", ColumnKind::Money, false},
                   {"min_quantity", ColumnKind::Number},
                   {"max_quantity", ColumnKind::Number},
                   {"rules_count", ColumnKind::Integer, false},
                   {"price_set_id", ColumnKind::Text, false},
                   {"price_list_id"}};
  price.relations = {
      {.name = "price_rules",
       .kind = RelationKind::HasMany,
       .target = "price_rule",
       .foreignKey = "price_id",
       .cascadeDelete = true},
      {.name = "price_set", .target = "price_set", .foreignKey = "price_set_id"},
      {.name = "price_list", .target = "price_list", .foreignKey = "price_list_id"}};

  EntityDefinition priceRule{.name = "price_rule", .idPrefix = "prule"};
  priceRule.columns = {{"attribute", ColumnKind::Text, false},
                       {"value", ColumnKind::Text, false},
                       {"operator", ColumnKind::Enum, false, {"gt", "lt", "eq", "lte", "gte"}},
                       {"priority", ColumnKind::Integer, false},
                       {"price_id", ColumnKind::Text, false}};
  priceRule.relations = {{.name = "price", .target = "price", .foreignKey = "price_id"}};

  EntityDefinition priceList{.name = "price_list", .idPrefix = "plist"};
  priceList.columns = {{"title", ColumnKind::Text, false},
                       {"description", ColumnKind::Text, false},
                       {"status", ColumnKind::Enum, false, {"active", "draft"}},
                       {"type", ColumnKind::Enum, false, {"sale", "override"}},
                       {"starts_at", ColumnKind::Timestamp},
                       {"ends_at", ColumnKind::Timestamp},
                       {"rules_count", ColumnKind::Integer, false}};
  priceList.searchable = {"title", "description"};
  priceList.relations = {{.name = "prices",
                          .kind = RelationKind::HasMany,
                          .target = "price",
                          .foreignKey = "price_list_id",
                          .cascadeDelete = true},
                         {.name = "price_list_rules",
                          .kind = RelationKind::HasMany,
                          .target = "price_list_rule",
                          .foreignKey = "price_list_id",
                          .cascadeDelete = true}};

  EntityDefinition priceListRule{.name = "price_list_rule", .idPrefix = "plrule"};
  priceListRule.columns = {{"attribute", ColumnKind::Text, false},
                           {"value", ColumnKind::Json},
                           {"price_list_id", ColumnKind::Text, false}};
  priceListRule.relations = {
      {.name = "price_list", .target = "price_list", .foreignKey = "price_list_id"}};

  EntityDefinition preference{.name = "price_preference", .idPrefix = "prpref"};
  preference.columns = {{"attribute", ColumnKind::Text, false},
                        {"value"},
                        {"is_tax_inclusive", ColumnKind::Bool, false}};

  return {priceSet, price, priceRule, priceList, priceListRule, preference};
}

// price_set.calculated_price: every price set of a level in one statement.
framework::ComputedField calculatedPriceField(framework::SqlRunner& sql) {
  return {.name = "calculated_price",
          .dependencies = {"id"},
          .resolver = [&sql](const framework::ComputedBatch& batch) {
            std::vector<std::string> ids;
            ids.reserve(batch.rows.size());
            for (const auto* row : batch.rows) ids.emplace_back(row->at("id").as_string());
            const auto context = detail::parseContext(detail::contextOfArgs(batch.args));
            return detail::calculatePrices(sql, batch.tx, ids, context, batch.storage);
          }};
}

// price.rules: Medusa's admin remap of price_rules into {attribute: value}.
framework::ComputedField rulesField() {
  return {.name = "rules",
          .dependencies = {"price_rules.attribute", "price_rules.value"},
          .resolver = [](const framework::ComputedBatch& batch) {
            std::vector<bj::value> values;
            values.reserve(batch.rows.size());
            for (const auto* row : batch.rows) {
              values.emplace_back(detail::rulesObject(row->at("price_rules").as_array()));
            }
            return values;
          }};
}

}  // namespace

framework::ModuleDefinition moduleDefinition() {
  return framework::ModuleDefinition{
      .name = "pricing",
      .entities = entities(),
      .migrations = migrations(),
      .linkable = {"price_set", "price", "price_list", "price_preference"},
      .boot =
          [](framework::ModuleContext& context) {
            auto& query = context.query();
            query.registerComputedField("price_set", calculatedPriceField(query.sql()));
            query.registerComputedField("price", rulesField());
            if (auto* services = context.services()) {
              services->registerService(std::make_shared<PricingModuleService>(context));
            }
          }};
}

}  // namespace medusa::pricing
