// SPDX-License-Identifier: MIT
// Credentials in a real Secret Service: gnome-keyring, started and unlocked by with_keyring.sh
// inside dbus-run-session. "Remember me" stores the token, a new session restores it, and
// signing out with "forget" deletes it.
#include <QSignalSpy>
#include <QtTest>

#include "api/api_client.h"
#include "api/auth_session.h"
#include "api/credential_store.h"
#include "fixture_server.h"

using namespace medusa::admin;
using medusa::admin::test::FixtureServer;

namespace {

const QString kService = QStringLiteral("medusa-admin-keychain-test");

struct ReadResult {
  bool done = false;
  bool found = false;
  QString secret;
  QString error;
};

ReadResult readNow(CredentialStore& store, const QString& account) {
  auto result = std::make_shared<ReadResult>();
  store.read(account, [result](bool found, const QString& secret, const QString& error) {
    *result = {true, found, secret, error};
  });
  if (!QTest::qWaitFor([&] { return result->done; }, 10000)) result->error = "keychain timeout";
  return *result;
}

}  // namespace

class KeychainTest : public QObject {
  Q_OBJECT

 private slots:
  void writeReadErase() {
    CredentialStore store(kService);
    QString writeError = "pending";
    store.write("acct", "s3cret", [&](const QString& e) { writeError = e; });
    QTRY_VERIFY(writeError != "pending");
    QVERIFY2(writeError.isEmpty(), qPrintable(writeError));
    const auto read = readNow(store, "acct");
    QVERIFY2(read.found, qPrintable(read.error));
    QCOMPARE(read.secret, QString("s3cret"));
    QString eraseError = "pending";
    store.erase("acct", [&](const QString& e) { eraseError = e; });
    QTRY_VERIFY(eraseError.isEmpty());
    const auto gone = readNow(store, "acct");
    QVERIFY(gone.done && !gone.found && gone.error.isEmpty());
  }

  void rememberMeRestoresAndForgetDeletes() {
    FixtureServer fixture(0);
    CredentialStore store(kService);
    const auto account = AuthSession::accountFor("local", FixtureServer::kEmail);
    {
      ApiClient client;
      client.setBaseUrl(QUrl(fixture.url()));
      AuthSession session(&client, &store);
      session.setProfileId("local");
      session.signIn(FixtureServer::kEmail, FixtureServer::kPassword, true);
      QTRY_VERIFY(session.signedIn());
      QTRY_COMPARE(readNow(store, account).secret, QString(FixtureServer::kToken));
    }
    ApiClient client;
    client.setBaseUrl(QUrl(fixture.url()));
    AuthSession session(&client, &store);
    session.setProfileId("local");
    QSignalSpy restored(&session, &AuthSession::restoreFinished);
    session.restore(FixtureServer::kEmail);
    QTRY_COMPARE(restored.count(), 1);
    QCOMPARE(restored.first().first().toBool(), true);
    QVERIFY(session.signedIn());
    QCOMPARE(fixture.requests().last().authorization,
             QByteArray("Bearer ") + FixtureServer::kToken);
    session.signOut(true);
    QTRY_VERIFY(!readNow(store, account).found);
    session.restore(FixtureServer::kEmail);
    QTRY_COMPARE(restored.count(), 2);
    QCOMPARE(restored.last().first().toBool(), false);
  }
};

QTEST_GUILESS_MAIN(KeychainTest)
#include "keychain_test.moc"
