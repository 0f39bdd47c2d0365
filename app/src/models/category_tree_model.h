// SPDX-License-Identifier: MIT
#pragma once

#include "models/remote_list_model.h"

namespace medusa::admin {

/// GET /admin/product-categories as a tree flattened in display order (parents before their
/// children, siblings by rank), with a `depth` role for indentation. Reordering changes a
/// category's rank or parent on the server, which renumbers the siblings, then reloads.
class CategoryTreeModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT

 public:
  explicit CategoryTreeModel(QObject* parent = nullptr);

  /// Moves the category one place up (-1) or down (+1) among its siblings.
  Q_INVOKABLE void move(const QString& id, int delta);
  /// Makes `parentId` ("" = top level) the category's parent, as its last child.
  Q_INVOKABLE void setParentCategory(const QString& id, const QString& parentId);

 protected:
  QList<QByteArray> roles() const override {
    return {"id", "name", "handle", "rank", "depth", "parentCategoryId", "isActive", "isInternal"};
  }
  QUrlQuery filters() const override;
  bool arranges() const override { return true; }
  void arrange(QList<QJsonObject>& rows) const override;

 private:
  QList<QJsonObject> siblingsOf(const QJsonObject& row) const;
};

}  // namespace medusa::admin
