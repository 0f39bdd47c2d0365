// SPDX-License-Identifier: MIT
#pragma once

#include "models/remote_list_model.h"

/// The plain admin lists: each is a route, its envelope keys and its roles.
namespace medusa::admin {

/// GET /admin/collections.
class CollectionListModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
 public:
  explicit CollectionListModel(QObject* parent = nullptr);

 protected:
  QList<QByteArray> roles() const override { return {"id", "title", "handle"}; }
};

/// GET /admin/regions; `countries` is the comma-separated list of country names.
class RegionListModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
 public:
  explicit RegionListModel(QObject* parent = nullptr);

 protected:
  QList<QByteArray> roles() const override {
    return {"id", "name", "currencyCode", "automaticTaxes", "countries"};
  }
  QVariant value(const QJsonObject& row, const QByteArray& role) const override;
};

/// GET /admin/sales-channels.
class SalesChannelListModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
 public:
  explicit SalesChannelListModel(QObject* parent = nullptr);

 protected:
  QList<QByteArray> roles() const override { return {"id", "name", "description", "isDisabled"}; }
};

/// GET /admin/stock-locations (the columns of the inventory page).
class StockLocationListModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
 public:
  explicit StockLocationListModel(QObject* parent = nullptr);

 protected:
  QList<QByteArray> roles() const override { return {"id", "name"}; }
};

/// GET /admin/orders (empty until checkout exists on the server).
class OrderListModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
 public:
  explicit OrderListModel(QObject* parent = nullptr);

 protected:
  QList<QByteArray> roles() const override {
    return {"id", "displayId", "status", "email", "total", "currencyCode", "createdAt"};
  }
  bool emptyWhenMissing() const override { return true; }
};

/// GET /admin/customers.
class CustomerListModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
 public:
  explicit CustomerListModel(QObject* parent = nullptr);

 protected:
  QList<QByteArray> roles() const override {
    return {"id", "email", "firstName", "lastName", "hasAccount", "createdAt"};
  }
};

}  // namespace medusa::admin
