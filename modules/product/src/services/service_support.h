// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <initializer_list>
#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/db/statement.h"
#include "medusa/framework/repository.h"

/// Small helpers the product service's files share.
namespace medusa::product::detail {

namespace bj = boost::json;

/// The string at `key`, or "" when absent or not a string.
std::string stringAt(const bj::object& object, std::string_view key);

/// The `id` of each row.
std::vector<std::string> idsOf(const bj::array& rows);

/// A copy of `input` without `keys`.
bj::object without(const bj::object& input, std::initializer_list<std::string_view> keys);

/// The id an update entry must carry; Error{InvalidData} `Each <entity> to update needs its
/// id` otherwise (the framework's wording).
std::string requireId(const bj::value& entry, std::string_view entity);

/// The entries of `data` as objects; Error{InvalidData} `Each <entity> must be an object`.
std::vector<const bj::object*> objectsOf(const bj::array& data, std::string_view entity);

/// For each entry of `data` (naming its id), `{id, field: old value...}` for the fields it
/// names that are columns of the entity: what UpdateResult::previous holds.
bj::array previousValues(const framework::Repository& repository, db::TxContext& tx,
                         const bj::array& data);

/// Live rows with `fields` by id (one statement).
std::map<std::string, bj::object> rowsById(const framework::Repository& repository,
                                           db::TxContext& tx, const std::vector<std::string>& ids,
                                           std::vector<std::string> fields);

/// Runs a named statement with text parameters (nullopt: NULL).
pqxx::result run(db::TxContext& tx, const db::Statement& statement,
                 std::initializer_list<std::optional<std::string>> params);

/// `ids` as one PostgreSQL text[] parameter.
std::string arrayParam(const std::vector<std::string>& ids);

}  // namespace medusa::product::detail
