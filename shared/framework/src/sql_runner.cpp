// SPDX-License-Identifier: MIT
#include "medusa/framework/sql_runner.h"

#include <memory>
#include <mutex>
#include <pqxx/pqxx>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "medusa/db/pg_error.h"
#include "medusa/db/statement.h"
#include "medusa/framework/schema.h"

namespace medusa::framework {

namespace {

// Interned statement texts. Process-wide and never freed: a db::Statement's views must stay
// valid for as long as any pooled connection may have it prepared, and one name must always
// mean one text (connections outlive any single registry, e.g. in tests).
class StatementTexts {
 public:
  const db::Statement* find(std::string_view sql) {
    {
      std::shared_lock lock(m_mutex);
      if (const auto it = m_entries.find(sql); it != m_entries.end()) return &it->second->statement;
      if (m_entries.size() >= SqlRunner::kMaxPreparedTexts) return nullptr;
    }
    std::unique_lock lock(m_mutex);
    if (const auto it = m_entries.find(sql); it != m_entries.end()) return &it->second->statement;
    if (m_entries.size() >= SqlRunner::kMaxPreparedTexts) return nullptr;
    auto entry = std::make_unique<Entry>();
    entry->name = "framework.q" + std::to_string(m_entries.size() + 1);
    entry->sql = std::string(sql);
    entry->statement = db::Statement{entry->name, entry->sql};
    const auto* statement = &entry->statement;
    m_entries.emplace(entry->sql, std::move(entry));
    return statement;
  }

 private:
  struct Entry {
    std::string name;
    std::string sql;
    db::Statement statement;
  };
  std::shared_mutex m_mutex;
  std::unordered_map<std::string, std::unique_ptr<Entry>, StringHash, std::equal_to<>> m_entries;
};

StatementTexts& statementTexts() {
  static StatementTexts texts;
  return texts;
}

}  // namespace

template <class Exec>
pqxx::result SqlRunner::execute(std::string_view sql, const db::Params& params, Exec&& exec) {
  m_count.fetch_add(1, std::memory_order_relaxed);
  const auto started =
      m_observer ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
  pqxx::result result;
  try {
    result = exec();
  } catch (const pqxx::failure& failure) {
    // Translated here so the workflow engine sees the translated errors even when it catches
    // before the enclosing Pool::transact would have translated.
    db::rethrowTranslated(failure);
  }
  if (m_observer) {
    m_observer({sql, params.size(), std::chrono::steady_clock::now() - started});
  }
  return result;
}

pqxx::result SqlRunner::run(db::TxContext& tx, std::string_view sql, const db::Params& params) {
  return execute(sql, params, [&] { return tx.execDynamic(sql, params); });
}

pqxx::result SqlRunner::runPrepared(db::TxContext& tx, std::string_view sql,
                                    const db::Params& params) {
  const auto* statement = statementTexts().find(sql);
  if (!statement) return run(tx, sql, params);
  return execute(sql, params, [&] { return tx.exec(*statement, params); });
}

}  // namespace medusa::framework
