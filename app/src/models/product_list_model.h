// SPDX-License-Identifier: MIT
#pragma once

#include "models/remote_list_model.h"

namespace medusa::admin {

/// GET /admin/products, 50 per request, with search and status/collection/category filters.
/// Changing a filter reloads from the first page.
class ProductListModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filtersChanged)
  Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filtersChanged)
  Q_PROPERTY(QString collectionId READ collectionId WRITE setCollectionId NOTIFY filtersChanged)
  Q_PROPERTY(QString categoryId READ categoryId WRITE setCategoryId NOTIFY filtersChanged)

 public:
  static constexpr int kPageSize = 50;

  explicit ProductListModel(QObject* parent = nullptr);

  QString search() const { return m_search; }
  void setSearch(const QString& search);
  QString status() const { return m_status; }
  void setStatus(const QString& status);
  QString collectionId() const { return m_collectionId; }
  void setCollectionId(const QString& id);
  QString categoryId() const { return m_categoryId; }
  void setCategoryId(const QString& id);

 signals:
  void filtersChanged();

 protected:
  QList<QByteArray> roles() const override;
  QVariant value(const QJsonObject& row, const QByteArray& role) const override;
  QUrlQuery filters() const override;

 private:
  void setFilter(QString& filter, const QString& value);

  QString m_search;
  QString m_status;
  QString m_collectionId;
  QString m_categoryId;
};

}  // namespace medusa::admin
