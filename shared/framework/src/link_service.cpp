// SPDX-License-Identifier: MIT
#include "medusa/framework/link_service.h"

#include <algorithm>
#include <utility>

#include "medusa/core/error.h"
#include "medusa/core/id.h"
#include "medusa/db/pool.h"
#include "value_codec.h"

namespace medusa::framework {

namespace bj = boost::json;

LinkService::LinkService(db::Pool& pool, const QueryEngine& query,
                         std::vector<LinkDefinition> links)
    : m_pool(pool), m_query(query), m_links(std::move(links)) {
  for (auto& link : m_links) link = normalized(std::move(link));
}

const LinkDefinition& LinkService::definition(std::string_view link) const {
  for (const auto& definition : m_links) {
    if (definition.table == link) return definition;
  }
  throw Error(ErrorType::InvalidData, "Link '" + std::string(link) + "' is not known");
}

bj::array LinkService::create(std::string_view link, const std::vector<LinkPair>& pairs,
                              db::TxContext* tx) const {
  const auto& definition = this->definition(link);
  return m_pool.transact(tx, [&](db::TxContext& t) { return insert(t, definition, pairs); });
}

bj::array LinkService::create(const bj::array& definitions, db::TxContext* tx) const {
  const auto grouped = fromMedusaForm(definitions);
  return m_pool.transact(tx, [&](db::TxContext& t) {
    bj::array out;
    for (const auto& [link, pairs] : grouped) {
      for (auto& row : insert(t, *link, pairs)) out.push_back(std::move(row));
    }
    return out;
  });
}

bj::array LinkService::dismiss(std::string_view link, const std::vector<LinkPair>& pairs,
                               db::TxContext* tx) const {
  const auto& definition = this->definition(link);
  return m_pool.transact(tx, [&](db::TxContext& t) { return erase(t, definition, pairs); });
}

bj::array LinkService::dismiss(const bj::array& definitions, db::TxContext* tx) const {
  const auto grouped = fromMedusaForm(definitions);
  return m_pool.transact(tx, [&](db::TxContext& t) {
    bj::array out;
    for (const auto& [link, pairs] : grouped) {
      for (auto& row : erase(t, *link, pairs)) out.push_back(std::move(row));
    }
    return out;
  });
}

bj::array LinkService::list(std::string_view link, const bj::object& filters,
                            const std::vector<std::string>& fields, db::TxContext* tx) const {
  GraphQuery query{.entity = definition(link).table, .fields = fields, .filters = filters};
  return m_query.graph(query, tx).rows;
}

LinkService::Grouped LinkService::fromMedusaForm(const bj::array& definitions) const {
  Grouped grouped;
  for (const auto& item : definitions) {
    static const bj::object kNoSides;
    const auto* object = item.if_object();
    std::vector<std::pair<std::string, std::pair<std::string, std::string>>> keys;
    const bj::object* data = nullptr;  // points into `item`: iterate the item itself, no copy
    for (const auto& [module, value] : object ? *object : kNoSides) {
      if (module == "data" && value.is_object()) {
        data = &value.get_object();
        continue;
      }
      const auto* inner = value.if_object();
      if (!inner || inner->size() != 1 || !inner->begin()->value().is_string()) {
        throw Error(ErrorType::InvalidData, "A link names each side as {module: {column: id}}");
      }
      keys.push_back({std::string(module),
                      {std::string(inner->begin()->key()),
                       std::string(inner->begin()->value().get_string())}});
    }
    const LinkDefinition* found = nullptr;
    bool swapped = false;
    for (const auto& link : m_links) {
      if (keys.size() != 2) break;
      const auto side = [&](const LinkSide& s, std::size_t k) {
        return m_query.entities().schema(s.entity).module() == keys[k].first &&
               s.column == keys[k].second.first;
      };
      if (side(link.left, 0) && side(link.right, 1)) found = &link;
      if (side(link.left, 1) && side(link.right, 0)) {
        found = &link;
        swapped = true;
      }
      if (found) break;
    }
    if (!found) throw Error(ErrorType::InvalidData, "No link is defined between these modules");
    LinkPair pair{keys[swapped ? 1 : 0].second.second, keys[swapped ? 0 : 1].second.second};
    if (data) pair.data = *data;
    grouped[found].push_back(std::move(pair));
  }
  return grouped;
}

bj::array LinkService::insert(db::TxContext& tx, const LinkDefinition& link,
                              const std::vector<LinkPair>& pairs) const {
  const auto& schema = m_query.entities().schema(link.table);
  // One row per pair (the last wins): ON CONFLICT may not touch a row twice in a statement.
  std::map<std::pair<std::string, std::string>, const LinkPair*> unique;
  for (const auto& pair : pairs) unique[{pair.left, pair.right}] = &pair;
  // Pairs giving the same extra columns share a statement.
  std::map<std::vector<std::string>, std::vector<const LinkPair*>> groups;
  for (const auto& [key, pair] : unique) {
    std::vector<std::string> extras;
    for (const auto& [name, value] : pair->data) {
      const auto* column = schema.column(name);
      if (!column || name == "id" || name == link.left.column || name == link.right.column ||
          name == "created_at" || name == "updated_at" || name == "deleted_at") {
        throw Error(ErrorType::InvalidData,
                    "Unknown field '" + std::string(name) + "' for link " + link.table);
      }
      extras.emplace_back(name);
    }
    std::sort(extras.begin(), extras.end());
    groups[extras].push_back(pair);
  }
  bj::array out;
  for (const auto& [extras, group] : groups) {
    db::Params params;
    std::string sql =
        "INSERT INTO " + link.table + " AS t (id, " + link.left.column + ", " + link.right.column;
    for (const auto& extra : extras) sql += ", " + extra;
    sql += ") VALUES ";
    for (std::size_t i = 0; i < group.size(); ++i) {
      const auto& pair = *group[i];
      sql += (i ? ", (" : "(") + params.add(id::generate(link.idPrefix)) + ", " +
             params.add(pair.left) + ", " + params.add(pair.right);
      for (const auto& extra : extras) {
        sql += ", " + params.add(detail::encodeColumn(*schema.column(extra), pair.data.at(extra),
                                                      link.table));
      }
      sql += ")";
    }
    sql += " ON CONFLICT (" + link.left.column + ", " + link.right.column +
           ") WHERE deleted_at IS NULL DO UPDATE SET updated_at = now()";
    for (const auto& extra : extras) sql += ", " + extra + " = EXCLUDED." + extra;
    sql += " RETURNING " + schema.selectAll();
    for (const auto& row : m_query.sql().run(tx, sql, params)) {
      out.push_back(detail::decodeRow(schema, row));
    }
  }
  return out;
}

bj::array LinkService::erase(db::TxContext& tx, const LinkDefinition& link,
                             const std::vector<LinkPair>& pairs) const {
  const auto& schema = m_query.entities().schema(link.table);
  std::vector<std::string> left, right;
  for (const auto& pair : pairs) {
    left.push_back(pair.left);
    right.push_back(pair.right);
  }
  bj::array out;
  if (pairs.empty()) return out;
  db::Params params;
  const auto sql = "DELETE FROM " + link.table + " t USING unnest(" + params.addArray(left) +
                   "::text[], " + params.addArray(right) + "::text[]) AS d(l, r) WHERE t." +
                   link.left.column + " = d.l AND t." + link.right.column + " = d.r RETURNING " +
                   schema.selectAll();
  for (const auto& row : m_query.sql().run(tx, sql, params)) {
    out.push_back(detail::decodeRow(schema, row));
  }
  return out;
}

AffectedIds LinkService::softDeleteFor(std::string_view entity, const std::vector<std::string>& ids,
                                       db::TxContext* tx) const {
  return setDeleted(entity, ids, false, tx);
}

AffectedIds LinkService::restoreFor(std::string_view entity, const std::vector<std::string>& ids,
                                    db::TxContext* tx) const {
  return setDeleted(entity, ids, true, tx);
}

AffectedIds LinkService::setDeleted(std::string_view entity, const std::vector<std::string>& ids,
                                    bool restore, db::TxContext* tx) const {
  return m_pool.transact(tx, [&](db::TxContext& t) {
    AffectedIds out;
    if (ids.empty()) return out;
    for (const auto& link : m_links) {
      for (const auto* side : {&link.left, &link.right}) {
        if (side->entity != entity) continue;
        db::Params params;
        std::string sql = "UPDATE " + link.table +
                          " AS t SET deleted_at = " + (restore ? "NULL" : "now()") + " WHERE t." +
                          side->column + " = ANY(" + params.addArray(ids) +
                          ") AND t.deleted_at IS " + (restore ? "NOT NULL" : "NULL");
        if (restore) {  // a pair linked again meanwhile stays the live one
          sql += " AND NOT EXISTS (SELECT 1 FROM " + link.table + " x WHERE x." + link.left.column +
                 " = t." + link.left.column + " AND x." + link.right.column + " = t." +
                 link.right.column + " AND x.deleted_at IS NULL)";
        }
        const auto result = m_query.sql().run(t, sql + " RETURNING t.id", params);
        if (result.empty()) continue;
        auto& list = out[link.table];
        for (const auto& row : result) list.emplace_back(row[0].c_str());
      }
    }
    return out;
  });
}

}  // namespace medusa::framework
