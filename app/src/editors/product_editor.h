// SPDX-License-Identifier: MIT
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QVariantList>

#include "api/api_client.h"
#include "editors/product_body.h"
#include "editors/variant_grid_model.h"

namespace medusa::admin {

/// The state of the product form (general fields, status, options and values, variants with
/// SKU and a price per currency, sales channels, collection, categories, images, metadata),
/// whether it has unsaved changes, and save()/remove() against the admin API.
class ProductEditor : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(medusa::admin::ApiClient* client MEMBER m_client REQUIRED)
  Q_PROPERTY(QString productId READ productId NOTIFY formChanged)
  Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY formChanged)
  Q_PROPERTY(QString subtitle READ subtitle WRITE setSubtitle NOTIFY formChanged)
  Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY formChanged)
  Q_PROPERTY(QString handle READ handle WRITE setHandle NOTIFY formChanged)
  Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY formChanged)
  Q_PROPERTY(QString collectionId READ collectionId WRITE setCollectionId NOTIFY formChanged)
  Q_PROPERTY(QStringList categoryIds READ categoryIds WRITE setCategoryIds NOTIFY formChanged)
  Q_PROPERTY(
      QStringList salesChannelIds READ salesChannelIds WRITE setSalesChannelIds NOTIFY formChanged)
  Q_PROPERTY(QStringList imageUrls READ imageUrls WRITE setImageUrls NOTIFY formChanged)
  Q_PROPERTY(QVariantList metadata READ metadata WRITE setMetadata NOTIFY formChanged)
  Q_PROPERTY(QVariantList options READ options NOTIFY formChanged)
  Q_PROPERTY(QStringList currencies READ currencies WRITE setCurrencies NOTIFY formChanged)
  Q_PROPERTY(VariantGridModel* variants READ variants CONSTANT)
  Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

 public:
  explicit ProductEditor(QObject* parent = nullptr);

  QString productId() const { return m_form.id; }
  QString title() const { return m_form.title; }
  void setTitle(const QString& v) { assign(m_form.title, v); }
  QString subtitle() const { return m_form.subtitle; }
  void setSubtitle(const QString& v) { assign(m_form.subtitle, v); }
  QString description() const { return m_form.description; }
  void setDescription(const QString& v) { assign(m_form.description, v); }
  QString handle() const { return m_form.handle; }
  void setHandle(const QString& v) { assign(m_form.handle, v); }
  QString status() const { return m_form.status; }
  void setStatus(const QString& v) { assign(m_form.status, v); }
  QString collectionId() const { return m_form.collectionId; }
  void setCollectionId(const QString& v) { assign(m_form.collectionId, v); }
  QStringList categoryIds() const { return m_form.categoryIds; }
  void setCategoryIds(const QStringList& v) { assign(m_form.categoryIds, v); }
  QStringList salesChannelIds() const { return m_form.salesChannelIds; }
  void setSalesChannelIds(const QStringList& v) { assign(m_form.salesChannelIds, v); }
  QStringList imageUrls() const { return m_form.imageUrls; }
  void setImageUrls(const QStringList& v) { assign(m_form.imageUrls, v); }
  QVariantList metadata() const;
  void setMetadata(const QVariantList& entries);
  QVariantList options() const;
  QStringList currencies() const { return m_currencies; }
  void setCurrencies(const QStringList& currencies);
  VariantGridModel* variants() { return &m_variants; }
  bool dirty() const { return m_dirty; }
  bool busy() const { return m_busy; }
  QString errorString() const { return m_error; }

  /// An empty form for a new product.
  Q_INVOKABLE void reset();
  /// Loads the product (GET /admin/products/:id) into the form; emits loaded().
  Q_INVOKABLE void load(const QString& id);
  /// Validates, then creates or updates the product; emits saved(id) and reloads the form
  /// from the answer so ids of new options, variants and prices are known.
  Q_INVOKABLE void save();
  /// Deletes the product; emits removed(id).
  Q_INVOKABLE void remove();
  /// Toggles between published and draft (saved with the next save()).
  Q_INVOKABLE void togglePublished();

  Q_INVOKABLE void addOption(const QString& title, const QString& commaSeparatedValues);
  Q_INVOKABLE void setOption(int index, const QString& title, const QString& commaSeparatedValues);
  Q_INVOKABLE void removeOption(int index);
  /// Replaces the variants with one per combination of option values.
  Q_INVOKABLE void generateVariants();
  Q_INVOKABLE void toggleSalesChannel(const QString& id, bool on);
  Q_INVOKABLE void toggleCategory(const QString& id, bool on);

 signals:
  void formChanged();
  void dirtyChanged();
  void busyChanged();
  void errorStringChanged();
  void loaded();
  void saved(const QString& id);
  void removed(const QString& id);

 private:
  template <typename T>
  void assign(T& field, const T& value) {
    if (field == value) return;
    field = value;
    touch();
  }
  void touch();
  void setForm(const ProductForm& form);
  void setDirty(bool dirty);
  void setBusy(bool busy);
  void setError(const QString& error);
  static QStringList splitValues(const QString& text);

  ApiClient* m_client = nullptr;
  ProductForm m_form;
  VariantGridModel m_variants;
  QStringList m_currencies{QStringLiteral("eur"), QStringLiteral("usd")};
  bool m_dirty = false;
  bool m_busy = false;
  QString m_error;
};

}  // namespace medusa::admin
