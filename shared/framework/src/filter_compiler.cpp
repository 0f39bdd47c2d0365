// SPDX-License-Identifier: MIT
#include "filter_compiler.h"

#include <utility>

#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "value_codec.h"

namespace medusa::framework::detail {

namespace {

namespace bj = boost::json;

[[noreturn]] void invalidFilter(const EntityNode& entity, std::string_view what) {
  throw Error(ErrorType::InvalidData,
              std::string(what) + " for " + entity.schema().name() + " is not valid");
}

bool isTextual(const ColumnDef& column) {
  return column.kind == ColumnKind::Text || column.kind == ColumnKind::Enum;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const auto& part : parts) {
    if (!out.empty()) out += separator;
    out += part;
  }
  return out;
}

// Operator objects are {"$gte": ..}; a plain object is a nested filter (relations, jsonb).
bool isOperatorObject(const bj::object& object) {
  for (const auto& [key, value] : object) {
    if (!key.starts_with('$')) return false;
  }
  return !object.empty();
}

}  // namespace

std::string FilterCompiler::liveOnly(const EntitySchema& schema, std::string_view alias) const {
  if (m_withDeleted || !schema.softDelete()) return {};
  return " AND " + std::string(alias) + ".deleted_at IS NULL";
}

std::string FilterCompiler::compile(const EntityNode& entity, std::string_view alias,
                                    const bj::object& filters, db::Params& params) {
  std::vector<std::string> terms;
  for (const auto& [key, value] : filters) {
    auto term = compileKey(entity, alias, key, value, params);
    if (!term.empty()) terms.push_back(std::move(term));
  }
  return joined(terms, " AND ");
}

std::string FilterCompiler::compileKey(const EntityNode& entity, std::string_view alias,
                                       std::string_view key, const bj::value& value,
                                       db::Params& params) {
  if (key == "$and" || key == "$or") {
    if (!value.is_array()) invalidFilter(entity, "Filter " + std::string(key));
    std::vector<std::string> parts;
    for (const auto& item : value.get_array()) {
      if (!item.is_object()) invalidFilter(entity, "Filter " + std::string(key));
      const auto part = compile(entity, alias, item.get_object(), params);
      parts.push_back(part.empty() ? "TRUE" : "(" + part + ")");
    }
    if (parts.empty()) return {};
    return "(" + joined(parts, key == "$and" ? " AND " : " OR ") + ")";
  }
  if (key == "q") return compileSearch(entity, alias, value, params);
  const auto& schema = entity.schema();
  if (const auto* column = schema.column(key)) {
    return compileColumn(entity, alias, *column, value, params);
  }
  // Nested filters through a relation or alias extend the path the access policy checks;
  // the relation steps an alias stands for are the module's, not the caller's.
  const auto descend = [this](std::string_view name) {
    auto outer = m_path;
    if (m_aliasSteps > 0) {
      --m_aliasSteps;
    } else if (checked()) {
      m_path = crossing(name);
    }
    return outer;
  };
  const auto* relation = entity.relation(key);
  const std::vector<std::string>* path = nullptr;
  bj::value nested = value;
  bool declaredKey = false;
  if (!relation) {
    // Aliases and filter aliases are rewritten into the nested filter of their relation path.
    if (const auto* aliasDef = entity.alias(key)) {
      path = &aliasDef->path;
    } else if (const auto* filterAlias = entity.filterAlias(key)) {
      path = &filterAlias->path;
      nested = bj::object{{filterAlias->column, value}};
      declaredKey = true;  // declared by a module or link: compares one key of the caller's
    }
    if (!path) invalidFilter(entity, "Filter field '" + std::string(key) + "'");
    for (std::size_t i = path->size(); i-- > 1;) nested = bj::object{{(*path)[i], nested}};
    relation = entity.relation(path->front());
  }
  auto outer = declaredKey ? m_path : descend(key);
  if (path) m_aliasSteps = static_cast<int>(path->size()) - 1;
  auto sql = compileRelation(entity, alias, *relation, nested, params);
  m_aliasSteps = 0;
  m_path = std::move(outer);
  return sql;
}

std::string FilterCompiler::scoped(const EntityNode& target, const std::string& targetAlias,
                                   std::string inner, db::Params& params) {
  const auto* scope = m_access ? m_access->scopeOf(target.schema().name()) : nullptr;
  if (!scope) return inner;
  // The scope is the server's filter, not the caller's: compiled without the policy.
  const auto* access = std::exchange(m_access, nullptr);
  auto condition = compile(target, targetAlias, *scope, params);
  m_access = access;
  if (condition.empty()) return inner;
  return inner.empty() ? condition : inner + " AND " + condition;
}

std::string FilterCompiler::crossing(std::string_view name) const {
  std::string next = m_path.empty() ? std::string(name) : m_path + "." + std::string(name);
  if (!m_access->allows(next)) {
    throw Error(ErrorType::InvalidData, "Filter field '" + next + "' is not valid");
  }
  return next;
}

std::string FilterCompiler::compileColumn(const EntityNode& entity, std::string_view alias,
                                          const ColumnDef& column, const bj::value& value,
                                          db::Params& params) {
  const std::string ref = std::string(alias) + "." + column.name;
  if (value.is_object()) {
    const auto& object = value.get_object();
    if (isOperatorObject(object)) {
      std::vector<std::string> terms;
      for (const auto& [op, operand] : object) {
        terms.push_back(compileOperator(entity, ref, column, op, operand, params));
      }
      return terms.size() == 1 ? terms.front() : "(" + joined(terms, " AND ") + ")";
    }
    if (column.kind == ColumnKind::Json) {  // {"metadata": {"k": "v"}}: containment
      return ref + " @> " + params.add(json::stringify(value)) + "::jsonb";
    }
    invalidFilter(entity, "Filter value of '" + column.name + "'");
  }
  return compileOperator(entity, ref, column, value.is_array() ? "$in" : "$eq", value, params);
}

std::string FilterCompiler::compileOperator(const EntityNode& entity, const std::string& ref,
                                            const ColumnDef& column, std::string_view op,
                                            const bj::value& value, db::Params& params) {
  const auto& name = entity.schema().name();
  const auto one = [&](const bj::value& v) {
    auto text = encodeColumn(column, v, name);
    if (!text) invalidFilter(entity, "Null in filter '" + column.name + "'");
    return params.add(std::move(*text));
  };
  const auto many = [&](const bj::value& v) {
    std::vector<std::string> values;
    if (v.is_array()) {
      for (const auto& item : v.get_array()) {
        if (auto text = encodeColumn(column, item, name)) values.push_back(std::move(*text));
      }
    } else if (auto text = encodeColumn(column, v, name)) {
      values.push_back(std::move(*text));
    }
    return values;
  };
  if (op == "$eq" || op == "$ne") {
    const bool eq = op == "$eq";
    if (value.is_null()) return ref + (eq ? " IS NULL" : " IS NOT NULL");
    if (value.is_array())
      return compileOperator(entity, ref, column, eq ? "$in" : "$nin", value, params);
    return ref + (eq ? " = " : " <> ") + one(value);
  }
  if (op == "$in" || op == "$nin") {
    const auto values = many(value);
    if (values.empty()) return op == "$in" ? "FALSE" : "TRUE";
    return ref + (op == "$in" ? " = ANY(" : " <> ALL(") + params.addArray(values) + ")";
  }
  if (op == "$gt") return ref + " > " + one(value);
  if (op == "$gte") return ref + " >= " + one(value);
  if (op == "$lt") return ref + " < " + one(value);
  if (op == "$lte") return ref + " <= " + one(value);
  if (op == "$like" || op == "$ilike" || op == "$re") {
    if (checked()) {
      throw Error(ErrorType::InvalidData, "Filter operator " + std::string(op) + " on '" +
                                              column.name + "' is not allowed on this route");
    }
    if (!isTextual(column) || !value.is_string()) {
      invalidFilter(entity, "Operator " + std::string(op) + " on '" + column.name + "'");
    }
    const char* sql = op == "$like" ? " LIKE " : op == "$ilike" ? " ILIKE " : " ~ ";
    return ref + sql + params.add(std::string(value.get_string()));
  }
  if (op == "$contains" && column.kind == ColumnKind::Json) {
    return ref + " @> " + params.add(json::stringify(value)) + "::jsonb";
  }
  if (op == "$exists" && value.is_bool()) {
    return ref + (value.get_bool() ? " IS NOT NULL" : " IS NULL");
  }
  invalidFilter(entity, "Operator " + std::string(op) + " on '" + column.name + "'");
}

std::string FilterCompiler::exists(const GraphRelation& relation, std::string_view alias,
                                   std::string_view targetAlias, const std::string& inner) const {
  const auto& target = *relation.target;
  const std::string t(targetAlias);
  std::string sql = "EXISTS (SELECT 1 FROM ";
  if (relation.pivotTable.empty()) {
    sql += target.table() + " " + t + " WHERE " + t + "." + relation.targetKey;
  } else {
    const std::string p = "p" + t;
    sql += relation.pivotTable + " " + p + " JOIN " + target.table() + " " + t + " ON " + t + "." +
           target.primaryKey() + " = " + p + "." + relation.pivotTargetColumn + " WHERE " + p +
           "." + relation.targetKey;
  }
  sql += " = " + std::string(alias) + "." + relation.sourceKey + liveOnly(target, t);
  if (!inner.empty()) sql += " AND " + inner;
  return sql + ")";
}

std::string FilterCompiler::compileRelation(const EntityNode& entity, std::string_view alias,
                                            const GraphRelation& relation, const bj::value& value,
                                            db::Params& params) {
  if (!value.is_object()) invalidFilter(entity, "Filter value of '" + relation.name + "'");
  const auto& nested = value.get_object();
  const auto& target = m_graph.entity(relation.target->name());
  if (!relation.crossModule) {
    const auto targetAlias = nextAlias();
    const auto inner = scoped(target, targetAlias, compile(target, targetAlias, nested, params),
                              params);
    return exists(relation, alias, targetAlias, inner);
  }
  const std::string sourceRef = std::string(alias) + "." + relation.sourceKey;
  const auto* sourceColumn = entity.schema().column(relation.sourceKey);
  // Only the other side's key: no need to ask its module (`{sales_channel: {id: [..]}}`).
  if (nested.size() == 1 && nested.begin()->key() == relation.targetKey && sourceColumn) {
    return compileColumn(entity, alias, *sourceColumn, nested.begin()->value(), params);
  }
  // Otherwise the other module answers which keys match, in a statement of its own.
  db::Params lookupParams;
  const auto targetAlias = nextAlias();
  const auto inner = scoped(target, targetAlias,
                            compile(target, targetAlias, nested, lookupParams), lookupParams);
  std::string sql = "SELECT DISTINCT " + targetAlias + "." + relation.targetKey + " FROM " +
                    relation.target->table() + " " + targetAlias + " WHERE TRUE" +
                    liveOnly(*relation.target, targetAlias);
  if (!inner.empty()) sql += " AND " + inner;
  const auto keys = m_lookup(sql, lookupParams);
  if (keys.empty()) return "FALSE";
  return sourceRef + " = ANY(" + params.addArray(keys) + ")";
}

std::string FilterCompiler::compileSearch(const EntityNode& entity, std::string_view alias,
                                          const bj::value& value, db::Params& params) {
  if (!value.is_string()) invalidFilter(entity, "Filter q");
  // Below the entry `q` is a substring search over rows the caller does not list.
  if (checked() && !m_path.empty()) {
    throw Error(ErrorType::InvalidData, "Filter field '" + m_path + ".q' is not valid");
  }
  const auto& searchable = entity.schema().searchable();
  if (searchable.empty()) invalidFilter(entity, "Filter q");
  const auto pattern = params.add(containsPattern(std::string_view(value.get_string())));
  std::vector<std::string> terms;
  for (const auto& field : searchable) {
    const auto dot = field.find('.');
    if (dot == std::string::npos) {
      terms.push_back(std::string(alias) + "." + field + " ILIKE " + pattern);
      continue;
    }
    const auto* relation = entity.relation(std::string_view(field).substr(0, dot));
    if (!relation || relation->crossModule) continue;  // checked at registration
    const auto targetAlias = nextAlias();
    terms.push_back(exists(*relation, alias, targetAlias,
                           targetAlias + "." + field.substr(dot + 1) + " ILIKE " + pattern));
  }
  return "(" + joined(terms, " OR ") + ")";
}

std::string FilterCompiler::orderBy(const EntityNode& entity, const std::vector<OrderBy>& order) {
  const auto& schema = entity.schema();
  std::vector<std::string> terms;
  bool hasPrimaryKey = false;
  for (const auto& term : order) {
    const char* direction = term.direction == SortDirection::Desc ? " DESC" : " ASC";
    if (schema.columnIndex(term.field) >= 0) {
      hasPrimaryKey = hasPrimaryKey || term.field == schema.primaryKey();
      terms.push_back("t." + term.field + direction);
      continue;
    }
    const auto dot = term.field.find('.');
    const auto* relation =
        dot == std::string::npos ? nullptr : entity.relation(term.field.substr(0, dot));
    const auto column = dot == std::string::npos ? std::string() : term.field.substr(dot + 1);
    if (!relation || relation->many || relation->crossModule || !relation->pivotTable.empty() ||
        relation->target->columnIndex(column) < 0 ||
        (checked() && !m_access->allows(relation->name))) {
      throw Error(ErrorType::InvalidData, "Order field " + term.field + " is not valid");
    }
    const auto a = nextAlias();
    terms.push_back("(SELECT " + a + "." + column + " FROM " + relation->target->table() + " " + a +
                    " WHERE " + a + "." + relation->targetKey + " = t." + relation->sourceKey +
                    " LIMIT 1)" + direction);
  }
  if (terms.empty()) return schema.defaultListOrder();
  if (!hasPrimaryKey) terms.push_back("t." + schema.primaryKey() + " ASC");
  return joined(terms, ", ");
}

}  // namespace medusa::framework::detail
