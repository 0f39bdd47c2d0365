// SPDX-License-Identifier: MIT
// JSON parsing/serialising helpers and ISO-8601 timestamps.
#include <QtTest>

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <cstdint>
#include <limits>

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

  void escapesStringsAsBoostDoes() {
    // Every byte value, plus UTF-8 and the integer extremes: the same bytes as Boost's own
    // serializer, which answers were written with before stringify wrote strings itself.
    std::string all;
    for (int c = 0; c < 256; ++c) all += static_cast<char>(c);
    json::object o;
    o[all] = all;
    o["é \"q\" \\ / \x7f"] = "ünïcödé \u2028";
    o["min"] = std::numeric_limits<std::int64_t>::min();
    o["max"] = std::numeric_limits<std::uint64_t>::max();
    QCOMPARE(json::stringify(o), boost::json::serialize(o));
    // Strings are scanned 8 bytes a step: one byte to escape at every place of every length
    // up to a few steps, among bytes that need none (blank, DEL, UTF-8 lead and tail bytes).
    for (std::size_t size = 0; size <= 40; ++size) {
      for (const char filler : {' ', 'a', '\x7f', '\x80', '\xff'}) {
        for (const char special : {'"', '\\', '\n', '\x01', '\x1f', ' '}) {
          for (std::size_t at = 0; at < std::max<std::size_t>(size, 1); ++at) {
            std::string text(size, filler);
            if (at < size) text[at] = special;
            const json::value v(text);
            QCOMPARE(json::stringify(v), boost::json::serialize(v));
          }
        }
      }
    }
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
