// SPDX-License-Identifier: MIT
// parseBody against the messages Medusa's zodValidator produces for the same bodies
// (zod 3 + packages/core/framework/src/zod/zod-helpers.ts).
#include "http/validation/body_schema.h"

#include <QtTest>
#include <string>

#include "medusa/core/error.h"
#include "medusa/core/json.h"

using medusa::http::validation::parseBody;
using medusa::http::validation::Schema;

namespace {

const Schema& productSchema() {
  static const Schema schema = Schema::object(
      {{"title", Schema::string()},
       {"status", Schema::enumOf({"draft", "proposed", "published", "rejected"}).optional()},
       {"discountable", Schema::boolean().withDefault(true)},
       {"weight", Schema::number().nullable().optional()},
       {"metadata", Schema::record().nullable().optional()},
       {"variants",
        Schema::array(Schema::object(
                          {{"title", Schema::string()},
                           {"prices", Schema::array(Schema::object(
                                          {{"currency_code", Schema::string()},
                                           {"amount", Schema::number().min(0)}}))}}))
            .optional()},
       {"tags", Schema::oneOf({Schema::string(), Schema::array(Schema::string())}).optional()},
       {"rank", Schema::integer().optional()}});
  return schema;
}

std::string messageOf(const char* body) {
  try {
    parseBody(productSchema(), medusa::json::parse(body));
  } catch (const medusa::Error& error) {
    return error.message();
  }
  return "(valid)";
}

void expectMessage(const char* body, const std::string& expected) {
  QCOMPARE(messageOf(body), expected);
}

}  // namespace

class BodySchemaTest : public QObject {
  Q_OBJECT

 private slots:
  void validBodyIsParsedWithDefaults() {
    const auto out = parseBody(productSchema(), medusa::json::parse("{\"title\":\"Shirt\"}"));
    QVERIFY(out.at("title").as_string() == "Shirt");
    QCOMPARE(out.at("discountable").as_bool(), true);
    QVERIFY(!out.contains("status"));
  }

  void missingBodyIsAnEmptyObject() {
    QCOMPARE(QString::fromStdString(
                 [] {
                   try {
                     parseBody(productSchema(), boost::json::value(nullptr));
                   } catch (const medusa::Error& e) {
                     return e.message();
                   }
                   return std::string();
                 }()),
             QStringLiteral("Invalid request: Field 'title' is required"));
  }

  void requiredAndTypeIssues() {
    expectMessage("{}", "Invalid request: Field 'title' is required");
    expectMessage("{\"title\":1}",
             "Invalid request: Expected type: 'string' for field 'title', got: 'number'");
    expectMessage("{\"title\":null}",
             "Invalid request: Expected type: 'string' for field 'title', got: 'null'");
    expectMessage("{\"title\":\"a\",\"weight\":null}", "(valid)");
    expectMessage("{\"title\":\"a\",\"rank\":1.5}",
             "Invalid request: Expected type: 'integer' for field 'rank', got: 'float'");
  }

  void topLevelUnknownKeysAreRefusedAfterFieldIssues() {
    expectMessage("{\"title\":\"a\",\"foo\":1,\"bar\":2}",
             "Invalid request: Unrecognized fields: 'foo, bar'");
    expectMessage("{\"foo\":1}",
             "Invalid request: Field 'title' is required; Unrecognized fields: 'foo'");
  }

  void nestedUnknownKeysAreDropped() {
    const auto out = parseBody(
        productSchema(),
        medusa::json::parse("{\"title\":\"a\",\"variants\":[{\"title\":\"v\",\"x\":1,"
                            "\"prices\":[]}]}"));
    QVERIFY(!out.at("variants").as_array().at(0).as_object().contains("x"));
  }

  void nestedPathsJoinWithCommas() {
    expectMessage("{\"title\":\"a\",\"variants\":[{\"title\":\"v\",\"prices\":"
                       "[{\"currency_code\":\"eur\",\"amount\":-1}]}]}",
             "Invalid request: Value for field 'variants, 0, prices, 0, amount' too small, "
             "expected at least: '0'");
    expectMessage("{\"title\":\"a\",\"variants\":[{}]}",
             "Invalid request: Field 'variants, 0, title' is required; Field 'variants, 0, "
             "prices' is required");
  }

  void enumIssues() {
    expectMessage("{\"title\":\"a\",\"status\":\"live\"}",
             "Invalid request: Expected: 'draft, proposed, published, rejected' for field "
             "'status', but got: 'live'");
  }

  void unionCollectsTheAlternativesTypes() {
    expectMessage("{\"title\":\"a\",\"tags\":\"x\"}", "(valid)");
    expectMessage("{\"title\":\"a\",\"tags\":[\"x\"]}", "(valid)");
    expectMessage("{\"title\":\"a\",\"tags\":3}",
             "Invalid request: Expected type: 'string, array' for field 'tags', got: 'number'");
  }

  void atMostThreeIssues() {
    expectMessage("{\"title\":1,\"status\":2,\"weight\":\"x\",\"rank\":\"y\"}",
             "Invalid request: Expected type: 'string' for field 'title', got: 'number'; "
             "Expected type: ''draft' | 'proposed' | 'published' | 'rejected'' for field "
             "'status', got: 'number'; Expected type: 'number' for field 'weight', got: 'string'");
  }

  void nonObjectBody() {
    expectMessage("[1]",
             "Invalid request: Expected type: 'object' for field '', got: 'array'");
  }
};

QTEST_APPLESS_MAIN(BodySchemaTest)
#include "body_schema_test.moc"
