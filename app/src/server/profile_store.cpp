// SPDX-License-Identifier: MIT
#include "server/profile_store.h"

#include <QUrl>
#include <QUuid>

namespace medusa::admin {

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kLocalId = QStringLiteral("local");

}  // namespace

ProfileStore::ProfileStore(QSettings* settings, QObject* parent)
    : QObject(parent), m_settings(settings) {}

QVariantList ProfileStore::profiles() const {
  m_settings->beginGroup(kGroup);
  const auto ids = m_settings->childGroups();
  m_settings->endGroup();
  QVariantList list;
  for (const auto& id : ids) list.append(profile(id));
  return list;
}

QString ProfileStore::currentId() const {
  return m_settings->value(QStringLiteral("currentProfile")).toString();
}

QVariantMap ProfileStore::profile(const QString& id) const {
  if (id.isEmpty()) return {};
  m_settings->beginGroup(kGroup + '/' + id);
  QVariantMap map;
  for (const auto& key : m_settings->childKeys()) map.insert(key, m_settings->value(key));
  m_settings->endGroup();
  if (!map.isEmpty()) map.insert(QStringLiteral("id"), id);
  return map;
}

QString ProfileStore::localProfileId() {
  if (profile(kLocalId).isEmpty()) {
    write(kLocalId, {{"name", tr("Local store on this computer")}, {"kind", "local"}});
  }
  return kLocalId;
}

QString ProfileStore::addRemote(const QString& name, const QString& url) {
  if (!isValidServerUrl(url)) return {};
  const auto id = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
  write(id, {{"name", name.trimmed().isEmpty() ? QUrl(url).host() : name.trimmed()},
             {"kind", "remote"},
             {"url", url.trimmed()}});
  return id;
}

void ProfileStore::remove(const QString& id) {
  m_settings->remove(kGroup + '/' + id);
  if (currentId() == id) m_settings->remove(QStringLiteral("currentProfile"));
  emit changed();
}

void ProfileStore::setCurrent(const QString& id) {
  m_settings->setValue(QStringLiteral("currentProfile"), id);
  emit changed();
}

void ProfileStore::setEmail(const QString& id, const QString& email) {
  m_settings->setValue(kGroup + '/' + id + QStringLiteral("/email"), email.trimmed());
  emit changed();
}

bool ProfileStore::isValidServerUrl(const QString& url) {
  const QUrl parsed(url.trimmed(), QUrl::StrictMode);
  return parsed.isValid() && !parsed.host().isEmpty() &&
         (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https"));
}

void ProfileStore::write(const QString& id, const QVariantMap& profile) {
  for (auto it = profile.begin(); it != profile.end(); ++it) {
    m_settings->setValue(kGroup + '/' + id + '/' + it.key(), it.value());
  }
  emit changed();
}

}  // namespace medusa::admin
