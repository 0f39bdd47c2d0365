// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

/// URL handles as Medusa derives them from titles and names.
namespace medusa::product {

/// Medusa's toHandle (products, categories): lower-case, accents stripped (NFD marks dropped),
/// whitespace and `_` to `-`, anything but [a-z0-9-] removed, runs of `-` collapsed.
/// "Nouvelles années" -> "nouvelles-annees", "25% OFF" -> "25-off".
std::string toHandle(std::string_view text);

/// Medusa's kebabCase (collections): `aB` -> `a-b`, whitespace and `_` runs -> `-`, lower-case;
/// other characters are kept.
std::string kebabCase(std::string_view text);

/// Medusa's isValidHandle: ^[a-z0-9]+(-[a-z0-9]+)*$.
bool isValidHandle(std::string_view handle);

}  // namespace medusa::product
