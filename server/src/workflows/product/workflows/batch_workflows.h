// SPDX-License-Identifier: MIT
#pragma once

#include "workflows/product/workflows/create_product_variants_workflow.h"
#include "workflows/product/workflows/create_products_workflow.h"
#include "workflows/product/workflows/delete_product_variants_workflow.h"
#include "workflows/product/workflows/delete_products_workflow.h"
#include "workflows/product/workflows/update_product_variants_workflow.h"
#include "workflows/product/workflows/update_products_workflow.h"

namespace medusa::server::workflows::products {

/// The entries of a batch body at `key` (absent = none).
inline bj::array batchPart(const bj::object& in, std::string_view key) {
  const auto* part = in.if_contains(key);
  return part && part->is_array() ? part->get_array() : bj::array{};
}

/// Runs the three parts of a batch as nested workflows (so one failure undoes all parts) and
/// answers `{created, updated, deleted: [ids]}`.
template <class Create, class Update, class Delete>
bj::object runBatch(workflow::Flow& flow, const bj::object& in, std::string_view inputKey,
                    const Create& create, const Update& update, const Delete& remove) {
  bj::object out{{"created", bj::array{}}, {"updated", bj::array{}}, {"deleted", bj::array{}}};
  if (auto rows = batchPart(in, "create"); !rows.empty()) {
    out["created"] = flow.run(create, bj::object{{inputKey, std::move(rows)}});
  }
  if (auto rows = batchPart(in, "update"); !rows.empty()) {
    out["updated"] = flow.run(update, bj::object{{inputKey, std::move(rows)}});
  }
  if (auto ids = batchPart(in, "delete"); !ids.empty()) {
    out["deleted"] = flow.run(remove, bj::object{{"ids", std::move(ids)}});
  }
  return out;
}

/// Medusa's batchProductsWorkflow: `{create, update, delete}` of products.
inline const auto batchProductsWorkflow =
    workflow::makeWorkflow("batch-products", [](const bj::object& in, workflow::Flow& flow) {
      return runBatch(flow, in, "products", createProductsWorkflow, updateProductsWorkflow,
                      deleteProductsWorkflow);
    });

/// Medusa's batchProductVariantsWorkflow: `{create, update, delete}` of variants.
inline const auto batchProductVariantsWorkflow = workflow::makeWorkflow(
    "batch-product-variants", [](const bj::object& in, workflow::Flow& flow) {
      return runBatch(flow, in, "product_variants", createProductVariantsWorkflow,
                      updateProductVariantsWorkflow, deleteProductVariantsWorkflow);
    });

}  // namespace medusa::server::workflows::products
