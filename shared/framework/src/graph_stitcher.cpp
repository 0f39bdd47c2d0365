// SPDX-License-Identifier: MIT
// Stitching: related rows onto their parents, computed fields, aliases, hidden fields removed.
#include <limits>
#include <unordered_map>
#include <utility>

#include "graph_resolver.h"
#include "medusa/core/error.h"

namespace medusa::framework::detail {

namespace bj = boost::json;

namespace {

// The object at context[seg1][seg2]...; empty when a step is missing.
const bj::object& contextAt(const bj::object& context, std::string_view path,
                            std::string_view field) {
  static const bj::object kEmpty;
  const bj::object* at = &context;
  auto step = [&](std::string_view key) {
    const auto* next = at ? at->if_contains(key) : nullptr;
    at = next && next->is_object() ? &next->get_object() : nullptr;
  };
  while (!path.empty()) {
    const auto dot = path.find('.');
    step(path.substr(0, dot));
    path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
  }
  step(field);
  return at ? *at : kEmpty;
}

// Collects what `path[step..]` reaches from `object` (through objects and arrays): moved out
// when `take` (nothing else reads them), else copied.
void collect(bj::object& object, const std::vector<std::string>& path, std::size_t step, bool take,
             bj::array& out) {
  auto* value = object.if_contains(path[step]);
  if (!value || value->is_null()) return;
  const bool last = step + 1 == path.size();
  const auto visit = [&](bj::value& v) {
    if (!last) {
      if (v.is_object()) collect(v.get_object(), path, step + 1, take, out);
      return;
    }
    if (v.is_null()) return;
    if (take) {
      out.push_back(std::move(v));
    } else {
      out.push_back(v);
    }
  };
  if (value->is_array()) {
    for (auto& item : value->get_array()) visit(item);
  } else {
    visit(*value);
  }
}

}  // namespace

void GraphResolver::attach(const FieldNode::Child& child, int sourceColumn, Rows& parent,
                           Rows& related) const {
  const auto& relation = *child.relation;
  // Related rows by the key they match, in the statement's (stable) order: each key's first
  // row, and from each row the next one with the same key.
  constexpr auto kNone = std::numeric_limits<std::size_t>::max();
  std::unordered_map<std::string_view, std::pair<std::size_t, std::size_t>> chains;  // first, last
  chains.reserve(related.objects.size());
  std::vector<std::size_t> next(related.objects.size(), kNone);
  for (std::size_t i = 0; i < related.objects.size(); ++i) {
    const auto key = related.cell(i, related.groupKey);
    if (!key.data()) continue;
    const auto [chain, added] = chains.try_emplace(key, i, i);
    if (!added) next[std::exchange(chain->second.second, i)] = i;
  }
  // A related row may belong to several parents (two variants of one option value): it is
  // copied for all but its last use, and moved there.
  const auto parentCount = parent.objects.size();
  std::vector<std::size_t> firsts(parentCount, kNone);
  std::vector<int> uses(related.objects.size(), 0);
  for (std::size_t p = 0; p < parentCount; ++p) {
    const auto key = parent.cell(p, sourceColumn);
    if (!key.data()) continue;
    const auto it = chains.find(key);
    if (it == chains.end()) continue;
    firsts[p] = it->second.first;
    for (auto i = firsts[p]; i != kNone; i = relation.many ? next[i] : kNone) ++uses[i];
  }
  const auto take = [&](std::size_t i) -> bj::value {
    if (--uses[i] == 0) return bj::value(std::move(related.objects[i]));
    return bj::value(related.objects[i], m_storage);
  };
  for (std::size_t p = 0; p < parentCount; ++p) {
    auto& object = parent.objects[p];
    if (relation.many) {
      bj::array items(m_storage);
      std::size_t size = 0;
      for (auto i = firsts[p]; i != kNone; i = next[i]) ++size;
      items.reserve(size);
      for (auto i = firsts[p]; i != kNone; i = next[i]) items.push_back(take(i));
      object.emplace(relation.name, std::move(items));
    } else {
      object.emplace(relation.name, firsts[p] != kNone ? take(firsts[p]) : bj::value(nullptr));
    }
  }
}

void GraphResolver::computeFields(const FieldNode& node, Rows& rows) {
  if (node.computed.empty() || rows.objects.empty()) return;
  std::vector<bj::object*> pointers;
  pointers.reserve(rows.objects.size());
  for (auto& object : rows.objects) pointers.push_back(&object);
  const auto& entity = node.entity->schema().name();
  for (const auto* field : node.computed) {
    // One call per level, with every parent row of the level.
    const ComputedBatch batch{.entity = entity,
                              .field = field->name,
                              .rows = pointers,
                              .args = contextAt(m_query.context, node.path, field->name),
                              .context = m_query.context,
                              .tx = m_tx,
                              .storage = m_storage};
    auto values = field->resolver(batch);
    if (values.size() != pointers.size()) {
      throw Error(ErrorType::UnexpectedState, "Computed field " + entity + "." + field->name +
                                                  " returned " + std::to_string(values.size()) +
                                                  " values for " + std::to_string(pointers.size()) +
                                                  " rows");
    }
    for (std::size_t i = 0; i < pointers.size(); ++i) {
      pointers[i]->insert_or_assign(field->name, std::move(values[i]));
    }
  }
}

void GraphResolver::flattenAliases(const FieldNode& node, Rows& rows) const {
  for (const auto& use : node.aliases) {
    const auto& alias = *use.alias;
    bool many = false;
    const EntityNode* at = node.entity;
    for (const auto& step : alias.path) {
      const auto* relation = at->relation(step);
      many = many || relation->many;
      at = &m_graph.entity(relation->target->name());
    }
    // A hidden target that only this alias reads is dropped by strip(): its rows can move.
    const bool take = use.target->hidden && use.target->readers == 1;
    for (auto& object : rows.objects) {
      bj::array found(m_storage);
      collect(object, alias.path, 0, take, found);
      if (many) {
        object.insert_or_assign(alias.name, std::move(found));
      } else {
        object.insert_or_assign(alias.name,
                                found.empty() ? bj::value(nullptr) : std::move(found.front()));
      }
    }
  }
}

void GraphResolver::strip(const FieldNode& node, const std::vector<bj::object*>& rows) const {
  if (rows.empty()) return;
  const auto& columns = node.entity->schema().columns();
  std::vector<std::string_view> drop;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (node.keep[c] && !node.emit[c]) drop.push_back(columns[c].name);
  }
  for (const auto& child : node.children) {
    if (child.node->hidden) drop.push_back(child.relation->name);
  }
  for (const auto& use : node.aliases) {
    if (use.hidden) drop.push_back(use.alias->name);
  }
  // stable_erase keeps the field order (erase would move the last entry into the hole).
  for (auto* row : rows) {
    for (const auto key : drop) row->stable_erase(key);
  }
  // Then the rows below, one level (node) at a time.
  const auto descend = [&](const FieldNode& at, std::string_view key) {
    std::vector<bj::object*> below;
    for (auto* row : rows) {
      auto* value = row->if_contains(key);
      if (!value) continue;
      if (value->is_object()) below.push_back(&value->get_object());
      if (value->is_array()) {
        for (auto& item : value->get_array()) {
          if (item.is_object()) below.push_back(&item.get_object());
        }
      }
    }
    strip(at, below);
  };
  for (const auto& child : node.children) {
    if (!child.node->hidden) descend(*child.node, child.relation->name);
  }
  for (const auto& use : node.aliases) {
    if (!use.hidden) descend(*use.target, use.alias->name);
  }
}

}  // namespace medusa::framework::detail
