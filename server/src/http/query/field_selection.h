// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace medusa::http {

/// The fields a request selects, as Medusa's prepareListQuery resolves them. Views point into
/// the route's default list and the request's `fields` string, which must outlive this.
struct FieldSelection {
  /// Plain and dotted fields ("title", "variants.sku"), in Medusa's Set order.
  std::vector<std::string_view> fields;
  /// Relations asked for with all their scalars: "*variants" and "variants.*" give "variants".
  std::vector<std::string_view> starFields;
};

/// Applies a `fields` parameter to a route's defaults (get-query-config.ts, Medusa v2.10.3):
/// - when every comma-separated token starts with `+`, ` ` (a `+` the URL turned into a space),
///   `-` or `*`, or ends with `.*`, the defaults are kept: `+x`/` x` adds x, `-x` removes x,
///   `*x`, `x.*` and everything under `x.`, and star tokens add a star relation;
/// - otherwise (any bare name, or no token at all) only the listed fields are used, each with
///   one leading `+`, ` ` or `-` dropped;
/// - `id` is always added when `fields` is given.
/// Without `fields`, the defaults as they are.
FieldSelection resolveFields(std::optional<std::string_view> requested,
                             std::span<const std::string_view> defaults);

/// The requested names Medusa refuses, in its order (fields, then star relations, duplicates
/// kept). With an allow-list: anything not in it, except plain fields that merely start with
/// an allowed entry; a star relation must be listed exactly. Without one, any field with a
/// dot-separated segment in `restricted` (e.g. kStoreRestrictedFields).
std::vector<std::string_view> disallowedFields(const FieldSelection& selection,
                                               std::span<const std::string_view> allowed,
                                               std::span<const std::string_view> restricted);

}  // namespace medusa::http
