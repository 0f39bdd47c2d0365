// SPDX-License-Identifier: MIT
// The local profile's signing secret (issue 12, finding 6): an empty or short secret file is
// refused, a missing one is made from the CSPRNG (64 hex characters, owner-only), and an
// existing strong one is kept.
#include "server/local_secret.h"

#include <QtTest>

using medusa::admin::readOrCreateLocalSecret;

class LocalSecretTest : public QObject {
  Q_OBJECT

  static void write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
  }

 private slots:
  void makesAStrongSecretWhenMissing() {
    QTemporaryDir dir;
    const QString path = dir.filePath("jwt-secret");
    QString error;
    const auto first = readOrCreateLocalSecret(path, &error);
    QVERIFY2(first.has_value(), qPrintable(error));
    QCOMPARE(first->size(), 64);
    QVERIFY(QRegularExpression("^[0-9a-f]{64}$").match(*first).hasMatch());
    QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(readOrCreateLocalSecret(path, &error), first);  // kept across starts
    QTemporaryDir other;
    QVERIFY(readOrCreateLocalSecret(other.filePath("jwt-secret"), &error) != first);
  }

  void refusesAnEmptyOrShortFile_data() {
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray(" \n");
    QTest::newRow("31 bytes") << QByteArray(31, 'k');
    QTest::newRow("31 bytes and a newline") << QByteArray(31, 'k') + '\n';
  }

  void refusesAnEmptyOrShortFile() {
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath("jwt-secret");
    write(path, content);
    QString error;
    QCOMPARE(readOrCreateLocalSecret(path, &error), std::optional<QString>());
    QVERIFY2(error.contains(path) && error.contains("shorter than 32 bytes"), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);  // left for the user to look at
  }

  void keepsAStrongFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath("jwt-secret");
    write(path, QByteArray(32, 's') + '\n');
    QString error;
    QCOMPARE(readOrCreateLocalSecret(path, &error), std::optional(QString(32, 's')));
  }
};

QTEST_GUILESS_MAIN(LocalSecretTest)
#include "local_secret_test.moc"
