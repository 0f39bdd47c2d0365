// SPDX-License-Identifier: MIT
// PostgreSQL errors -> medusa::Error, provoked on a real database (API-CORE.md §1.6), plus the
// parsing of libpq's text on its own.
#include "medusa/db/pg_error.h"

#include <QtTest>

#include "db_test_helpers.h"

using namespace medusa;
using namespace medusa::test;
using db::Pool;
using db::Statement;
using db::TxContext;

namespace {

constexpr std::string_view kSchema = R"sql(
CREATE TABLE product (
  id text PRIMARY KEY,
  handle text NOT NULL,
  title text NOT NULL,
  weight integer CHECK (weight >= 0),
  code text
);
CREATE UNIQUE INDEX "IDX_product_handle_unique" ON product (handle);
CREATE UNIQUE INDEX "product_code_custom" ON product (code);
CREATE TABLE product_variant (
  id text PRIMARY KEY,
  product_id text NOT NULL REFERENCES product (id),
  title text NOT NULL
);
CREATE UNIQUE INDEX "IDX_product_variant_product_id_title_unique"
  ON product_variant (product_id, title);
INSERT INTO product (id, handle, title, code) VALUES ('prod_1', 'my-handle', 'Shirt', 'c-1');
INSERT INTO product_variant (id, product_id, title) VALUES ('variant_1', 'prod_1', 'Red');
)sql";

constexpr Statement kInsertProduct{
    "test.product.insert",
    "INSERT INTO product (id, handle, title, weight, code) VALUES ($1, $2, $3, $4, $5)"};
constexpr Statement kCountProducts{"test.product.count", "SELECT count(*) FROM product"};
constexpr Statement kInsertVariant{
    "test.variant.insert",
    "INSERT INTO product_variant (id, product_id, title) VALUES ($1, $2, $3)"};

}  // namespace

class PgErrorTest : public QObject {
  Q_OBJECT

  template <class F>
  Error failing(F&& work, db::Isolation isolation = db::Isolation::ReadCommitted) {
    const auto error = errorOf([&] { m_pool->transact(work, isolation); });
    if (!error) throw std::runtime_error("expected a medusa::Error, got none");
    return *error;
  }
  Error insertProduct(const char* id, const char* handle, const char* title, int weight = 1,
                      const char* code = nullptr) {
    return failing(
        [&](TxContext& tx) { tx.exec(kInsertProduct, id, handle, title, weight, code); });
  }

 private slots:
  void initTestCase() {
    m_pool.emplace(poolOptions(createDatabase("pgerr"), 3));
    execScript(*m_pool, kSchema);
  }

  void uniqueIndexNamedByConvention() {
    const auto e = insertProduct("prod_2", "my-handle", "Other");
    QCOMPARE(wire(e.type()), wire(ErrorType::InvalidData));
    QCOMPARE(e.message(), std::string("Product with handle: my-handle, already exists."));
    QCOMPARE(toErrorResponse(e).status, 400);
  }

  void primaryKey() {
    const auto e = insertProduct("prod_1", "new-handle", "Other");
    QCOMPARE(wire(e.type()), wire(ErrorType::InvalidData));
    QCOMPARE(e.message(), std::string("Product with id: prod_1, already exists."));
  }

  void uniqueIndexOnTwoColumns() {
    const auto e =
        failing([](TxContext& tx) { tx.exec(kInsertVariant, "variant_2", "prod_1", "Red"); });
    QCOMPARE(wire(e.type()), wire(ErrorType::InvalidData));
    QCOMPARE(e.message(),
             std::string("Product variant with product_id: prod_1, title: Red, already exists."));
  }

  void uniqueIndexNamedOtherwise() {
    const auto e = insertProduct("prod_3", "h-3", "Other", 1, "c-1");
    QCOMPARE(wire(e.type()), wire(ErrorType::InvalidData));
    QCOMPARE(e.message(), std::string("Record with code: c-1, already exists."));
  }

  void foreignKeyToMissingRow() {
    const auto e =
        failing([](TxContext& tx) { tx.exec(kInsertVariant, "variant_3", "prod_x", "Blue"); });
    QCOMPARE(wire(e.type()), wire(ErrorType::NotFound));
    QCOMPARE(e.message(), std::string("You tried to set relationship product_id: prod_x, but "
                                      "such entity does not exist"));
    QCOMPARE(toErrorResponse(e).status, 404);
  }

  void deletingAReferencedRow() {
    const auto e =
        failing([](TxContext& tx) { tx.execScript("DELETE FROM product WHERE id = 'prod_1'"); });
    QCOMPARE(wire(e.type()), wire(ErrorType::NotAllowed));
    QCOMPARE(e.message(),
             std::string("Product with id: prod_1 is still referenced by product_variant."));
  }

  void notNullNamesTheColumn() {
    const auto e = insertProduct("prod_4", "h-4", nullptr);
    QCOMPARE(wire(e.type()), wire(ErrorType::InvalidData));
    QCOMPARE(e.message(),
             std::string("Cannot set field 'title' of Product to null"));
    QCOMPARE(toErrorResponse(e).status, 400);
  }

  void checkNamesTheConstraint() {
    const auto e = insertProduct("prod_5", "h-5", "Heavy", -1);
    QCOMPARE(wire(e.type()), wire(ErrorType::InvalidData));
    QCOMPARE(e.message(), std::string("Product violates check constraint product_weight_check."));
  }

  void serializationFailureIsConflict() {
    // Write skew between two serializable transactions: both read the same rows, both insert.
    // The inner one commits first; the outer one must then fail.
    const auto e = failing(
        [&](TxContext& outer) {
          outer.exec(kCountProducts);
          m_pool->transact(
              [](TxContext& inner) {
                inner.exec(kCountProducts);
                inner.exec(kInsertProduct, "prod_s1", "s-1", "S1", 1, nullptr);
              },
              db::Isolation::Serializable);
          outer.exec(kInsertProduct, "prod_s2", "s-2", "S2", 1, nullptr);
        },
        db::Isolation::Serializable);
    QCOMPARE(wire(e.type()), wire(ErrorType::Conflict));
    QCOMPARE(toErrorResponse(e).status, 409);
  }

  void lockTimeoutIsConflict() {
    const auto e = failing([&](TxContext& outer) {
      outer.execScript("SELECT * FROM product WHERE id = 'prod_1' FOR UPDATE");
      m_pool->transact([](TxContext& inner) {
        inner.execScript("SET LOCAL lock_timeout = '50ms'");
        inner.execScript("SELECT * FROM product WHERE id = 'prod_1' FOR UPDATE");
      });
    });
    QCOMPARE(wire(e.type()), wire(ErrorType::Conflict));
  }

  void statementTimeoutIsDatabaseError() {
    const auto e = failing([](TxContext& tx) {
      tx.execScript("SET LOCAL statement_timeout = '50ms'");
      tx.execScript("SELECT pg_sleep(2)");
    });
    QCOMPARE(wire(e.type()), wire(ErrorType::DatabaseError));
    QVERIFY(e.message().find("took too long") != std::string::npos);
    QCOMPARE(toErrorResponse(e).status, 503);  // issue #12: a timeout, the client may retry
  }

  void otherErrorsStayGeneric() {
    const auto e = failing([](TxContext& tx) { tx.execScript("SELECT * FROM no_such_table"); });
    QCOMPARE(wire(e.type()), wire(ErrorType::DatabaseError));
    QVERIFY(e.message().find("no_such_table") == std::string::npos);  // internals withheld
    QCOMPARE(toErrorResponse(e).status, 500);
  }

  void parsesLibpqText() {
    const auto dup = db::translatePgError("23505",
                                          "ERROR:  duplicate key value violates unique constraint "
                                          "\"IDX_product_category_handle_unique\"\n"
                                          "DETAIL:  Key (handle)=(a (b)=c) already exists.\n");
    QCOMPARE(dup.message(), std::string("Product category with handle: a (b)=c, already exists."));
    // Booleans come as t/f from PostgreSQL; Medusa spells them out.
    const auto customer = db::translatePgError(
        "23505",
        "ERROR:  duplicate key value violates unique constraint "
        "\"IDX_customer_email_has_account_unique\"\n"
        "DETAIL:  Key (email, has_account)=(a@b.c, f) already exists.\n");
    QCOMPARE(customer.message(),
             std::string("Customer with email: a@b.c, has_account: false, already exists."));
    const auto user = db::translatePgError(
        "23505",
        "ERROR:  duplicate key value violates unique constraint \"IDX_user_account_email_unique\"\n"
        "DETAIL:  Key (email)=(a@b.c) already exists.\n");
    QCOMPARE(user.message(), std::string("User with email: a@b.c, already exists."));
    const auto terse = db::translatePgError(
        "23505", "ERROR:  duplicate key value violates unique constraint \"x\"\n");
    QCOMPARE(wire(terse.type()), wire(ErrorType::InvalidData));
    QCOMPARE(terse.message(), std::string("Record already exists."));
    QCOMPARE(wire(db::translatePgError("40P01", "ERROR:  deadlock detected\n").type()),
             wire(ErrorType::Conflict));
    QCOMPARE(wire(db::translatePgError("57P01", "FATAL:  terminating connection\n").type()),
             wire(ErrorType::DatabaseError));
  }

  void connectionFailuresAreDatabaseErrors() {
    const pqxx::broken_connection broken("server closed the connection unexpectedly");
    QVERIFY(db::isConnectionFailure(broken));
    QCOMPARE(wire(db::toMedusaError(broken).type()), wire(ErrorType::DatabaseError));
    const pqxx::in_doubt_error doubt("lost during commit");
    QVERIFY(!db::isConnectionFailure(doubt));  // never retried
    QCOMPARE(wire(db::toMedusaError(doubt).type()), wire(ErrorType::DatabaseError));
  }

 private:
  std::optional<Pool> m_pool;
};

QTEST_APPLESS_MAIN(PgErrorTest)
#include "pg_error_test.moc"
