// SPDX-License-Identifier: MIT
#include "field_tree.h"

#include <algorithm>
#include <optional>

#include "medusa/core/error.h"

namespace medusa::framework::detail {

namespace {

// Visible: the user selected it. Hidden: only needed to compute something else (an alias's
// path, a computed field's dependencies); removed from the output at the end.
enum class Mode { Visible, Hidden };

std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const auto dot = path.find('.', start);
    out.push_back(path.substr(start, dot == std::string_view::npos ? dot : dot - start));
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return out;
}

class Builder {
 public:
  Builder(const EntityGraph& graph, std::string_view scope, const AccessPolicy* access)
      : m_graph(graph), m_scope(scope), m_access(access) {}

  std::unique_ptr<FieldNode> makeNode(const EntityNode& entity, std::string path) const {
    auto node = std::make_unique<FieldNode>();
    const auto n = entity.schema().columns().size();
    node->entity = &entity;
    node->path = std::move(path);
    node->emit.assign(n, 0);
    node->raw.assign(n, 0);
    node->keep.assign(n, 0);
    return node;
  }

  /// `path`: the relations and aliases crossed so far, as the caller named them (checked
  /// against the access policy for visible fields).
  void add(FieldNode& node, const std::vector<std::string_view>& segs, std::size_t i, Mode mode,
           std::string_view path = {}) {
    if (i >= segs.size()) return;
    std::string_view seg = segs[i];
    const bool last = i + 1 == segs.size();
    if (seg == "*") return allScalars(node, mode);
    const bool star = seg.starts_with('*');  // "*variants" = "variants.*"
    if (star) seg.remove_prefix(1);
    const auto& schema = node.entity->schema();

    if (const int col = schema.columnIndex(seg); col >= 0) {
      (mode == Mode::Visible ? node.emit : node.keep)[static_cast<std::size_t>(col)] = 1;
      return;  // "metadata.foo" selects metadata
    }
    if (seg.starts_with("raw_")) {
      const int col = schema.columnIndex(seg.substr(4));
      if (col >= 0 && schema.columns()[static_cast<std::size_t>(col)].kind == ColumnKind::Money) {
        (mode == Mode::Visible ? node.raw : node.keep)[static_cast<std::size_t>(col)] = 1;
      }
      return;
    }
    if (const auto* relation = node.entity->relation(seg); relation && inScope(*relation)) {
      const auto crossed = cross(path, seg, mode);
      if (!crossed) return;
      auto& next = child(node, *relation, mode);
      ++next.readers;
      if (last || star) allScalars(next, mode);  // a bare relation means all its scalars
      return add(next, segs, i + 1, mode, *crossed);
    }
    if (const auto* alias = node.entity->alias(seg); alias && inScope(node, *alias)) {
      const auto crossed = cross(path, seg, mode);
      if (!crossed) return;
      FieldNode* at = &node;
      for (const auto& step : alias->path)
        at = &child(*at, *at->entity->relation(step), Mode::Hidden);
      const auto use = std::find_if(node.aliases.begin(), node.aliases.end(),
                                    [&](const auto& u) { return u.alias == alias; });
      if (use == node.aliases.end()) {
        node.aliases.push_back({alias, mode == Mode::Hidden, at});
        ++at->readers;
      } else if (mode == Mode::Visible) {
        use->hidden = false;
      }
      if (last || star) allScalars(*at, mode);
      return add(*at, segs, i + 1, mode, *crossed);
    }
    if (const auto* computed = node.entity->computed(seg); computed && mode == Mode::Visible) {
      if (std::find(node.computed.begin(), node.computed.end(), computed) == node.computed.end()) {
        node.computed.push_back(computed);
        for (const auto& dependency : computed->dependencies) {
          add(node, split(dependency), 0, Mode::Hidden);
        }
      }
    }
    // Anything else is ignored, as Medusa's graph layer does (allow-lists live in routes).
  }

 private:
  static void allScalars(FieldNode& node, Mode mode) {
    const auto& columns = node.entity->schema().columns();
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (mode == Mode::Hidden) {
        node.keep[c] = 1;
        continue;
      }
      node.emit[c] = 1;
      if (columns[c].kind == ColumnKind::Money) node.raw[c] = 1;
    }
  }

  FieldNode& child(FieldNode& parent, const GraphRelation& relation, Mode mode) const {
    for (auto& existing : parent.children) {
      if (existing.relation == &relation) {
        if (mode == Mode::Visible) existing.node->hidden = false;
        return *existing.node;
      }
    }
    auto path = parent.path.empty() ? relation.name : parent.path + "." + relation.name;
    auto node = makeNode(m_graph.entity(relation.target->name()), std::move(path));
    node->hidden = mode == Mode::Hidden;
    parent.children.push_back({&relation, std::move(node)});
    return *parent.children.back().node;
  }

  bool inScope(const GraphRelation& relation) const {
    return m_scope.empty() || (!relation.crossModule && relation.target->module() == m_scope);
  }

  bool inScope(const FieldNode& node, const GraphAlias& alias) const {
    const EntityNode* at = node.entity;
    for (const auto& step : alias.path) {
      const auto* relation = at->relation(step);
      if (!relation || !inScope(*relation)) return false;
      at = &m_graph.entity(relation->target->name());
    }
    return true;
  }

  /// The path after crossing `seg`; nullopt (and the path noted as refused) when the access
  /// policy does not list it. Hidden dependencies are not the caller's choice: not checked.
  std::optional<std::string> cross(std::string_view path, std::string_view seg, Mode mode) {
    if (!m_access || mode == Mode::Hidden) return std::string();
    std::string next = path.empty() ? std::string(seg) : std::string(path) + "." + std::string(seg);
    if (m_access->allows(next)) return next;
    if (std::find(m_refused.begin(), m_refused.end(), next) == m_refused.end()) {
      m_refused.push_back(next);
    }
    return std::nullopt;
  }

 public:
  const std::vector<std::string>& refused() const noexcept { return m_refused; }

 private:
  const EntityGraph& m_graph;
  std::string_view m_scope;
  const AccessPolicy* m_access;
  std::vector<std::string> m_refused;
};

}  // namespace

std::unique_ptr<FieldNode> buildFieldTree(const EntityGraph& graph, const EntityNode& root,
                                          const std::vector<std::string>& fields,
                                          std::string_view moduleScope,
                                          const AccessPolicy* access) {
  Builder builder(graph, moduleScope, access);
  auto tree = builder.makeNode(root, "");
  static const std::vector<std::string> kAll{"*"};
  for (const auto& field : fields.empty() ? kAll : fields) {
    std::string_view path = field;
    // Tolerate tokens as the route parser may leave them ("+title"; "+" decoded to " ").
    while (!path.empty() && (path.front() == '+' || path.front() == ' ')) path.remove_prefix(1);
    if (path.empty()) continue;
    builder.add(*tree, split(path), 0, Mode::Visible);
  }
  if (!builder.refused().empty()) {
    std::string names;
    for (const auto& refused : builder.refused()) names += (names.empty() ? "" : ", ") + refused;
    throw Error(ErrorType::InvalidData, "Requested fields [" + names + "] are not valid");
  }
  // The entry's primary key is always there, as Medusa adds `id` to every field list.
  tree->emit[static_cast<std::size_t>(root.schema().primaryKeyIndex())] = 1;
  return tree;
}

}  // namespace medusa::framework::detail
