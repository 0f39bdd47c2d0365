// SPDX-License-Identifier: MIT
// Qt Quick Test entry: each test file gets `testBackend` (an AdminBackend with throwaway
// settings) and `fixture` (the demo-store fixture server) as context properties.
#include <QtQml/qqmlextensionplugin.h>

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

#include "admin_backend.h"
#include "fixture_server.h"

Q_IMPORT_QML_PLUGIN(Medusa_AdminPlugin)

class Setup : public QObject {
  Q_OBJECT

  QTemporaryDir m_home;
  std::unique_ptr<QSettings> m_settings;
  std::unique_ptr<medusa::admin::test::FixtureServer> m_fixture;
  std::unique_ptr<medusa::admin::AdminBackend> m_backend;

 public slots:
  void applicationAvailable() { QQuickStyle::setStyle("Fusion"); }

  void qmlEngineAvailable(QQmlEngine* engine) {
    m_settings = std::make_unique<QSettings>(m_home.filePath("settings.ini"), QSettings::IniFormat);
    m_fixture = std::make_unique<medusa::admin::test::FixtureServer>(120);
    m_backend = std::make_unique<medusa::admin::AdminBackend>(
        medusa::admin::AdminBackend::Options{.settings = m_settings.get(),
                                             .keychainService = "medusa-admin-qml-test",
                                             .localDataDir = m_home.filePath("local")});
    engine->addImportPath("qrc:/qt/qml");
    engine->rootContext()->setContextProperty("testBackend", m_backend.get());
    engine->rootContext()->setContextProperty("fixture", m_fixture.get());
  }
};

QUICK_TEST_MAIN_WITH_SETUP(admin_qml, Setup)
#include "qml_test_main.moc"
