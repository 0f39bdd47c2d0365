// SPDX-License-Identifier: MIT
#include "models/inventory_item_list_model.h"

#include <QJsonArray>

namespace medusa::admin {

namespace {

const QString kLevels = QStringLiteral("location_levels");
const QString kLocationId = QStringLiteral("location_id");
const QString kStocked = QStringLiteral("stocked_quantity");

}  // namespace

InventoryItemListModel::InventoryItemListModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/inventory-items"), QStringLiteral("inventory_items"),
                      QStringLiteral("inventory_item"), 50, parent) {}

void InventoryItemListModel::setSearch(const QString& search) {
  if (search == m_search) return;
  m_search = search;
  emit searchChanged();
  if (client()) reload();
}

QUrlQuery InventoryItemListModel::filters() const {
  QUrlQuery query;
  if (!m_search.isEmpty()) query.addQueryItem(QStringLiteral("q"), m_search);
  return query;
}

QVariant InventoryItemListModel::value(const QJsonObject& row, const QByteArray& role) const {
  if (role != "levels") return RemoteListModel::value(row, role);
  QVariantMap levels;
  for (const auto& level : row.value(kLevels).toArray()) {
    const auto object = level.toObject();
    levels.insert(object.value(kLocationId).toString(), object.value(kStocked).toInt());
  }
  return levels;
}

void InventoryItemListModel::setStockedQuantity(const QString& itemId, const QString& locationId,
                                                int quantity) {
  const int at = indexOf(itemId);
  if (at < 0) return;
  const auto levels = value(rows().at(at), "levels").toMap();
  const auto base = path() + '/' + itemId + QStringLiteral("/location-levels");
  QJsonObject body{{kStocked, quantity}};
  QString target = base + '/' + locationId;
  if (!levels.contains(locationId)) {
    body.insert(kLocationId, locationId);
    target = base;
  }
  send(QStringLiteral("POST"), target, body, [this](const QJsonObject& answer) {
    upsertRow(answer.value(QStringLiteral("inventory_item")).toObject());
  });
}

}  // namespace medusa::admin
