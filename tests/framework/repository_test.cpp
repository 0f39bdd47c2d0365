// SPDX-License-Identifier: MIT
// The generic repository/service: CRUD, errors, filters and operators, q, order and paging,
// soft delete with cascades, nested creates, money columns.
#include <QRegularExpression>
#include <QtTest>

#include "framework_test_helpers.h"

using namespace medusa;
using namespace medusa::test;
using framework::FindOptions;
namespace bj = boost::json;

class RepositoryTest : public QObject {
  Q_OBJECT

 private:
  TestApp m_app;

  framework::EntityService products() const { return m_app.service("product"); }

  // Five products: A..E, weights 1..5, statuses alternating, E has metadata and a subtitle.
  void seedFive() {
    bj::array rows;
    const char* titles[] = {"Alpha shirt", "Beta 100% cotton", "Gamma 1000 cotton", "Delta",
                            "Epsilon"};
    for (int i = 0; i < 5; ++i) {
      bj::object row{{"title", titles[i]},
                     {"handle", "h-" + std::to_string(i)},
                     {"status", i % 2 ? "published" : "draft"},
                     {"weight", i + 1}};
      if (i == 4) {
        row["subtitle"] = "sub";
        row["metadata"] = bj::object{{"color", "red"}, {"size", 2}};
      }
      if (i == 3) row["variants"] = bj::array{bj::object{{"title", "V"}, {"sku", "DELTA-1"}}};
      rows.push_back(row);
    }
    products().create(rows);
  }

  QStringList titles(const bj::object& filters, framework::Pagination page = {}) const {
    return column(products().list({.filters = filters, .pagination = page}), "title");
  }

 private slots:
  void initTestCase() { m_app = makeApp("fw_repo"); }
  void init() { truncateAll(m_app); }

  void createsWithPrefixedIdsAndTimestamps() {
    const auto row = products().create(bj::object{{"title", "Shirt"},
                                                  {"handle", "shirt"},
                                                  {"weight", "1.50"},
                                                  {"metadata", bj::object{{"a", 1}}}});
    QVERIFY(str(row, "id").startsWith("prod_"));
    QCOMPARE(str(row, "id").size(), 5 + 26);
    const QRegularExpression iso("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$");
    QVERIFY2(iso.match(str(row, "created_at")).hasMatch(), qPrintable(str(row, "created_at")));
    QCOMPARE(str(row, "status"), QString("draft"));  // the column's default
    QCOMPARE(text(row.at("weight")), QString("1.5"));
    QCOMPARE(text(row.at("metadata")), QString("{\"a\":1}"));
    QVERIFY(row.at("deleted_at").is_null());
    QVERIFY(row.at("subtitle").is_null());
    const auto again = products().retrieve(row.at("id").as_string().c_str());
    QCOMPARE(str(again, "title"), QString("Shirt"));
    QCOMPARE(text(again.at("created_at")), text(row.at("created_at")));
  }

  void retrieveOfAMissingRowIsNotFound() {
    const auto error = errorOf([&] { products().retrieve("prod_missing"); });
    QVERIFY(error);
    QCOMPARE(wire(error->type()), wire(ErrorType::NotFound));
    QCOMPARE(QString::fromStdString(error->message()),
             QString("Product with id: prod_missing was not found"));
    const auto other = errorOf([&] { m_app.service("product_collection").retrieve("pcol_x"); });
    QCOMPARE(QString::fromStdString(other->message()),
             QString("Product collection with id: pcol_x was not found"));
  }

  void duplicateHandleIsRefused() {
    products().create(bj::object{{"title", "One"}, {"handle", "same"}});
    const auto error = errorOf([&] {
      products().create(bj::object{{"title", "Two"}, {"handle", "same"}});
    });
    QVERIFY(error);
    QCOMPARE(wire(error->type()), wire(ErrorType::InvalidData));
    QCOMPARE(QString::fromStdString(error->message()),
             QString("Product with handle: same, already exists."));
  }

  void rejectsUnknownFieldsAndBadValues() {
    const auto unknown = errorOf([&] {
      products().create(bj::object{{"title", "x"}, {"handle", "x"}, {"colour", "red"}});
    });
    QCOMPARE(wire(unknown->type()), wire(ErrorType::InvalidData));
    QVERIFY(QString::fromStdString(unknown->message()).contains("'colour'"));
    const auto badEnum = errorOf([&] {
      products().create(bj::object{{"title", "x"}, {"handle", "x"}, {"status", "gone"}});
    });
    QCOMPARE(wire(badEnum->type()), wire(ErrorType::InvalidData));
    QVERIFY(QString::fromStdString(badEnum->message()).contains("status"));
    QCOMPARE(products().list().size(), 0u);  // nothing half-written
  }

  void updatesPartiallyAndChecksExistence() {
    const auto row = products().create(bj::object{{"title", "Old"}, {"handle", "keep"}});
    const auto id = str(row, "id").toStdString();
    const auto updated = products().update(bj::array{bj::object{{"id", id}, {"title", "New"}}});
    QCOMPARE(str(updated.at(0), "title"), QString("New"));
    QCOMPARE(str(updated.at(0), "handle"), QString("keep"));
    QVERIFY(str(updated.at(0), "updated_at") >= str(row, "updated_at"));
    const auto missing = errorOf([&] {
      products().update(bj::array{bj::object{{"id", "prod_nope"}, {"title", "x"}}});
    });
    QCOMPARE(QString::fromStdString(missing->message()),
             QString("Product with id: prod_nope was not found"));
    // By selector: every live row that matches.
    products().create(bj::object{{"title", "Other"}, {"handle", "other"}});
    const auto bulk = products().update(bj::object{{"handle", bj::array{"keep", "other"}}},
                                        bj::object{{"status", "published"}});
    QCOMPARE(bulk.size(), 2u);
    QCOMPARE(titles({{"status", "published"}}).size(), 2);
  }

  void filtersWithOperators() {
    seedFive();
    QCOMPARE(titles({{"status", "published"}}), QStringList({"Beta 100% cotton", "Delta"}));
    QCOMPARE(titles({{"handle", bj::array{"h-0", "h-4"}}}),
             QStringList({"Alpha shirt", "Epsilon"}));
    QCOMPARE(titles({{"weight", {{"$gt", 3}}}}), QStringList({"Delta", "Epsilon"}));
    QCOMPARE(titles({{"weight", {{"$gte", "2"}, {"$lt", 4}}}}),
             QStringList({"Beta 100% cotton", "Gamma 1000 cotton"}));
    QCOMPARE(titles({{"weight", {{"$lte", 1}}}}), QStringList({"Alpha shirt"}));
    QCOMPARE(titles({{"status", {{"$ne", "draft"}}}}).size(), 2);
    QCOMPARE(titles({{"handle", {{"$in", bj::array{"h-1"}}}}}), QStringList({"Beta 100% cotton"}));
    QCOMPARE(titles({{"handle", {{"$nin", bj::array{"h-0", "h-1", "h-2"}}}}}),
             QStringList({"Delta", "Epsilon"}));
    QCOMPARE(titles({{"title", {{"$like", "%cotton"}}}}).size(), 2);
    QCOMPARE(titles({{"title", {{"$ilike", "alpha%"}}}}), QStringList({"Alpha shirt"}));
    QCOMPARE(titles({{"metadata", {{"$contains", {{"color", "red"}}}}}}), QStringList({"Epsilon"}));
    QCOMPARE(titles({{"subtitle", nullptr}}).size(), 4);
    QCOMPARE(titles({{"subtitle", {{"$ne", nullptr}}}}), QStringList({"Epsilon"}));
    QCOMPARE(titles({{"$or", bj::array{bj::object{{"handle", "h-0"}},
                                       bj::object{{"weight", {{"$gt", 4}}}}}}}),
             QStringList({"Alpha shirt", "Epsilon"}));
    QCOMPARE(titles({{"$and", bj::array{bj::object{{"status", "draft"}},
                                        bj::object{{"weight", {{"$gt", 1}}}}}}}),
             QStringList({"Gamma 1000 cotton", "Epsilon"}));
    // A relation inside the module: EXISTS over the variants.
    QCOMPARE(titles({{"variants", {{"sku", "DELTA-1"}}}}), QStringList({"Delta"}));
    QCOMPARE(titles({{"created_at", {{"$gte", "2000-01-01"}}}}).size(), 5);
  }

  void rejectsUnknownFilterFieldsAndOperators() {
    const auto field = errorOf([&] { titles({{"colour", "red"}}); });
    QCOMPARE(wire(field->type()), wire(ErrorType::InvalidData));
    QVERIFY2(QString::fromStdString(field->message()).contains("'colour'"), field->what());
    const auto op = errorOf([&] { titles({{"weight", {{"$between", 1}}}}); });
    QCOMPARE(wire(op->type()), wire(ErrorType::InvalidData));
    const auto value = errorOf([&] { titles({{"created_at", {{"$gt", "yesterday"}}}}); });
    QCOMPARE(wire(value->type()), wire(ErrorType::InvalidData));
    // An injection attempt is a value like any other.
    QCOMPARE(titles({{"title", "x' OR '1'='1"}}).size(), 0);
  }

  void searchesWithQEscapingWildcards() {
    seedFive();
    QCOMPARE(titles({{"q", "0% C"}}), QStringList({"Beta 100% cotton"}));  // % is literal
    QCOMPARE(titles({{"q", "COTTON"}}).size(), 2);
    QCOMPARE(titles({{"q", "delta-1"}}), QStringList({"Delta"}));  // through variants.sku
    QCOMPARE(titles({{"q", "_"}}).size(), 0);
  }

  void ordersAndPages() {
    seedFive();
    framework::Pagination page{.limit = 2, .offset = 1, .order = framework::parseOrder("-title")};
    QCOMPARE(titles({}, page), QStringList({"Epsilon", "Delta"}));
    const auto counted = products().listAndCount({.pagination = page});
    QCOMPARE(counted.count, 5);
    QCOMPARE(counted.rows.size(), 2u);
    page.offset = 10;  // past the end: the total still comes back
    QCOMPARE(products().listAndCount({.pagination = page}).count, 5);
    QCOMPARE(titles({}, {.order = framework::parseOrder("weight")}).first(),
             QString("Alpha shirt"));
    const auto bad = errorOf([&] { titles({}, {.order = framework::parseOrder("nope")}); });
    QCOMPARE(QString::fromStdString(bad->message()), QString("Order field nope is not valid"));
  }

  void softDeletesCascadeAndRestore() {
    const auto product = products().create(bj::object{
        {"title", "P"},
        {"handle", "p"},
        {"options", bj::array{bj::object{{"title", "Size"},
                                         {"values", bj::array{bj::object{{"value", "S"}}}}}}},
        {"variants", bj::array{bj::object{{"title", "V1"}}, bj::object{{"title", "V2"}}}}});
    const std::string id(product.at("id").as_string());
    QCOMPARE(product.at("variants").as_array().size(), 2u);
    QCOMPARE(str(product.at("variants").at(0), "product_id"), QString::fromStdString(id));
    QVERIFY(str(product.at("options").at(0).at("values").at(0), "id").startsWith("optval_"));

    const auto deleted = products().softDelete({id});
    QCOMPARE(deleted.at("product").size(), 1u);
    QCOMPARE(deleted.at("product_variant").size(), 2u);
    QCOMPARE(deleted.at("product_option_value").size(), 1u);
    QCOMPARE(products().list().size(), 0u);
    QCOMPARE(products().list({.withDeleted = true}).size(), 1u);
    QCOMPARE(m_app.service("product_variant").list().size(), 0u);
    QCOMPARE(wire(errorOf([&] { products().retrieve(id); })->type()), wire(ErrorType::NotFound));

    const auto restored = products().restore({id});
    QCOMPARE(restored.at("product_variant").size(), 2u);
    const auto back = products().retrieve(id, {.fields = {"*variants"}});
    QCOMPARE(back.at("variants").as_array().size(), 2u);

    const auto removed = products().remove({id});
    QCOMPARE(removed.at("product_option").size(), 1u);
    QCOMPARE(products().list({.withDeleted = true}).size(), 0u);
    QCOMPARE(m_app.service("product_variant").list({.withDeleted = true}).size(), 0u);
  }

  void moneyColumnsCarryTheirRawCompanion() {
    const auto set =
        m_app.service("price_set")
            .create(bj::object{
                {"prices", bj::array{bj::object{{"currency_code", "eur"}, {"amount", "12.50"}},
                                     bj::object{{"currency_code", "usd"}, {"amount", 1000}}}}});
    const auto& prices = set.at("prices").as_array();
    QCOMPARE(text(prices.at(0).at("amount")), QString("12.5"));
    QCOMPARE(text(prices.at(0).at("raw_amount")), QString("{\"value\":\"12.5\",\"precision\":20}"));
    QCOMPARE(text(prices.at(1).at("amount")), QString("1000"));
    // Selecting the column alone gives the number only; `*` adds the companion.
    const auto only = m_app.service("price").list({.fields = {"amount"}});
    QVERIFY(!only.at(0).as_object().contains("raw_amount"));
    const auto all = m_app.service("price").list({.fields = {"*"}});
    QVERIFY(all.at(0).as_object().contains("raw_amount"));
  }
};

QTEST_GUILESS_MAIN(RepositoryTest)
#include "repository_test.moc"
