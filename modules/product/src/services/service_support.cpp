// SPDX-License-Identifier: MIT
#include "services/service_support.h"

#include <algorithm>
#include <set>

#include "medusa/core/error.h"
#include "medusa/db/params.h"
#include "medusa/db/tx_context.h"

namespace medusa::product::detail {

std::string stringAt(const bj::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

std::vector<std::string> idsOf(const bj::array& rows) {
  std::vector<std::string> ids;
  ids.reserve(rows.size());
  for (const auto& row : rows) {
    if (row.is_object()) ids.push_back(stringAt(row.get_object(), "id"));
  }
  return ids;
}

bj::object without(const bj::object& input, std::initializer_list<std::string_view> keys) {
  bj::object out;
  out.reserve(input.size());
  for (const auto& [key, value] : input) {
    if (std::find(keys.begin(), keys.end(), std::string_view(key)) == keys.end()) {
      out.emplace(key, value);
    }
  }
  return out;
}

std::string requireId(const bj::value& entry, std::string_view entity) {
  const auto* object = entry.if_object();
  const auto id = object ? stringAt(*object, "id") : std::string();
  if (id.empty()) {
    throw Error(ErrorType::InvalidData, "Each " + std::string(entity) + " to update needs its id");
  }
  return id;
}

std::vector<const bj::object*> objectsOf(const bj::array& data, std::string_view entity) {
  std::vector<const bj::object*> out;
  out.reserve(data.size());
  for (const auto& entry : data) {
    if (!entry.is_object()) {
      throw Error(ErrorType::InvalidData, "Each " + std::string(entity) + " must be an object");
    }
    out.push_back(&entry.get_object());
  }
  return out;
}

bj::array previousValues(const framework::Repository& repository, db::TxContext& tx,
                         const bj::array& data) {
  const auto& schema = repository.schema();
  std::vector<std::string> ids;
  std::set<std::string> fields{"id"};
  for (const auto& entry : data) {
    ids.push_back(requireId(entry, schema.name()));
    for (const auto& [key, value] : entry.get_object()) {
      const auto* column = schema.column(key);
      if (column && column->name != "created_at" && column->name != "updated_at" &&
          column->name != "deleted_at") {
        fields.emplace(key);
      }
    }
  }
  auto rows = rowsById(repository, tx, ids, {fields.begin(), fields.end()});
  bj::array out;
  out.reserve(ids.size());
  for (const auto& id : ids) {
    const auto it = rows.find(id);
    out.push_back(it == rows.end() ? bj::object{{"id", id}} : it->second);
  }
  return out;
}

std::map<std::string, bj::object> rowsById(const framework::Repository& repository,
                                           db::TxContext& tx, const std::vector<std::string>& ids,
                                           std::vector<std::string> fields) {
  std::map<std::string, bj::object> out;
  if (ids.empty()) return out;
  bj::array idList;
  for (const auto& id : ids) idList.emplace_back(id);
  if (std::find(fields.begin(), fields.end(), "id") == fields.end()) fields.emplace_back("id");
  auto rows = repository.list(tx, {.filters = {{"id", std::move(idList)}}, .fields = fields});
  for (auto& row : rows) {
    auto& object = row.as_object();
    out.emplace(stringAt(object, "id"), std::move(object));
  }
  return out;
}

pqxx::result run(db::TxContext& tx, const db::Statement& statement,
                 std::initializer_list<std::optional<std::string>> params) {
  db::Params list;
  for (const auto& param : params) list.add(param);
  return tx.exec(statement, list);
}

std::string arrayParam(const std::vector<std::string>& ids) {
  return db::toArrayLiteral(ids);
}

}  // namespace medusa::product::detail
