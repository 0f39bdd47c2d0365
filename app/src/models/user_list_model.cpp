// SPDX-License-Identifier: MIT
#include "models/user_list_model.h"

namespace medusa::admin {

UserListModel::UserListModel(QObject* parent)
    : RemoteListModel(QStringLiteral("/admin/users"), QStringLiteral("users"),
                      QStringLiteral("user"), 50, parent) {}

QVariant UserListModel::value(const QJsonObject& row, const QByteArray& role) const {
  if (role == "fullName") {
    return QStringLiteral("%1 %2")
        .arg(row.value(QStringLiteral("first_name")).toString(),
             row.value(QStringLiteral("last_name")).toString())
        .trimmed();
  }
  return RemoteListModel::value(row, role);
}

void UserListModel::invite(const QString& email) {
  send(QStringLiteral("POST"), QStringLiteral("/admin/invites"),
       {{QStringLiteral("email"), email.trimmed()}},
       [this, email](const QJsonObject&) { emit invited(email.trimmed()); });
}

}  // namespace medusa::admin
