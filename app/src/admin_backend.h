// SPDX-License-Identifier: MIT
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QSettings>

#include "api/api_client.h"
#include "api/auth_session.h"
#include "api/credential_store.h"
#include "app_settings.h"
#include "server/local_server.h"
#include "server/profile_store.h"

class QQmlEngine;

namespace medusa::admin {

/// What the QML shell is given: the API client, the session, the profiles, the local server and
/// the settings, plus the connect/disconnect flow that ties them together. Created once in
/// main() (or by a test) and passed to Main.qml as its required `backend` property.
class AdminBackend : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("AdminBackend is created in main()")
  Q_PROPERTY(medusa::admin::ApiClient* client READ client CONSTANT)
  Q_PROPERTY(medusa::admin::AuthSession* session READ session CONSTANT)
  Q_PROPERTY(medusa::admin::ProfileStore* profiles READ profiles CONSTANT)
  Q_PROPERTY(medusa::admin::LocalServer* localServer READ localServer CONSTANT)
  Q_PROPERTY(medusa::admin::AppSettings* settings READ settings CONSTANT)
  Q_PROPERTY(bool connected READ connected NOTIFY connectedChanged)
  Q_PROPERTY(QString storeName READ storeName NOTIFY storeNameChanged)

 public:
  struct Options {
    QSettings* settings = nullptr;  // owned by the caller
    QString keychainService = QStringLiteral("medusa-admin");
    QString localDataDir{};  // "" = the app data location
  };

  explicit AdminBackend(const Options& options, QObject* parent = nullptr);

  ApiClient* client() { return &m_client; }
  AuthSession* session() { return &m_session; }
  ProfileStore* profiles() { return &m_profiles; }
  LocalServer* localServer() { return &m_localServer; }
  AppSettings* settings() { return &m_appSettings; }
  bool connected() const { return m_connected; }
  QString storeName() const { return m_storeName; }
  /// Retranslates the engine's bindings when the language changes.
  void setEngine(QQmlEngine* engine);

  /// Starts (and on first run sets up) the local store, then signs the owner in.
  Q_INVOKABLE void connectLocal(const QString& ownerEmail, const QString& ownerPassword,
                                bool demoCatalog);
  /// Uses the remote profile's URL; the sign-in page follows.
  Q_INVOKABLE void connectRemote(const QString& profileId);
  /// Uses a server URL directly (tests and the "connect" field); no profile is stored.
  Q_INVOKABLE void connectTo(const QString& url);
  /// Signs out and leaves the server (stopping the local one).
  Q_INVOKABLE void disconnectServer(bool forgetSignIn);
  Q_INVOKABLE void copyToClipboard(const QString& text);

 signals:
  void connectedChanged();
  void storeNameChanged();

 private:
  void setConnected(bool connected, const QString& profileId);
  void loadStoreName();

  ApiClient m_client;
  CredentialStore m_credentials;
  AuthSession m_session;
  ProfileStore m_profiles;
  LocalServer m_localServer;
  AppSettings m_appSettings;
  bool m_connected = false;
  QString m_storeName;
  QString m_pendingOwnerEmail;
  QString m_pendingOwnerPassword;
};

}  // namespace medusa::admin
