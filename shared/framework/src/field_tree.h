// SPDX-License-Identifier: MIT
// Private to medusa_framework: a `fields` list as a tree over the entity graph.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/entity_graph.h"
#include "medusa/framework/query_engine.h"

namespace medusa::framework::detail {

/// What to read and emit for one entity at one place of the tree.
struct FieldNode {
  const EntityNode* entity = nullptr;
  /// Path of relation names from the entry ("variants.options"), for context lookups.
  std::string path;
  std::vector<char> emit;  ///< per column: written to the JSON row
  std::vector<char> raw;   ///< per money column: `raw_<col>` written too
  /// per column: fetched into the row only for a computed field, removed afterwards
  std::vector<char> keep;
  /// Hidden: reached only through an alias or a computed dependency; its key is removed
  /// from the parent row once aliases and computed fields are done.
  bool hidden = false;
  /// Field paths that name this node's relation, plus the alias uses that end here. An alias
  /// whose hidden target has no other reader moves the target's rows instead of copying them.
  int readers = 0;

  struct Child {
    const GraphRelation* relation;
    std::unique_ptr<FieldNode> node;
  };
  std::vector<Child> children;  ///< in request order

  struct AliasUse {
    const GraphAlias* alias;
    bool hidden;              ///< only a computed field's dependency: removed at the end
    const FieldNode* target;  ///< the node at the end of the alias's path
  };
  std::vector<AliasUse> aliases;  ///< flattened on this node's rows
  std::vector<const ComputedField*> computed;
};

/// Builds the tree for `fields` from `root` (see GraphQuery::fields). With a non-empty
/// `moduleScope`, relations leaving that module are ignored like unknown names. With an
/// `access` policy, a field crossing a relation or alias it does not list throws
/// Error{InvalidData} "Requested fields [a, b] are not valid" (every such path, once).
std::unique_ptr<FieldNode> buildFieldTree(const EntityGraph& graph, const EntityNode& root,
                                          const std::vector<std::string>& fields,
                                          std::string_view moduleScope,
                                          const AccessPolicy* access = nullptr);

}  // namespace medusa::framework::detail
