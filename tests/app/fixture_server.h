// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrlQuery>
#include <functional>

namespace medusa::admin::test {

/// One request as the fixture server received it.
struct RecordedRequest {
  QString method;
  QString path;
  QUrlQuery query;
  QJsonObject body;
  QByteArray authorization;
};

/// What a route answers.
struct FixtureResponse {
  int status = 200;
  QJsonObject body;
};

/// A small HTTP/1.1 server on loopback that answers admin routes from JSON fixtures, so models and
/// pages can be tested on edge cases (10,000 products, errors) that a fresh server does not have.
/// List routes page with limit/offset like Medusa. Every request is recorded.
class FixtureServer : public QObject {
  Q_OBJECT
  Q_PROPERTY(QString url READ url CONSTANT)

 public:
  using Handler = std::function<FixtureResponse(const RecordedRequest&)>;

  /// Loads tests/app/fixtures/demo_store.json and adds `productCount` generated products.
  explicit FixtureServer(int productCount = 120, QObject* parent = nullptr);

  QString url() const;
  /// Answers `method path` (exact path) with `handler`, replacing the default.
  void route(const QString& method, const QString& path, Handler handler);
  const QList<RecordedRequest>& requests() const { return m_requests; }
  /// The last request to `path` (any method), or an empty one.
  Q_INVOKABLE QVariantMap lastRequest(const QString& path) const;
  Q_INVOKABLE void clearRequests() { m_requests.clear(); }

  static constexpr auto kEmail = "admin@medusa-test.com";
  static constexpr auto kPassword = "supersecret";
  static constexpr auto kToken = "fixture-token";

 private:
  void onConnection();
  FixtureResponse answer(const RecordedRequest& request);
  FixtureResponse list(const QString& key, const QJsonArray& all, const RecordedRequest& request);
  void installDefaults();

  QTcpServer m_server;
  QJsonObject m_store;  // resource key -> array, from the JSON fixture
  QMap<QString, Handler> m_routes;
  QList<RecordedRequest> m_requests;
};

}  // namespace medusa::admin::test
