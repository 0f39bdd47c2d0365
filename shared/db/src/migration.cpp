// SPDX-License-Identifier: MIT
#include "medusa/db/migration.h"

namespace medusa::db {

namespace {

constexpr std::string_view kDownMarker = "-- migrate:down";

std::string_view trimmed(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return s.substr(first, last - first + 1);
}

}  // namespace

MigrationParts splitMigration(std::string_view sql) {
  std::size_t lineStart = 0;
  while (lineStart <= sql.size()) {
    auto lineEnd = sql.find('\n', lineStart);
    if (lineEnd == std::string_view::npos) lineEnd = sql.size();
    if (trimmed(sql.substr(lineStart, lineEnd - lineStart)) == kDownMarker) {
      const auto downStart = lineEnd < sql.size() ? lineEnd + 1 : sql.size();
      return {sql.substr(0, lineStart), sql.substr(downStart)};
    }
    lineStart = lineEnd + 1;
  }
  return {sql, std::nullopt};
}

}  // namespace medusa::db
