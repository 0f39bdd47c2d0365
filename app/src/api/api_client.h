// SPDX-License-Identifier: MIT
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <optional>

#include "api/api_error.h"

namespace medusa::admin {

/// The outcome of one request: the JSON body on success, the error otherwise.
struct ApiResult {
  QJsonObject body;
  std::optional<ApiError> error;

  bool ok() const { return !error.has_value(); }
};

/// JSON over HTTP to a Medusa v2 server: base URL, Bearer token, `{type, message}` errors.
/// Callbacks run on the GUI thread and only while their context object is alive, so a model
/// destroyed mid-request is never called back.
class ApiClient : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("ApiClient is created by the backend")
  Q_PROPERTY(QUrl baseUrl READ baseUrl WRITE setBaseUrl NOTIFY baseUrlChanged)
  Q_PROPERTY(bool hasToken READ hasToken NOTIFY tokenChanged)

 public:
  using Callback = std::function<void(const ApiResult&)>;

  explicit ApiClient(QObject* parent = nullptr);

  QUrl baseUrl() const { return m_baseUrl; }
  void setBaseUrl(const QUrl& url);
  QString token() const { return m_token; }
  /// Sends `Authorization: Bearer <token>` from now on ("" stops sending it).
  void setToken(const QString& token);
  bool hasToken() const { return !m_token.isEmpty(); }
  /// Milliseconds before a request without an answer counts as "cannot be reached".
  void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

  /// GET `path` with a query string.
  void get(const QString& path, const QUrlQuery& query, QObject* context, Callback done);
  /// POST a JSON body to `path`.
  void post(const QString& path, const QJsonObject& body, QObject* context, Callback done);
  /// DELETE `path`.
  void remove(const QString& path, QObject* context, Callback done);

 signals:
  void baseUrlChanged();
  void tokenChanged();
  /// A request carrying a token was answered 401: the session has expired or was revoked.
  void sessionExpired();

 private:
  QNetworkRequest makeRequest(const QString& path, const QUrlQuery& query = {}) const;
  void track(QNetworkReply* reply, QObject* context, Callback done);
  ApiResult resultOf(QNetworkReply* reply) const;

  QNetworkAccessManager m_network;
  QUrl m_baseUrl;
  QString m_token;
  int m_timeoutMs = 15000;
};

}  // namespace medusa::admin
