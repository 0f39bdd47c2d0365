// SPDX-License-Identifier: MIT
// The decimal money type: exact arithmetic, rounding rules, JSON round trip, refusals.
#include <QtTest>

#include <boost/json/parse.hpp>
#include <limits>

#include "medusa/core/decimal.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"

using medusa::Decimal;
using medusa::Rounding;

namespace {
std::string str(const Decimal& d) { return d.toString(); }
Decimal dec(const char* s) { return Decimal::parse(s); }
}  // namespace

class DecimalTest : public QObject {
  Q_OBJECT

 private slots:
  void parsesAndPrintsCanonically_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("int") << "1000" << "1000";
    QTest::newRow("trailing zeros") << "10.50" << "10.5";
    QTest::newRow("negative") << "-0.25" << "-0.25";
    QTest::newRow("plus sign") << "+3" << "3";
    QTest::newRow("small") << "0.000001" << "0.000001";
    QTest::newRow("leading zeros are not octal") << "0010.0250" << "10.025";
    QTest::newRow("exponent") << "1e3" << "1000";
    QTest::newRow("negative exponent") << "12.5E-2" << "0.125";
    QTest::newRow("negative zero") << "-0.00" << "0";
    QTest::newRow("leading dot") << ".5" << "0.5";
    QTest::newRow("huge") << "123456789012345678901234567890.123456789"
                          << "123456789012345678901234567890.123456789";
  }
  void parsesAndPrintsCanonically() {
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QCOMPARE(QString::fromStdString(str(Decimal::parse(input.toStdString()))), canonical);
  }

  void refusesWhatIsNotANumber_data() {
    QTest::addColumn<QString>("input");
    for (const char* s : {"", "abc", "NaN", "Infinity", "-Infinity", "1.2.3", "1e", "--1", "1 ",
                          "0x10", "1e99999"}) {
      QTest::newRow(s) << s;
    }
  }
  void refusesWhatIsNotANumber() {
    QFETCH(QString, input);
    try {
      Decimal::parse(input.toStdString());
      QFAIL("accepted an invalid number");
    } catch (const medusa::Error& e) {
      QVERIFY(e.type() == medusa::ErrorType::InvalidData);
    }
  }

  void refusesNaNAndInfinityDoubles() {
    QVERIFY_THROWS_EXCEPTION(medusa::Error,
                             Decimal::fromDouble(std::numeric_limits<double>::quiet_NaN()));
    QVERIFY_THROWS_EXCEPTION(medusa::Error,
                             Decimal::fromDouble(std::numeric_limits<double>::infinity()));
  }

  void addsExactly() {
    QCOMPARE(str(dec("0.1") + dec("0.2")), std::string("0.3"));
    QCOMPARE(dec("0.1") + dec("0.2"), dec("0.3"));
    QCOMPARE(str(dec("10.5") - dec("20.25")), std::string("-9.75"));
    Decimal total;
    for (int i = 0; i < 1000; ++i) total += dec("0.01");
    QCOMPARE(str(total), std::string("10"));
  }

  void multipliesExactly() {
    QCOMPARE(str(dec("19.99") * Decimal(3)), std::string("59.97"));
    QCOMPARE(str(dec("1.1") * dec("1.1")), std::string("1.21"));
    QCOMPARE(str(dec("-2.5") * dec("0.4")), std::string("-1"));
    // 20 % tax on 9.99, unrounded as Medusa keeps it.
    QCOMPARE(str(dec("9.99") * dec("20").divide(Decimal(100))), std::string("1.998"));
  }

  void roundsHalfUpAwayFromZero() {
    QCOMPARE(str(dec("2.345").round(2)), std::string("2.35"));
    QCOMPARE(str(dec("-2.345").round(2)), std::string("-2.35"));
    QCOMPARE(str(dec("2.344").round(2)), std::string("2.34"));
    QCOMPARE(str(dec("2.5").round(0)), std::string("3"));
    QCOMPARE(str(dec("1250").round(-2)), std::string("1300"));
    QCOMPARE(str(dec("1.5").round(3)), std::string("1.5"));
  }

  void roundsHalfEvenAndDown() {
    QCOMPARE(str(dec("2.5").round(0, Rounding::HalfEven)), std::string("2"));
    QCOMPARE(str(dec("3.5").round(0, Rounding::HalfEven)), std::string("4"));
    QCOMPARE(str(dec("2.51").round(0, Rounding::HalfEven)), std::string("3"));
    QCOMPARE(str(dec("2.99").round(0, Rounding::Down)), std::string("2"));
    QCOMPARE(str(dec("-2.99").round(0, Rounding::Down)), std::string("-2"));
  }

  void divides() {
    QCOMPARE(str(Decimal(1).divide(Decimal(3), 4)), std::string("0.3333"));
    QCOMPARE(str(Decimal(2).divide(Decimal(3), 4)), std::string("0.6667"));
    QCOMPARE(str(dec("10").divide(dec("4"))), std::string("2.5"));
    QVERIFY_THROWS_EXCEPTION(medusa::Error, Decimal(1).divide(Decimal(0)));
  }

  void compares() {
    QVERIFY(dec("1.10") == dec("1.1"));
    QVERIFY(dec("-1") < dec("0.5"));
    QVERIFY(dec("100") > dec("99.999"));
    QVERIFY(dec("0").isZero());
    QVERIFY(dec("-0.1").isNegative());
  }

  void rendersJsonAsMedusaDoes() {
    boost::json::object price;
    price["amount"] = dec("1000").toJson();
    price["raw_amount"] = dec("1000").toRawJson();
    price["sale"] = dec("10.5").toJson();
    QCOMPARE(medusa::json::stringify(price),
             std::string(R"({"amount":1000,"raw_amount":{"value":"1000","precision":20},"sale":10.5})"));
  }

  void roundTripsThroughJson_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("value");
    QTest::newRow("int") << "42" << "42";
    QTest::newRow("double") << "10.5" << "10.5";
    QTest::newRow("tricky double") << "0.1" << "0.1";
    QTest::newRow("string") << R"("19.99")" << "19.99";
    QTest::newRow("raw object") << R"({"value":"12.345","precision":20})" << "12.345";
    QTest::newRow("negative") << "-3.75" << "-3.75";
  }
  void roundTripsThroughJson() {
    QFETCH(QString, json);
    QFETCH(QString, value);
    const auto d = Decimal::fromJson(boost::json::parse(json.toStdString()));
    QCOMPARE(QString::fromStdString(d.toString()), value);
    const auto back = Decimal::fromJson(d.toJson());
    QCOMPARE(back, d);
    QCOMPARE(Decimal::fromJson(d.toRawJson()), d);
  }

  void refusesJsonThatIsNotANumber() {
    QVERIFY_THROWS_EXCEPTION(medusa::Error, Decimal::fromJson(boost::json::parse("true")));
    QVERIFY_THROWS_EXCEPTION(medusa::Error, Decimal::fromJson(boost::json::parse(R"("NaN")")));
    QVERIFY_THROWS_EXCEPTION(medusa::Error, Decimal::fromJson(boost::json::parse("null")));
  }
};

QTEST_APPLESS_MAIN(DecimalTest)
#include "decimal_test.moc"
