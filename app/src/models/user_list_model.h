// SPDX-License-Identifier: MIT
#pragma once

#include "models/remote_list_model.h"

namespace medusa::admin {

/// GET /admin/users, and invitations (POST /admin/invites).
class UserListModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT

 public:
  explicit UserListModel(QObject* parent = nullptr);

  /// Invites `email` to become an admin user; emits invited(email) on success.
  Q_INVOKABLE void invite(const QString& email);

 signals:
  void invited(const QString& email);

 protected:
  QList<QByteArray> roles() const override {
    return {"id", "email", "firstName", "lastName", "fullName", "createdAt"};
  }
  QVariant value(const QJsonObject& row, const QByteArray& role) const override;
};

}  // namespace medusa::admin
