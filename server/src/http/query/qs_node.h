// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// Internal to the qs parser: a JavaScript value as qs builds it while parsing. It stays
/// JS-shaped until the end because qs's merge rules depend on array holes (`a[1]=x&a[]=y` fills
/// index 0) and on JS property order (array-index keys first), which Boost.JSON cannot express.
namespace medusa::http::detail {

struct QsEntry;

/// The largest JS array index; a bigger bracket index becomes a named property of the array.
inline constexpr std::uint64_t kMaxArrayIndex = 4'294'967'294;

struct QsNode {
  enum class Kind : std::uint8_t { String, True, Array, Object };

  static QsNode string(std::string text);
  static QsNode trueValue();
  static QsNode array();
  static QsNode object();

  bool isObjectLike() const noexcept { return kind == Kind::Array || kind == Kind::Object; }

  // Object: a property, or nullptr. Array: an element, or nullptr for a hole.
  QsNode* property(std::string_view key);
  QsNode* element(std::uint64_t index);

  // Object: `obj[key] = value`, keeping JS order (array-index keys first, ascending).
  void setProperty(std::string key, QsNode value);
  // Array: `arr[index] = value` (index <= kMaxArrayIndex) and `arr.push(value)`.
  void setElement(std::uint64_t index, QsNode value);
  void push(QsNode value);
  // Array: a named (non-index) property such as "4294967295"; JS keeps it but never lists it.
  void setExtra(std::string key, QsNode value);

  Kind kind = Kind::Object;
  std::string text;              // String
  std::uint64_t length = 0;      // Array: the JS `length`
  std::vector<QsEntry> entries;  // Array: elements by index, then extras; Object: JS order
};

struct QsEntry {
  std::string key;          // Object property / array extra; empty for an array element
  std::uint64_t index = 0;  // Array element index
  QsNode value;
};

/// The index when `key` is the canonical decimal form of a JS array index ("0", "17"; not "01").
std::optional<std::uint32_t> arrayIndexKey(std::string_view key) noexcept;

/// Object.prototype's own property names; qs drops keys and values that would shadow them.
bool isObjectPrototypeName(std::string_view name) noexcept;

/// qs's utils.merge(target, source) with the options Medusa uses.
QsNode merge(QsNode target, QsNode source);

/// The final JSON, compacted like qs's utils.compact (holes and array extras dropped).
boost::json::value toJson(QsNode&& node);

}  // namespace medusa::http::detail
