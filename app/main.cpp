// SPDX-License-Identifier: MIT
// medusa-admin: the desktop admin. Everything but the window's creation is in medusa_admin_lib.
#include <QtQml/qqmlextensionplugin.h>

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>

#include "admin_backend.h"

Q_IMPORT_QML_PLUGIN(Medusa_AdminPlugin)

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);
  QGuiApplication::setOrganizationName(QStringLiteral("Medusa"));
  QGuiApplication::setApplicationName(QStringLiteral("medusa-admin"));
  QGuiApplication::setApplicationDisplayName(QStringLiteral("Medusa Admin"));
  // Fusion draws with the platform palette, so the app follows the system light/dark setting.
  QQuickStyle::setStyle(QStringLiteral("Fusion"));

  QSettings settings;
  medusa::admin::AdminBackend backend({.settings = &settings});
  QQmlApplicationEngine engine;
  backend.setEngine(&engine);
  QObject::connect(&app, &QGuiApplication::aboutToQuit, &backend,
                   [&backend]() { backend.localServer()->stop(); });
  engine.setInitialProperties({{QStringLiteral("backend"), QVariant::fromValue(&backend)}});
  engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
  engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Medusa/Admin/qml/Main.qml")));
  if (engine.rootObjects().isEmpty()) return 1;
  return QGuiApplication::exec();
}
