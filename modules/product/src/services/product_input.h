// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "services/option_catalog.h"

/// Product inputs as Medusa's module normalises them before writing.
namespace medusa::product::detail {

/// `Invalid product handle 'x'. It must contain URL safe characters` unless valid.
void requireValidHandle(const bj::object& input);

/// The scalar part of a product input: relation and workflow-only keys dropped, `tag_ids` /
/// `category_ids` turned into `tags` / `categories`, a gift card not discountable.
bj::object productScalars(const bj::object& input);

/// Image inputs ({url} or "url") as rows ranked by position.
bj::array prepareImageRows(const bj::value* images);

/// A create input as one nested row for Repository::create: handle from the title, options
/// and variants with ids (variant options resolved and checked), images ranked, thumbnail
/// from the first image.
bj::object prepareProductRow(const bj::object& input);

/// `Product options are not provided for: [A, B].` for products given variants but no
/// options (Medusa's createProductsWorkflow check).
void requireOptionsForVariants(const bj::array& products);

}  // namespace medusa::product::detail
