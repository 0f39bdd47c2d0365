// SPDX-License-Identifier: MIT
// Private to medusa_framework: column values between PostgreSQL text and JSON.
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <string_view>

#include "medusa/framework/schema.h"

namespace medusa::framework::detail {

/// A result cell's text as a view into its result; SQL NULL is a view with a null data().
std::string_view cellText(const pqxx::field& field);

/// A selected column's value as Medusa emits it (NULL -> null), allocated in `storage`.
/// `cell` as cellText() gives it.
boost::json::value decodeColumn(std::string_view cell, ColumnKind kind,
                                const boost::json::storage_ptr& storage = {});
/// The same value added to `row` under `key`, built in place (no temporary to move).
void emplaceColumn(boost::json::object& row, std::string_view key, std::string_view cell,
                   ColumnKind kind);

/// The `raw_<col>` companion of a money column: {"value": "10.5", "precision": 20}, or null.
boost::json::value decodeRaw(std::string_view cell, const boost::json::storage_ptr& storage = {});

/// A row selected with EntitySchema::selectAll() as JSON: every column, plus `raw_<col>` after
/// each money column (what `*` selects).
boost::json::object decodeRow(const EntitySchema& schema, const pqxx::row& row);

/// A JSON input value as the text PostgreSQL converts to the column's type; nullopt for null.
/// Values the column cannot hold throw Error{InvalidData} naming `entity` and the column.
std::optional<std::string> encodeColumn(const ColumnDef& column, const boost::json::value& value,
                                        std::string_view entity);

/// A value for LIKE with %, _ and \ escaped, wrapped in % for a substring match.
std::string containsPattern(std::string_view text);

/// Text of a scalar filter/link key (string as is, numbers and booleans printed).
std::string keyText(const boost::json::value& value);

}  // namespace medusa::framework::detail
