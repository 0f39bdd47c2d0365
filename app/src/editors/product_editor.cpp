// SPDX-License-Identifier: MIT
#include "editors/product_editor.h"

namespace medusa::admin {

ProductEditor::ProductEditor(QObject* parent) : QObject(parent) {
  connect(&m_variants, &VariantGridModel::edited, this, &ProductEditor::touch);
}

QVariantList ProductEditor::metadata() const {
  QVariantList entries;
  for (const auto& [key, value] : m_form.metadata) {
    entries.append(QVariantMap{{"key", key}, {"value", value}});
  }
  return entries;
}

void ProductEditor::setMetadata(const QVariantList& entries) {
  QList<QPair<QString, QString>> metadata;
  for (const auto& entry : entries) {
    const auto map = entry.toMap();
    metadata.append({map.value("key").toString(), map.value("value").toString()});
  }
  assign(m_form.metadata, metadata);
}

QVariantList ProductEditor::options() const {
  QVariantList list;
  for (const auto& option : m_form.options) {
    list.append(QVariantMap{{"id", option.id},
                            {"title", option.title},
                            {"values", option.values},
                            {"valuesText", option.values.join(QStringLiteral(", "))}});
  }
  return list;
}

void ProductEditor::setCurrencies(const QStringList& currencies) {
  QStringList merged;
  for (const auto& c : currencies) {
    if (!merged.contains(c.toLower())) merged.append(c.toLower());
  }
  // Currencies the product already has prices in stay visible.
  for (const auto& variant : m_variants.variants()) {
    for (const auto& c : variant.prices.keys()) {
      if (!merged.contains(c)) merged.append(c);
    }
  }
  if (merged == m_currencies) return;
  m_currencies = merged;
  emit formChanged();
}

void ProductEditor::reset() {
  setForm(ProductForm{});
  setError({});
}

void ProductEditor::load(const QString& id) {
  if (!m_client) return;
  setBusy(true);
  m_client->get(QStringLiteral("/admin/products/") + id, {}, this, [this](const ApiResult& r) {
    setBusy(false);
    if (!r.ok()) return setError(r.error->message);
    setError({});
    setForm(productFormFrom(r.body.value(QStringLiteral("product")).toObject()));
    emit loaded();
  });
}

void ProductEditor::save() {
  auto form = m_form;
  form.variants = m_variants.variants();
  if (const auto problem = validateProductForm(form); !problem.isEmpty()) return setError(problem);
  if (!m_client || m_busy) return;
  setBusy(true);
  const auto path = form.id.isEmpty() ? QStringLiteral("/admin/products")
                                      : QStringLiteral("/admin/products/") + form.id;
  m_client->post(path, productBodyFrom(form), this, [this](const ApiResult& r) {
    setBusy(false);
    if (!r.ok()) return setError(r.error->message);
    setError({});
    setForm(productFormFrom(r.body.value(QStringLiteral("product")).toObject()));
    emit saved(m_form.id);
  });
}

void ProductEditor::remove() {
  if (!m_client || m_form.id.isEmpty()) return;
  setBusy(true);
  const auto id = m_form.id;
  m_client->remove(QStringLiteral("/admin/products/") + id, this, [this, id](const ApiResult& r) {
    setBusy(false);
    if (!r.ok()) return setError(r.error->message);
    setForm(ProductForm{});
    emit removed(id);
  });
}

void ProductEditor::togglePublished() {
  setStatus(m_form.status == QLatin1String("published") ? QStringLiteral("draft")
                                                        : QStringLiteral("published"));
}

void ProductEditor::addOption(const QString& title, const QString& commaSeparatedValues) {
  m_form.options.append(
      {.id = {}, .title = title.trimmed(), .values = splitValues(commaSeparatedValues)});
  touch();
}

void ProductEditor::setOption(int index, const QString& title,
                              const QString& commaSeparatedValues) {
  if (index < 0 || index >= m_form.options.size()) return;
  auto& option = m_form.options[index];
  const auto oldTitle = option.title;
  option.title = title.trimmed();
  option.values = splitValues(commaSeparatedValues);
  if (oldTitle != option.title) {
    // Variants refer to options by title: carry their values over to the new title.
    for (int row = 0; row < m_variants.count(); ++row) {
      const auto value = m_variants.variants().at(row).options.value(oldTitle);
      if (!value.isEmpty()) m_variants.setOptionValue(row, option.title, value);
    }
  }
  touch();
}

void ProductEditor::removeOption(int index) {
  if (index < 0 || index >= m_form.options.size()) return;
  m_form.options.removeAt(index);
  touch();
}

void ProductEditor::generateVariants() {
  m_variants.generate(m_form.options);
}

void ProductEditor::toggleSalesChannel(const QString& id, bool on) {
  auto ids = m_form.salesChannelIds;
  ids.removeAll(id);
  if (on) ids.append(id);
  setSalesChannelIds(ids);
}

void ProductEditor::toggleCategory(const QString& id, bool on) {
  auto ids = m_form.categoryIds;
  ids.removeAll(id);
  if (on) ids.append(id);
  setCategoryIds(ids);
}

void ProductEditor::touch() {
  emit formChanged();
  setDirty(true);
}

void ProductEditor::setForm(const ProductForm& form) {
  m_form = form;
  m_variants.setVariants(form.variants);
  setCurrencies(m_currencies);
  emit formChanged();
  setDirty(false);
}

void ProductEditor::setDirty(bool dirty) {
  if (dirty == m_dirty) return;
  m_dirty = dirty;
  emit dirtyChanged();
}

void ProductEditor::setBusy(bool busy) {
  if (busy == m_busy) return;
  m_busy = busy;
  emit busyChanged();
}

void ProductEditor::setError(const QString& error) {
  if (error == m_error) return;
  m_error = error;
  emit errorStringChanged();
}

QStringList ProductEditor::splitValues(const QString& text) {
  QStringList values;
  for (const auto& part : text.split(QLatin1Char(','))) {
    if (!part.trimmed().isEmpty() && !values.contains(part.trimmed()))
      values.append(part.trimmed());
  }
  return values;
}

}  // namespace medusa::admin
