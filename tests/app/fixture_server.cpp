// SPDX-License-Identifier: MIT
#include "fixture_server.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

namespace medusa::admin::test {

namespace {

const QMap<QString, QPair<QString, QString>> kResources{
    // path -> (list key, item key)
    {"/admin/products", {"products", "product"}},
    {"/admin/collections", {"collections", "collection"}},
    {"/admin/product-categories", {"product_categories", "product_category"}},
    {"/admin/regions", {"regions", "region"}},
    {"/admin/sales-channels", {"sales_channels", "sales_channel"}},
    {"/admin/stock-locations", {"stock_locations", "stock_location"}},
    {"/admin/inventory-items", {"inventory_items", "inventory_item"}},
    {"/admin/api-keys", {"api_keys", "api_key"}},
    {"/admin/users", {"users", "user"}},
    {"/admin/orders", {"orders", "order"}},
    {"/admin/customers", {"customers", "customer"}},
    {"/admin/invites", {"invites", "invite"}},
};

QJsonObject error(const QString& type, const QString& message) {
  return {{"type", type}, {"message", message}};
}

QByteArray statusText(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 404:
      return "Not Found";
    default:
      return "Error";
  }
}

QJsonObject generatedProduct(int i) {
  const auto id = QStringLiteral("prod_%1").arg(i, 5, 10, QLatin1Char('0'));
  return {{"id", id},
          {"title", QStringLiteral("Product %1").arg(i)},
          {"handle", QStringLiteral("product-%1").arg(i)},
          {"status", i % 3 == 0 ? "draft" : "published"},
          {"thumbnail", QJsonValue::Null},
          {"variants", QJsonArray{QJsonObject{{"id", id + "_v"},
                                              {"title", "Default"},
                                              {"manage_inventory", true},
                                              {"inventory_quantity", i % 7}}}}};
}

// What Medusa answers for a product body: option values and variant options as objects, ids.
QJsonObject productFromBody(QJsonObject body, const QString& id) {
  body.insert("id", id);
  QJsonArray options;
  for (const auto& value : body.value("options").toArray()) {
    auto option = value.toObject();
    const auto title = option.value("title").toString();
    if (!option.contains("id")) option.insert("id", "opt_" + title.toLower());
    QJsonArray values;
    for (const auto& v : option.value("values").toArray()) values.append(QJsonObject{{"value", v}});
    option.insert("values", values);
    options.append(option);
  }
  body.insert("options", options);
  QJsonArray variants;
  int n = 0;
  for (const auto& value : body.value("variants").toArray()) {
    auto variant = value.toObject();
    if (!variant.contains("id")) variant.insert("id", QStringLiteral("variant_%1").arg(++n));
    QJsonArray optionValues;
    const auto map = variant.value("options").toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
      optionValues.append(
          QJsonObject{{"value", it.value()}, {"option", QJsonObject{{"title", it.key()}}}});
    }
    variant.insert("options", optionValues);
    QJsonArray prices;
    for (const auto& p : variant.value("prices").toArray()) {
      auto price = p.toObject();
      if (!price.contains("id"))
        price.insert("id", "price_" + price.value("currency_code").toString() + QString::number(n));
      prices.append(price);
    }
    variant.insert("prices", prices);
    variants.append(variant);
  }
  body.insert("variants", variants);
  return body;
}

}  // namespace

FixtureServer::FixtureServer(int productCount, QObject* parent) : QObject(parent) {
  QFile file(QStringLiteral(MEDUSA_APP_FIXTURES_DIR "/demo_store.json"));
  if (file.open(QIODevice::ReadOnly)) m_store = QJsonDocument::fromJson(file.readAll()).object();
  auto products = m_store.value("products").toArray();
  for (int i = 1; i <= productCount; ++i) products.append(generatedProduct(i));
  m_store.insert("products", products);
  installDefaults();
  connect(&m_server, &QTcpServer::newConnection, this, &FixtureServer::onConnection);
  m_server.listen(QHostAddress::LocalHost, 0);
}

QString FixtureServer::url() const {
  return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FixtureServer::route(const QString& method, const QString& path, Handler handler) {
  m_routes.insert(method + ' ' + path, std::move(handler));
}

QVariantMap FixtureServer::lastRequest(const QString& path) const {
  for (auto it = m_requests.rbegin(); it != m_requests.rend(); ++it) {
    if (it->path == path) {
      return {{"method", it->method},
              {"query", it->query.toString()},
              {"body", it->body.toVariantMap()}};
    }
  }
  return {};
}

void FixtureServer::onConnection() {
  while (auto* socket = m_server.nextPendingConnection()) {
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer]() {
      *buffer += socket->readAll();
      const auto headerEnd = buffer->indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const auto head = buffer->left(headerEnd);
      qsizetype length = 0;
      QByteArray authorization;
      for (const auto& line : head.split('\n')) {
        const auto lower = line.trimmed().toLower();
        if (lower.startsWith("content-length:")) length = lower.mid(15).trimmed().toLongLong();
        if (lower.startsWith("authorization:")) authorization = line.trimmed().mid(14).trimmed();
      }
      if (buffer->size() < headerEnd + 4 + length) return;
      const auto requestLine = head.left(head.indexOf("\r\n")).split(' ');
      const QUrl target(QString::fromUtf8(requestLine.value(1)));
      RecordedRequest request{
          .method = QString::fromUtf8(requestLine.value(0)),
          .path = target.path(),
          .query = QUrlQuery(target),
          .body = QJsonDocument::fromJson(buffer->mid(headerEnd + 4, length)).object(),
          .authorization = authorization};
      buffer->clear();
      m_requests.append(request);
      const auto response = answer(request);
      const auto body = QJsonDocument(response.body).toJson(QJsonDocument::Compact);
      socket->write("HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                    statusText(response.status) + "\r\nContent-Type: application/json\r\n" +
                    "Content-Length: " + QByteArray::number(body.size()) +
                    "\r\nConnection: close\r\n\r\n" + body);
      socket->disconnectFromHost();
    });
  }
}

FixtureResponse FixtureServer::answer(const RecordedRequest& request) {
  const auto exact = m_routes.find(request.method + ' ' + request.path);
  if (exact != m_routes.end()) return (*exact)(request);
  if (request.path.startsWith("/admin") &&
      request.authorization != QByteArray("Bearer ") + kToken) {
    return {401, {{"message", "Unauthorized"}}};
  }
  const auto resource = kResources.find(request.path);
  if (resource != kResources.end() && request.method == "GET") {
    return list(resource->first, m_store.value(resource->first).toArray(), request);
  }
  if (resource != kResources.end() && request.method == "POST") {
    auto created = request.body;
    created.insert("id", resource->second + "_new");
    if (resource->first == "products") created = productFromBody(request.body, "prod_new");
    auto rows = m_store.value(resource->first).toArray();
    rows.prepend(created);
    m_store.insert(resource->first, rows);
    return {200, {{resource->second, created}}};
  }
  // /admin/<resource>/<id>[/...]: find the entity and answer it (POST merges the body in).
  for (auto it = kResources.begin(); it != kResources.end(); ++it) {
    if (!request.path.startsWith(it.key() + '/')) continue;
    const auto id = request.path.mid(it.key().size() + 1).section('/', 0, 0);
    for (const auto& value : m_store.value(it->first).toArray()) {
      auto entity = value.toObject();
      if (entity.value("id").toString() != id) continue;
      if (request.method == "DELETE") {
        auto rows = m_store.value(it->first).toArray();
        for (int i = 0; i < rows.size(); ++i) {
          if (rows.at(i).toObject().value("id").toString() == id) rows.removeAt(i--);
        }
        m_store.insert(it->first, rows);
        return {200, {{"id", id}, {"object", it->second}, {"deleted", true}}};
      }
      if (request.method == "POST" && it->first == "products") {
        entity = productFromBody(request.body, id);
      } else if (request.method == "POST") {
        for (auto field = request.body.begin(); field != request.body.end(); ++field) {
          entity.insert(field.key(), field.value());
        }
      }
      return {200, {{it->second, entity}}};
    }
    return {404,
            error("not_found", QStringLiteral("%1 with id: %2 was not found").arg(it->second, id))};
  }
  return {404, error("not_found", "Route not found in the fixture")};
}

FixtureResponse FixtureServer::list(const QString& key, const QJsonArray& all,
                                    const RecordedRequest& request) {
  const auto q = request.query.queryItemValue("q", QUrl::FullyDecoded);
  const auto status = request.query.queryItemValue("status[]", QUrl::FullyDecoded);
  QJsonArray matching;
  for (const auto& value : all) {
    const auto row = value.toObject();
    if (!q.isEmpty() && !row.value("title").toString().contains(q, Qt::CaseInsensitive)) continue;
    if (!status.isEmpty() && row.value("status").toString() != status) continue;
    matching.append(row);
  }
  const int limit =
      request.query.hasQueryItem("limit") ? request.query.queryItemValue("limit").toInt() : 20;
  const int offset = request.query.queryItemValue("offset").toInt();
  QJsonArray page;
  for (int i = offset; i < matching.size() && i < offset + limit; ++i) page.append(matching.at(i));
  return {200, {{key, page}, {"count", matching.size()}, {"offset", offset}, {"limit", limit}}};
}

void FixtureServer::installDefaults() {
  route("POST", "/auth/user/emailpass", [](const RecordedRequest& r) -> FixtureResponse {
    if (r.body.value("email").toString() == kEmail &&
        r.body.value("password").toString() == kPassword) {
      return {200, {{"token", kToken}}};
    }
    return {401, error("unauthorized", "Invalid email or password")};
  });
  route("GET", "/admin/stores", [](const RecordedRequest&) -> FixtureResponse {
    return {
        200,
        {{"stores", QJsonArray{QJsonObject{{"id", "store_1"}, {"name", "Medusa Demo Store"}}}}}};
  });
  route("GET", "/admin/users/me", [this](const RecordedRequest& r) -> FixtureResponse {
    if (r.authorization != QByteArray("Bearer ") + kToken)
      return {401, {{"message", "Unauthorized"}}};
    return {200, {{"user", m_store.value("users").toArray().first()}}};
  });
}

}  // namespace medusa::admin::test
