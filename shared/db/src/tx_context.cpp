// SPDX-License-Identifier: MIT
#include "medusa/db/tx_context.h"

#include <vector>

#include "connection_state.h"
#include "medusa/core/deadline.h"
#include "medusa/core/error.h"

namespace medusa::db {

namespace {

// libpq takes NULL as a null pointer; libpqxx forwards a null `const char*` as SQL NULL.
std::vector<const char*> pointersOf(const Params& params) {
  std::vector<const char*> pointers;
  pointers.reserve(params.size());
  for (const auto& value : params.values()) pointers.push_back(value ? value->c_str() : nullptr);
  return pointers;
}

// Throws a timeout Error past the thread's request deadline (medusa/core/deadline.h); near it,
// lowers the transaction's statement_timeout to what is left (one round trip, once per
// transaction, and only then).
void checkDeadline(pqxx::dbtransaction& tx, detail::ConnectionState& state) {
  const auto deadline = currentDeadline();
  if (!deadline) return;
  const auto left = std::chrono::ceil<std::chrono::milliseconds>(
      *deadline - std::chrono::steady_clock::now());
  if (left.count() <= 0) throw timeoutError("The request took too long and was cancelled.");
  const auto sessionTimeout = state.statementTimeout;
  if (state.timeoutLowered || (sessionTimeout.count() > 0 && left >= sessionTimeout)) return;
  state.timeoutLowered = true;
  tx.exec("SET LOCAL statement_timeout = " + std::to_string(left.count()));
}

}  // namespace

void TxContext::prepare(const Statement& statement) {
  checkDeadline(m_tx, m_state);
  auto& prepared = m_state.prepared;
  if (const auto it = prepared.find(statement.name); it != prepared.end()) {
    if (it->second != statement.sql) {
      throw Error(ErrorType::UnexpectedState, "Statement name '" + std::string(statement.name) +
                                                  "' is used for two different SQL texts");
    }
    return;
  }
  // libpqxx keeps the definition and sends the PREPARE right before the first execution; from
  // then on only the name and the parameters travel. Prepared statements survive rollbacks.
  m_tx.conn().prepare(std::string(statement.name), std::string(statement.sql));
  prepared.emplace(statement.name, statement.sql);
  if (m_state.preparedCounter) m_state.preparedCounter->fetch_add(1, std::memory_order_relaxed);
}

pqxx::result TxContext::exec(const Statement& statement, const Params& params) {
  prepare(statement);
  const auto pointers = pointersOf(params);
  return m_tx.exec_prepared(std::string(statement.name),
                            pqxx::prepare::make_dynamic_params(pointers));
}

pqxx::result TxContext::execDynamic(std::string_view sql, const Params& params) {
  checkDeadline(m_tx, m_state);
  const auto pointers = pointersOf(params);
  return m_tx.exec_params(std::string(sql), pqxx::prepare::make_dynamic_params(pointers));
}

void TxContext::execScript(std::string_view sql) {
  checkDeadline(m_tx, m_state);
  m_tx.exec(std::string(sql));
}

std::string TxContext::beginSavepoint() {
  // A generated identifier, never a value: safe to put in the SQL text.
  auto name = "medusa_sp_" + std::to_string(++m_state.savepoints);
  m_tx.exec("SAVEPOINT " + name);
  return name;
}

void TxContext::releaseSavepoint(const std::string& name) {
  m_tx.exec("RELEASE SAVEPOINT " + name);
}

void TxContext::rollbackToSavepoint(const std::string& name) noexcept {
  try {
    m_tx.exec("ROLLBACK TO SAVEPOINT " + name);
  } catch (const std::exception&) {
    // Only fails when the connection is gone; the error being propagated says so already.
  }
}

}  // namespace medusa::db
