// SPDX-License-Identifier: MIT
#include "models/product_list_model.h"

#include <QJsonArray>

namespace medusa::admin {

ProductListModel::ProductListModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/products"), QStringLiteral("products"),
                      QStringLiteral("product"), kPageSize, parent) {}

QList<QByteArray> ProductListModel::roles() const {
  return {"id",        "title",        "handle",           "status",
          "thumbnail", "variantCount", "inventorySummary", "collectionTitle"};
}

QVariant ProductListModel::value(const QJsonObject& row, const QByteArray& role) const {
  const auto variants = row.value(QStringLiteral("variants")).toArray();
  if (role == "variantCount") return static_cast<int>(variants.size());
  if (role == "collectionTitle") {
    return row.value(QStringLiteral("collection")).toObject().value(QStringLiteral("title"));
  }
  if (role == "inventorySummary") {
    // Stock is only known for variants that report inventory_quantity; say so honestly.
    double stocked = 0;
    int known = 0;
    int managed = 0;
    for (const auto& v : variants) {
      const auto variant = v.toObject();
      if (variant.value(QStringLiteral("manage_inventory")).toBool(true)) ++managed;
      const auto quantity = variant.value(QStringLiteral("inventory_quantity"));
      if (quantity.isDouble()) {
        stocked += quantity.toDouble();
        ++known;
      }
    }
    if (known > 0) return tr("%1 in stock").arg(stocked);
    if (!variants.isEmpty() && managed == 0) return tr("Not managed");
    return QStringLiteral("–");
  }
  return RemoteListModel::value(row, role);
}

QUrlQuery ProductListModel::filters() const {
  QUrlQuery query;
  // Medusa's admin adds stock per variant only on request, as its own dashboard asks for it.
  query.addQueryItem(QStringLiteral("fields"), QStringLiteral("%2Bvariants.inventory_quantity"));
  if (!m_search.isEmpty()) query.addQueryItem(QStringLiteral("q"), m_search);
  if (!m_status.isEmpty()) query.addQueryItem(QStringLiteral("status[]"), m_status);
  if (!m_collectionId.isEmpty()) {
    query.addQueryItem(QStringLiteral("collection_id[]"), m_collectionId);
  }
  if (!m_categoryId.isEmpty()) query.addQueryItem(QStringLiteral("category_id[]"), m_categoryId);
  return query;
}

void ProductListModel::setSearch(const QString& search) {
  setFilter(m_search, search.trimmed());
}
void ProductListModel::setStatus(const QString& status) {
  setFilter(m_status, status);
}
void ProductListModel::setCollectionId(const QString& id) {
  setFilter(m_collectionId, id);
}
void ProductListModel::setCategoryId(const QString& id) {
  setFilter(m_categoryId, id);
}

void ProductListModel::setFilter(QString& filter, const QString& value) {
  if (filter == value) return;
  filter = value;
  emit filtersChanged();
  if (client()) reload();
}

}  // namespace medusa::admin
