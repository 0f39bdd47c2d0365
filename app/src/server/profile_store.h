// SPDX-License-Identifier: MIT
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QSettings>
#include <QVariantList>
#include <QVariantMap>

namespace medusa::admin {

/// Connection profiles, remembered in QSettings: the local store on this computer and any number
/// of remote servers. A profile holds a name, a kind ("local" | "remote"), a URL and the last
/// e-mail used; never a password or token (those live in the keychain).
class ProfileStore : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("ProfileStore is created by the backend")
  Q_PROPERTY(QVariantList profiles READ profiles NOTIFY changed)
  Q_PROPERTY(QString currentId READ currentId NOTIFY changed)
  Q_PROPERTY(QVariantMap current READ current NOTIFY changed)

 public:
  /// `settings` is owned by the caller (tests pass a temporary file).
  explicit ProfileStore(QSettings* settings, QObject* parent = nullptr);

  QVariantList profiles() const;
  QString currentId() const;
  QVariantMap current() const { return profile(currentId()); }
  /// The profile with this id, or an empty map.
  Q_INVOKABLE QVariantMap profile(const QString& id) const;

  /// The id of the one local profile (created on first use).
  Q_INVOKABLE QString localProfileId();
  /// Adds a remote server profile; returns its id. The URL must be http(s).
  Q_INVOKABLE QString addRemote(const QString& name, const QString& url);
  Q_INVOKABLE void remove(const QString& id);
  Q_INVOKABLE void setCurrent(const QString& id);
  /// Remembers the e-mail last signed in with on this profile.
  Q_INVOKABLE void setEmail(const QString& id, const QString& email);
  /// True when `url` is an absolute http(s) URL with a host.
  Q_INVOKABLE static bool isValidServerUrl(const QString& url);

 signals:
  void changed();

 private:
  void write(const QString& id, const QVariantMap& profile);

  QSettings* m_settings;
};

}  // namespace medusa::admin
