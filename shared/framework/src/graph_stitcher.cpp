// SPDX-License-Identifier: MIT
// Stitching: related rows onto their parents, computed fields, aliases, hidden fields removed.
#include <algorithm>
#include <unordered_map>

#include "graph_resolver.h"
#include "medusa/core/error.h"

namespace medusa::framework::detail {

namespace bj = boost::json;

namespace {

using Col = pqxx::row::size_type;

std::string_view keyOf(const pqxx::result& result, std::size_t row, int column) {
  const auto field = result[static_cast<pqxx::result::size_type>(row)][static_cast<Col>(column)];
  return field.is_null() ? std::string_view() : std::string_view(field.c_str(), field.size());
}

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

// Collects what `path[step..]` reaches from `object` (through objects and arrays).
void collect(const bj::object& object, const std::vector<std::string>& path, std::size_t step,
             bj::array& out) {
  const auto* value = object.if_contains(path[step]);
  if (!value || value->is_null()) return;
  const bool last = step + 1 == path.size();
  const auto visit = [&](const bj::value& v) {
    if (last) {
      if (!v.is_null()) out.push_back(v);
    } else if (v.is_object()) {
      collect(v.get_object(), path, step + 1, out);
    }
  };
  if (value->is_array()) {
    for (const auto& item : value->get_array()) visit(item);
  } else {
    visit(*value);
  }
}

}  // namespace

void GraphResolver::attach(const FieldNode::Child& child, int sourceColumn, Rows& parent,
                           Rows& related) const {
  const auto& relation = *child.relation;
  // Related rows by the key they match, in the statement's (stable) order.
  std::unordered_map<std::string_view, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < related.objects.size(); ++i) {
    const auto key = keyOf(related.result, i, related.groupKey);
    if (!key.data()) continue;
    groups[key].push_back(i);
  }
  // A related row may belong to several parents (two variants of one option value): it is
  // copied for all but its last use, and moved there.
  const auto parentCount = parent.objects.size();
  std::vector<const std::vector<std::size_t>*> matches(parentCount, nullptr);
  std::vector<int> uses(related.objects.size(), 0);
  for (std::size_t p = 0; p < parentCount; ++p) {
    const auto key = keyOf(parent.result, p, sourceColumn);
    if (!key.data()) continue;
    const auto it = groups.find(key);
    if (it == groups.end()) continue;
    matches[p] = &it->second;
    if (relation.many) {
      for (const auto i : it->second) ++uses[i];
    } else {
      ++uses[it->second.front()];
    }
  }
  const auto take = [&](std::size_t i) -> bj::value {
    if (--uses[i] == 0) return bj::value(std::move(related.objects[i]));
    return bj::value(related.objects[i]);
  };
  for (std::size_t p = 0; p < parentCount; ++p) {
    auto& object = parent.objects[p];
    const auto* match = matches[p];
    if (relation.many) {
      bj::array items;
      if (match) {
        items.reserve(match->size());
        for (const auto i : *match) items.push_back(take(i));
      }
      object.emplace(relation.name, std::move(items));
    } else {
      object.emplace(relation.name, match ? take(match->front()) : bj::value(nullptr));
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
    const ComputedBatch batch{entity,          field->name,
                              pointers,        contextAt(m_query.context, node.path, field->name),
                              m_query.context, m_tx};
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
  for (const auto& [alias, hidden] : node.aliases) {
    bool many = false;
    const EntityNode* at = node.entity;
    for (const auto& step : alias->path) {
      const auto* relation = at->relation(step);
      many = many || relation->many;
      at = &m_graph.entity(relation->target->name());
    }
    for (auto& object : rows.objects) {
      bj::array found;
      collect(object, alias->path, 0, found);
      if (many) {
        object.insert_or_assign(alias->name, std::move(found));
      } else {
        object.insert_or_assign(alias->name,
                                found.empty() ? bj::value(nullptr) : std::move(found.front()));
      }
    }
  }
}

void GraphResolver::strip(const FieldNode& node, bj::object& row) const {
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
  if (!drop.empty()) {
    // Rebuilt rather than erased: erasing from a json::object moves its last entry into the
    // hole and would scramble the field order.
    bj::object kept;
    kept.reserve(row.size());
    for (auto& entry : row) {
      if (std::find(drop.begin(), drop.end(), std::string_view(entry.key())) == drop.end()) {
        kept.emplace(entry.key(), std::move(entry.value()));
      }
    }
    row = std::move(kept);
  }
  const auto stripValue = [&](const FieldNode& at, bj::value* value) {
    if (!value) return;
    if (value->is_object()) strip(at, value->get_object());
    if (value->is_array()) {
      for (auto& item : value->get_array()) {
        if (item.is_object()) strip(at, item.get_object());
      }
    }
  };
  for (const auto& child : node.children) {
    if (!child.node->hidden) stripValue(*child.node, row.if_contains(child.relation->name));
  }
  for (const auto& [alias, hidden] : node.aliases) {
    if (hidden) continue;
    const FieldNode* at = &node;
    for (const auto& step : alias->path) {
      const auto it = std::find_if(at->children.begin(), at->children.end(),
                                   [&](const auto& c) { return c.relation->name == step; });
      at = it->node.get();
    }
    stripValue(*at, row.if_contains(alias->name));
  }
}

}  // namespace medusa::framework::detail
