// SPDX-License-Identifier: MIT
#include "medusa/workflow/postgres_workflow_execution_store.h"

#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>
#include <string>

#include "medusa/core/error.h"
#include "medusa/core/id.h"
#include "medusa/core/json.h"
#include "medusa/db/params.h"
#include "medusa/db/pool.h"

namespace medusa::workflow {

namespace {

constexpr std::string_view kMigrationSql = R"(
CREATE TABLE IF NOT EXISTS workflow_execution (
  id text NOT NULL,
  workflow_id text NOT NULL,
  transaction_id text NOT NULL,
  idempotency_key text NULL,
  state text NOT NULL,
  execution jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT workflow_execution_pkey PRIMARY KEY (workflow_id, transaction_id)
);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_workflow_execution_id_unique"
  ON workflow_execution (id);
CREATE UNIQUE INDEX IF NOT EXISTS "IDX_workflow_execution_workflow_id_idempotency_key_unique"
  ON workflow_execution (workflow_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS "IDX_workflow_execution_state" ON workflow_execution (state);
-- migrate:down
DROP TABLE IF EXISTS workflow_execution;
)";

// An existing row is replaced only when it is finished and has no idempotency key.
constexpr db::Statement kInsert{
    "workflow_execution.insert",
    "INSERT INTO workflow_execution "
    "(id, workflow_id, transaction_id, idempotency_key, state, execution) "
    "VALUES ($1, $2, $3, $4, $5, $6::jsonb) "
    "ON CONFLICT (workflow_id, transaction_id) DO UPDATE SET "
    "id = EXCLUDED.id, idempotency_key = EXCLUDED.idempotency_key, state = EXCLUDED.state, "
    "execution = EXCLUDED.execution, created_at = now(), updated_at = now() "
    "WHERE workflow_execution.idempotency_key IS NULL "
    "AND workflow_execution.state IN ('done', 'reverted', 'failed') "
    "RETURNING id"};

constexpr db::Statement kUpsert{
    "workflow_execution.upsert",
    "INSERT INTO workflow_execution "
    "(id, workflow_id, transaction_id, idempotency_key, state, execution) "
    "VALUES ($1, $2, $3, $4, $5, $6::jsonb) "
    "ON CONFLICT (workflow_id, transaction_id) DO UPDATE SET "
    "id = EXCLUDED.id, idempotency_key = EXCLUDED.idempotency_key, state = EXCLUDED.state, "
    "execution = EXCLUDED.execution, updated_at = now()"};

constexpr db::Statement kSelectByIds{"workflow_execution.select_by_ids",
                                     "SELECT execution::text FROM workflow_execution "
                                     "WHERE workflow_id = $1 AND transaction_id = $2"};

constexpr db::Statement kSelectByKey{"workflow_execution.select_by_key",
                                     "SELECT execution::text FROM workflow_execution "
                                     "WHERE workflow_id = $1 AND idempotency_key = $2"};

constexpr db::Statement kSelectByStates{"workflow_execution.select_by_states",
                                        "SELECT execution::text FROM workflow_execution "
                                        "WHERE state = ANY($1::text[]) ORDER BY created_at, id"};

ExecutionRecord parseRecord(const pqxx::field& field) {
  return boost::json::value_to<ExecutionRecord>(
      json::parse(std::string_view(field.c_str(), field.size())));
}

std::optional<ExecutionRecord> firstRecord(const pqxx::result& rows) {
  if (rows.empty()) return std::nullopt;
  return parseRecord(rows[0][0]);
}

std::optional<std::string> keyOf(const ExecutionRecord& record) {
  return record.idempotencyKey;
}

// The row values of `record` ($1..$6 of kInsert and kUpsert).
struct Row {
  std::string id;
  std::string state;
  std::string execution;
};

Row rowOf(const ExecutionRecord& record) {
  auto copy = record;
  if (copy.id.empty()) copy.id = id::generate("wf_exec");
  return {copy.id, std::string(toString(copy.state)),
          json::stringify(boost::json::value_from(copy))};
}

}  // namespace

std::vector<db::Migration> workflowExecutionMigrations() {
  return {{"workflow_engine", "0001_create_workflow_execution", std::string(kMigrationSql)}};
}

PostgresWorkflowExecutionStore::PostgresWorkflowExecutionStore(db::Pool& pool) : m_pool(pool) {}

std::optional<ExecutionRecord> PostgresWorkflowExecutionStore::begin(
    const ExecutionRecord& record) {
  const auto row = rowOf(record);
  return m_pool.transact([&](db::TxContext& tx) -> std::optional<ExecutionRecord> {
    if (record.idempotencyKey) {
      if (auto existing =
              firstRecord(tx.exec(kSelectByKey, record.workflowId, *record.idempotencyKey)))
        return existing;
    }
    try {
      const auto inserted = tx.savepoint([&](db::TxContext& inner) {
        return inner.exec(kInsert, row.id, record.workflowId, record.transactionId, keyOf(record),
                          row.state, row.execution);
      });
      if (!inserted.empty()) return std::nullopt;
    } catch (const Error&) {
      // A concurrent begin committed the same idempotency key first (the unique index refused
      // ours): return its execution. Any other failure finds no such row and is rethrown.
      if (!record.idempotencyKey) throw;
      if (auto existing =
              firstRecord(tx.exec(kSelectByKey, record.workflowId, *record.idempotencyKey)))
        return existing;
      throw;
    }
    // The ids are taken by an execution that is running or idempotent.
    auto existing = firstRecord(tx.exec(kSelectByIds, record.workflowId, record.transactionId));
    if (!existing) {
      throw Error(ErrorType::UnexpectedState,
                  "Workflow execution " + record.transactionId + " conflicts but is not stored");
    }
    return existing;
  });
}

void PostgresWorkflowExecutionStore::save(const ExecutionRecord& record) {
  const auto row = rowOf(record);
  m_pool.transact([&](db::TxContext& tx) {
    tx.exec(kUpsert, row.id, record.workflowId, record.transactionId, keyOf(record), row.state,
            row.execution);
  });
}

std::optional<ExecutionRecord> PostgresWorkflowExecutionStore::load(
    std::string_view workflowId, std::string_view transactionId) const {
  return m_pool.transact([&](db::TxContext& tx) {
    return firstRecord(tx.exec(kSelectByIds, std::string(workflowId), std::string(transactionId)));
  });
}

std::vector<ExecutionRecord> PostgresWorkflowExecutionStore::list(
    const std::vector<TransactionState>& states) const {
  std::vector<std::string> names;
  for (const auto state : states) names.emplace_back(toString(state));
  const auto literal = db::toArrayLiteral(names);
  return m_pool.transact([&](db::TxContext& tx) {
    std::vector<ExecutionRecord> out;
    for (const auto& row : tx.exec(kSelectByStates, literal)) out.push_back(parseRecord(row[0]));
    return out;
  });
}

}  // namespace medusa::workflow
