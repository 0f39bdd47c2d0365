// SPDX-License-Identifier: MIT
#include "server/local_secret.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

namespace medusa::admin {

namespace {

QString tr(const char* text) {
  return QCoreApplication::translate("LocalSecret", text);
}

std::optional<QString> refuse(QString* error, const QString& message) {
  if (error) *error = message;
  return std::nullopt;
}

}  // namespace

std::optional<QString> readOrCreateLocalSecret(const QString& path, QString* error) {
  QFile file(path);
  if (file.exists()) {
    if (!file.open(QIODevice::ReadOnly)) {
      return refuse(
          error,
          tr("The local store's secret %1 cannot be read: %2").arg(path, file.errorString()));
    }
    const QByteArray secret = file.readAll().trimmed();
    if (secret.size() < kMinLocalSecretBytes) {
      return refuse(error, tr("The local store's secret %1 is shorter than %2 bytes. Delete the "
                              "file to have a new one made (you will sign in again).")
                               .arg(path)
                               .arg(kMinLocalSecretBytes));
    }
    return QString::fromLatin1(secret);
  }
  // QRandomGenerator::system() reads the operating system's CSPRNG.
  QByteArray raw(32, Qt::Uninitialized);
  QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()),
                                        static_cast<qsizetype>(raw.size() / sizeof(quint32)));
  const QByteArray hex = raw.toHex();
  // NewOnly: never overwrite a file that appeared meanwhile; owner-only before any byte lands.
  if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
      !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
      file.write(hex) != hex.size() || !file.flush()) {
    const QString reason = file.errorString();
    file.close();
    file.remove();
    return refuse(error, tr("The local store's secret %1 cannot be written: %2").arg(path, reason));
  }
  return QString::fromLatin1(hex);
}

}  // namespace medusa::admin
