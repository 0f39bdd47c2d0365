// SPDX-License-Identifier: MIT
// Private to medusa_framework: links as entities, relations, aliases and filter keys.
#pragma once

#include "medusa/framework/entity_graph.h"
#include "medusa/framework/link.h"

namespace medusa::framework::detail {

/// Adds a stored link (normalized) to the graph: the link table as entity `link.table` with a
/// relation to each side, each side's linkField (link rows), field (alias through the link)
/// and filter key (the other side's column).
void addLinkToGraph(EntityGraph& graph, const LinkDefinition& link);

/// Adds a read-only link: the foreign-key relation and its optional reverse list.
void addReadOnlyLinkToGraph(EntityGraph& graph, const ReadOnlyLinkDefinition& link);

}  // namespace medusa::framework::detail
