// SPDX-License-Identifier: MIT
#include "api/api_client.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace medusa::admin {

ApiClient::ApiClient(QObject* parent) : QObject(parent) {}

void ApiClient::setBaseUrl(const QUrl& url) {
  if (url == m_baseUrl) return;
  m_baseUrl = url;
  emit baseUrlChanged();
}

void ApiClient::setToken(const QString& token) {
  if (token == m_token) return;
  m_token = token;
  emit tokenChanged();
}

QNetworkRequest ApiClient::makeRequest(const QString& path, const QUrlQuery& query) const {
  QUrl url = m_baseUrl;
  QString base = url.path();
  if (base.endsWith(QLatin1Char('/'))) base.chop(1);
  url.setPath(base + path);
  if (!query.isEmpty()) url.setQuery(query);
  QNetworkRequest request(url);
  request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
  request.setRawHeader("Accept", "application/json");
  if (!m_token.isEmpty()) request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
  request.setTransferTimeout(m_timeoutMs);
  return request;
}

void ApiClient::get(const QString& path, const QUrlQuery& query, QObject* context, Callback done) {
  track(m_network.get(makeRequest(path, query)), context, std::move(done));
}

void ApiClient::post(const QString& path, const QJsonObject& body, QObject* context,
                     Callback done) {
  const auto bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
  track(m_network.post(makeRequest(path), bytes), context, std::move(done));
}

void ApiClient::remove(const QString& path, QObject* context, Callback done) {
  track(m_network.deleteResource(makeRequest(path)), context, std::move(done));
}

void ApiClient::track(QNetworkReply* reply, QObject* context, Callback done) {
  const bool sentToken = !m_token.isEmpty();
  QPointer<QObject> guard(context);
  connect(reply, &QNetworkReply::finished, this, [this, reply, guard, sentToken, done]() {
    reply->deleteLater();
    const auto result = resultOf(reply);
    if (sentToken && result.error && result.error->status == 401) emit sessionExpired();
    if (guard && done) done(result);
  });
}

ApiResult ApiClient::resultOf(QNetworkReply* reply) const {
  const auto status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
  if (!status.isValid()) {
    return {.body = {}, .error = ApiError::unreachable(m_baseUrl.toString(), reply->errorString())};
  }
  const int code = status.toInt();
  const auto bytes = reply->readAll();
  if (code < 200 || code >= 300) return {.body = {}, .error = ApiError::fromResponse(code, bytes)};
  return {.body = QJsonDocument::fromJson(bytes).object(), .error = std::nullopt};
}

}  // namespace medusa::admin
