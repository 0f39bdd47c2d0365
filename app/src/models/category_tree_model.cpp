// SPDX-License-Identifier: MIT
#include "models/category_tree_model.h"

#include <algorithm>

namespace medusa::admin {

namespace {

QString parentOf(const QJsonObject& row) {
  return row.value(QStringLiteral("parent_category_id")).toString();
}

int rankOf(const QJsonObject& row) {
  return row.value(QStringLiteral("rank")).toInt();
}

// Appends `parent`'s children (by rank), each followed by its own subtree.
void appendSubtree(const QString& parent, int depth, const QList<QJsonObject>& source,
                   QList<QJsonObject>& out) {
  QList<QJsonObject> children;
  for (const auto& row : source) {
    if (parentOf(row) == parent) children.append(row);
  }
  std::stable_sort(children.begin(), children.end(),
                   [](const auto& a, const auto& b) { return rankOf(a) < rankOf(b); });
  for (auto child : children) {
    child.insert(QStringLiteral("depth"), depth);
    out.append(child);
    appendSubtree(child.value(QStringLiteral("id")).toString(), depth + 1, source, out);
  }
}

}  // namespace

CategoryTreeModel::CategoryTreeModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/product-categories"),
                      QStringLiteral("product_categories"), QStringLiteral("product_category"),
                      1000, parent) {}

QUrlQuery CategoryTreeModel::filters() const {
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("order"), QStringLiteral("rank"));
  return query;
}

void CategoryTreeModel::arrange(QList<QJsonObject>& rows) const {
  QList<QJsonObject> ordered;
  appendSubtree({}, 0, rows, ordered);
  // Rows whose parent is not in the list (filtered out) still show, at the top level.
  for (const auto& row : rows) {
    const auto id = row.value(QStringLiteral("id")).toString();
    const bool placed = std::any_of(ordered.begin(), ordered.end(), [&](const auto& o) {
      return o.value(QStringLiteral("id")).toString() == id;
    });
    if (!placed) {
      auto orphan = row;
      orphan.insert(QStringLiteral("depth"), 0);
      ordered.append(orphan);
    }
  }
  rows = ordered;
}

QList<QJsonObject> CategoryTreeModel::siblingsOf(const QJsonObject& row) const {
  QList<QJsonObject> siblings;
  for (const auto& other : rows()) {
    if (parentOf(other) == parentOf(row)) siblings.append(other);
  }
  return siblings;  // already in rank order: rows are arranged
}

void CategoryTreeModel::move(const QString& id, int delta) {
  const int at = indexOf(id);
  if (at < 0 || delta == 0) return;
  const auto siblings = siblingsOf(rows().at(at));
  int position = 0;
  while (position < siblings.size() &&
         siblings.at(position).value(QStringLiteral("id")).toString() != id) {
    ++position;
  }
  const int target = position + delta;
  if (target < 0 || target >= siblings.size()) return;
  send(QStringLiteral("POST"), path() + '/' + id, {{QStringLiteral("rank"), target}},
       [this](const QJsonObject&) { reload(); });
}

void CategoryTreeModel::setParentCategory(const QString& id, const QString& parentId) {
  const QJsonValue parent = parentId.isEmpty() ? QJsonValue(QJsonValue::Null) : parentId;
  send(QStringLiteral("POST"), path() + '/' + id, {{QStringLiteral("parent_category_id"), parent}},
       [this](const QJsonObject&) { reload(); });
}

}  // namespace medusa::admin
