// SPDX-License-Identifier: MIT
#include "app_settings.h"

#include <QCoreApplication>
#include <QLocale>

namespace medusa::admin {

AppSettings::AppSettings(QSettings* settings, QObject* parent)
    : QObject(parent), m_settings(settings) {}

QString AppSettings::language() const {
  return m_settings->value(QStringLiteral("language")).toString();
}

void AppSettings::setLanguage(const QString& language) {
  if (language == this->language()) return;
  m_settings->setValue(QStringLiteral("language"), language);
  applyLanguage();
  emit languageChanged();
}

void AppSettings::applyLanguage() {
  QCoreApplication::removeTranslator(&m_translator);
  const auto chosen = language();
  const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
  // The .qm files are compiled into the binary by qt_add_translations (prefix /i18n). English
  // is the fallback, so plural forms read right in any language without a translation.
  if (m_translator.load(locale, QStringLiteral("medusa_admin"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")) ||
      m_translator.load(QStringLiteral(":/i18n/medusa_admin_en.qm"))) {
    QCoreApplication::installTranslator(&m_translator);
  }
}

QRect AppSettings::windowGeometry() const {
  return m_settings->value(QStringLiteral("window/geometry"), QRect()).toRect();
}

void AppSettings::setWindowGeometry(const QRect& geometry) {
  if (geometry == windowGeometry()) return;
  m_settings->setValue(QStringLiteral("window/geometry"), geometry);
  emit geometryChanged();
}

bool AppSettings::maximized() const {
  return m_settings->value(QStringLiteral("window/maximized"), false).toBool();
}

void AppSettings::setMaximized(bool maximized) {
  if (maximized == this->maximized()) return;
  m_settings->setValue(QStringLiteral("window/maximized"), maximized);
  emit geometryChanged();
}

}  // namespace medusa::admin
