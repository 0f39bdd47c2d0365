// SPDX-License-Identifier: MIT
// Migrations: apply in order, re-run as a no-op, two runners at once, rollback of the last
// batch, and a failing migration that leaves nothing behind.
#include "medusa/db/migration_runner.h"

#include <QElapsedTimer>
#include <QtTest>
#include <atomic>
#include <thread>

#include "db_test_helpers.h"

using namespace medusa;
using namespace medusa::test;
using db::Migration;
using db::MigrationRunner;
using db::Pool;

namespace {

// As medusa_add_migrations() generates them: {"<module>", "<file name>", R"(sql)"}.
std::vector<Migration> catalog() {
  return {
      {"product", "0002_add_title", R"(ALTER TABLE product ADD COLUMN title text;
-- migrate:down
ALTER TABLE product DROP COLUMN title;
)"},
      {"product", "0001_create_product", R"(CREATE TABLE product (id text PRIMARY KEY);
-- migrate:down
DROP TABLE product;
)"},
      {"pricing", "0001_create_price", R"(CREATE TABLE price (id text PRIMARY KEY);
  -- migrate:down
DROP TABLE price;
)"},
  };
}

long long tableExists(Pool& pool, const std::string& table) {
  db::Params params;
  return scalar(pool, "SELECT count(*) FROM pg_tables WHERE tablename = " + params.add(table),
                params);
}

std::vector<std::string> names(const std::vector<db::MigrationRecord>& records) {
  std::vector<std::string> out;
  for (const auto& r : records) out.push_back(r.module + "/" + r.name);
  return out;
}

}  // namespace

class MigrationRunnerTest : public QObject {
  Q_OBJECT

 private slots:
  void init() { m_url = createDatabase("migrate"); }

  void splitsUpAndDown() {
    const auto parts = db::splitMigration("CREATE TABLE a ();\n -- migrate:down \nDROP TABLE a;\n");
    QCOMPARE(std::string(parts.up), std::string("CREATE TABLE a ();\n"));
    QVERIFY(parts.down.has_value());
    QCOMPARE(std::string(*parts.down), std::string("DROP TABLE a;\n"));
    const auto upOnly = db::splitMigration("CREATE TABLE a (); -- migrate:down is not a line\n");
    QVERIFY(!upOnly.down.has_value());
  }

  void appliesInModuleThenFileOrder() {
    Pool pool(poolOptions(m_url));
    MigrationRunner runner(pool, catalog());
    QCOMPARE(runner.pending().size(), 3u);
    const auto applied = runner.migrate();
    const std::vector<std::string> expected{"product/0001_create_product", "product/0002_add_title",
                                            "pricing/0001_create_price"};
    QCOMPARE(names(applied), expected);
    QCOMPARE(applied.front().batch, 1);
    QCOMPARE(tableExists(pool, "product"), 1);
    QCOMPARE(scalar(pool,
                    "SELECT count(*) FROM information_schema.columns "
                    "WHERE table_name = 'product' AND column_name = 'title'"),
             1);
    QCOMPARE(scalar(pool, "SELECT count(*) FROM medusa_migrations WHERE batch = 1"), 3);
    QVERIFY(runner.pending().empty());
  }

  void reapplyingIsANoOp() {
    Pool pool(poolOptions(m_url));
    QCOMPARE(MigrationRunner(pool, catalog()).migrate().size(), 3u);
    QVERIFY(MigrationRunner(pool, catalog()).migrate().empty());
    QCOMPARE(scalar(pool, "SELECT count(*) FROM medusa_migrations"), 3);

    auto more = catalog();
    more.push_back({"product", "0003_add_handle", "ALTER TABLE product ADD COLUMN handle text;"});
    const auto applied = MigrationRunner(pool, more).migrate();
    QCOMPARE(names(applied), std::vector<std::string>{"product/0003_add_handle"});
    QCOMPARE(applied.front().batch, 2);
  }

  void concurrentRunnersApplyEachMigrationOnce() {
    auto migrations = catalog();
    // A slow migration keeps the first runner busy while the second one arrives.
    migrations.push_back({"product", "0003_slow", "SELECT pg_sleep(0.3);"});
    std::atomic<int> failures = 0;
    std::size_t appliedByFirst = 0;
    std::size_t appliedBySecond = 0;
    const auto run = [&](std::size_t& applied) {
      try {
        Pool pool(poolOptions(m_url, 1));
        applied = MigrationRunner(pool, migrations).migrate().size();
      } catch (const std::exception& e) {
        qWarning("runner failed: %s", e.what());
        ++failures;
      }
    };
    std::thread first(run, std::ref(appliedByFirst));
    std::thread second(run, std::ref(appliedBySecond));
    first.join();
    second.join();
    QCOMPARE(failures.load(), 0);
    QCOMPARE(appliedByFirst + appliedBySecond, 4u);
    QVERIFY(appliedByFirst == 0 || appliedBySecond == 0);  // one did all, the other nothing
    Pool pool(poolOptions(m_url));
    QCOMPARE(scalar(pool, "SELECT count(*) FROM medusa_migrations"), 4);
  }

  void waitsForTheAdvisoryLock() {
    Pool pool(poolOptions(m_url));
    auto holder = pool.connectDedicated();
    pqxx::nontransaction lock(*holder);
    lock.exec_params("SELECT pg_advisory_lock($1)", MigrationRunner::kAdvisoryLockKey);
    std::atomic<bool> done = false;
    std::thread runner([&] {
      Pool own(poolOptions(m_url));
      MigrationRunner(own, catalog()).migrate();
      done = true;
    });
    std::this_thread::sleep_for(300ms);
    const bool finishedWhileLocked = done;
    lock.exec_params("SELECT pg_advisory_unlock($1)", MigrationRunner::kAdvisoryLockKey);
    runner.join();
    QVERIFY(!finishedWhileLocked);
    QVERIFY(done);
    QCOMPARE(tableExists(pool, "price"), 1);
  }

  void rollsBackTheLastBatch() {
    Pool pool(poolOptions(m_url));
    auto migrations = catalog();
    MigrationRunner(pool, {migrations[1]}).migrate();  // batch 1: product/0001
    MigrationRunner runner(pool, migrations);
    QCOMPARE(runner.migrate().size(), 2u);  // batch 2: product/0002, pricing/0001
    const auto reverted = runner.rollback();
    const std::vector<std::string> expected{"pricing/0001_create_price", "product/0002_add_title"};
    QCOMPARE(names(reverted), expected);  // reverse order
    QCOMPARE(tableExists(pool, "price"), 0);
    QCOMPARE(tableExists(pool, "product"), 1);  // batch 1 stays
    QCOMPARE(scalar(pool, "SELECT count(*) FROM medusa_migrations"), 1);
    QCOMPARE(names(runner.pending()),
             (std::vector<std::string>{"product/0002_add_title", "pricing/0001_create_price"}));
    // Only the given modules: pricing's last batch.
    runner.migrate();
    QCOMPARE(names(runner.rollback({"pricing"})),
             std::vector<std::string>{"pricing/0001_create_price"});
    QCOMPARE(tableExists(pool, "price"), 0);
    QCOMPARE(scalar(pool,
                    "SELECT count(*) FROM information_schema.columns "
                    "WHERE table_name = 'product' AND column_name = 'title'"),
             1);
  }

  void rollbackWithoutDownPartChangesNothing() {
    Pool pool(poolOptions(m_url));
    auto migrations = catalog();
    migrations.push_back({"product", "0003_no_down", "CREATE TABLE irreversible (id int);"});
    MigrationRunner runner(pool, migrations);
    runner.migrate();
    const auto error = errorOf([&] { runner.rollback(); });
    QVERIFY(error.has_value());
    QCOMPARE(wire(error->type()), wire(ErrorType::NotAllowed));
    QVERIFY2(error->message().find("product/0003_no_down") != std::string::npos,
             error->message().c_str());
    QCOMPARE(tableExists(pool, "price"), 1);
    QCOMPARE(tableExists(pool, "irreversible"), 1);
    QCOMPARE(scalar(pool, "SELECT count(*) FROM medusa_migrations"), 4);
  }

  void failingMigrationLeavesNothingBehind() {
    Pool pool(poolOptions(m_url));
    auto migrations = catalog();
    migrations.push_back(
        {"product", "0003_broken",
         "CREATE TABLE half_done (id int);\nALTER TABLE no_such_table ADD x int;"});
    const auto error = errorOf([&] { MigrationRunner(pool, migrations).migrate(); });
    QVERIFY(error.has_value());
    QCOMPARE(wire(error->type()), wire(ErrorType::DatabaseError));
    QVERIFY2(error->message().find("product/0003_broken") != std::string::npos &&
                 error->message().find("no_such_table") != std::string::npos,
             error->message().c_str());
    QCOMPARE(tableExists(pool, "half_done"), 0);
    QCOMPARE(scalar(pool, "SELECT count(*) FROM medusa_migrations WHERE name = '0003_broken'"), 0);
    QCOMPARE(scalar(pool, "SELECT count(*) FROM medusa_migrations"), 2);  // product/0001, 0002
  }

  void refusesAMigrationListedTwice() {
    Pool pool(poolOptions(m_url));
    auto migrations = catalog();
    migrations.push_back(migrations.front());
    const auto error = errorOf([&] { MigrationRunner(pool, migrations); });
    QVERIFY(error.has_value());
    QCOMPARE(wire(error->type()), wire(ErrorType::InvalidArgument));
  }

 private:
  std::string m_url;
};

QTEST_APPLESS_MAIN(MigrationRunnerTest)
#include "migration_runner_test.moc"
