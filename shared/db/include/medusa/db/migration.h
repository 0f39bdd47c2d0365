// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medusa::db {

/// One migration file of a module, compiled into the binary by medusa_add_migrations()
/// (packaging/cmake/Migrations.cmake), which generates `{"<module>", "NNNN_<what>", R"(sql)"}`.
///
/// File format: plain SQL, run in one transaction. An optional line `-- migrate:down` splits it:
/// the text before is applied by db:migrate, the text after reverts it for db:rollback. Without
/// that part the migration cannot be rolled back. Statements that cannot run inside a
/// transaction (CREATE INDEX CONCURRENTLY, ALTER TYPE ... ADD VALUE before PostgreSQL 12) are
/// not supported.
struct Migration {
  std::string module{};
  std::string name{};  // file name without extension, e.g. "0001_create_product"; sorts in order
  std::string sql{};
};

/// A migration's two parts (views into Migration::sql).
struct MigrationParts {
  std::string_view up{};
  std::optional<std::string_view> down;  // nullopt: no `-- migrate:down` line
};

/// Splits at the first line that reads `-- migrate:down` (surrounding blanks ignored).
MigrationParts splitMigration(std::string_view sql);

}  // namespace medusa::db
