// SPDX-License-Identifier: MIT
// Reproduces the field handling of Medusa v2.10.3 prepareListQuery
// (packages/core/framework/src/http/utils/get-query-config.ts), quirks included: the prefix
// test of the allow-list is a plain string prefix ("titles" passes "title"), and
// "*variants.*" loses only its first star marker.
#include "http/query/field_selection.h"

#include <algorithm>

#include "http/query/js_text.h"

namespace medusa::http {
namespace {

bool contains(std::span<const std::string_view> list, std::string_view value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// Set.prototype.add: a value already present keeps its place.
void addUnique(std::vector<std::string_view>& set, std::string_view value) {
  if (!contains(set, value)) set.push_back(value);
}

bool isStar(std::string_view field) {
  return field.starts_with('*') || field.ends_with(".*");
}

bool keepsDefaults(std::string_view token) {
  return token.starts_with('-') || token.starts_with('+') || token.starts_with(' ') ||
         isStar(token);
}

// `field.replace(/^-/, "")` and friends: drop one leading `c` if present.
std::string_view dropPrefix(std::string_view field, std::string_view chars) {
  return !field.empty() && chars.find(field.front()) != std::string_view::npos ? field.substr(1)
                                                                               : field;
}

void removeWithChildren(std::vector<std::string_view>& fields, std::string_view name) {
  std::erase_if(fields, [name](std::string_view field) {
    const std::string_view bare = dropPrefix(field, "*");
    return bare == name ||
           (bare.size() > name.size() && bare.starts_with(name) && bare[name.size()] == '.');
  });
}

}  // namespace

FieldSelection resolveFields(std::optional<std::string_view> requested,
                             std::span<const std::string_view> defaults) {
  std::vector<std::string_view> all;
  all.reserve(defaults.size() + 4);
  for (std::string_view field : defaults) addUnique(all, field);

  if (requested) {
    std::vector<std::string_view> tokens;
    for (std::size_t start = 0; start <= requested->size();) {
      const std::size_t end = std::min(requested->find(',', start), requested->size());
      if (end > start) tokens.push_back(requested->substr(start, end - start));  // filter(Boolean)
      start = end + 1;
    }
    if (tokens.empty() || !std::all_of(tokens.begin(), tokens.end(), keepsDefaults)) {
      all.clear();
      for (std::string_view token : tokens) addUnique(all, dropPrefix(token, "+ -"));
    } else {
      for (std::string_view token : tokens) {
        if (token.starts_with('+') || token.starts_with(' ')) {
          addUnique(all, dropPrefix(detail::jsTrim(token), "+"));
        } else if (token.starts_with('-')) {
          removeWithChildren(all, token.substr(1));
        } else {
          addUnique(all, token);
        }
      }
    }
    addUnique(all, "id");
  }

  FieldSelection selection;
  selection.fields.reserve(all.size());
  for (std::string_view field : all) {
    if (!isStar(field)) {
      selection.fields.push_back(field);
    } else {
      // `replace(/(^\*|\.\*$)/, "")` without the g flag: the leading star wins.
      addUnique(selection.starFields,
                field.starts_with('*') ? field.substr(1) : field.substr(0, field.size() - 2));
    }
  }
  return selection;
}

std::vector<std::string_view> disallowedFields(const FieldSelection& selection,
                                               std::span<const std::string_view> allowed,
                                               std::span<const std::string_view> restricted) {
  std::vector<std::string_view> refused;
  auto check = [&](std::string_view field) {
    if (!allowed.empty()) {
      if (contains(allowed, field)) return;
      const bool isStarRelation = contains(selection.starFields, field);
      if (isStarRelation ||
          std::none_of(allowed.begin(), allowed.end(),
                       [field](std::string_view a) { return field.starts_with(a); })) {
        refused.push_back(field);
      }
      return;
    }
    for (std::size_t start = 0; start <= field.size();) {
      const std::size_t end = std::min(field.find('.', start), field.size());
      if (contains(restricted, field.substr(start, end - start))) {
        refused.push_back(field);
        return;
      }
      start = end + 1;
    }
  };
  if (allowed.empty() && restricted.empty()) return refused;
  for (std::string_view field : selection.fields) check(field);
  for (std::string_view field : selection.starFields) check(field);
  return refused;
}

}  // namespace medusa::http
