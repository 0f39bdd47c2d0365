// SPDX-License-Identifier: MIT
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>

#include "editors/product_body.h"

namespace medusa::admin {

/// The editable variants of the product being edited: one row per variant with its title, SKU,
/// option values and a price per currency. Every edit emits edited() so the editor turns dirty.
class VariantGridModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("VariantGridModel belongs to ProductEditor")
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  enum Role {
    IdRole = Qt::UserRole + 1,
    TitleRole,
    SkuRole,
    OptionsRole,
    OptionSummaryRole,
    PricesRole,
    ManageInventoryRole
  };

  explicit VariantGridModel(QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;
  int count() const { return static_cast<int>(m_variants.size()); }

  const QList<VariantForm>& variants() const { return m_variants; }
  void setVariants(const QList<VariantForm>& variants);

  /// Sets "title", "sku" or "manageInventory" of a row.
  Q_INVOKABLE void setField(int row, const QString& field, const QVariant& value);
  /// Sets the price of a row in `currency` (amount as typed; "" removes it).
  Q_INVOKABLE void setPrice(int row, const QString& currency, const QString& amount);
  /// Sets the value of option `optionTitle` for a row.
  Q_INVOKABLE void setOptionValue(int row, const QString& optionTitle, const QString& value);
  Q_INVOKABLE void addVariant(const QString& title = {});
  Q_INVOKABLE void removeVariant(int row);
  /// One variant per combination of the option values; existing combinations keep their SKU,
  /// prices and id, the others are dropped.
  void generate(const QList<OptionForm>& options);

 signals:
  void countChanged();
  void edited();

 private:
  void changed(int row);

  QList<VariantForm> m_variants;
};

}  // namespace medusa::admin
