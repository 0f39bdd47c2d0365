// SPDX-License-Identifier: MIT
#include "http/query/query_normalizer.h"

#include <boost/json/array.hpp>
#include <boost/json/string.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "http/query/qs_node.h"
#include "medusa/core/error.h"

namespace medusa::http {
namespace {

// `obj[key] = value` with JS property order: an existing key keeps its place, a new array-index
// key ("3") goes before the named keys. Rebuilding is rare: qs output rarely has numeric keys.
void setProperty(boost::json::object& object, std::string_view key, boost::json::value value) {
  if (auto* existing = object.if_contains(key)) {
    *existing = std::move(value);
    return;
  }
  const auto index = detail::arrayIndexKey(key);
  if (!index) {
    object.emplace(key, std::move(value));
    return;
  }
  boost::json::object rebuilt(object.storage());
  rebuilt.reserve(object.size() + 1);
  bool placed = false;
  for (auto& entry : object) {
    const auto other = detail::arrayIndexKey(entry.key());
    if (!placed && (!other || *other > *index)) {
      rebuilt.emplace(key, std::move(value));
      placed = true;
    }
    rebuilt.emplace(entry.key(), std::move(entry.value()));
  }
  if (!placed) rebuilt.emplace(key, std::move(value));
  object = std::move(rebuilt);
}

// `{...value}`: objects copy, strings and arrays spread into "0", "1", ... properties.
boost::json::object spread(boost::json::value& value) {
  if (auto* object = value.if_object()) return std::move(*object);
  boost::json::object out;
  std::size_t next = 0;
  if (auto* array = value.if_array()) {
    for (auto& item : *array) out.emplace(std::to_string(next++), std::move(item));
  } else if (auto* text = value.if_string()) {
    // JS spreads UTF-16 code units; whole UTF-8 characters differ only for astral ones.
    for (std::size_t i = 0; i < text->size();) {
      std::size_t width = 1;
      while (i + width < text->size() &&
             (static_cast<unsigned char>((*text)[i + width]) & 0xC0) == 0x80) {
        ++width;
      }
      out.emplace(std::to_string(next++), boost::json::string(text->subview(i, width)));
      i += width;
    }
  }
  return out;
}

bool isFalsy(const boost::json::value* value) {
  return value == nullptr || (value->is_string() && value->get_string().empty()) ||
         (value->is_bool() && !value->get_bool()) || value->is_null();
}

boost::json::value normalizeValue(boost::json::value value) {
  auto* array = value.if_array();
  if (array == nullptr || array->size() != 1 || !(*array)[0].is_string()) return value;
  const boost::json::string_view text = (*array)[0].get_string();
  boost::json::array parts(value.storage());
  std::size_t start = 0;
  for (std::size_t comma = text.find(','); comma != boost::json::string_view::npos;
       start = comma + 1, comma = text.find(',', start)) {
    parts.emplace_back(text.substr(start, comma - start));
  }
  parts.emplace_back(text.substr(start));
  return parts;
}

}  // namespace

boost::json::object normalizeQuery(boost::json::object query) {
  boost::json::object result(query.storage());
  result.reserve(query.size());
  for (auto& entry : query) {
    const std::string_view key = entry.key();
    boost::json::value value = normalizeValue(std::move(entry.value()));
    const std::size_t dot = key.find('.');
    if (dot == std::string_view::npos) {
      // `acc.__proto__ = v` would set the prototype, never an own key.
      if (key != "__proto__") setProperty(result, key, std::move(value));
      continue;
    }
    if (key.find('.', dot + 1) != std::string_view::npos) {
      throw Error(ErrorType::InvalidArgument,
                  "Key accessor more than 2 levels deep: " + std::string(key));
    }
    const std::string_view parent = key.substr(0, dot);
    if (parent == "__proto__") continue;
    boost::json::value* existing = result.if_contains(parent);
    boost::json::object nested = isFalsy(existing) ? boost::json::object() : spread(*existing);
    setProperty(nested, key.substr(dot + 1), std::move(value));
    setProperty(result, parent, std::move(nested));
  }
  return result;
}

}  // namespace medusa::http
