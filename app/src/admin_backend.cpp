// SPDX-License-Identifier: MIT
#include "admin_backend.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QQmlEngine>

namespace medusa::admin {

AdminBackend::AdminBackend(const Options& options, QObject* parent)
    : QObject(parent),
      m_credentials(options.keychainService),
      m_session(&m_client, &m_credentials),
      m_profiles(options.settings),
      m_localServer(options.localDataDir),
      m_appSettings(options.settings) {
  connect(&m_localServer, &LocalServer::ready, this, [this]() {
    m_client.setBaseUrl(m_localServer.url());
    const auto id = m_profiles.localProfileId();
    setConnected(true, id);
    if (!m_pendingOwnerEmail.isEmpty()) {
      m_session.signIn(m_pendingOwnerEmail, m_pendingOwnerPassword, true);
      m_pendingOwnerPassword.clear();
      m_pendingOwnerEmail.clear();
    } else {
      m_session.restore(m_profiles.profile(id).value(QStringLiteral("email")).toString());
    }
  });
  connect(&m_session, &AuthSession::stateChanged, this, [this]() {
    if (!m_session.signedIn()) return;
    const auto email = m_session.user().value(QStringLiteral("email")).toString();
    if (!m_profiles.currentId().isEmpty() &&
        m_profiles.current().value(QStringLiteral("email")).toString() != email) {
      m_profiles.setEmail(m_profiles.currentId(), email);
    }
    if (m_storeName.isEmpty()) loadStoreName();
  });
  m_appSettings.applyLanguage();
}

void AdminBackend::setEngine(QQmlEngine* engine) {
  connect(&m_appSettings, &AppSettings::languageChanged, engine, &QQmlEngine::retranslate);
}

void AdminBackend::connectLocal(const QString& ownerEmail, const QString& ownerPassword,
                                bool demoCatalog) {
  if (m_localServer.state() == LocalServer::State::Running) {
    emit m_localServer.ready();
    return;
  }
  if (m_localServer.firstRun()) {
    m_pendingOwnerEmail = ownerEmail.trimmed();
    m_pendingOwnerPassword = ownerPassword;
  }
  m_localServer.start(ownerEmail.trimmed(), ownerPassword, demoCatalog);
}

void AdminBackend::connectRemote(const QString& profileId) {
  const auto profile = m_profiles.profile(profileId);
  if (profile.isEmpty()) return;
  m_client.setBaseUrl(QUrl(profile.value(QStringLiteral("url")).toString()));
  setConnected(true, profileId);
  m_session.restore(profile.value(QStringLiteral("email")).toString());
}

void AdminBackend::connectTo(const QString& url) {
  m_client.setBaseUrl(QUrl(url));
  setConnected(true, {});
}

void AdminBackend::disconnectServer(bool forgetSignIn) {
  m_session.signOut(forgetSignIn);
  m_localServer.stop();
  m_storeName.clear();
  emit storeNameChanged();
  setConnected(false, m_profiles.currentId());
}

void AdminBackend::copyToClipboard(const QString& text) {
  if (auto* clipboard = QGuiApplication::clipboard()) clipboard->setText(text);
}

void AdminBackend::setConnected(bool connected, const QString& profileId) {
  if (!profileId.isEmpty()) {
    m_profiles.setCurrent(profileId);
    m_session.setProfileId(profileId);
  }
  if (connected == m_connected) return;
  m_connected = connected;
  emit connectedChanged();
}

void AdminBackend::loadStoreName() {
  // GET /admin/stores names the store; until the server has it, the profile name stands in.
  m_storeName = m_profiles.current().value(QStringLiteral("name")).toString();
  emit storeNameChanged();
  m_client.get(QStringLiteral("/admin/stores"), {}, this, [this](const ApiResult& r) {
    const auto stores = r.body.value(QStringLiteral("stores")).toArray();
    if (!r.ok() || stores.isEmpty()) return;
    m_storeName = stores.first().toObject().value(QStringLiteral("name")).toString();
    emit storeNameChanged();
  });
}

}  // namespace medusa::admin
