// SPDX-License-Identifier: MIT
#include "editors/variant_grid_model.h"

namespace medusa::admin {

namespace {

QString summaryOf(const VariantForm& v) {
  QStringList values;
  for (auto it = v.options.begin(); it != v.options.end(); ++it) values.append(it.value());
  return values.join(QStringLiteral(" / "));
}

QVariantMap toVariantMap(const QMap<QString, QString>& map) {
  QVariantMap out;
  for (auto it = map.begin(); it != map.end(); ++it) out.insert(it.key(), it.value());
  return out;
}

}  // namespace

VariantGridModel::VariantGridModel(QObject* parent) : QAbstractListModel(parent) {}

int VariantGridModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : count();
}

QVariant VariantGridModel::data(const QModelIndex& index, int role) const {
  if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
    return {};
  }
  const auto& v = m_variants.at(index.row());
  switch (role) {
    case IdRole:
      return v.id;
    case TitleRole:
      return v.title;
    case SkuRole:
      return v.sku;
    case OptionsRole:
      return toVariantMap(v.options);
    case OptionSummaryRole:
      return summaryOf(v);
    case PricesRole:
      return toVariantMap(v.prices);
    case ManageInventoryRole:
      return v.manageInventory;
    default:
      return {};
  }
}

QHash<int, QByteArray> VariantGridModel::roleNames() const {
  return {{IdRole, "variantId"},
          {TitleRole, "title"},
          {SkuRole, "sku"},
          {OptionsRole, "options"},
          {OptionSummaryRole, "optionSummary"},
          {PricesRole, "prices"},
          {ManageInventoryRole, "manageInventory"}};
}

void VariantGridModel::setVariants(const QList<VariantForm>& variants) {
  beginResetModel();
  m_variants = variants;
  endResetModel();
  emit countChanged();
}

void VariantGridModel::setField(int row, const QString& field, const QVariant& value) {
  if (row < 0 || row >= count()) return;
  auto& v = m_variants[row];
  if (field == QLatin1String("title"))
    v.title = value.toString();
  else if (field == QLatin1String("sku"))
    v.sku = value.toString();
  else if (field == QLatin1String("manageInventory"))
    v.manageInventory = value.toBool();
  else
    return;
  changed(row);
}

void VariantGridModel::setPrice(int row, const QString& currency, const QString& amount) {
  if (row < 0 || row >= count()) return;
  auto& prices = m_variants[row].prices;
  if (amount.trimmed().isEmpty())
    prices.remove(currency);
  else
    prices.insert(currency, amount.trimmed());
  changed(row);
}

void VariantGridModel::setOptionValue(int row, const QString& optionTitle, const QString& value) {
  if (row < 0 || row >= count()) return;
  m_variants[row].options.insert(optionTitle, value);
  changed(row);
}

void VariantGridModel::addVariant(const QString& title) {
  beginInsertRows({}, count(), count());
  m_variants.append(VariantForm{.id = {},
                                .title = title,
                                .sku = {},
                                .manageInventory = true,
                                .options = {},
                                .prices = {},
                                .priceIds = {}});
  endInsertRows();
  emit countChanged();
  emit edited();
}

void VariantGridModel::removeVariant(int row) {
  if (row < 0 || row >= count()) return;
  beginRemoveRows({}, row, row);
  m_variants.removeAt(row);
  endRemoveRows();
  emit countChanged();
  emit edited();
}

void VariantGridModel::generate(const QList<OptionForm>& options) {
  QList<QMap<QString, QString>> combinations{{}};
  for (const auto& option : options) {
    QList<QMap<QString, QString>> next;
    for (const auto& partial : combinations) {
      for (const auto& value : option.values) {
        auto combination = partial;
        combination.insert(option.title, value);
        next.append(combination);
      }
    }
    combinations = next;
  }
  QList<VariantForm> generated;
  for (const auto& combination : combinations) {
    if (combination.isEmpty()) continue;
    auto existing = std::find_if(m_variants.begin(), m_variants.end(),
                                 [&](const VariantForm& v) { return v.options == combination; });
    VariantForm variant = existing != m_variants.end() ? *existing
                                                       : VariantForm{.id = {},
                                                                     .title = {},
                                                                     .sku = {},
                                                                     .manageInventory = true,
                                                                     .options = combination,
                                                                     .prices = {},
                                                                     .priceIds = {}};
    if (variant.title.isEmpty()) variant.title = summaryOf(variant);
    generated.append(variant);
  }
  setVariants(generated);
  emit edited();
}

void VariantGridModel::changed(int row) {
  emit dataChanged(index(row), index(row));
  emit edited();
}

}  // namespace medusa::admin
