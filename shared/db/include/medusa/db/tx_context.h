// SPDX-License-Identifier: MIT
#pragma once

#include <concepts>
#include <pqxx/pqxx>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "medusa/db/params.h"
#include "medusa/db/pg_error.h"
#include "medusa/db/statement.h"

namespace medusa::db {

class Pool;

namespace detail {
struct ConnectionState;  // the pool's per-connection bookkeeping (pool.cpp)

// A Params list goes to the overload that expands it, not to libpqxx as one value.
template <class T>
concept StatementArgument = !std::same_as<std::remove_cvref_t<T>, Params>;
}  // namespace detail

/// Isolation level of a transaction opened by Pool::transact().
enum class Isolation { ReadCommitted, RepeatableRead, Serializable };

/// The open database transaction a unit of work runs in. Pool::transact() creates it, commits it
/// when the callback returns and rolls it back when the callback throws. Module services take a
/// `TxContext*` (null: open their own) and pass the same context down, so a workflow step's
/// whole unit of work commits or rolls back together.
///
/// Errors: PostgreSQL errors leave transact() and savepoint() as medusa::Error (pg_error.h).
/// Inside the callback statements throw libpqxx exceptions; do not catch them there: after an
/// error PostgreSQL aborts the transaction, so the only way to recover inside one is a
/// savepoint() around the statement that may fail.
class TxContext {
 public:
  TxContext(const TxContext&) = delete;
  TxContext& operator=(const TxContext&) = delete;

  /// Runs a named statement with its parameters, preparing it on this connection first if it
  /// has not been prepared there yet. Arguments: anything libpqxx converts (strings, numbers,
  /// bool, nullptr for NULL).
  template <detail::StatementArgument... Args>
  pqxx::result exec(const Statement& statement, Args&&... args) {
    prepare(statement);
    return m_tx.exec_prepared(std::string(statement.name), std::forward<Args>(args)...);
  }
  /// exec() that throws pqxx::unexpected_rows unless exactly one row comes back.
  template <detail::StatementArgument... Args>
  pqxx::row exec1(const Statement& statement, Args&&... args) {
    prepare(statement);
    return m_tx.exec_prepared1(std::string(statement.name), std::forward<Args>(args)...);
  }
  /// A named statement with a parameter list built at run time.
  pqxx::result exec(const Statement& statement, const Params& params);

  /// Runs SQL built at run time (the Query engine) with its parameters ($1.. from Params).
  /// Not prepared: the text varies, so a plan cache would only grow.
  pqxx::result execDynamic(std::string_view sql, const Params& params = {});

  /// Runs constant SQL that takes no parameters and may hold several statements (DDL,
  /// migrations). Never pass text that contains a value.
  void execScript(std::string_view sql);

  /// Runs `fn` inside a SAVEPOINT: if it throws, only its own work is rolled back and the error
  /// (translated to medusa::Error) propagates; the enclosing transaction stays usable, so a
  /// caller may catch e.g. a unique violation and carry on. `fn` gets this same context.
  template <class F>
  auto savepoint(F&& fn) -> std::invoke_result_t<F&, TxContext&> {
    const auto name = beginSavepoint();
    try {
      if constexpr (std::is_void_v<std::invoke_result_t<F&, TxContext&>>) {
        fn(*this);
        releaseSavepoint(name);
      } else {
        auto result = fn(*this);
        releaseSavepoint(name);
        return result;
      }
    } catch (const pqxx::failure& e) {
      rollbackToSavepoint(name);
      rethrowTranslated(e);
    } catch (...) {
      rollbackToSavepoint(name);
      throw;
    }
  }

  /// The underlying libpqxx transaction, for what this class does not wrap (streams, quoting).
  pqxx::dbtransaction& raw() noexcept { return m_tx; }

 private:
  friend class Pool;
  TxContext(pqxx::dbtransaction& tx, detail::ConnectionState& state) : m_tx(tx), m_state(state) {}

  void prepare(const Statement& statement);
  // Plain SAVEPOINT statements rather than pqxx::subtransaction: in libpqxx 6.4 a
  // subtransaction only sends its SAVEPOINT on a first exec(), not on exec_prepared(), so a
  // failing prepared statement inside one would abort the whole transaction.
  std::string beginSavepoint();
  void releaseSavepoint(const std::string& name);
  void rollbackToSavepoint(const std::string& name) noexcept;

  pqxx::dbtransaction& m_tx;
  detail::ConnectionState& m_state;
};

}  // namespace medusa::db
