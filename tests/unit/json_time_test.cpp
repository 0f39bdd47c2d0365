// SPDX-License-Identifier: MIT
// JSON parsing/serialising helpers and ISO-8601 timestamps.
#include <QtTest>

#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "medusa/core/time.h"

namespace json = medusa::json;
namespace mtime = medusa::time;

class JsonTimeTest : public QObject {
  Q_OBJECT

 private slots:
  void writesNumbersAsJavaScriptDoes() {
    json::object o;
    o["a"] = 10.5;
    o["b"] = 1000.0;
    o["c"] = 0.1;
    o["d"] = -3;
    o["e"] = "x\"y\n";
    const std::string expected = "{\"a\":10.5,\"b\":1000,\"c\":0.1,\"d\":-3,\"e\":\"x\\\"y\\n\"}";
    QCOMPARE(json::stringify(o), expected);
  }

  void malformedJsonIsInvalidData() {
    try {
      json::parse("{\"a\": ");
      QFAIL("parsed malformed JSON");
    } catch (const medusa::Error& e) {
      QVERIFY(e.type() == medusa::ErrorType::InvalidData);
      QVERIFY(e.message().starts_with("Invalid JSON in request body"));
    }
  }

  void formatsWithMilliseconds() {
    const auto t = mtime::parse("2025-01-31T10:20:30.123Z");
    QCOMPARE(mtime::toIso8601(t), std::string("2025-01-31T10:20:30.123Z"));
    QCOMPARE(mtime::toIso8601(mtime::parse("2024-02-29")), std::string("2024-02-29T00:00:00.000Z"));
  }

  void readsPostgresTimestamps() {
    QCOMPARE(mtime::toIso8601(mtime::parse("2025-01-31 10:20:30.123456+00")),
             std::string("2025-01-31T10:20:30.123Z"));
    QCOMPARE(mtime::toIso8601(mtime::parse("2025-01-31 12:20:30+02:00")),
             std::string("2025-01-31T10:20:30.000Z"));
    QCOMPARE(mtime::toIso8601(mtime::parse("2025-01-31T02:20:30.5-0800")),
             std::string("2025-01-31T10:20:30.500Z"));
  }

  void rejectsInvalidDates() {
    for (const char* s : {"", "2025-13-01", "2025-02-30", "yesterday", "2025-01-01T25:00:00Z",
                          "2025-01-01T10:00:00Zjunk"}) {
      QVERIFY_THROWS_EXCEPTION(medusa::Error, mtime::parse(s));
    }
  }
};

QTEST_APPLESS_MAIN(JsonTimeTest)
#include "json_time_test.moc"
