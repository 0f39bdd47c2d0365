// SPDX-License-Identifier: MIT
// Every list model under QAbstractItemModelTester against JSON fixtures served over HTTP: lazy
// paging, filters in the query string, computed roles, writes and the server's error messages.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "fixture_server.h"
#include "models/api_key_list_model.h"
#include "models/catalog_list_models.h"
#include "models/category_tree_model.h"
#include "models/inventory_item_list_model.h"
#include "models/product_list_model.h"
#include "models/user_list_model.h"

using namespace medusa::admin;
using medusa::admin::test::FixtureResponse;
using medusa::admin::test::FixtureServer;
using medusa::admin::test::RecordedRequest;

namespace {

QVariant role(const QAbstractItemModel& model, int row, const QByteArray& name) {
  return model.data(model.index(row, 0), model.roleNames().key(name));
}

}  // namespace

class ModelsTest : public QObject {
  Q_OBJECT

  std::unique_ptr<FixtureServer> m_fixture;
  std::unique_ptr<ApiClient> m_client;

  template <typename Model>
  std::unique_ptr<Model> loaded() {
    auto model = std::make_unique<Model>();
    new QAbstractItemModelTester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
    model->setClient(m_client.get());
    model->reload();
    [&] { QTRY_VERIFY(model->loaded() || !model->errorString().isEmpty()); }();
    return model;
  }

 private slots:
  void init() {
    m_fixture = std::make_unique<FixtureServer>(120);
    m_client = std::make_unique<ApiClient>();
    m_client->setBaseUrl(QUrl(m_fixture->url()));
    m_client->setToken(FixtureServer::kToken);
  }

  void productsLoadFiftyPerRequestAndPageLazily() {
    auto products = loaded<ProductListModel>();
    QCOMPARE(products->count(), 50);
    QCOMPARE(products->totalCount(), 121);
    QCOMPARE(role(*products, 0, "title").toString(), QString("Medusa T-Shirt"));
    QCOMPARE(role(*products, 0, "variantCount").toInt(), 2);
    QCOMPARE(role(*products, 0, "inventorySummary").toString(), QString("15 in stock"));
    QCOMPARE(role(*products, 0, "collectionTitle").toString(), QString("Summer"));
    QVERIFY(products->canFetchMore({}));
    products->fetchMore({});
    QVERIFY(!products->canFetchMore({}));  // one page at a time
    QTRY_COMPARE(products->count(), 100);
    products->fetchMore({});
    QTRY_COMPARE(products->count(), 121);
    QVERIFY(!products->canFetchMore({}));
    QStringList offsets;
    for (const auto& r : m_fixture->requests()) {
      if (r.path != "/admin/products") continue;
      QCOMPARE(r.query.queryItemValue("limit"), QString("50"));
      offsets.append(r.query.queryItemValue("offset"));
    }
    QCOMPARE(offsets, QStringList({"0", "50", "100"}));
    QCOMPARE(m_fixture->requests().last().query.queryItemValue("fields", QUrl::FullyDecoded),
             QString("+variants.inventory_quantity"));
  }

  void tenThousandProductsLoadOnlyTheFirstPage() {
    m_fixture = std::make_unique<FixtureServer>(10000);
    m_client->setBaseUrl(QUrl(m_fixture->url()));
    auto products = loaded<ProductListModel>();
    QCOMPARE(products->totalCount(), 10001);
    QCOMPARE(products->count(), 50);
  }

  void filtersGoIntoTheQueryAndReload() {
    auto products = loaded<ProductListModel>();
    products->setSearch("product 11");
    QTRY_VERIFY(!products->loading());
    const auto last = m_fixture->requests().last();
    QCOMPARE(last.query.queryItemValue("q", QUrl::FullyDecoded), QString("product 11"));
    QCOMPARE(last.query.queryItemValue("offset"), QString("0"));
    QCOMPARE(products->count(), 11);  // 11 and 110..119
    products->setStatus("draft");
    products->setCollectionId("pcol_summer");
    products->setCategoryId("pcat_shirts");
    QTRY_VERIFY(!products->loading());
    const auto filtered = m_fixture->requests().last().query;
    QCOMPARE(filtered.queryItemValue("status[]"), QString("draft"));
    QCOMPARE(filtered.queryItemValue("collection_id[]"), QString("pcol_summer"));
    QCOMPARE(filtered.queryItemValue("category_id[]"), QString("pcat_shirts"));
  }

  void serverErrorBecomesErrorString() {
    m_fixture->route("GET", "/admin/collections", [](const RecordedRequest&) {
      return FixtureResponse{
          400,
          {{"type", "invalid_data"}, {"message", "Invalid request: Unrecognized fields: 'foo'"}}};
    });
    auto collections = loaded<CollectionListModel>();
    QCOMPARE(collections->errorString(), QString("Invalid request: Unrecognized fields: 'foo'"));
    QVERIFY(!collections->loading());
    QCOMPARE(collections->count(), 0);
  }

  void unreachableServerIsNamed() {
    m_client->setBaseUrl(QUrl("http://127.0.0.1:1"));
    auto regions = loaded<RegionListModel>();
    QVERIFY2(regions->errorString().contains("http://127.0.0.1:1 cannot be reached"),
             qPrintable(regions->errorString()));
  }

  void deleteRemovesTheRow() {
    auto products = loaded<ProductListModel>();
    QSignalSpy removed(products.get(), &ProductListModel::removed);
    products->remove("prod_shirt");
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(products->indexOf("prod_shirt"), -1);
    QCOMPARE(products->totalCount(), 120);
    QCOMPARE(m_fixture->lastRequest("/admin/products/prod_shirt").value("method"),
             QVariant("DELETE"));
  }

  void categoriesAreATreeInRankOrder() {
    auto categories = loaded<CategoryTreeModel>();
    QStringList names;
    QList<int> depths;
    for (int i = 0; i < categories->count(); ++i) {
      names.append(role(*categories, i, "name").toString());
      depths.append(role(*categories, i, "depth").toInt());
    }
    QCOMPARE(names, QStringList({"Shirts", "T-shirts", "Polo shirts", "Pants"}));
    QCOMPARE(depths, QList<int>({0, 1, 1, 0}));
    categories->move("pcat_polo", -1);
    QTRY_COMPARE(m_fixture->lastRequest("/admin/product-categories/pcat_polo")
                     .value("body")
                     .toMap()
                     .value("rank")
                     .toInt(),
                 0);
    categories->setParentCategory("pcat_pants", "pcat_shirts");
    QTRY_COMPARE(m_fixture->lastRequest("/admin/product-categories/pcat_pants")
                     .value("body")
                     .toMap()
                     .value("parent_category_id")
                     .toString(),
                 QString("pcat_shirts"));
  }

  void inventoryLevelsPerLocationAreEditable() {
    auto items = loaded<InventoryItemListModel>();
    QCOMPARE(role(*items, 0, "levels").toMap().value("sloc_berlin").toInt(), 10);
    items->setStockedQuantity("iitem_s", "sloc_berlin", 42);
    QTRY_VERIFY(
        !m_fixture->lastRequest("/admin/inventory-items/iitem_s/location-levels/sloc_berlin")
             .isEmpty());
    QCOMPARE(m_fixture->requests().last().body.value("stocked_quantity").toInt(), 42);
    items->setStockedQuantity("iitem_m", "sloc_paris", 3);  // not stocked there yet: create
    QTRY_VERIFY(
        !m_fixture->lastRequest("/admin/inventory-items/iitem_m/location-levels").isEmpty());
    QCOMPARE(m_fixture->requests().last().body.value("location_id").toString(),
             QString("sloc_paris"));
  }

  void publishableKeysCreateRevokeAndChannels() {
    auto keys = loaded<ApiKeyListModel>();
    QCOMPARE(m_fixture->requests().last().query.queryItemValue("type"), QString("publishable"));
    QCOMPARE(role(*keys, 0, "salesChannels").toString(), QString("Default Sales Channel"));
    QCOMPARE(role(*keys, 0, "revoked").toBool(), false);
    QCOMPARE(role(*keys, 1, "revoked").toBool(), true);
    QSignalSpy created(keys.get(), &ApiKeyListModel::created);
    keys->createKey("Mobile app");
    QTRY_COMPARE(created.count(), 1);
    QCOMPARE(m_fixture->requests().last().body.value("type").toString(), QString("publishable"));
    keys->revoke("apk_web");
    QTRY_VERIFY(!m_fixture->lastRequest("/admin/api-keys/apk_web/revoke").isEmpty());
    keys->changeSalesChannels("apk_web", {"sc_pos"}, {"sc_default"});
    QTRY_VERIFY(!m_fixture->lastRequest("/admin/api-keys/apk_web/sales-channels").isEmpty());
    const auto body = m_fixture->requests().last().body;
    QCOMPARE(body.value("add").toArray().first().toString(), QString("sc_pos"));
    QCOMPARE(body.value("remove").toArray().first().toString(), QString("sc_default"));
  }

  void plainListsExposeTheirRoles() {
    auto regions = loaded<RegionListModel>();
    QCOMPARE(role(*regions, 0, "countries").toString(), QString("Germany, France"));
    QCOMPARE(role(*regions, 0, "currencyCode").toString(), QString("eur"));
    auto channels = loaded<SalesChannelListModel>();
    QCOMPARE(role(*channels, 1, "isDisabled").toBool(), true);
    auto locations = loaded<StockLocationListModel>();
    QCOMPARE(locations->count(), 2);
    auto collections = loaded<CollectionListModel>();
    QCOMPARE(role(*collections, 1, "handle").toString(), QString("basics"));
  }

  void ordersAndCustomersAreHonestlyEmpty() {
    auto orders = loaded<OrderListModel>();
    auto customers = loaded<CustomerListModel>();
    QVERIFY(orders->loaded() && customers->loaded());
    QCOMPARE(orders->count(), 0);
    QCOMPARE(customers->count(), 0);
    QVERIFY(orders->errorString().isEmpty());
  }

  void ordersRouteMissingMeansNoOrdersYet() {
    m_fixture->route("GET", "/admin/orders", [](const RecordedRequest&) {
      return FixtureResponse{404, {{"type", "not_found"}, {"message", "Route not found"}}};
    });
    auto orders = loaded<OrderListModel>();
    QVERIFY(orders->loaded());
    QVERIFY(orders->errorString().isEmpty());
    m_fixture->route("GET", "/admin/customers", [](const RecordedRequest&) {
      return FixtureResponse{404, {{"type", "not_found"}, {"message", "Route not found"}}};
    });
    auto customers = loaded<CustomerListModel>();  // customers exist: a 404 is an error
    QCOMPARE(customers->errorString(), QString("Route not found"));
  }

  void usersAndInvites() {
    auto users = loaded<UserListModel>();
    QCOMPARE(role(*users, 0, "fullName").toString(), QString("Ada Owner"));
    QCOMPARE(role(*users, 1, "fullName").toString(), QString());
    QSignalSpy invited(users.get(), &UserListModel::invited);
    users->invite(" new@medusa-test.com ");
    QTRY_COMPARE(invited.count(), 1);
    QCOMPARE(m_fixture->lastRequest("/admin/invites").value("body").toMap().value("email"),
             QVariant("new@medusa-test.com"));
  }

  void withoutTokenTheAdminGuardsMessageShows() {
    m_client->setToken({});
    auto users = loaded<UserListModel>();
    QCOMPARE(users->errorString(), QString("Unauthorized"));
  }
};

QTEST_GUILESS_MAIN(ModelsTest)
#include "models_test.moc"
