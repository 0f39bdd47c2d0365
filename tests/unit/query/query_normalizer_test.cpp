// SPDX-License-Identifier: MIT
// normalizeQuery against Medusa v2.10.3's normalizeQuery (framework/src/http/utils/
// validate-query.ts): expected values were produced by running that function on qs's output.
#include "http/query/query_normalizer.h"

#include <QtTest>
#include <string>

#include "http/query/qs_parser.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"

using medusa::Error;
using medusa::ErrorType;

namespace {

std::string normalized(std::string_view query) {
  return medusa::json::stringify(
      medusa::http::normalizeQuery(medusa::http::parseQueryString(query)));
}

void row(const char* name, const char* query, const char* expected) {
  QTest::newRow(name) << QByteArray(query) << QByteArray(expected);
}

}  // namespace

class QueryNormalizerTest : public QObject {
  Q_OBJECT

 private slots:
  void normalisesLikeMedusa_data() {
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("expected");
    row("one element array split", R"(fields[]=a,b)", R"({"fields":["a","b"]})");
    row("plain value not split", R"(id=a,b)", R"({"id":"a,b"})");
    row("two elements not split", R"(id[]=a,b&id[]=c)", R"({"id":["a,b","c"]})");
    row("indexed single element split", R"(id%5B0%5D=a,b)", R"({"id":["a","b"]})");
    row("single object element kept", R"(a[0][b]=x,y)", R"({"a":[{"b":"x,y"}]})");
    row("empty element", R"(a[]=)", R"({"a":[""]})");
    row("dot nests one level", R"(variants.sku=X)", R"({"variants":{"sku":"X"}})");
    row("dot merges into object", R"(variants[title]=T&variants.sku=X)",
        R"({"variants":{"title":"T","sku":"X"}})");
    row("dot value is normalised", R"(variants.sku[]=a,b)", R"({"variants":{"sku":["a","b"]}})");
    row("dotted keys share parent", R"(variants.sku=X&variants.ean=Y)",
        R"({"variants":{"sku":"X","ean":"Y"}})");
    row("plain key overrides", R"(variants.sku=X&variants=Y)", R"({"variants":"Y"})");
    row("string spread first", R"(variants=Y&variants.sku=X)",
        R"({"variants":{"0":"Y","sku":"X"}})");
    row("empty string replaced", R"(variants=&variants.sku=X)", R"({"variants":{"sku":"X"}})");
    row("trailing dot", R"(a.=1)", R"({"a":{"":"1"}})");
    row("leading dot", R"(.a=1)", R"({"":{"a":"1"}})");
    row("operators kept", R"(created_at[$gte]=2024-01-01&q=a,b)",
        R"({"created_at":{"$gte":"2024-01-01"},"q":"a,b"})");
  }

  void normalisesLikeMedusa() {
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, expected);
    QCOMPARE(normalized(query.toStdString()), expected.toStdString());
  }

  void rejectsKeysMoreThanTwoLevelsDeep() {
    // Medusa throws INVALID_ARGUMENT here, which its error handler answers with a 500.
    try {
      normalized("q=x&a.b.c=1");
      QFAIL("expected an Error");
    } catch (const Error& error) {
      QVERIFY(error.type() == ErrorType::InvalidArgument);
      QCOMPARE(error.message(), std::string("Key accessor more than 2 levels deep: a.b.c"));
    }
    QVERIFY_THROWS_EXCEPTION(Error, normalized("a..b=1"));
    const std::string nestedKey = R"({"a":{"b.c.d":"1"}})";  // only top-level keys are split
    QCOMPARE(normalized("a[b.c.d]=1"), nestedKey);
  }

  void numericChildKeepsJsOrder() {
    // {...{x: "1"}, ["0"]: v}: an array-index key is listed before named ones in JavaScript.
    const std::string expected = R"({"a":{"0":"2","x":"1"}})";
    QCOMPARE(normalized("a[x]=1&a.0=2"), expected);
  }
};

QTEST_APPLESS_MAIN(QueryNormalizerTest)
#include "query_normalizer_test.moc"
