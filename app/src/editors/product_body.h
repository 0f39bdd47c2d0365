// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// The product form as plain data, and its translation to and from Medusa's JSON: the body of
/// POST /admin/products[/:id] and the `product` of the answer. No Qt objects, so it is easy to
/// test on its own.
namespace medusa::admin {

struct OptionForm {
  QString id;  // "" for a new option
  QString title;
  QStringList values;
};

struct VariantForm {
  QString id;  // "" for a new variant
  QString title;
  QString sku;
  bool manageInventory = true;
  QMap<QString, QString> options;   // option title -> value
  QMap<QString, QString> prices;    // currency code -> amount as typed ("19.99")
  QMap<QString, QString> priceIds;  // currency code -> price id, so updates keep the price
};

struct ProductForm {
  QString id;
  QString title;
  QString subtitle;
  QString description;
  QString handle;
  QString status = QStringLiteral("draft");
  QString thumbnail;
  QString collectionId;
  QStringList categoryIds;
  QStringList salesChannelIds;
  QStringList imageUrls;
  QList<QPair<QString, QString>> metadata;
  QList<OptionForm> options;
  QList<VariantForm> variants;
};

/// Reads the `product` object of an admin answer into the form.
ProductForm productFormFrom(const QJsonObject& product);

/// The body for POST /admin/products (`id` empty) or POST /admin/products/:id. Variants without
/// options get Medusa's default option, as Medusa's own admin does.
QJsonObject productBodyFrom(const ProductForm& form);

/// Checks the form before sending; returns "" or a message naming the field.
QString validateProductForm(const ProductForm& form);

/// "19,99" or "19.99" -> 19.99; false when the text is not a non-negative amount.
bool parseAmount(const QString& text, double* amount);

}  // namespace medusa::admin
