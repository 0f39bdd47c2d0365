// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>

namespace medusa::http {

/// Medusa's normalizeQuery (framework/src/http/utils/validate-query.ts), run on the qs result
/// before any validation:
/// - a one-element array holding a string is split on commas: `fields[]=a,b` -> ["a","b"]
///   (a plain `id=a,b` stays the one string "a,b");
/// - a top-level key with one dot nests one level: `variants.sku=X` -> {variants: {sku: "X"}},
///   merged into what is already there; with two or more dots it throws
///   Error{InvalidArgument, "Key accessor more than 2 levels deep: a.b.c"} - Medusa's own type,
///   which its error handler answers with a 500, not a 400.
/// Key order follows JavaScript's (array-index keys first), as the qs parser's output does.
boost::json::object normalizeQuery(boost::json::object query);

}  // namespace medusa::http
