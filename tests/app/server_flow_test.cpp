// SPDX-License-Identifier: MIT
// The app against the real medusa-server on the fixture's PostgreSQL: sign-in (good, wrong
// password, unreachable), the user list under QAbstractItemModelTester, and the local-store
// first run (migrate, optional demo catalog, owner account, start, stop) through LocalServer.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtNetwork>
#include <QtTest>

#include "api/api_client.h"
#include "api/auth_session.h"
#include "api/credential_store.h"
#include "editors/product_editor.h"
#include "models/api_key_list_model.h"
#include "models/catalog_list_models.h"
#include "models/category_tree_model.h"
#include "models/inventory_item_list_model.h"
#include "models/product_list_model.h"
#include "models/user_list_model.h"
#include "server/local_server.h"
#include "test_services.h"

using namespace medusa::admin;

namespace {

const QString kEmail = QStringLiteral("owner@medusa-test.com");
const QString kPassword = QStringLiteral("supersecret");

}  // namespace

class ServerFlowTest : public QObject {
  Q_OBJECT

  QTemporaryDir m_dataDir;
  std::unique_ptr<LocalServer> m_server;
  ApiClient m_client;
  CredentialStore m_credentials{QStringLiteral("medusa-admin-test-unused")};

  void signIn() {
    AuthSession session(&m_client, &m_credentials);
    session.signIn(kEmail, kPassword, false);
    QTRY_VERIFY(!session.busy());
    QVERIFY2(session.signedIn(), qPrintable(session.errorString()));
  }

  // Loads the first page under QAbstractItemModelTester; the server must accept the request.
  template <typename Model>
  void checkLoads(const char* name) {
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClient(&m_client);
    model.reload();
    QTRY_VERIFY(model.loaded() || !model.errorString().isEmpty());
    QVERIFY2(model.errorString().isEmpty(), qPrintable(QString(name) + ": " + model.errorString()));
  }

 private slots:
  // The local store's first run, as the app does it, against a fresh database.
  void initTestCase() {
    qputenv("MEDUSA_SERVER_BINARY", MEDUSA_SERVER_BINARY);
    QProcessEnvironment env;
    env.insert("DATABASE_URL", QString::fromStdString(medusa::test::createDatabase("app_flow")));
    env.insert("LOG_LEVEL", "info");
    m_server = std::make_unique<LocalServer>(m_dataDir.path());
    m_server->setEnvironment(env);
    QVERIFY(m_server->firstRun());
    QSignalSpy ready(m_server.get(), &LocalServer::ready);
    m_server->start(kEmail, kPassword, true);
    QCOMPARE(m_server->state(), LocalServer::State::Preparing);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || m_server->state() == LocalServer::State::Failed,
                             90000);
    QVERIFY2(m_server->state() == LocalServer::State::Running,
             qPrintable(m_server->errorString() + "\n" + m_server->log()->text()));
    QCOMPARE(m_server->progress(), 1.0);
    QVERIFY(!m_server->firstRun());
    const auto log = m_server->log()->text();
    QVERIFY(log.contains("== Creating the database and applying migrations"));
    QVERIFY(log.contains("== Loading the demo catalog"));
    QVERIFY(log.contains("== Creating the owner account"));
    m_client.setBaseUrl(m_server->url());
  }

  void cleanupTestCase() {
    m_server->stop();
    QVERIFY(m_server->state() == LocalServer::State::Stopped);
  }

  void ownerSignsIn() {
    AuthSession session(&m_client, &m_credentials);
    session.signIn(kEmail, kPassword, false);
    QVERIFY(session.busy());
    QTRY_VERIFY(!session.busy());
    QVERIFY2(session.signedIn(), qPrintable(session.errorString()));
    QCOMPARE(session.user().value("email").toString(), kEmail);
    QCOMPARE(session.displayName(), kEmail);
    QVERIFY(m_client.hasToken());
    session.refreshToken();
    QTRY_VERIFY(m_client.hasToken());
    session.signOut(false);
    QVERIFY(!session.signedIn());
    QVERIFY(!m_client.hasToken());
  }

  void wrongPasswordShowsTheServersMessage() {
    AuthSession session(&m_client, &m_credentials);
    session.signIn(kEmail, "wrong-password", false);
    QTRY_VERIFY(!session.busy());
    QVERIFY(!session.signedIn());
    QCOMPARE(session.errorString(), QString("Invalid email or password"));
    QVERIFY(!session.serverUnreachable());
  }

  void unreachableServerSaysSoAndCanRetry() {
    ApiClient client;
    client.setBaseUrl(QUrl("http://127.0.0.1:1"));
    AuthSession session(&client, &m_credentials);
    session.signIn(kEmail, kPassword, false);
    QTRY_VERIFY(!session.busy());
    QVERIFY(session.serverUnreachable());
    QVERIFY2(session.errorString().startsWith("The server at http://127.0.0.1:1 cannot be reached"),
             qPrintable(session.errorString()));
    client.setBaseUrl(m_server->url());  // the server is back
    session.retry();
    QTRY_VERIFY(session.signedIn());
  }

  void userListFromTheServer() {
    AuthSession session(&m_client, &m_credentials);
    session.signIn(kEmail, kPassword, false);
    QTRY_VERIFY(session.signedIn());
    UserListModel users;
    QAbstractItemModelTester tester(&users, QAbstractItemModelTester::FailureReportingMode::QtTest);
    users.setClient(&m_client);
    users.reload();
    QTRY_VERIFY(users.loaded());
    QVERIFY2(users.errorString().isEmpty(), qPrintable(users.errorString()));
    QCOMPARE(users.totalCount(), 1);
    const auto email = users.data(users.index(0), users.roleNames().key("email")).toString();
    QCOMPARE(email, kEmail);
  }

  void everyListLoadsFromTheServer() {
    signIn();
    checkLoads<ProductListModel>("products");
    checkLoads<CollectionListModel>("collections");
    checkLoads<CategoryTreeModel>("categories");
    checkLoads<RegionListModel>("regions");
    checkLoads<SalesChannelListModel>("sales channels");
    checkLoads<StockLocationListModel>("stock locations");
    checkLoads<InventoryItemListModel>("inventory items");
    checkLoads<ApiKeyListModel>("api keys");
    checkLoads<CustomerListModel>("customers");
    checkLoads<OrderListModel>("orders");
  }

  // The acceptance path: a product with options, variants and prices is created, read back,
  // edited, found in the list, and deleted.
  void productWithVariantsAndPrices() {
    signIn();
    ProductEditor editor;
    editor.setProperty("client", QVariant::fromValue(&m_client));
    editor.reset();
    editor.setTitle("Medusa Hoodie");
    editor.addOption("Size", "S, M");
    editor.generateVariants();
    editor.variants()->setPrice(0, "eur", "49.90");
    editor.variants()->setPrice(1, "eur", "49.90");
    editor.variants()->setField(0, "sku", "HOODIE-S");
    QSignalSpy saved(&editor, &ProductEditor::saved);
    editor.save();
    QTRY_VERIFY(!editor.busy());
    QVERIFY2(saved.count() == 1, qPrintable(editor.errorString()));
    const auto id = editor.productId();
    QVERIFY(id.startsWith("prod_"));

    QSignalSpy loaded(&editor, &ProductEditor::loaded);
    editor.load(id);
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(editor.variants()->count(), 2);
    const auto& variants = editor.variants()->variants();
    const auto small = std::find_if(variants.begin(), variants.end(),
                                    [](const VariantForm& v) { return v.sku == "HOODIE-S"; });
    QVERIFY(small != variants.end());
    QCOMPARE(small->prices.value("eur"), QString("49.9"));
    QCOMPARE(small->options.value("Size"), QString("S"));

    editor.setTitle("Medusa Hoodie Deluxe");
    editor.variants()->setPrice(1, "usd", "55");
    editor.save();
    QTRY_COMPARE(saved.count(), 2);
    QVERIFY2(editor.errorString().isEmpty(), qPrintable(editor.errorString()));
    QCOMPARE(editor.title(), QString("Medusa Hoodie Deluxe"));
    QCOMPARE(editor.variants()->variants().at(1).prices.value("usd"), QString("55"));

    ProductListModel products;
    products.setClient(&m_client);
    products.setSearch("Deluxe");
    QTRY_VERIFY(products.loaded());
    QCOMPARE(products.count(), 1);
    QCOMPARE(products.data(products.index(0), products.roleNames().key("variantCount")).toInt(), 2);
    // Stock is asked for (+variants.inventory_quantity) and summed over the variants.
    QCOMPARE(products.data(products.index(0), products.roleNames().key("inventorySummary")),
             QVariant("0 in stock"));

    QSignalSpy removed(&editor, &ProductEditor::removed);
    editor.remove();
    QTRY_COMPARE(removed.count(), 1);
  }

  void expiredSessionSignsOut() {
    AuthSession session(&m_client, &m_credentials);
    session.signIn(kEmail, kPassword, false);
    QTRY_VERIFY(session.signedIn());
    m_client.setToken("not-a-valid-token");
    UserListModel users;
    users.setClient(&m_client);
    users.reload();
    QTRY_VERIFY(!session.signedIn());
    QCOMPARE(users.errorString(), QString("Unauthorized"));
    QCOMPARE(session.errorString(), QString("Your session has expired. Please sign in again."));
  }

  // What a new user gets: no DATABASE_URL, so the server provisions its embedded PostgreSQL in
  // the app's data directory; the owner then signs in.
  void localStoreOnEmbeddedPostgres() {
    QTemporaryDir dataDir;
    LocalServer local(dataDir.path());
    QSignalSpy ready(&local, &LocalServer::ready);
    local.start(kEmail, kPassword, true);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || local.state() == LocalServer::State::Failed,
                             120000);
    QVERIFY2(local.state() == LocalServer::State::Running,
             qPrintable(local.errorString() + "\n" + local.log()->text()));
    ApiClient client;
    client.setBaseUrl(local.url());
    AuthSession session(&client, &m_credentials);
    session.signIn(kEmail, kPassword, false);
    QTRY_VERIFY(!session.busy());
    QVERIFY2(session.signedIn(), qPrintable(session.errorString()));
    // The signed-in product list is the demo store's (resources/demo/catalog.json).
    ProductListModel products;
    QAbstractItemModelTester tester(&products,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    products.setClient(&client);
    products.reload();
    QTRY_VERIFY(products.loaded() || !products.errorString().isEmpty());
    QVERIFY2(products.errorString().isEmpty(), qPrintable(products.errorString()));
    QStringList titles;
    for (int row = 0; row < products.rowCount(); ++row) {
      titles << products.data(products.index(row), products.roleNames().key("title")).toString();
    }
    QVERIFY2(titles.contains("Classic T-Shirt"), qPrintable(titles.join(", ")));
    QCOMPARE(products.totalCount(), 50);
    local.stop();
    QVERIFY(local.state() == LocalServer::State::Stopped);
  }

  void restartKeepsTheStoreAndSkipsFirstRun() {
    m_server->stop();
    QVERIFY(m_server->state() == LocalServer::State::Stopped);
    m_server->log()->clear();
    QSignalSpy ready(m_server.get(), &LocalServer::ready);
    m_server->start();
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1, 60000);
    QVERIFY(!m_server->log()->text().contains("== Creating the owner account"));
    m_client.setBaseUrl(m_server->url());
    AuthSession session(&m_client, &m_credentials);
    session.signIn(kEmail, kPassword, false);
    QTRY_VERIFY(session.signedIn());
  }
};

QTEST_GUILESS_MAIN(ServerFlowTest)
#include "server_flow_test.moc"
