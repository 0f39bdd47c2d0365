// SPDX-License-Identifier: MIT
// Renders the main pages offscreen against the demo-store fixture and writes them as PNG files
// into the build tree (screenshots/), so a reviewer can look at them. Each page must render a
// non-empty image and contain its key element.
#include <QtQml/qqmlextensionplugin.h>

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QtTest>

#include "admin_backend.h"
#include "fixture_server.h"

Q_IMPORT_QML_PLUGIN(Medusa_AdminPlugin)

using namespace medusa::admin;
using medusa::admin::test::FixtureServer;

class ScreenshotsTest : public QObject {
  Q_OBJECT

  QTemporaryDir m_home;
  std::unique_ptr<QSettings> m_settings;
  std::unique_ptr<FixtureServer> m_fixture;
  std::unique_ptr<AdminBackend> m_backend;
  std::unique_ptr<QQmlApplicationEngine> m_engine;
  QQuickWindow* m_window = nullptr;

  QObject* find(const char* name) const { return m_window->findChild<QObject*>(name); }

  void shoot(const QString& name) {
    QTest::qWait(800);  // let lists load and page transitions finish
    const auto image = m_window->grabWindow();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    const QDir dir(QStringLiteral(MEDUSA_SCREENSHOT_DIR));
    QVERIFY(dir.mkpath("."));
    QVERIFY(image.save(dir.filePath(name + ".png")));
  }

  void openSection(const QString& key) {
    auto* shell = find("appShell");
    QVERIFY(shell);
    QMetaObject::invokeMethod(shell, "open", Q_ARG(QVariant, key));
  }

 private slots:
  void initTestCase() {
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QQuickStyle::setStyle("Fusion");
    m_settings = std::make_unique<QSettings>(m_home.filePath("settings.ini"), QSettings::IniFormat);
    m_fixture = std::make_unique<FixtureServer>(120);
    m_backend = std::make_unique<AdminBackend>(
        AdminBackend::Options{.settings = m_settings.get(),
                              .keychainService = "medusa-admin-screenshots",
                              .localDataDir = m_home.filePath("local")});
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_backend->setEngine(m_engine.get());
    m_engine->addImportPath("qrc:/qt/qml");
    m_engine->setInitialProperties({{"backend", QVariant::fromValue(m_backend.get())}});
    m_engine->load(QUrl("qrc:/qt/qml/Medusa/Admin/qml/Main.qml"));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
    QVERIFY(m_window);
    m_window->setGeometry(0, 0, 1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
  }

  void connectAndSignIn() {
    QVERIFY(find("startLocal"));
    shoot("01-connect");
    m_backend->connectTo(m_fixture->url());
    QTRY_VERIFY(find("signInButton"));
    shoot("02-sign-in");
    m_backend->session()->signIn(FixtureServer::kEmail, FixtureServer::kPassword, false);
    QTRY_VERIFY(find("appShell"));
    QTRY_COMPARE(find("storeName")->property("text").toString(), QString("Medusa Demo Store"));
    QCOMPARE(find("signedInUser")->property("text").toString(), QString("Ada Owner"));
  }

  void productList() {
    QTRY_VERIFY(find("resourceList") && find("resourceList")->property("count").toInt() == 50);
    shoot("03-products");
  }

  void productEdit() {
    auto* stack = find("sectionStack");
    QVERIFY(stack);
    auto* page = stack->property("currentItem").value<QObject*>();
    QVERIFY(page);
    QMetaObject::invokeMethod(page, "editRequested", Q_ARG(QString, "prod_shirt"));
    QTRY_COMPARE(find("titleField") ? find("titleField")->property("text").toString() : QString(),
                 QString("Medusa T-Shirt"));
    shoot("04-product-edit");
  }

  void otherPages_data() {
    QTest::addColumn<QString>("section");
    for (const char* s : {"categories", "collections", "inventory", "regions", "salesChannels",
                          "apiKeys", "users", "orders", "customers", "settings"}) {
      QTest::newRow(s) << QString(s);
    }
  }

  void otherPages() {
    QFETCH(QString, section);
    openSection(section);
    static int n = 5;
    shoot(QStringLiteral("%1-%2").arg(n++, 2, 10, QLatin1Char('0')).arg(section));
  }

  void germanTranslation() {
    m_backend->settings()->setLanguage("de");
    openSection("products");
    QTRY_VERIFY(find("newProduct"));
    QTRY_COMPARE(find("newProduct")->property("text").toString(), QString("Neues Produkt"));
    shoot("15-products-de");
    m_backend->settings()->setLanguage("en");
    QTRY_COMPARE(find("newProduct")->property("text").toString(), QString("New product"));
  }
};

QTEST_MAIN(ScreenshotsTest)
#include "screenshots_test.moc"
