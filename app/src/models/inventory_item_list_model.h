// SPDX-License-Identifier: MIT
#pragma once

#include "models/remote_list_model.h"

namespace medusa::admin {

/// GET /admin/inventory-items with stocked quantity per location (`levels`: location id ->
/// stocked quantity) and totals; setStockedQuantity() edits one level.
class InventoryItemListModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)

 public:
  explicit InventoryItemListModel(QObject* parent = nullptr);

  QString search() const { return m_search; }
  void setSearch(const QString& search);

  /// Sets the stocked quantity of item `itemId` at `locationId` (creating the level when the
  /// item is not stocked there yet); the row is refreshed from the answer.
  Q_INVOKABLE void setStockedQuantity(const QString& itemId, const QString& locationId,
                                      int quantity);

 signals:
  void searchChanged();

 protected:
  QList<QByteArray> roles() const override {
    return {"id", "sku", "title", "stockedQuantity", "reservedQuantity", "levels"};
  }
  QVariant value(const QJsonObject& row, const QByteArray& role) const override;
  QUrlQuery filters() const override;

 private:
  QString m_search;
};

}  // namespace medusa::admin
