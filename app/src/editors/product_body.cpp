// SPDX-License-Identifier: MIT
#include "editors/product_body.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace medusa::admin {

namespace {

const QString kDefaultOption = QStringLiteral("Default option");
const QString kDefaultValue = QStringLiteral("Default option value");

QString str(const QJsonObject& o, const char* key) {
  return o.value(QLatin1String(key)).toString();
}

QStringList idsOf(const QJsonArray& array) {
  QStringList ids;
  for (const auto& item : array) ids.append(item.toObject().value(QStringLiteral("id")).toString());
  return ids;
}

QJsonArray idObjects(const QStringList& ids) {
  QJsonArray array;
  for (const auto& id : ids) array.append(QJsonObject{{QStringLiteral("id"), id}});
  return array;
}

// Option values name their option by `option.title` when expanded, else only by `option_id`.
VariantForm variantFrom(const QJsonObject& v, const QMap<QString, QString>& optionTitles) {
  VariantForm variant{.id = str(v, "id"),
                      .title = str(v, "title"),
                      .sku = str(v, "sku"),
                      .manageInventory = v.value(QStringLiteral("manage_inventory")).toBool(true),
                      .options = {},
                      .prices = {},
                      .priceIds = {}};
  for (const auto& value : v.value(QStringLiteral("options")).toArray()) {
    const auto o = value.toObject();
    auto title = str(o.value(QStringLiteral("option")).toObject(), "title");
    if (title.isEmpty()) title = optionTitles.value(str(o, "option_id"));
    variant.options.insert(title, str(o, "value"));
  }
  for (const auto& value : v.value(QStringLiteral("prices")).toArray()) {
    const auto p = value.toObject();
    if (!p.value(QStringLiteral("rules")).toObject().isEmpty()) continue;  // region prices
    const auto currency = str(p, "currency_code").toLower();
    variant.prices.insert(currency, QString::number(p.value(QStringLiteral("amount")).toDouble()));
    variant.priceIds.insert(currency, str(p, "id"));
  }
  return variant;
}

QJsonObject variantBody(const VariantForm& v, const ProductForm& form) {
  QJsonObject body{{QStringLiteral("title"), v.title},
                   {QStringLiteral("manage_inventory"), v.manageInventory}};
  if (!v.id.isEmpty()) body.insert(QStringLiteral("id"), v.id);
  if (!v.sku.trimmed().isEmpty()) body.insert(QStringLiteral("sku"), v.sku.trimmed());
  QJsonObject options;
  if (form.options.isEmpty()) {
    options.insert(kDefaultOption, kDefaultValue);
  } else {
    for (auto it = v.options.begin(); it != v.options.end(); ++it)
      options.insert(it.key(), it.value());
  }
  body.insert(QStringLiteral("options"), options);
  QJsonArray prices;
  for (auto it = v.prices.begin(); it != v.prices.end(); ++it) {
    double amount = 0;
    if (!parseAmount(it.value(), &amount)) continue;
    QJsonObject price{{QStringLiteral("currency_code"), it.key()},
                      {QStringLiteral("amount"), amount}};
    const auto id = v.priceIds.value(it.key());
    if (!id.isEmpty()) price.insert(QStringLiteral("id"), id);
    prices.append(price);
  }
  body.insert(QStringLiteral("prices"), prices);
  return body;
}

}  // namespace

bool parseAmount(const QString& text, double* amount) {
  auto normalized = text.trimmed();
  normalized.replace(QLatin1Char(','), QLatin1Char('.'));
  bool ok = false;
  const double value = normalized.toDouble(&ok);
  if (!ok || value < 0) return false;
  *amount = value;
  return true;
}

ProductForm productFormFrom(const QJsonObject& p) {
  ProductForm form;
  form.id = str(p, "id");
  form.title = str(p, "title");
  form.subtitle = str(p, "subtitle");
  form.description = str(p, "description");
  form.handle = str(p, "handle");
  form.status = str(p, "status").isEmpty() ? QStringLiteral("draft") : str(p, "status");
  form.thumbnail = str(p, "thumbnail");
  form.collectionId = str(p, "collection_id");
  form.categoryIds = idsOf(p.value(QStringLiteral("categories")).toArray());
  form.salesChannelIds = idsOf(p.value(QStringLiteral("sales_channels")).toArray());
  for (const auto& image : p.value(QStringLiteral("images")).toArray()) {
    form.imageUrls.append(str(image.toObject(), "url"));
  }
  const auto metadata = p.value(QStringLiteral("metadata")).toObject();
  for (auto it = metadata.begin(); it != metadata.end(); ++it) {
    form.metadata.append({it.key(), it.value().toVariant().toString()});
  }
  for (const auto& value : p.value(QStringLiteral("options")).toArray()) {
    const auto o = value.toObject();
    OptionForm option{.id = str(o, "id"), .title = str(o, "title"), .values = {}};
    for (const auto& v : o.value(QStringLiteral("values")).toArray()) {
      option.values.append(str(v.toObject(), "value"));
    }
    form.options.append(option);
  }
  QMap<QString, QString> optionTitles;
  for (const auto& option : form.options) optionTitles.insert(option.id, option.title);
  for (const auto& value : p.value(QStringLiteral("variants")).toArray()) {
    form.variants.append(variantFrom(value.toObject(), optionTitles));
  }
  return form;
}

QJsonObject productBodyFrom(const ProductForm& form) {
  const bool creating = form.id.isEmpty();
  QJsonObject body{{QStringLiteral("title"), form.title.trimmed()},
                   {QStringLiteral("status"), form.status}};
  auto optional = [&](const char* key, const QString& value) {
    if (!value.trimmed().isEmpty()) {
      body.insert(QLatin1String(key), value.trimmed());
    } else if (!creating) {
      body.insert(QLatin1String(key), QJsonValue::Null);  // clearing a field on edit
    }
  };
  optional("subtitle", form.subtitle);
  optional("description", form.description);
  optional("collection_id", form.collectionId);
  if (!form.handle.trimmed().isEmpty())
    body.insert(QStringLiteral("handle"), form.handle.trimmed());
  const auto thumbnail = form.thumbnail.isEmpty() && !form.imageUrls.isEmpty()
                             ? form.imageUrls.first()
                             : form.thumbnail;
  optional("thumbnail", thumbnail);
  QJsonArray images;
  for (const auto& url : form.imageUrls) images.append(QJsonObject{{QStringLiteral("url"), url}});
  body.insert(QStringLiteral("images"), images);
  body.insert(QStringLiteral("categories"), idObjects(form.categoryIds));
  body.insert(QStringLiteral("sales_channels"), idObjects(form.salesChannelIds));
  QJsonObject metadata;
  for (const auto& [key, value] : form.metadata) {
    if (!key.trimmed().isEmpty()) metadata.insert(key.trimmed(), value);
  }
  body.insert(QStringLiteral("metadata"), metadata);
  QJsonArray options;
  for (const auto& o : form.options) {
    QJsonObject option{{QStringLiteral("title"), o.title.trimmed()},
                       {QStringLiteral("values"), QJsonArray::fromStringList(o.values)}};
    if (!o.id.isEmpty()) option.insert(QStringLiteral("id"), o.id);
    options.append(option);
  }
  if (options.isEmpty() && !form.variants.isEmpty()) {
    options.append(QJsonObject{{QStringLiteral("title"), kDefaultOption},
                               {QStringLiteral("values"), QJsonArray{kDefaultValue}}});
  }
  if (!options.isEmpty() || !creating) body.insert(QStringLiteral("options"), options);
  QJsonArray variants;
  for (const auto& v : form.variants) variants.append(variantBody(v, form));
  if (!variants.isEmpty() || !creating) body.insert(QStringLiteral("variants"), variants);
  return body;
}

QString validateProductForm(const ProductForm& form) {
  if (form.title.trimmed().isEmpty())
    return QCoreApplication::translate("ProductEditor", "Title is required.");
  for (const auto& option : form.options) {
    if (option.title.trimmed().isEmpty())
      return QCoreApplication::translate("ProductEditor", "Every option needs a title.");
    if (option.values.isEmpty())
      return QCoreApplication::translate("ProductEditor", "Option \"%1\" needs at least one value.")
          .arg(option.title);
  }
  for (const auto& variant : form.variants) {
    if (variant.title.trimmed().isEmpty())
      return QCoreApplication::translate("ProductEditor", "Every variant needs a title.");
    for (const auto& option : form.options) {
      if (!option.values.contains(variant.options.value(option.title))) {
        return QCoreApplication::translate("ProductEditor",
                                           "Variant \"%1\" needs a value for option \"%2\".")
            .arg(variant.title, option.title);
      }
    }
    for (auto it = variant.prices.begin(); it != variant.prices.end(); ++it) {
      double amount = 0;
      if (!it.value().trimmed().isEmpty() && !parseAmount(it.value(), &amount)) {
        return QCoreApplication::translate("ProductEditor",
                                           "Variant \"%1\": \"%2\" is not a valid %3 price.")
            .arg(variant.title, it.value(), it.key().toUpper());
      }
    }
  }
  return {};
}

}  // namespace medusa::admin
