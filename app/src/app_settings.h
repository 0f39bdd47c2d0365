// SPDX-License-Identifier: MIT
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QRect>
#include <QSettings>
#include <QTranslator>

namespace medusa::admin {

/// Preferences that are not secret: the interface language (switched live) and the window
/// geometry. Kept in QSettings.
class AppSettings : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("AppSettings is created by the backend")
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(QStringList languages READ languages CONSTANT)
  Q_PROPERTY(
      QRect windowGeometry READ windowGeometry WRITE setWindowGeometry NOTIFY geometryChanged)
  Q_PROPERTY(bool maximized READ maximized WRITE setMaximized NOTIFY geometryChanged)

 public:
  explicit AppSettings(QSettings* settings, QObject* parent = nullptr);

  /// "en", "de", or "" for the system language.
  QString language() const;
  void setLanguage(const QString& language);
  QStringList languages() const { return {QString(), QStringLiteral("en"), QStringLiteral("de")}; }
  /// Installs the translator for the chosen language (called once at start and on change).
  void applyLanguage();

  /// The last window geometry; an empty QRect before the first close.
  QRect windowGeometry() const;
  void setWindowGeometry(const QRect& geometry);
  bool maximized() const;
  void setMaximized(bool maximized);

 signals:
  void languageChanged();
  void geometryChanged();

 private:
  QSettings* m_settings;
  QTranslator m_translator;
};

}  // namespace medusa::admin
