// SPDX-License-Identifier: MIT
// Transactions (commit, rollback, savepoints, joining an outer transaction, isolation) and
// statements (prepared once per connection, dynamic parameters).
#include <QtTest>
#include <stdexcept>

#include "db_test_helpers.h"

using namespace medusa;
using namespace medusa::test;
using db::Params;
using db::Pool;
using db::Statement;
using db::TxContext;

namespace {

constexpr Statement kInsertNote{"test.note.insert", "INSERT INTO note (id, body) VALUES ($1, $2)"};
constexpr Statement kCountNotes{"test.note.count", "SELECT count(*) FROM note"};

long long notes(Pool& pool) {
  return scalar(pool, "SELECT count(*) FROM note");
}

}  // namespace

class TxContextTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    m_url = createDatabase("tx");
    m_pool.emplace(poolOptions(m_url, 2));
    execScript(*m_pool, "CREATE TABLE note (id text PRIMARY KEY, body text)");
  }
  void init() { execScript(*m_pool, "TRUNCATE note"); }

  void commitsAndReturnsTheResult() {
    const auto count = m_pool->transact([](TxContext& tx) {
      tx.exec(kInsertNote, "n1", "hello");
      return tx.exec1(kCountNotes)[0].as<int>();
    });
    QCOMPARE(count, 1);
    QCOMPARE(notes(*m_pool), 1);
  }

  void rollsBackWhenTheCallbackThrows() {
    QVERIFY_THROWS_EXCEPTION(std::logic_error, m_pool->transact([](TxContext& tx) {
      tx.exec(kInsertNote, "n1", "lost");
      throw std::logic_error("bug");
    }));
    const auto error = errorOf([&] {
      m_pool->transact([](TxContext& tx) {
        tx.exec(kInsertNote, "n2", "lost too");
        throw Error(ErrorType::NotFound, "Region with id: reg_x was not found");
      });
    });
    QVERIFY(error.has_value());
    QCOMPARE(wire(error->type()), wire(ErrorType::NotFound));  // callers' own errors pass unchanged
    QCOMPARE(notes(*m_pool), 0);
    QCOMPARE(m_pool->stats().inUse, 0u);
  }

  void preparesOncePerConnection() {
    Pool pool(poolOptions(m_url, 1));
    for (int i = 0; i < 200; ++i) {
      pool.transact([&](TxContext& tx) { tx.exec(kInsertNote, "p" + std::to_string(i), nullptr); });
    }
    QCOMPARE(pool.stats().prepared, 1u);
    // The server agrees: one prepared statement on the session, executed 200 times.
    Params params;
    const auto sql =
        "SELECT count(*), sum(generic_plans + custom_plans) FROM "
        "pg_prepared_statements WHERE name = " +
        params.add("test.note.insert");
    const auto row = pool.transact([&](TxContext& tx) { return tx.execDynamic(sql, params)[0]; });
    QCOMPARE(row[0].as<int>(), 1);
    QCOMPARE(row[1].as<int>(), 200);
    QCOMPARE(notes(*m_pool), 200);
  }

  void sameNameWithOtherSqlIsRefused() {
    constexpr Statement kImpostor{"test.note.insert", "DELETE FROM note"};
    const auto error = errorOf([&] {
      m_pool->transact([&](TxContext& tx) {
        tx.exec(kInsertNote, "n1", "x");
        tx.exec(kImpostor);
      });
    });
    QVERIFY(error.has_value());
    QCOMPARE(wire(error->type()), wire(ErrorType::UnexpectedState));
  }

  void dynamicParametersNeverBecomeSql() {
    const std::string hostile = "x'); DROP TABLE note; --";
    m_pool->transact([&](TxContext& tx) {
      Params params;
      const auto sql = "INSERT INTO note (id, body) VALUES (" + params.add("d1") + ", " +
                       params.add(hostile) + "), (" + params.add("d2") + ", " + params.addNull() +
                       ")";
      tx.execDynamic(sql, params);
    });
    const auto rows = m_pool->transact([&](TxContext& tx) {
      Params params;
      const auto sql = "SELECT id, body FROM note WHERE id = ANY(" +
                       params.addArray({"d1", "d2", "missing"}) + "::text[]) ORDER BY id";
      return tx.execDynamic(sql, params);
    });
    QCOMPARE(rows.size(), 2u);
    QCOMPARE(rows[0][1].as<std::string>(), hostile);
    QVERIFY(rows[1][1].is_null());
  }

  void arrayLiteralsRoundTrip() {
    const std::vector<std::string> values{"a", "b,c", "q\"uote", "back\\slash", "NULL", "", "{x}"};
    const auto result = m_pool->transact([&](TxContext& tx) {
      Params params;
      return tx.execDynamic("SELECT unnest(" + params.addArray(values) + "::text[])", params);
    });
    QCOMPARE(result.size(), values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
      QVERIFY(!result[static_cast<int>(i)][0].is_null());
      QCOMPARE(result[static_cast<int>(i)][0].as<std::string>(), values[i]);
    }
  }

  void preparedStatementWithDynamicParameters() {
    constexpr Statement kByIds{"test.note.by_ids", "SELECT count(*) FROM note WHERE id = ANY($1)"};
    m_pool->transact([](TxContext& tx) {
      tx.exec(kInsertNote, "a", "1");
      tx.exec(kInsertNote, "b", "2");
    });
    const auto count = m_pool->transact([&](TxContext& tx) {
      Params params;
      params.addArray({"a", "b", "c"});
      return tx.exec(kByIds, params)[0][0].as<int>();
    });
    QCOMPARE(count, 2);
  }

  void savepointKeepsTheOuterTransactionUsable() {
    m_pool->transact([](TxContext& tx) {
      tx.exec(kInsertNote, "s1", "kept");
      const auto error = errorOf([&] {
        tx.savepoint([](TxContext& inner) {
          inner.exec(kInsertNote, "s2", "undone");
          inner.exec(kInsertNote, "s1", "duplicate");
        });
      });
      QVERIFY(error.has_value());
      QCOMPARE(wire(error->type()), wire(ErrorType::InvalidData));
      const auto inner = tx.savepoint([](TxContext& sp) {
        sp.exec(kInsertNote, "s3", "kept too");
        return 3;
      });
      QCOMPARE(inner, 3);
      tx.exec(kInsertNote, "s4", "kept after");
    });
    QCOMPARE(scalar(*m_pool, "SELECT count(*) FROM note WHERE id IN ('s1', 's3', 's4')"), 3);
    QCOMPARE(notes(*m_pool), 3);
  }

  void joiningAnOuterTransaction() {
    // What a module service does: join the caller's transaction, open one only when none.
    const auto createNote = [&](const std::string& id, TxContext* tx) {
      m_pool->transact(tx, [&](TxContext& t) { t.exec(kInsertNote, id, "joined"); });
    };
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, m_pool->transact([&](TxContext& tx) {
      createNote("j1", &tx);
      createNote("j2", &tx);
      throw std::runtime_error("a later step failed");
    }));
    QCOMPARE(notes(*m_pool), 0);  // rolled back together
    createNote("j3", nullptr);
    QCOMPARE(notes(*m_pool), 1);
    QCOMPARE(m_pool->stats().inUse, 0u);
  }

  void isolationLevels() {
    const auto level = [&](db::Isolation isolation) {
      return m_pool->transact(
          [](TxContext& tx) {
            return tx.execDynamic("SHOW transaction_isolation")[0][0].as<std::string>();
          },
          isolation);
    };
    QCOMPARE(level(db::Isolation::ReadCommitted), "read committed");
    QCOMPARE(level(db::Isolation::RepeatableRead), "repeatable read");
    QCOMPARE(level(db::Isolation::Serializable), "serializable");
  }

 private:
  std::optional<Pool> m_pool;
  std::string m_url;
};

QTEST_APPLESS_MAIN(TxContextTest)
#include "tx_context_test.moc"
