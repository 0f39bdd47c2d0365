// SPDX-License-Identifier: MIT
#include "models/api_key_list_model.h"

#include <QJsonArray>

namespace medusa::admin {

ApiKeyListModel::ApiKeyListModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/api-keys"), QStringLiteral("api_keys"),
                      QStringLiteral("api_key"), 50, parent) {}

QUrlQuery ApiKeyListModel::filters() const {
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("type"), QStringLiteral("publishable"));
  return query;
}

QVariant ApiKeyListModel::value(const QJsonObject& row, const QByteArray& role) const {
  if (role == "revoked") return !row.value(QStringLiteral("revoked_at")).toString().isEmpty();
  if (role == "salesChannels" || role == "salesChannelIds") {
    const auto key = role == "salesChannels" ? QStringLiteral("name") : QStringLiteral("id");
    QStringList values;
    for (const auto& channel : row.value(QStringLiteral("sales_channels")).toArray()) {
      values.append(channel.toObject().value(key).toString());
    }
    return role == "salesChannels" ? QVariant(values.join(QStringLiteral(", "))) : values;
  }
  return RemoteListModel::value(row, role);
}

void ApiKeyListModel::createKey(const QString& title) {
  const QJsonObject body{{QStringLiteral("title"), title},
                         {QStringLiteral("type"), QStringLiteral("publishable")}};
  send(QStringLiteral("POST"), path(), body, [this](const QJsonObject& answer) {
    const auto key = answer.value(QStringLiteral("api_key")).toObject();
    upsertRow(key);
    emit created(key.value(QStringLiteral("token")).toString());
  });
}

void ApiKeyListModel::revoke(const QString& id) {
  send(QStringLiteral("POST"), path() + '/' + id + QStringLiteral("/revoke"), {},
       [this](const QJsonObject& answer) {
         upsertRow(answer.value(QStringLiteral("api_key")).toObject());
       });
}

void ApiKeyListModel::changeSalesChannels(const QString& id, const QStringList& add,
                                          const QStringList& remove) {
  const QJsonObject body{{QStringLiteral("add"), QJsonArray::fromStringList(add)},
                         {QStringLiteral("remove"), QJsonArray::fromStringList(remove)}};
  send(QStringLiteral("POST"), path() + '/' + id + QStringLiteral("/sales-channels"), body,
       [this](const QJsonObject& answer) {
         upsertRow(answer.value(QStringLiteral("api_key")).toObject());
       });
}

}  // namespace medusa::admin
