// SPDX-License-Identifier: MIT
#include "medusa/framework/query_engine.h"

#include <algorithm>

#include "field_tree.h"
#include "graph_resolver.h"
#include "medusa/core/error.h"
#include "medusa/db/pool.h"

namespace medusa::framework {

std::vector<OrderBy> parseOrder(std::string_view text) {
  std::vector<OrderBy> order;
  while (!text.empty()) {
    const auto comma = text.find(',');
    auto term = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    while (!term.empty() && term.front() == ' ') term.remove_prefix(1);
    if (term.empty()) continue;
    OrderBy entry;
    if (term.front() == '-') {
      entry.direction = SortDirection::Desc;
      term.remove_prefix(1);
    }
    entry.field = std::string(term);
    order.push_back(std::move(entry));
  }
  return order;
}

bool AccessPolicy::allows(std::string_view path) const {
  return std::find(relations.begin(), relations.end(), path) != relations.end();
}

const boost::json::object* AccessPolicy::scopeOf(std::string_view entity) const {
  for (const auto& [name, filters] : scopes) {
    if (name == entity) return &filters;
  }
  return nullptr;
}

QueryEngine::QueryEngine(db::Pool& pool, std::shared_ptr<EntityGraph> graph, SqlRunner& sql)
    : m_pool(pool), m_graph(std::move(graph)), m_sql(sql) {}

GraphResult QueryEngine::graph(const GraphQuery& query, db::TxContext* tx) const {
  m_sealed.store(true, std::memory_order_relaxed);
  return m_pool.transact(tx, [&](db::TxContext& t) { return run(query, t); });
}

GraphResult QueryEngine::run(const GraphQuery& query, db::TxContext& tx) const {
  const auto& entity = m_graph->entity(query.entity);
  const auto tree = detail::buildFieldTree(*m_graph, entity, query.fields, query.moduleScope,
                                           query.access.get());
  return detail::GraphResolver(*m_graph, m_sql, tx, query).run(*tree);
}

void QueryEngine::registerComputedField(std::string_view entity, ComputedField field) {
  if (m_sealed.load(std::memory_order_relaxed)) {
    throw Error(ErrorType::UnexpectedState, "Computed field " + std::string(entity) + "." +
                                                field.name +
                                                " registered after Query started serving");
  }
  m_graph->addComputed(entity, std::move(field));
}

}  // namespace medusa::framework
