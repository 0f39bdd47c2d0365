// SPDX-License-Identifier: MIT
#include "link_graph.h"

#include "medusa/core/error.h"

namespace medusa::framework::detail {

namespace {

// Which side sees several partners.
bool leftSeesMany(LinkCardinality cardinality) {
  return cardinality != LinkCardinality::OneToOne;
}
bool rightSeesMany(LinkCardinality cardinality) {
  return cardinality == LinkCardinality::ManyToMany;
}

}  // namespace

void addLinkToGraph(EntityGraph& graph, const LinkDefinition& link) {
  for (const auto* side : {&link.left, &link.right}) {
    if (!graph.find(side->entity)) {
      throw Error(ErrorType::InvalidArgument,
                  "Link " + link.table + ": entity '" + side->entity + "' is not known");
    }
  }
  auto schema = std::make_shared<const EntitySchema>(linkEntity(link), "link_" + link.table);
  const auto& linkSchema = *schema;
  graph.add(std::move(schema));
  // Relations first on both sides, aliases after: an alias's path must exist when added.
  const auto& leftSchema = graph.schema(link.left.entity);
  const auto& rightSchema = graph.schema(link.right.entity);
  const auto relations = [&](const LinkSide& side, const EntitySchema& entity, bool many) {
    graph.addRelation(side.entity, GraphRelation{.name = side.linkField,
                                                 .target = &linkSchema,
                                                 .sourceKey = entity.primaryKey(),
                                                 .targetKey = side.column,
                                                 .many = many});
    graph.addRelation(linkSchema.name(), GraphRelation{.name = side.rowField,
                                                       .target = &entity,
                                                       .sourceKey = side.column,
                                                       .targetKey = entity.primaryKey(),
                                                       .crossModule = true});
  };
  relations(link.left, leftSchema, leftSeesMany(link.cardinality));
  relations(link.right, rightSchema, rightSeesMany(link.cardinality));
  for (const auto& [side, other] :
       {std::pair{&link.left, &link.right}, std::pair{&link.right, &link.left}}) {
    if (!side->field.empty()) {
      graph.addAlias(side->entity, GraphAlias{side->field, {side->linkField, other->rowField}});
    }
    graph.addFilterAlias(side->entity,
                         FilterAlias{other->column, {side->linkField}, other->column});
  }
}

void addReadOnlyLinkToGraph(EntityGraph& graph, const ReadOnlyLinkDefinition& link) {
  const auto& source = graph.schema(link.entity);
  const auto& target = graph.schema(link.target);
  const auto targetKey = link.targetKey.empty() ? target.primaryKey() : link.targetKey;
  graph.addRelation(link.entity, GraphRelation{.name = link.field,
                                               .target = &target,
                                               .sourceKey = link.foreignKey,
                                               .targetKey = targetKey,
                                               .many = link.many,
                                               .crossModule = true});
  if (!link.reverseField.empty()) {
    graph.addRelation(link.target, GraphRelation{.name = link.reverseField,
                                                 .target = &source,
                                                 .sourceKey = targetKey,
                                                 .targetKey = link.foreignKey,
                                                 .many = true,
                                                 .crossModule = true});
  }
}

}  // namespace medusa::framework::detail
