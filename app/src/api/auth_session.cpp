// SPDX-License-Identifier: MIT
#include "api/auth_session.h"

#include <QJsonObject>

#include "api/api_client.h"
#include "api/credential_store.h"

namespace medusa::admin {

AuthSession::AuthSession(ApiClient* client, CredentialStore* credentials, QObject* parent)
    : QObject(parent), m_client(client), m_credentials(credentials) {
  connect(m_client, &ApiClient::sessionExpired, this, [this]() {
    if (!signedIn()) return;
    m_user.clear();
    m_client->setToken({});
    fail(tr("Your session has expired. Please sign in again."), false);
  });
}

QString AuthSession::displayName() const {
  const auto name = QStringLiteral("%1 %2")
                        .arg(m_user.value(QStringLiteral("first_name")).toString(),
                             m_user.value(QStringLiteral("last_name")).toString())
                        .trimmed();
  return name.isEmpty() ? m_user.value(QStringLiteral("email")).toString() : name;
}

QString AuthSession::accountFor(const QString& profileId, const QString& email) {
  return profileId + QLatin1Char(':') + email.trimmed().toLower();
}

void AuthSession::signIn(const QString& email, const QString& password, bool remember) {
  m_email = email.trimmed();
  m_password = password;
  m_remember = remember;
  m_error.clear();
  m_unreachable = false;
  setBusy(true);
  m_client->setToken({});
  const QJsonObject body{{QStringLiteral("email"), m_email},
                         {QStringLiteral("password"), password}};
  m_client->post(QStringLiteral("/auth/user/emailpass"), body, this, [this](const ApiResult& r) {
    if (!r.ok()) return fail(r.error->message, r.error->isNetwork());
    m_client->setToken(r.body.value(QStringLiteral("token")).toString());
    fetchMe(false);
  });
}

void AuthSession::restore(const QString& email) {
  if (email.isEmpty()) return emit restoreFinished(false);
  m_email = email;
  setBusy(true);
  m_credentials->read(accountFor(m_profileId, email),
                      [this](bool found, const QString& token, const QString&) {
                        if (!found || token.isEmpty()) {
                          setBusy(false);
                          return emit restoreFinished(false);
                        }
                        m_remember = true;
                        m_client->setToken(token);
                        fetchMe(true);
                      });
}

void AuthSession::fetchMe(bool fromRestore) {
  m_client->get(QStringLiteral("/admin/users/me"), {}, this,
                [this, fromRestore](const ApiResult& r) {
                  m_password.clear();
                  if (!r.ok()) {
                    m_client->setToken({});
                    if (fromRestore) {
                      setBusy(false);
                      m_unreachable = r.error->isNetwork();
                      if (m_unreachable) m_error = r.error->message;
                      emit stateChanged();
                      return emit restoreFinished(false);
                    }
                    return fail(r.error->message, r.error->isNetwork());
                  }
                  m_user = r.body.value(QStringLiteral("user")).toObject().toVariantMap();
                  m_error.clear();
                  m_unreachable = false;
                  if (m_remember)
                    m_credentials->write(accountFor(m_profileId, m_email), m_client->token(), {});
                  setBusy(false);
                  if (fromRestore) emit restoreFinished(true);
                });
}

void AuthSession::signOut(bool forget) {
  if (forget && !m_email.isEmpty()) m_credentials->erase(accountFor(m_profileId, m_email), {});
  m_client->setToken({});
  m_user.clear();
  m_error.clear();
  m_unreachable = false;
  emit stateChanged();
}

void AuthSession::refreshToken() {
  m_client->post(QStringLiteral("/auth/token/refresh"), {}, this, [this](const ApiResult& r) {
    if (!r.ok()) return;
    m_client->setToken(r.body.value(QStringLiteral("token")).toString());
    if (m_remember) m_credentials->write(accountFor(m_profileId, m_email), m_client->token(), {});
  });
}

void AuthSession::retry() {
  if (!m_password.isEmpty()) return signIn(m_email, m_password, m_remember);
  restore(m_email);
}

void AuthSession::fail(const QString& message, bool unreachable) {
  m_error = message;
  m_unreachable = unreachable;
  if (!unreachable) m_password.clear();
  setBusy(false);
}

void AuthSession::setBusy(bool busy) {
  m_busy = busy;
  emit stateChanged();
}

}  // namespace medusa::admin
