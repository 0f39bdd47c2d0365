// SPDX-License-Identifier: MIT
// Links: generated migrations, create/list/dismiss (idempotent, batch, Medusa's form), extra
// columns, cardinality, Query across links both ways, filtering by a linked id, cascades.
#include <QtTest>

#include "framework_test_helpers.h"
#include "medusa/db/migration.h"

using namespace medusa;
using namespace medusa::test;
using framework::GraphQuery;
using framework::LinkPair;
namespace bj = boost::json;

class LinkTest : public QObject {
  Q_OBJECT

 private:
  TestApp m_app;
  std::vector<std::string> m_products, m_channels;

  std::string create(const char* entity, bj::object row) const {
    return m_app.service(entity).create(row).at("id").as_string().c_str();
  }

  bj::array graph(GraphQuery query) const { return m_app.query().graph(query).rows; }

 private slots:
  void initTestCase() { m_app = makeApp("fw_link"); }

  void init() {
    truncateAll(m_app);
    m_products = {create("product", {{"title", "Hat"}, {"handle", "hat"}}),
                  create("product", {{"title", "Cap"}, {"handle", "cap"}}),
                  create("product", {{"title", "Bag"}, {"handle", "bag"}})};
    m_channels = {create("sales_channel", {{"name", "Web"}}),
                  create("sales_channel", {{"name", "Shop"}})};
  }

  void migrationIsGeneratedFromTheDeclaration() {
    const auto migration = framework::linkMigration(productSalesChannelLink());
    QCOMPARE(QString::fromStdString(migration.module), QString("link_product_sales_channel"));
    QCOMPARE(QString::fromStdString(migration.name), QString("0001_create_product_sales_channel"));
    const auto parts = db::splitMigration(migration.sql);
    QVERIFY(parts.down.has_value());
    QVERIFY(parts.up.find("\"IDX_product_sales_channel_product_id_sales_channel_id_unique\"") !=
            std::string_view::npos);
    // And it ran: the table has the declared columns.
    const auto columns = m_app.pool->transact([](db::TxContext& tx) {
      QStringList names;
      for (const auto& row :
           tx.execDynamic("SELECT column_name FROM information_schema.columns WHERE table_name = "
                          "'product_variant_inventory_item' ORDER BY ordinal_position")) {
        names << QString::fromUtf8(row[0].c_str());
      }
      return names;
    });
    QCOMPARE(columns, QStringList({"id", "variant_id", "inventory_item_id", "required_quantity",
                                   "created_at", "updated_at", "deleted_at"}));
  }

  void createListDismissRoundTrip() {
    auto& links = m_app.links();
    const auto created = links.create("product_sales_channel", {{m_products[0], m_channels[0]},
                                                                {m_products[0], m_channels[1]},
                                                                {m_products[1], m_channels[0]}});
    QCOMPARE(created.size(), 3u);
    QVERIFY(str(created.at(0), "id").startsWith("prodsc_"));
    // Creating again is harmless (compensations may run twice): still three rows.
    links.create("product_sales_channel", {{m_products[0], m_channels[0]}});
    QCOMPARE(links.list("product_sales_channel").size(), 3u);
    const auto ofFirst = links.list("product_sales_channel", {{"product_id", m_products[0]}},
                                    {"sales_channel.name"});
    QCOMPARE(ofFirst.size(), 2u);
    QCOMPARE(str(ofFirst.at(0).at("sales_channel"), "name"), QString("Web"));

    const auto dismissed = links.dismiss("product_sales_channel", {{m_products[0], m_channels[1]}});
    QCOMPARE(dismissed.size(), 1u);
    QCOMPARE(links.list("product_sales_channel").size(), 2u);
    QCOMPARE(links.dismiss("product_sales_channel", {{m_products[0], m_channels[1]}}).size(), 0u);
  }

  void acceptsMedusasDefinitionForm() {
    const bj::array definitions{
        bj::object{{"catalog", {{"product_id", m_products[2]}}},
                   {"channel", {{"sales_channel_id", m_channels[1]}}}},
        bj::object{{"channel", {{"sales_channel_id", m_channels[0]}}},  // either order
                   {"catalog", {{"product_id", m_products[2]}}}}};
    QCOMPARE(m_app.links().create(definitions).size(), 2u);
    const auto rows = m_app.links().list("product_sales_channel", {{"product_id", m_products[2]}});
    QCOMPARE(rows.size(), 2u);
    QCOMPARE(m_app.links().dismiss(bj::array{definitions.at(1)}).size(), 1u);
    const auto unknown = errorOf([&] {
      m_app.links().create(
          bj::array{bj::object{{"catalog", {{"product_id", "p"}}}, {"nowhere", {{"x_id", "x"}}}}});
    });
    QCOMPARE(wire(unknown->type()), wire(ErrorType::InvalidData));
  }

  void extraColumnsAreWrittenAndUpdated() {
    const auto variant =
        create("product_variant", {{"title", "V"}, {"sku", "V-1"}, {"product_id", m_products[0]}});
    const auto item = create("inventory_item", {{"sku", "V-1"}});
    auto& links = m_app.links();
    links.create("product_variant_inventory_item", {{variant, item}});
    QCOMPARE(text(links.list("product_variant_inventory_item").at(0).at("required_quantity")),
             QString("1"));  // the declared default
    links.create("product_variant_inventory_item", {{variant, item, {{"required_quantity", 3}}}});
    const auto rows = links.list("product_variant_inventory_item");
    QCOMPARE(rows.size(), 1u);
    QCOMPARE(text(rows.at(0).at("required_quantity")), QString("3"));
    const auto bad = errorOf([&] {
      links.create("product_variant_inventory_item", {{variant, item, {{"nope", 1}}}});
    });
    QCOMPARE(wire(bad->type()), wire(ErrorType::InvalidData));

    // Link rows as Medusa shows them, and the reverse side through the alias.
    const auto variants =
        graph({.entity = "product_variant",
               .fields = {"inventory_items.required_quantity", "inventory_items.inventory.sku"}});
    const auto& row = variants.at(0).at("inventory_items").at(0);
    QCOMPARE(text(row), QString("{\"required_quantity\":3,\"inventory\":{\"sku\":\"V-1\"}}"));
    const auto items = graph({.entity = "inventory_item", .fields = {"variants.title"}});
    QCOMPARE(text(items.at(0).at("variants")), QString("[{\"title\":\"V\"}]"));
    // The read-only link (sku = sku): no table, both directions.
    const auto bySku = graph({.entity = "inventory_item", .fields = {"variant_by_sku.title"}});
    QCOMPARE(text(bySku.at(0).at("variant_by_sku")), QString("{\"title\":\"V\"}"));
    const auto stock = graph({.entity = "product_variant", .fields = {"stock_items.id"}});
    QCOMPARE(str(stock.at(0).at("stock_items").at(0), "id"), QString::fromStdString(item));
  }

  void oneToOneRefusesASecondPartner() {
    const auto variant = create("product_variant", {{"title", "V"}, {"product_id", m_products[0]}});
    const auto a = create("price_set", {}), b = create("price_set", {});
    m_app.links().create("product_variant_price_set", {{variant, a}});
    const auto error = errorOf([&] {
      m_app.links().create("product_variant_price_set", {{variant, b}});
    });
    QVERIFY(error);
    QCOMPARE(wire(error->type()), wire(ErrorType::InvalidData));
  }

  void queryCrossesLinksBothWays() {
    m_app.links().create("product_sales_channel", {{m_products[0], m_channels[0]},
                                                   {m_products[0], m_channels[1]},
                                                   {m_products[1], m_channels[1]}});
    const auto products = graph({.entity = "product",
                                 .fields = {"title", "sales_channels.name"},
                                 .pagination = {.order = framework::parseOrder("title")}});
    QCOMPARE(column(products, "title"), QStringList({"Bag", "Cap", "Hat"}));
    QCOMPARE(text(products.at(0).at("sales_channels")), QString("[]"));
    QCOMPARE(column(products.at(1).at("sales_channels").as_array(), "name"), QStringList({"Shop"}));
    QCOMPARE(column(products.at(2).at("sales_channels").as_array(), "name"),
             QStringList({"Web", "Shop"}));
    QVERIFY(!products.at(2).as_object().contains("sales_channels_link"));  // flattened away
    const auto channels = graph({.entity = "sales_channel",
                                 .fields = {"name", "products.handle"},
                                 .filters = {{"id", m_channels[1]}}});
    QCOMPARE(column(channels.at(0).at("products").as_array(), "handle"),
             QStringList({"hat", "cap"}));
    const auto rows = graph({.entity = "product",
                             .fields = {"sales_channels_link.*"},
                             .filters = {{"id", m_products[1]}}});
    QCOMPARE(str(rows.at(0).at("sales_channels_link").at(0), "sales_channel_id"),
             QString::fromStdString(m_channels[1]));
  }

  void filtersTheEntryByALinkedEntity() {
    m_app.links().create("product_sales_channel", {{m_products[0], m_channels[0]},
                                                   {m_products[1], m_channels[1]},
                                                   {m_products[2], m_channels[1]}});
    const auto inShop = m_app.query().graph({.entity = "product",
                                             .fields = {"title"},
                                             .filters = {{"sales_channel_id", m_channels[1]}},
                                             .pagination = {.limit = 1},
                                             .count = true});
    QCOMPARE(inShop.count, 2);
    QCOMPARE(inShop.rows.size(), 1u);
    // By a column of the other module's entity: looked up first, then through the link.
    const auto byName =
        graph({.entity = "product", .filters = {{"sales_channels", {{"name", "Web"}}}}});
    QCOMPARE(column(byName, "title"), QStringList({"Hat"}));
    QCOMPARE(
        graph({.entity = "product", .filters = {{"sales_channels", {{"name", "None"}}}}}).size(),
        0u);
  }

  void softDeletedLinksAndTargetsDisappear() {
    m_app.links().create("product_sales_channel",
                         {{m_products[0], m_channels[0]}, {m_products[0], m_channels[1]}});
    const auto query = GraphQuery{
        .entity = "product", .fields = {"sales_channels.name"}, .filters = {{"id", m_products[0]}}};
    m_app.service("sales_channel").softDelete({m_channels[0]});
    QCOMPARE(column(graph(query).at(0).at("sales_channels").as_array(), "name"),
             QStringList({"Shop"}));
    const auto removed = m_app.links().softDeleteFor("product", {m_products[0]});
    QCOMPARE(removed.at("product_sales_channel").size(), 2u);
    QCOMPARE(graph(query).at(0).at("sales_channels").as_array().size(), 0u);
    m_app.links().restoreFor("product", {m_products[0]});
    QCOMPARE(graph(query).at(0).at("sales_channels").as_array().size(), 1u);
  }
};

QTEST_GUILESS_MAIN(LinkTest)
#include "link_test.moc"
