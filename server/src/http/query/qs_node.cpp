// SPDX-License-Identifier: MIT
// The JS value model behind the qs parser and qs's merge rules (qs 6.12.1 lib/utils.js, the
// version Medusa v2.10.3's lockfile resolves). Behaviour, not code, is reproduced here.
#include "http/query/qs_node.h"

#include <algorithm>
#include <array>
#include <boost/json/array.hpp>
#include <stdexcept>
#include <utility>

namespace medusa::http::detail {
namespace {

// JS arrays cannot grow past 2^32 - 1 elements; qs then fails with a RangeError, which Medusa
// answers as a 500 - so do we (a plain exception, mapped to unknown_error by the middleware).
constexpr std::uint64_t kMaxArrayLength = kMaxArrayIndex + 1;

void checkLength(std::uint64_t length) {
  if (length > kMaxArrayLength) throw std::length_error("Invalid array length");
}

bool isElement(const QsEntry& entry) noexcept {
  return entry.key.empty();
}

// First entry that is not an element below `index` (elements are sorted and precede extras).
std::vector<QsEntry>::iterator elementSlot(std::vector<QsEntry>& entries, std::uint64_t index) {
  return std::partition_point(entries.begin(), entries.end(), [index](const QsEntry& e) {
    return isElement(e) && e.index < index;
  });
}

// `utils.arrayToObject`: elements become "0", "1", ... properties; holes and extras are lost.
QsNode arrayToObject(QsNode array) {
  QsNode object = QsNode::object();
  for (auto& entry : array.entries) {
    if (isElement(entry))
      object.entries.push_back({std::to_string(entry.index), 0, std::move(entry.value)});
  }
  return object;
}

// `[target].concat(source)`: holes of an array source shift by one, its extras are not copied.
QsNode prepend(QsNode target, QsNode source) {
  QsNode result = QsNode::array();
  result.push(std::move(target));
  if (source.kind != QsNode::Kind::Array) {
    result.push(std::move(source));
    return result;
  }
  checkLength(source.length + 1);
  for (auto& entry : source.entries) {
    if (isElement(entry)) result.entries.push_back({{}, entry.index + 1, std::move(entry.value)});
  }
  result.length = source.length + 1;
  return result;
}

// Both arrays: `source.forEach((item, i) => ...)` - objects at the same index merge, anything
// else is appended; a free index is taken as is.
QsNode mergeArrays(QsNode target, QsNode source) {
  for (auto& entry : source.entries) {
    if (!isElement(entry)) continue;  // forEach only visits indices
    QsNode* existing = target.element(entry.index);
    if (existing == nullptr) {
      target.setElement(entry.index, std::move(entry.value));
    } else if (existing->isObjectLike() && entry.value.isObjectLike()) {
      *existing = merge(std::move(*existing), std::move(entry.value));
    } else {
      target.push(std::move(entry.value));
    }
  }
  return target;
}

}  // namespace

QsNode QsNode::string(std::string text) {
  QsNode node;
  node.kind = Kind::String;
  node.text = std::move(text);
  return node;
}

QsNode QsNode::trueValue() {
  QsNode node;
  node.kind = Kind::True;
  return node;
}

QsNode QsNode::array() {
  QsNode node;
  node.kind = Kind::Array;
  return node;
}

QsNode QsNode::object() {
  return QsNode{};
}

QsNode* QsNode::property(std::string_view key) {
  for (auto& entry : entries) {
    if (entry.key == key) return &entry.value;
  }
  return nullptr;
}

QsNode* QsNode::element(std::uint64_t index) {
  auto it = elementSlot(entries, index);
  return it != entries.end() && isElement(*it) && it->index == index ? &it->value : nullptr;
}

void QsNode::setProperty(std::string key, QsNode value) {
  if (QsNode* existing = property(key)) {
    *existing = std::move(value);
    return;
  }
  // JS lists array-index keys first, in numeric order, then the others in insertion order.
  auto position = entries.end();
  if (auto index = arrayIndexKey(key)) {
    position = std::find_if(entries.begin(), entries.end(), [&](const QsEntry& e) {
      auto other = arrayIndexKey(e.key);
      return !other || *other > *index;
    });
  }
  entries.insert(position, QsEntry{std::move(key), 0, std::move(value)});
}

void QsNode::setElement(std::uint64_t index, QsNode value) {
  auto it = elementSlot(entries, index);
  if (it != entries.end() && isElement(*it) && it->index == index) {
    it->value = std::move(value);
  } else {
    entries.insert(it, QsEntry{{}, index, std::move(value)});
  }
  length = std::max(length, index + 1);
}

void QsNode::push(QsNode value) {
  checkLength(length + 1);
  setElement(length, std::move(value));
}

void QsNode::setExtra(std::string key, QsNode value) {
  entries.push_back({std::move(key), 0, std::move(value)});
}

std::optional<std::uint32_t> arrayIndexKey(std::string_view key) noexcept {
  if (key.empty() || key.size() > 10 || (key.size() > 1 && key.front() == '0')) return std::nullopt;
  std::uint64_t value = 0;
  for (char c : key) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (value > kMaxArrayIndex) return std::nullopt;
  return static_cast<std::uint32_t>(value);
}

bool isObjectPrototypeName(std::string_view name) noexcept {
  // Object.getOwnPropertyNames(Object.prototype) in Node 20.
  static constexpr std::array<std::string_view, 12> kNames{
      "constructor",      "__defineGetter__", "__defineSetter__", "hasOwnProperty",
      "__lookupGetter__", "__lookupSetter__", "isPrototypeOf",    "propertyIsEnumerable",
      "toString",         "valueOf",          "__proto__",        "toLocaleString"};
  return std::find(kNames.begin(), kNames.end(), name) != kNames.end();
}

QsNode merge(QsNode target, QsNode source) {
  if (source.kind == QsNode::Kind::String && source.text.empty()) return target;  // `!source`
  if (!source.isObjectLike()) {
    if (target.kind == QsNode::Kind::Array) {
      target.push(std::move(source));
    } else if (target.kind == QsNode::Kind::Object) {
      // `target[source] = true`: `a[b]=1&a=c` gives {a: {b: "1", c: true}}.
      std::string key = source.kind == QsNode::Kind::True ? "true" : std::move(source.text);
      if (!isObjectPrototypeName(key)) target.setProperty(std::move(key), QsNode::trueValue());
    } else {
      QsNode pair = QsNode::array();
      pair.push(std::move(target));
      pair.push(std::move(source));
      return pair;
    }
    return target;
  }
  if (!target.isObjectLike()) return prepend(std::move(target), std::move(source));
  if (target.kind == QsNode::Kind::Array && source.kind == QsNode::Kind::Array) {
    return mergeArrays(std::move(target), std::move(source));
  }
  QsNode accumulator =
      target.kind == QsNode::Kind::Array ? arrayToObject(std::move(target)) : std::move(target);
  // Object.keys(source): for an array that is its indices, then its named extras.
  for (auto& entry : source.entries) {
    std::string key = isElement(entry) && source.kind == QsNode::Kind::Array
                          ? std::to_string(entry.index)
                          : std::move(entry.key);
    if (QsNode* existing = accumulator.property(key)) {
      *existing = merge(std::move(*existing), std::move(entry.value));
    } else {
      accumulator.setProperty(std::move(key), std::move(entry.value));
    }
  }
  return accumulator;
}

boost::json::value toJson(QsNode&& node) {
  switch (node.kind) {
    case QsNode::Kind::String:
      return boost::json::string(node.text);
    case QsNode::Kind::True:
      return true;
    case QsNode::Kind::Array: {
      boost::json::array out;
      out.reserve(node.entries.size());
      for (auto& entry : node.entries) {
        if (isElement(entry)) out.push_back(toJson(std::move(entry.value)));
      }
      return out;
    }
    case QsNode::Kind::Object:
      break;
  }
  boost::json::object out;
  out.reserve(node.entries.size());
  for (auto& entry : node.entries) out.emplace(entry.key, toJson(std::move(entry.value)));
  return out;
}

}  // namespace medusa::http::detail
