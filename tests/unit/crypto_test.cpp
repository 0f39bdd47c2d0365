// SPDX-License-Identifier: MIT
// Crypto wrappers: HMAC and base64 against known vectors, Argon2id, JWT sign/verify/refuse.
#include <QtTest>

#include "medusa/core/crypto.h"
#include "medusa/core/jwt.h"

namespace crypto = medusa::crypto;
namespace jwt = medusa::jwt;
using namespace std::chrono_literals;

namespace {
std::string hex(const std::string& raw) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : raw) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}
}  // namespace

class CryptoTest : public QObject {
  Q_OBJECT

 private slots:
  void hmacMatchesRfc4231() {
    // RFC 4231 test case 2.
    QCOMPARE(hex(crypto::hmacSha256("Jefe", "what do ya want for nothing?")),
             std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    QCOMPARE(crypto::sha256Hex("abc"),
             std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  }

  void base64RoundTrips() {
    QCOMPARE(crypto::base64Encode("foob"), std::string("Zm9vYg=="));
    QCOMPARE(crypto::base64UrlEncode("\xfb\xff"), std::string("-_8"));
    for (const std::string s : {"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\x00x"}) {
      QCOMPARE(crypto::base64Decode(crypto::base64Encode(s)).value_or("?"), s);
      QCOMPARE(crypto::base64Decode(crypto::base64UrlEncode(s)).value_or("?"), s);
    }
    QVERIFY(!crypto::base64Decode("a$b=").has_value());
  }

  void comparesInConstantTime() {
    QVERIFY(crypto::constantTimeEquals("secret", "secret"));
    QVERIFY(!crypto::constantTimeEquals("secret", "secreT"));
    QVERIFY(!crypto::constantTimeEquals("secret", "secret2"));
  }

  void hashesPasswordsWithArgon2id() {
    const auto hash = crypto::hashPassword("correct horse");
    QVERIFY(hash.starts_with("$argon2id$"));
    QVERIFY(crypto::verifyPassword("correct horse", hash));
    QVERIFY(!crypto::verifyPassword("correct horsE", hash));
    QVERIFY(crypto::hashPassword("correct horse") != hash);  // salted
    QVERIFY(!crypto::verifyPassword("x", "not a hash"));
  }

  void signsAndVerifiesJwts() {
    boost::json::object claims{{"actor_id", "user_1"}, {"actor_type", "user"}};
    const auto now = std::chrono::system_clock::now();
    const auto token = jwt::sign(claims, "s3cret", 24h, now);
    const auto verified = jwt::verify(token, "s3cret", now + 1h);
    QVERIFY(verified.has_value());
    QCOMPARE(std::string(verified->at("actor_id").as_string()), std::string("user_1"));
    QVERIFY(verified->at("exp").as_int64() - verified->at("iat").as_int64() == 86400);
  }

  void refusesBadJwts() {
    const auto now = std::chrono::system_clock::now();
    const auto token = jwt::sign({{"actor_id", "user_1"}}, "s3cret", 1h, now);
    QVERIFY(!jwt::verify(token, "other", now));                     // wrong secret
    QVERIFY(!jwt::verify(token, "s3cret", now + 2h));               // expired
    auto tampered = token;
    tampered[token.find('.') + 3] ^= 1;                             // payload changed
    QVERIFY(!jwt::verify(tampered, "s3cret", now));
    const auto payload = token.substr(token.find('.'));
    const auto none = crypto::base64UrlEncode(R"({"alg":"none"})") + payload;
    QVERIFY(!jwt::verify(none.substr(0, none.rfind('.') + 1), "s3cret", now));  // alg none
    QVERIFY(!jwt::verify("a.b", "s3cret", now));
    QVERIFY(!jwt::verify("", "s3cret", now));
  }

  void parsesLifetimes() {
    QCOMPARE(jwt::parseLifetime("1d").value_or(0s), 86400s);
    QCOMPARE(jwt::parseLifetime("12h").value_or(0s), 43200s);
    QCOMPARE(jwt::parseLifetime("90").value_or(0s), 90s);
    QVERIFY(!jwt::parseLifetime("soon").has_value());
    QVERIFY(!jwt::parseLifetime("-1d").has_value());
    // Found by fuzzing (tests/fuzz/jwt_fuzz): value * unit overflowed long long (undefined
    // behaviour; here it wrapped to -604800 s), and a huge lifetime overflows now + lifetime.
    QVERIFY(!jwt::parseLifetime("9223372036854775807w").has_value());
    QVERIFY(!jwt::parseLifetime("3162240001").has_value());  // over 100 years
    QCOMPARE(jwt::parseLifetime("36500d").value_or(0s), 36500 * 86400s);
  }
};

QTEST_APPLESS_MAIN(CryptoTest)
#include "crypto_test.moc"
