// SPDX-License-Identifier: MIT
// connect.sid signing as express-session/cookie-signature do it, and the Set-Cookie attributes.
#include "http/session_cookie.h"

#include <QtTest>

#include "medusa/core/crypto.h"

using namespace medusa::http;

class SessionCookieTest : public QObject {
  Q_OBJECT

 private slots:
  void signsLikeCookieSignature() {
    // cookie-signature: sign("hello", "tobiiscool") without the "s:" prefix.
    const auto signedValue = signSessionId("hello", "tobiiscool");
    QCOMPARE(QString::fromStdString(signedValue),
             QStringLiteral("s:hello.DGDUkGlIkCzPz+C0B064FNgHdEjox7ch8tOBGslZ5QI"));
    QCOMPARE(unsignSessionId(signedValue, "tobiiscool"), std::optional<std::string>("hello"));
  }

  void rejectsTamperedValues() {
    const auto good = signSessionId("abc123", "secret");
    QVERIFY(!unsignSessionId(good, "other-secret"));
    auto tampered = good;
    tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
    QVERIFY(!unsignSessionId(tampered, "secret"));
    auto otherSid = good;
    otherSid[2] = 'x';
    QVERIFY(!unsignSessionId(otherSid, "secret"));
    QVERIFY(!unsignSessionId(good.substr(2), "secret"));  // unsigned
    QVERIFY(!unsignSessionId("s:.abc", "secret"));
    QVERIFY(!unsignSessionId("", "secret"));
  }

  void readsTheCookieHeader() {
    const auto setCookie = sessionSetCookie("sid1", "secret", false);
    const auto value = setCookie.substr(0, setCookie.find(';'));
    QVERIFY(value.starts_with("connect.sid=s%3Asid1."));
    QCOMPARE(sessionIdFromCookies("a=b; " + value + "; c=d", "secret"),
             std::optional<std::string>("sid1"));
    QVERIFY(!sessionIdFromCookies("a=b; " + value, "wrong"));
    QVERIFY(!sessionIdFromCookies("connect.sid=s%3Asid1.bad", "secret"));
    QVERIFY(!sessionIdFromCookies("", "secret"));
  }

  void setCookieAttributes() {
    const auto dev = sessionSetCookie("sid1", "secret", false);
    QVERIFY(dev.find("; Path=/") != std::string::npos);
    QVERIFY(dev.find("; Max-Age=36000") != std::string::npos);
    QVERIFY(dev.find("; Expires=") != std::string::npos);
    QVERIFY(dev.find("; HttpOnly") != std::string::npos);
    QVERIFY(dev.find("; SameSite=Lax") != std::string::npos);
    QVERIFY(dev.find("Secure") == std::string::npos);
    const auto prod = sessionSetCookie("sid1", "secret", true);
    QVERIFY(prod.find("; Secure") != std::string::npos);
    QVERIFY(prod.find("; SameSite=None") != std::string::npos);
    const auto cleared = clearedSessionSetCookie(false);
    QVERIFY(cleared.starts_with("connect.sid=;"));
    QVERIFY(cleared.find("Max-Age=0") != std::string::npos);
  }
};

QTEST_GUILESS_MAIN(SessionCookieTest)
#include "session_cookie_test.moc"
