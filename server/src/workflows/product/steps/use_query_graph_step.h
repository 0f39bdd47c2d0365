// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/framework/query_engine.h"
#include "workflows/product/steps/product_steps_common.h"

namespace medusa::server::workflows::products {

/// Medusa's useQueryGraphStep: reads `{entity, fields: [..], filters: {..}}` through Query and
/// returns the rows. Reads only, so nothing to compensate.
inline const auto useQueryGraphStep = workflow::makeStep(
    "use-query-graph-step", [](const bj::object& in, workflow::StepContext& ctx) {
      framework::GraphQuery query{.entity = std::string(in.at("entity").as_string())};
      for (const auto& field : in.at("fields").as_array()) {
        query.fields.emplace_back(field.as_string());
      }
      if (const auto* filters = in.if_contains("filters")) query.filters = filters->as_object();
      return ctx.resolve<framework::QueryEngine>().graph(query).rows;
    });

}  // namespace medusa::server::workflows::products
