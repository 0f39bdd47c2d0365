// SPDX-License-Identifier: MIT
// The e-mail check (issue 12, finding 1): Schema::email()'s messages, the 254-byte bound checked
// before the format, and isEmail() agreeing with zod 3's e-mail pattern, which the server used
// to run through std::regex (kept here, in a test, as the reference) on every string of a
// large generated set.
#include "http/validation/email_address.h"

#include <QtTest>
#include <random>
#include <regex>
#include <string>

#include "http/validation/body_schema.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"

using medusa::http::validation::isEmail;
using medusa::http::validation::Schema;

namespace {

bool zodAccepts(const std::string& text) {
  static const std::regex pattern(
      "^(?!\\.)(?!.*\\.\\.)([A-Z0-9_'+\\-\\.]*)[A-Z0-9_+-]@([A-Z0-9][A-Z0-9\\-]*\\.)+[A-Z]{2,}$",
      std::regex::icase | std::regex::ECMAScript);
  return std::regex_match(text, pattern);
}

std::string messageOf(const std::string& body) {
  static const Schema schema = Schema::object({{"email", Schema::email().nullable().optional()}});
  try {
    medusa::http::validation::parseBody(schema, medusa::json::parse(body));
  } catch (const medusa::Error& error) {
    return error.message();
  }
  return "(valid)";
}

}  // namespace

class EmailAddressTest : public QObject {
  Q_OBJECT

 private slots:
  void examples_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "jane@example.com" << true;
    QTest::newRow("upper case") << "Jane.Doe@Example.COM" << true;
    QTest::newRow("plus and apostrophe") << "o'neil+shop@mail.example.co.uk" << true;
    QTest::newRow("hyphen in domain") << "a@my-shop.io" << true;
    QTest::newRow("digits") << "1@2.ab" << true;
    QTest::newRow("no at") << "jane.example.com" << false;
    QTest::newRow("two ats") << "a@b@example.com" << false;
    QTest::newRow("leading dot") << ".jane@example.com" << false;
    QTest::newRow("dot before at") << "jane.@example.com" << false;
    QTest::newRow("apostrophe before at") << "jane'@example.com" << false;
    QTest::newRow("double dot") << "ja..ne@example.com" << false;
    QTest::newRow("double dot in domain") << "jane@example..com" << false;
    QTest::newRow("no tld") << "jane@localhost" << false;
    QTest::newRow("one-letter tld") << "jane@example.c" << false;
    QTest::newRow("digit tld") << "jane@example.c0m" << false;
    QTest::newRow("label starts with hyphen") << "jane@-example.com" << false;
    QTest::newRow("empty local") << "@example.com" << false;
    QTest::newRow("space") << "ja ne@example.com" << false;
    QTest::newRow("non-ascii") << QString::fromUtf8("j\xc3\xa9@example.com") << false;
    QTest::newRow("254 bytes") << QString(242, 'a') + "@example.com" << true;
    QTest::newRow("255 bytes") << QString(243, 'a') + "@example.com" << false;
  }

  void examples() {
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const std::string bytes = text.toStdString();
    QCOMPARE(isEmail(bytes), valid);
    if (bytes.size() <= medusa::http::validation::kMaxEmailLength) {
      QCOMPARE(zodAccepts(bytes), valid);
    }
  }

  // Every string of up to 5 characters over an alphabet that exercises each rule, plus random
  // longer ones: the hand-written check and the pattern agree on all of them.
  void agreesWithZodsPattern() {
    const std::string alphabet = "a.-@'_+Z1";
    std::vector<std::string> cases{""};
    for (std::size_t length = 1, begin = 0; length <= 5; ++length) {
      const std::size_t end = cases.size();
      for (std::size_t i = begin; i < end; ++i) {
        for (char c : alphabet) cases.push_back(cases[i] + c);
      }
      begin = end;
    }
    std::mt19937 random(12);
    const std::string wide = alphabet + "bcx-.@@";
    for (int i = 0; i < 20000; ++i) {
      std::string text(3 + random() % 20, ' ');
      for (auto& c : text) c = wide[random() % wide.size()];
      cases.push_back(text + (i % 2 ? ".com" : ""));
    }
    int accepted = 0;
    for (const auto& text : cases) {
      const bool expected = zodAccepts(text);
      if (isEmail(text) != expected) QFAIL(qPrintable(QString::fromStdString("disagree: " + text)));
      accepted += expected;
    }
    QVERIFY(accepted > 100);  // the set holds valid addresses too
  }

  void schemaMessagesNameTheField() {
    QCOMPARE(messageOf(R"({"email":"jane@example.com"})"), std::string("(valid)"));
    QCOMPARE(messageOf(R"({"email":null})"), std::string("(valid)"));
    QCOMPARE(messageOf(R"({"email":"nope"})"), std::string("Invalid request: Invalid email"));
    QCOMPARE(messageOf(R"({"email":")" + std::string(500'000, 'a') + R"(@example.com"})"),
             std::string("Invalid request: Value for field 'email' too big, expected at most: "
                         "'254'"));
    QCOMPARE(messageOf(R"({"email":1})"),
             std::string("Invalid request: Expected type: 'string' for field 'email', got: "
                         "'number'"));
  }
};

QTEST_APPLESS_MAIN(EmailAddressTest)
#include "email_address_test.moc"
