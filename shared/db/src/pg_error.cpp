// SPDX-License-Identifier: MIT
#include "medusa/db/pg_error.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "medusa/core/deadline.h"

namespace medusa::db {

namespace {

using namespace std::string_literals;

// libpq's text: "ERROR:  <primary>\nDETAIL:  <detail>\nHINT: ...". pqxx 6.4 gives no other access
// to the fields, so they are read from there (the cluster's lc_messages is English).
std::string_view field(std::string_view message, std::string_view label) {
  const auto at = message.find(label);
  if (at == std::string_view::npos) return {};
  auto rest = message.substr(at + label.size());
  return rest.substr(0, rest.find('\n'));
}

std::string_view primaryOf(std::string_view message) {
  for (const std::string_view severity : {"ERROR:  ", "FATAL:  ", "PANIC:  "}) {
    if (message.starts_with(severity)) message.remove_prefix(severity.size());
  }
  return message.substr(0, message.find('\n'));
}

// The text inside the double quotes that follow `marker`: `table "product"` -> product.
std::optional<std::string> quotedAfter(std::string_view text, std::string_view marker) {
  const auto at = text.find(marker);
  if (at == std::string_view::npos) return std::nullopt;
  const auto open = at + marker.size();
  if (open >= text.size() || text[open] != '"') return std::nullopt;
  const auto close = text.find('"', open + 1);
  if (close == std::string_view::npos) return std::nullopt;
  return std::string(text.substr(open + 1, close - open - 1));
}

struct KeyDetail {
  std::string columns;  // "product_id, title"
  std::string values;   // "p1, x"
};

// "Key (a, b)=(1, 2) ..." -> {"a, b", "1, 2"}.
std::optional<KeyDetail> keyDetail(std::string_view detail, std::string_view valuesEnd) {
  if (!detail.starts_with("Key (")) return std::nullopt;
  const auto split = detail.find(")=(");
  const auto end = detail.rfind(valuesEnd);
  if (split == std::string_view::npos || end == std::string_view::npos || end < split + 3) {
    return std::nullopt;
  }
  return KeyDetail{std::string(detail.substr(5, split - 5)),
                   std::string(detail.substr(split + 3, end - split - 3))};
}

std::string capitalised(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

// A table as Medusa names its entity in messages: "product_collection" -> "Product collection".
// Our only table named apart from Medusa's is user_account ("user" is a reserved word).
std::string entityWords(std::string table) {
  if (table == "user_account") table = "user";
  for (char& c : table) {
    if (c == '_') c = ' ';
  }
  return capitalised(std::move(table));
}

std::vector<std::string> splitTrimmed(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t at = 0;
  while (at <= text.size()) {
    const auto comma = std::min(text.find(',', at), text.size());
    auto part = text.substr(at, comma - at);
    const auto first = part.find_first_not_of(' ');
    const auto last = part.find_last_not_of(' ');
    parts.push_back(first == std::string::npos ? "" : part.substr(first, last - first + 1));
    at = comma + 1;
  }
  return parts;
}

// "k1: v1, k2: v2" from the Key detail, booleans spelled out, as Medusa's dbErrorMapper.
std::string keyValues(const KeyDetail& key, std::string_view separator) {
  const auto columns = splitTrimmed(key.columns);
  const auto values = splitTrimmed(key.values);
  std::string out;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    std::string value = i < values.size() ? values[i] : "";
    if (value == "t") value = "true";
    if (value == "f") value = "false";
    if (i > 0) out += separator;
    out += columns[i] + ": " + value;
  }
  return out;
}

std::string joinedColumns(const std::string& columns) {
  std::string out;
  for (const char c : columns) {
    if (c == ' ') continue;
    out += c == ',' ? '_' : c;
  }
  return out;
}

// The table a unique constraint belongs to, from the naming convention in pg_error.h.
std::optional<std::string> tableOfConstraint(std::string_view name, const std::string& columns) {
  const auto stripped = [&](std::string_view prefix,
                            std::string_view suffix) -> std::optional<std::string> {
    if (name.size() <= prefix.size() + suffix.size() || !name.starts_with(prefix) ||
        !name.ends_with(suffix)) {
      return std::nullopt;
    }
    return std::string(name.substr(prefix.size(), name.size() - prefix.size() - suffix.size()));
  };
  const auto cols = joinedColumns(columns);
  if (!cols.empty()) {
    if (auto t = stripped("IDX_", "_" + cols + "_unique")) return t;
    if (auto t = stripped("", "_" + cols + "_key")) return t;
  }
  return stripped("", "_pkey");
}

// Medusa 2.21 (dbErrorMapper): 400 invalid_data
// `Product collection with handle: summer, already exists.`
Error uniqueViolation(std::string_view primary, std::string_view detail) {
  const auto key = keyDetail(detail, ") already exists.");
  const auto constraint = quotedAfter(primary, "constraint ");
  std::optional<std::string> table;
  if (key && constraint) table = tableOfConstraint(*constraint, key->columns);
  const auto subject = table ? entityWords(*table) : "Record"s;
  if (!key) return Error(ErrorType::InvalidData, subject + " already exists.");
  return Error(ErrorType::InvalidData,
               subject + " with " + keyValues(*key, ", ") + ", already exists.");
}

// Medusa 2.21: 404 `You tried to set relationship product_id: prod_1, but such entity does not
// exist`. A delete blocked by a reference (which Medusa's cascades never meet) says so instead.
Error foreignKeyViolation(std::string_view primary, std::string_view detail) {
  if (const auto key = keyDetail(detail, ") is not present in table ")) {
    return Error(ErrorType::NotFound, "You tried to set relationship " + keyValues(*key, ",") +
                                          ", but such entity does not exist");
  }
  if (const auto key = keyDetail(detail, ") is still referenced from table ")) {
    const auto table = quotedAfter(primary, "on table ");
    const auto child = quotedAfter(detail, "referenced from table ");
    return Error(ErrorType::NotAllowed, entityWords(table.value_or("Record")) + " with " +
                                            keyValues(*key, ", ") + " is still referenced by " +
                                            child.value_or("another record") + ".");
  }
  return Error(ErrorType::NotFound, "A referenced record does not exist.");
}

// Medusa 2.21: 400 `Cannot set field 'title' of Product to null`.
Error notNullViolation(std::string_view primary) {
  const auto column = quotedAfter(primary, "column ");
  const auto table = quotedAfter(primary, "relation ");
  if (!column || !table) return Error(ErrorType::InvalidData, "A required value is missing.");
  return Error(ErrorType::InvalidData,
               "Cannot set field '" + *column + "' of " + entityWords(*table) + " to null");
}

Error checkViolation(std::string_view primary) {
  const auto constraint = quotedAfter(primary, "check constraint ");
  const auto table = quotedAfter(primary, "relation ");
  return Error(ErrorType::InvalidData, capitalised(table.value_or("Value")) +
                                           " violates check constraint " +
                                           constraint.value_or("(unnamed)") + ".");
}

bool isConnectionState(std::string_view sqlstate) {
  return sqlstate.starts_with("08") || sqlstate == "57P01" || sqlstate == "57P02" ||
         sqlstate == "57P03";
}

}  // namespace

Error translatePgError(std::string_view sqlstate, std::string_view message) {
  const auto primary = primaryOf(message);
  const auto detail = field(message, "\nDETAIL:  ");
  if (sqlstate == "23505") return uniqueViolation(primary, detail);
  if (sqlstate == "23503" || sqlstate == "23001") return foreignKeyViolation(primary, detail);
  if (sqlstate == "23502") return notNullViolation(primary);
  if (sqlstate == "23514") return checkViolation(primary);
  // Another transaction got in the way: the client may retry (409, as Medusa answers). A lock
  // timeout is the same situation seen from a transaction configured not to wait.
  if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03") {
    spdlog::warn("database conflict ({}): {}", sqlstate, primary);
    return Error(ErrorType::Conflict, std::string(detail.empty() ? primary : detail));
  }
  // A statement timeout means the query is too slow: retrying it will not help, so it is a
  // server-side failure, not a conflict.
  if (sqlstate == "57014") {
    spdlog::error("database statement cancelled ({}): {}", sqlstate, primary);
    return timeoutError("The database query took too long and was cancelled.");
  }
  if (isConnectionState(sqlstate)) {
    spdlog::warn("database connection failure ({}): {}", sqlstate, primary);
    return Error(ErrorType::DatabaseError, "The connection to the database was lost.");
  }
  spdlog::error("database error ({}): {}", sqlstate.empty() ? "no sqlstate" : sqlstate, primary);
  return Error(ErrorType::DatabaseError, "An error occurred while accessing the database.");
}

Error toMedusaError(const pqxx::failure& failure) {
  if (dynamic_cast<const pqxx::in_doubt_error*>(&failure)) {
    spdlog::error("database connection lost during COMMIT: {}", primaryOf(failure.what()));
    return Error(ErrorType::DatabaseError,
                 "The connection to the database was lost while committing; the outcome of the "
                 "transaction is unknown.");
  }
  if (dynamic_cast<const pqxx::statement_completion_unknown*>(&failure)) {
    spdlog::error("database statement outcome unknown: {}", primaryOf(failure.what()));
    return Error(ErrorType::DatabaseError,
                 "The connection to the database was lost while a statement ran.");
  }
  if (dynamic_cast<const pqxx::broken_connection*>(&failure)) {
    // libpq's text names host and port at most, never the password; it stays in the log.
    spdlog::warn("database connection failure: {}", primaryOf(failure.what()));
    return Error(ErrorType::DatabaseError, "The connection to the database was lost.");
  }
  // pqxx 6.4 raises these without a sqlstate.
  if (dynamic_cast<const pqxx::serialization_failure*>(&failure)) {
    return translatePgError("40001", failure.what());
  }
  if (dynamic_cast<const pqxx::deadlock_detected*>(&failure)) {
    return translatePgError("40P01", failure.what());
  }
  if (const auto* sql = dynamic_cast<const pqxx::sql_error*>(&failure)) {
    return translatePgError(sql->sqlstate(), sql->what());
  }
  return translatePgError("", failure.what());
}

bool isConnectionFailure(const pqxx::failure& failure) noexcept {
  if (dynamic_cast<const pqxx::broken_connection*>(&failure)) return true;
  const auto* sql = dynamic_cast<const pqxx::sql_error*>(&failure);
  return sql && isConnectionState(sql->sqlstate());
}

void rethrowTranslated(const pqxx::failure& failure) {
  if (isConnectionFailure(failure)) throw;
  throw toMedusaError(failure);
}

}  // namespace medusa::db
