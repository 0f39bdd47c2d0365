// SPDX-License-Identifier: MIT
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QVariantMap>

namespace medusa::admin {

class ApiClient;
class CredentialStore;

/// Signing in and out of the admin API: emailpass login, the signed-in user, token refresh and
/// "remember me" (the token kept in the keychain under the profile's account, never in settings).
class AuthSession : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("AuthSession is created by the backend")
  Q_PROPERTY(bool signedIn READ signedIn NOTIFY stateChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
  Q_PROPERTY(QString errorString READ errorString NOTIFY stateChanged)
  Q_PROPERTY(bool serverUnreachable READ serverUnreachable NOTIFY stateChanged)
  Q_PROPERTY(QVariantMap user READ user NOTIFY stateChanged)
  Q_PROPERTY(QString displayName READ displayName NOTIFY stateChanged)

 public:
  AuthSession(ApiClient* client, CredentialStore* credentials, QObject* parent = nullptr);

  bool signedIn() const { return !m_user.isEmpty(); }
  bool busy() const { return m_busy; }
  QString errorString() const { return m_error; }
  bool serverUnreachable() const { return m_unreachable; }
  QVariantMap user() const { return m_user; }
  /// "First Last" when the user has a name, else the e-mail address.
  QString displayName() const;

  /// The keychain account the token of `email` on profile `profileId` is stored under.
  static QString accountFor(const QString& profileId, const QString& email);

  /// Signs in with e-mail and password; with `remember`, keeps the token in the keychain.
  Q_INVOKABLE void signIn(const QString& email, const QString& password, bool remember);
  /// Signs in with the token remembered for this account, if any; emits restoreFinished.
  Q_INVOKABLE void restore(const QString& email);
  /// Signs out; with `forget`, also deletes the remembered token.
  Q_INVOKABLE void signOut(bool forget);
  /// Exchanges the current token for a fresh one (POST /auth/token/refresh).
  Q_INVOKABLE void refreshToken();
  /// Repeats the last sign-in attempt (after "server unreachable").
  Q_INVOKABLE void retry();
  /// The profile whose keychain entries are used from now on.
  void setProfileId(const QString& profileId) { m_profileId = profileId; }

 signals:
  void stateChanged();
  /// Emitted after restore(): `restored` is false when there was no usable remembered token.
  void restoreFinished(bool restored);

 private:
  void fetchMe(bool fromRestore);
  void fail(const QString& message, bool unreachable);
  void setBusy(bool busy);

  ApiClient* m_client;
  CredentialStore* m_credentials;
  QString m_profileId = QStringLiteral("default");
  QString m_email;
  QString m_password;  // kept only for retry() while the attempt is pending
  bool m_remember = false;
  bool m_busy = false;
  bool m_unreachable = false;
  QString m_error;
  QVariantMap m_user;
};

}  // namespace medusa::admin
