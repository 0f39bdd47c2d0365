// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <utility>
#include <vector>

#include "medusa/framework/entity_service.h"
#include "medusa/workflow/workflows_sdk.h"

/// Medusa's create-/update-/delete-<entities> steps for entities whose module adds no rule of
/// its own (sales channels, collections, tags, types...): each calls one entity of one module
/// service through its generic EntityService. Entities with business rules get steps of their
/// own that call the module service's hand-written methods.
///
///   inline const auto createSalesChannelsStep = makeCreateEntitiesStep<SalesChannelModuleService>(
///       "create-sales-channels", "sales_channel");
namespace medusa::server::workflows {

/// The `id` of each row.
inline std::vector<std::string> idsOf(const boost::json::array& rows) {
  std::vector<std::string> ids;
  ids.reserve(rows.size());
  for (const auto& row : rows) ids.emplace_back(row.at("id").as_string());
  return ids;
}

/// Creates rows of `entity`. Compensation: deletes them for good.
template <class Service>
auto makeCreateEntitiesStep(std::string stepId, std::string entity) {
  return workflow::makeStep(
      std::move(stepId),
      [entity](const boost::json::array& rows, workflow::StepContext& ctx) {
        auto created = ctx.resolve<Service>().entity(entity).create(rows);
        auto ids = idsOf(created);
        return workflow::StepResponse{std::move(created), std::move(ids)};
      },
      [entity](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
        if (ids.empty()) return;  // compensation must be idempotent
        ctx.resolve<Service>().entity(entity).remove(ids);
      });
}

/// Updates rows of `entity` (each row names its `id` and the columns to change).
/// Compensation: writes back the previous values of exactly those columns.
template <class Service>
auto makeUpdateEntitiesStep(std::string stepId, std::string entity) {
  return workflow::makeStep(
      std::move(stepId),
      [entity](const boost::json::array& rows, workflow::StepContext& ctx) {
        const auto& service = ctx.resolve<Service>().entity(entity);
        std::vector<std::string> fields{"id"};
        for (const auto& row : rows) {
          for (const auto& [key, value] : row.as_object()) {
            if (key != "id") fields.emplace_back(key);
          }
        }
        boost::json::array ids;
        for (const auto& id : idsOf(rows)) ids.emplace_back(id);
        auto previous = service.list({.filters = {{"id", ids}}, .fields = fields});
        auto updated = service.update(rows);
        return workflow::StepResponse{std::move(updated), std::move(previous)};
      },
      [entity](const boost::json::array& previous, workflow::StepContext& ctx) {
        if (previous.empty()) return;
        ctx.resolve<Service>().entity(entity).update(previous);
      });
}

/// Soft-deletes rows of `entity` (and what cascades with them). Compensation: restores them.
template <class Service>
auto makeSoftDeleteEntitiesStep(std::string stepId, std::string entity) {
  return workflow::makeStep(
      std::move(stepId),
      [entity](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
        if (!ids.empty()) ctx.resolve<Service>().entity(entity).softDelete(ids);
        return workflow::StepResponse{ids, ids};
      },
      [entity](const std::vector<std::string>& ids, workflow::StepContext& ctx) {
        if (ids.empty()) return;
        ctx.resolve<Service>().entity(entity).restore(ids);
      });
}

}  // namespace medusa::server::workflows
