// SPDX-License-Identifier: MIT
#include "models/catalog_list_models.h"

#include <QJsonArray>

namespace medusa::admin {

namespace {
constexpr int kPage = 50;
}  // namespace

CollectionListModel::CollectionListModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/collections"), QStringLiteral("collections"),
                      QStringLiteral("collection"), kPage, parent) {}

RegionListModel::RegionListModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/regions"), QStringLiteral("regions"),
                      QStringLiteral("region"), kPage, parent) {}

QVariant RegionListModel::value(const QJsonObject& row, const QByteArray& role) const {
  if (role != "countries") return RemoteListModel::value(row, role);
  QStringList names;
  for (const auto& country : row.value(QStringLiteral("countries")).toArray()) {
    const auto object = country.toObject();
    const auto name = object.value(QStringLiteral("display_name")).toString();
    names.append(name.isEmpty() ? object.value(QStringLiteral("iso_2")).toString().toUpper()
                                : name);
  }
  return names.join(QStringLiteral(", "));
}

SalesChannelListModel::SalesChannelListModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/sales-channels"), QStringLiteral("sales_channels"),
                      QStringLiteral("sales_channel"), kPage, parent) {}

StockLocationListModel::StockLocationListModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/stock-locations"), QStringLiteral("stock_locations"),
                      QStringLiteral("stock_location"), kPage, parent) {}

OrderListModel::OrderListModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/orders"), QStringLiteral("orders"),
                      QStringLiteral("order"), kPage, parent) {}

CustomerListModel::CustomerListModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/customers"), QStringLiteral("customers"),
                      QStringLiteral("customer"), kPage, parent) {}

}  // namespace medusa::admin
