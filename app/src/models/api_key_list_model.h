// SPDX-License-Identifier: MIT
#pragma once

#include "models/remote_list_model.h"

namespace medusa::admin {

/// GET /admin/api-keys?type=publishable: create, revoke, and attach sales channels.
class ApiKeyListModel : public RemoteListModel {
  Q_OBJECT
  QML_ELEMENT

 public:
  explicit ApiKeyListModel(QObject* parent = nullptr);

  /// Creates a publishable key; `created(token)` carries the token to show and copy.
  Q_INVOKABLE void createKey(const QString& title);
  /// Revokes the key now (POST /admin/api-keys/:id/revoke).
  Q_INVOKABLE void revoke(const QString& id);
  /// Links and unlinks sales channels (POST /admin/api-keys/:id/sales-channels).
  Q_INVOKABLE void changeSalesChannels(const QString& id, const QStringList& add,
                                       const QStringList& remove);

 signals:
  void created(const QString& token);

 protected:
  QList<QByteArray> roles() const override {
    return {"id",   "title",   "token",         "redacted",
            "type", "revoked", "salesChannels", "salesChannelIds"};
  }
  QVariant value(const QJsonObject& row, const QByteArray& role) const override;
  QUrlQuery filters() const override;
};

}  // namespace medusa::admin
