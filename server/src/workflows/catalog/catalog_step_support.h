// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "medusa/framework/entity_service.h"
#include "medusa/product/product_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/common/steps/entity_steps.h"

/// What the collection, category, tag and type steps share. Their own namespace keeps their
/// Medusa ids apart from steps other domains declare.
namespace medusa::server::workflows::catalog {

namespace bj = boost::json;
using server::workflows::idsOf;

/// Medusa's `{selector, update}` input of the update-* workflows.
struct SelectorUpdate {
  bj::object selector{};
  bj::object update{};
};

/// Reads `{selector, update}` from a workflow input object.
inline SelectorUpdate selectorUpdateOf(const bj::object& input) {
  SelectorUpdate out;
  if (const auto* selector = input.if_contains("selector"); selector && selector->is_object()) {
    out.selector = selector->get_object();
  }
  if (const auto* update = input.if_contains("update"); update && update->is_object()) {
    out.update = update->get_object();
  }
  return out;
}

/// One update row (`update` plus `id`) per live row of `entity` matching the selector.
inline bj::array updateRowsFor(const framework::EntityService& entity,
                               const SelectorUpdate& input) {
  bj::array rows;
  for (const auto& row : entity.list({.filters = input.selector, .fields = {"id"}})) {
    auto update = input.update;
    update["id"] = row.at("id");
    rows.emplace_back(std::move(update));
  }
  return rows;
}

/// Medusa's update-<entities> step over a product-module update method that returns
/// UpdateResult: updates the rows matching `{selector, update}`. Compensation: passes the
/// previous values of the named fields back to the same method.
template <auto Update>
auto makeSelectorUpdateStep(std::string stepId, std::string entity) {
  return workflow::makeStep(
      std::move(stepId),
      [entity](const bj::object& input, workflow::StepContext& ctx) {
        const auto& service = ctx.resolve<product::ProductModuleService>();
        const auto rows = updateRowsFor(service.entity(entity), selectorUpdateOf(input));
        auto result = (service.*Update)(rows, nullptr);
        return workflow::StepResponse{std::move(result.rows), std::move(result.previous)};
      },
      [](const bj::array& previous, workflow::StepContext& ctx) {
        if (previous.empty()) return;  // compensation must be idempotent
        (ctx.resolve<product::ProductModuleService>().*Update)(previous, nullptr);
      });
}

/// `[{id}, ...]`: the payload of one event per entity.
inline bj::array idEvents(const std::vector<std::string>& ids) {
  bj::array events;
  for (const auto& id : ids) events.emplace_back(bj::object{{"id", id}});
  return events;
}

/// Medusa's link body `{id, add?, remove?}` as the batch-link steps read it.
struct LinkInput {
  std::string id{};
  std::vector<std::string> add{};
  std::vector<std::string> remove{};
};

/// Reads `{id, add, remove}` (missing lists are empty).
inline LinkInput linkInputOf(const bj::object& input) {
  LinkInput out;
  out.id = std::string(input.at("id").as_string());
  const auto read = [&](const char* key, std::vector<std::string>& ids) {
    const auto* list = input.if_contains(key);
    if (!list || !list->is_array()) return;
    for (const auto& id : list->get_array()) ids.emplace_back(id.as_string());
  };
  read("add", out.add);
  read("remove", out.remove);
  return out;
}

}  // namespace medusa::server::workflows::catalog
