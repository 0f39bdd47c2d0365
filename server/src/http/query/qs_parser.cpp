// SPDX-License-Identifier: MIT
// qs.parse as Medusa calls it (qs 6.12.1 lib/parse.js with arrayLimit: Infinity and the other
// options at their defaults). The phases follow qs so that its edge cases fall out the same way:
// 1. split on '&' and decode each key and value, joining repeated keys into arrays;
// 2. split each decoded key into bracket segments and build a small object from it;
// 3. merge those objects in JS key order, then drop array holes.
#include "http/query/qs_parser.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "http/query/js_text.h"
#include "http/query/qs_node.h"

namespace medusa::http {
namespace {

using detail::QsNode;

struct Param {
  std::string key;
  QsNode value;  // a string, or an array of strings for a repeated key
};

// Where `key` already is in `params`. A linear scan beats hashing for the few parameters of a
// normal request; past kIndexThreshold a hash index keeps 1000 distinct keys linear overall.
class ParamIndex {
 public:
  std::optional<std::size_t> find(const std::vector<Param>& params, const std::string& key) {
    if (params.size() <= kIndexThreshold) {
      for (std::size_t i = 0; i < params.size(); ++i) {
        if (params[i].key == key) return i;
      }
      return std::nullopt;
    }
    for (; m_indexed < params.size(); ++m_indexed)
      m_positions.emplace(params[m_indexed].key, m_indexed);
    auto it = m_positions.find(key);
    return it == m_positions.end() ? std::nullopt : std::optional(it->second);
  }

 private:
  static constexpr std::size_t kIndexThreshold = 16;
  std::unordered_map<std::string, std::size_t> m_positions;
  std::size_t m_indexed = 0;
};

// Phase 1, qs's parseValues. Keeps first-seen order; repeated keys combine into arrays.
std::vector<Param> splitParams(std::string_view raw) {
  std::vector<Param> params;
  params.reserve(
      std::min<std::size_t>(kQsParameterLimit, 1 + std::count(raw.begin(), raw.end(), '&')));
  ParamIndex index;
  std::size_t count = 0;
  std::size_t start = 0;
  while (count < kQsParameterLimit && start <= raw.size()) {
    const std::size_t end = std::min(raw.find('&', start), raw.size());
    const std::string_view part = raw.substr(start, end - start);
    start = end + 1;
    ++count;
    // qs splits at "]=" when present so that `a[=]=1`-like keys keep their '='. It searches
    // the raw part, value included (`a=b]=c` has the key "a=b]").
    const std::size_t bracketEquals = part.find("]=");
    const std::size_t equals =
        bracketEquals == std::string_view::npos ? part.find('=') : bracketEquals + 1;
    std::string key = detail::qsDecode(part.substr(0, equals));
    QsNode value = QsNode::string(equals == std::string_view::npos
                                      ? std::string()
                                      : detail::qsDecode(part.substr(equals + 1)));
    const auto position = index.find(params, key);
    if (!position) {
      params.push_back({std::move(key), std::move(value)});
      continue;
    }
    QsNode& existing = params[*position].value;
    if (existing.kind == QsNode::Kind::String) {  // utils.combine: [].concat(a, b)
      QsNode combined = QsNode::array();
      combined.push(std::move(existing));
      existing = std::move(combined);
    }
    existing.push(std::move(value));
  }
  return params;
}

// Object.keys(tempObj): array-index keys ("0", "7") come first in numeric order.
std::vector<std::size_t> jsKeyOrder(const std::vector<Param>& params) {
  std::vector<std::size_t> order(params.size());
  std::vector<std::pair<std::uint32_t, std::size_t>> indexKeys;
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (auto index = detail::arrayIndexKey(params[i].key)) indexKeys.emplace_back(*index, i);
  }
  std::sort(indexKeys.begin(), indexKeys.end());
  std::size_t next = 0;
  for (const auto& entry : indexKeys) order[next++] = entry.second;
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (!detail::arrayIndexKey(params[i].key)) order[next++] = i;
  }
  return order;
}

struct Group {
  std::size_t open;
  std::size_t close;
};

// The next match of /\[[^[\]]*]/ at or after `from`: a '[' whose next bracket is a ']'.
std::optional<Group> nextGroup(std::string_view key, std::size_t from) {
  std::size_t open = std::string_view::npos;
  for (std::size_t i = from; i < key.size(); ++i) {
    if (key[i] == '[') {
      open = i;
    } else if (key[i] == ']' && open != std::string_view::npos) {
      return Group{open, i};
    }
  }
  return std::nullopt;
}

// Phase 2a, qs's parseKeys: "a[b][0]" -> {"a", "[b]", "[0]"}. Text between or after groups is
// ignored (`a[b]c` == `a[b]`); from the sixth group on, the rest of the key is one segment.
struct KeyPath {
  // The parent, kQsDepth groups and a remainder at most: no allocation per parameter.
  std::array<std::string_view, kQsDepth + 2> segments;
  std::size_t size = 0;
  bool endsWithRemainder = false;  // the last segment is the unsplit rest of an over-deep key
  bool plain = false;              // no bracket group: the key is its own single segment

  void push(std::string_view segment) { segments[size++] = segment; }
};

// nullopt drops the parameter (empty key, or a segment naming an Object.prototype property).
std::optional<KeyPath> splitKey(std::string_view key) {
  if (key.empty()) return std::nullopt;
  KeyPath path;
  std::optional<Group> group = nextGroup(key, 0);
  path.plain = !group;
  const std::string_view parent = group ? key.substr(0, group->open) : key;
  if (!parent.empty()) {
    if (detail::isObjectPrototypeName(parent)) return std::nullopt;
    path.push(parent);
  }
  for (std::size_t depth = 0; group; group = nextGroup(key, group->close + 1)) {
    if (depth == kQsDepth) {
      path.push(key.substr(group->open));
      path.endsWithRemainder = true;
      break;
    }
    ++depth;
    const std::string_view content = key.substr(group->open + 1, group->close - group->open - 1);
    if (detail::isObjectPrototypeName(content)) return std::nullopt;
    path.push(key.substr(group->open, group->close - group->open + 1));
  }
  return path;
}

// Phase 2b, qs's parseObject: builds the object for one key from the innermost segment out.
QsNode buildFromPath(const KeyPath& path, QsNode leaf) {
  for (std::size_t i = path.size; i-- > 0;) {
    const std::string_view root = path.segments[i];
    // qs wraps the remainder in one more pair of brackets and strips them again right away,
    // so it always names a property ("[g][h]", even "[]"). Only a bracketed segment can be an
    // array index.
    const bool remainder = path.endsWithRemainder && i + 1 == path.size;
    if (root == "[]" && !remainder) {  // [].concat(leaf)
      if (leaf.kind == QsNode::Kind::Array) {
        std::erase_if(leaf.entries, [](const detail::QsEntry& e) { return !e.key.empty(); });
        continue;
      }
      QsNode array = QsNode::array();
      array.push(std::move(leaf));
      leaf = std::move(array);
      continue;
    }
    const bool bracketed =
        !remainder && root.size() >= 2 && root.front() == '[' && root.back() == ']';
    const std::string_view name = bracketed ? root.substr(1, root.size() - 2) : root;
    const auto index = bracketed ? detail::jsIntegerKey(name) : std::nullopt;
    QsNode node = index ? QsNode::array() : QsNode::object();
    if (index && *index <= detail::kMaxArrayIndex) {
      node.setElement(*index, std::move(leaf));
    } else if (index) {  // `[][4294967295] = v`: a named property on an empty array
      node.setExtra(std::string(name), std::move(leaf));
    } else if (name != "__proto__") {
      node.setProperty(std::string(name), std::move(leaf));
    }
    leaf = std::move(node);
  }
  return leaf;
}

}  // namespace

boost::json::object parseQueryString(std::string_view raw) {
  if (raw.empty()) return {};
  std::vector<Param> params = splitParams(raw);
  QsNode result = QsNode::object();
  result.entries.reserve(params.size());  // mostly one top-level key per parameter
  for (std::size_t position : jsKeyOrder(params)) {
    Param& param = params[position];
    auto path = splitKey(param.key);
    if (!path) continue;
    if (path->plain && !result.property(param.key)) {
      // A plain key seen first (`limit=10`): merging {key: value} into the result only adds it.
      result.setProperty(std::move(param.key), std::move(param.value));
      continue;
    }
    result = detail::merge(std::move(result), buildFromPath(*path, std::move(param.value)));
  }
  return std::move(detail::toJson(std::move(result)).as_object());
}

}  // namespace medusa::http
