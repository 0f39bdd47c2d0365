// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace medusa::admin {

/// Secrets in the system keychain (Secret Service, macOS Keychain, Windows Credential Manager)
/// through QtKeychain; nothing secret ever goes into QSettings. Calls are asynchronous because
/// the keychain may ask the user to unlock it.
class CredentialStore : public QObject {
  Q_OBJECT

 public:
  /// `service` names the keychain entries ("medusa-admin"; tests use their own).
  explicit CredentialStore(QString service, QObject* parent = nullptr);

  /// Stores `secret` for `account`; `done` gets "" or the keychain's error message.
  void write(const QString& account, const QString& secret,
             std::function<void(const QString& error)> done);
  /// Reads the secret for `account`; `found` is false when there is none (error is then "").
  void read(const QString& account,
            std::function<void(bool found, const QString& secret, const QString& error)> done);
  /// Deletes the secret for `account` (no error when there was none).
  void erase(const QString& account, std::function<void(const QString& error)> done);

 private:
  QString m_service;
};

}  // namespace medusa::admin
