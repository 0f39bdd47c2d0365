// SPDX-License-Identifier: MIT
// The inventory module on a real database: items with levels, unique sku and level, computed
// quantities through Query, reservations moving reserved_quantity, level rules, batched
// availability.
#include "medusa/inventory/inventory_module.h"

#include <QtTest>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/inventory/inventory_module_service.h"
#include "module_test_app.h"

using namespace medusa;
using inventory::InventoryModuleService;
using inventory::ItemLocation;
namespace bj = boost::json;

using test::errorOf;

namespace {

std::string str(const bj::value& v) {
  return std::string(v.as_string());
}
std::int64_t num(const bj::value& v) {
  return v.to_number<std::int64_t>();
}

}  // namespace

class InventoryModuleTest : public QObject {
  Q_OBJECT

  test::ModuleTestApp m_app;
  InventoryModuleService& service() { return m_app.services->resolve<InventoryModuleService>(); }

  // An item stocked `stocked` at sloc_a; returns its id.
  std::string stockedItem(std::int64_t stocked, const char* location = "sloc_a") {
    const auto rows = service().createInventoryItems(bj::array{bj::object{
        {"title", "Item"},
        {"location_levels",
         bj::array{bj::object{{"location_id", location}, {"stocked_quantity", stocked}}}}}});
    return str(rows.at(0).at("id"));
  }
  bj::object level(const std::string& item, const char* location = "sloc_a") {
    return service()
        .listInventoryLevels({{"inventory_item_id", item}, {"location_id", location}})
        .at(0)
        .as_object();
  }
  bj::object reserve(const std::string& item, std::int64_t quantity, bool backorder = false,
                     const char* lineItem = "item_1") {
    return service()
        .createReservationItems(bj::array{bj::object{{"inventory_item_id", item},
                                                     {"location_id", "sloc_a"},
                                                     {"quantity", quantity},
                                                     {"allow_backorder", backorder},
                                                     {"line_item_id", lineItem}}})
        .at(0)
        .as_object();
  }

 private slots:
  void initTestCase() {
    m_app = test::makeModuleApp("inventory_module", {inventory::moduleDefinition()});
  }

  void createsItemsWithLevels() {
    const auto rows = service().createInventoryItems(bj::array{
        bj::object{{"sku", "SHIRT-S"},
                   {"title", "Shirt S"},
                   {"location_levels",
                    bj::array{bj::object{{"location_id", "sloc_a"},
                                         {"stocked_quantity", 10},
                                         {"reserved_quantity", 5}},  // ignored: reservations own it
                              bj::object{{"location_id", "sloc_b"}, {"stocked_quantity", 3}}}}}});
    const auto& item = rows.at(0).as_object();
    QVERIFY(str(item.at("id")).starts_with("iitem_"));
    QCOMPARE(item.at("requires_shipping").as_bool(), true);
    const auto& levels = item.at("location_levels").as_array();
    QCOMPARE(levels.size(), std::size_t(2));
    QVERIFY(str(levels.at(0).at("id")).starts_with("ilev_"));
    QCOMPARE(str(levels.at(0).at("inventory_item_id")), str(item.at("id")));
    QCOMPARE(num(levels.at(0).at("stocked_quantity")), 10);
    QCOMPARE(num(levels.at(0).at("reserved_quantity")), 0);
    QCOMPARE(num(levels.at(0).at("incoming_quantity")), 0);
    QCOMPARE(str(levels.at(0).at("raw_stocked_quantity").at("value")), "10");
  }

  void skuIsUniqueAmongLiveItems() {
    const auto first = service().createInventoryItems(bj::array{bj::object{{"sku", "DUP"}}});
    const auto error = errorOf([&] {
      service().createInventoryItems(bj::array{bj::object{{"sku", "DUP"}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
    QVERIFY(error->message().find("Inventory item with sku: DUP, already exists.") != std::string::npos);
    service().softDeleteInventoryItems({str(first.at(0).at("id"))});
    QCOMPARE(service().createInventoryItems(bj::array{bj::object{{"sku", "DUP"}}}).size(),
             std::size_t(1));
  }

  void oneLevelPerItemAndLocation() {
    const auto item = stockedItem(1);
    const auto error = errorOf([&] {
      service().createInventoryLevels(
          bj::array{bj::object{{"inventory_item_id", item}, {"location_id", "sloc_a"}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
  }

  void queryComputesQuantities() {
    const auto item = service().createInventoryItems(bj::array{
        bj::object{{"location_levels",
                    bj::array{bj::object{{"location_id", "sloc_a"}, {"stocked_quantity", 10}},
                              bj::object{{"location_id", "sloc_b"}, {"stocked_quantity", 3}}}}}});
    const auto id = str(item.at(0).at("id"));
    reserve(id, 4);
    const auto rows =
        m_app.registry->query()
            .graph({.entity = "inventory_item",
                    .fields = {"id", "stocked_quantity", "reserved_quantity", "*location_levels",
                               "location_levels.available_quantity"},
                    .filters = {{"id", id}}})
            .rows;
    const auto& row = rows.at(0).as_object();
    QCOMPARE(num(row.at("stocked_quantity")), 13);
    QCOMPARE(num(row.at("reserved_quantity")), 4);
    std::int64_t available = 0;
    for (const auto& l : row.at("location_levels").as_array()) {
      QCOMPARE(num(l.at("available_quantity")),
               num(l.at("stocked_quantity")) - num(l.at("reserved_quantity")));
      available += num(l.at("available_quantity"));
    }
    QCOMPARE(available, 9);
    const auto bare = service().createInventoryItems(bj::array{bj::object{{"title", "None"}}});
    const auto none = m_app.registry->query()
                          .graph({.entity = "inventory_item",
                                  .fields = {"stocked_quantity"},
                                  .filters = {{"id", bare.at(0).at("id")}}})
                          .rows;
    QCOMPARE(num(none.at(0).at("stocked_quantity")), 0);
  }

  void reservationsMoveReservedQuantity() {
    const auto item = stockedItem(10);
    const auto reservation = reserve(item, 4);
    QVERIFY(str(reservation.at("id")).starts_with("resitem_"));
    QCOMPARE(num(level(item).at("reserved_quantity")), 4);

    auto error = errorOf([&] { reserve(item, 7); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotAllowed);
    QCOMPARE(error->message(),
             "Not enough stock available for item " + item + " at location sloc_a");
    QCOMPARE(num(level(item).at("reserved_quantity")), 4);  // rolled back
    QCOMPARE(service().listReservationItems({{"inventory_item_id", item}}).size(), std::size_t(1));

    reserve(item, 7, true, "item_2");  // backorder allowed: goes below zero
    QCOMPARE(num(level(item).at("reserved_quantity")), 11);

    service().deleteReservationItems({str(reservation.at("id"))});
    QCOMPARE(num(level(item).at("reserved_quantity")), 7);
    service().deleteReservationItemsByLineItem({"item_2"});
    QCOMPARE(num(level(item).at("reserved_quantity")), 0);
    service().restoreReservationItemsByLineItem({"item_2"});
    QCOMPARE(num(level(item).at("reserved_quantity")), 7);
    service().deleteReservationItemsByLineItem({"item_2"});
    QCOMPARE(num(level(item).at("reserved_quantity")), 0);
    QVERIFY(service().listReservationItems({{"inventory_item_id", item}}).empty());

    error = errorOf([&] {
      service().createReservationItems(bj::array{
          bj::object{{"inventory_item_id", item}, {"location_id", "sloc_z"}, {"quantity", 1}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotFound);
    QCOMPARE(error->message(), "Item " + item + " is not stocked at location sloc_z");
  }

  void updatingAReservationMovesItsQuantity() {
    const auto item = stockedItem(5);
    service().createInventoryLevels(bj::array{bj::object{
        {"inventory_item_id", item}, {"location_id", "sloc_b"}, {"stocked_quantity", 10}}});
    const auto id = str(reserve(item, 2).at("id"));
    auto updated = service().updateReservationItems(
        bj::array{bj::object{{"id", id}, {"quantity", 4}, {"description", "more"}}});
    QCOMPARE(num(updated.at(0).at("quantity")), 4);
    QCOMPARE(str(updated.at(0).at("description")), "more");
    QCOMPARE(num(level(item).at("reserved_quantity")), 4);
    auto error = errorOf([&] {
      service().updateReservationItems(bj::array{bj::object{{"id", id}, {"quantity", 6}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotAllowed);
    QCOMPARE(num(level(item).at("reserved_quantity")), 4);
    service().updateReservationItems(bj::array{bj::object{{"id", id}, {"location_id", "sloc_b"}}});
    QCOMPARE(num(level(item).at("reserved_quantity")), 0);
    QCOMPARE(num(level(item, "sloc_b").at("reserved_quantity")), 4);
    error = errorOf([&] {
      service().updateReservationItems(
          bj::array{bj::object{{"id", "resitem_nope"}, {"quantity", 1}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::InvalidData);
    QCOMPARE(error->message(), std::string("Reservation item with id resitem_nope not found"));
    service().deleteReservationItems({id});
    QCOMPARE(num(level(item, "sloc_b").at("reserved_quantity")), 0);
  }

  void aBatchIsCheckedAsAWhole() {
    const auto item = stockedItem(5);
    const bj::object three{{"inventory_item_id", item}, {"location_id", "sloc_a"}, {"quantity", 3}};
    const auto error = errorOf([&] { service().createReservationItems(bj::array{three, three}); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotAllowed);
    QCOMPARE(num(level(item).at("reserved_quantity")), 0);
  }

  void levelsAreUpdatedAndAdjustedByItemAndLocation() {
    const auto item = stockedItem(2);
    const auto updated =
        service().updateInventoryLevels(bj::array{bj::object{{"inventory_item_id", item},
                                                             {"location_id", "sloc_a"},
                                                             {"stocked_quantity", 8},
                                                             {"incoming_quantity", 2},
                                                             {"reserved_quantity", 99}}});
    QCOMPARE(num(updated.at(0).at("stocked_quantity")), 8);
    QCOMPARE(num(updated.at(0).at("incoming_quantity")), 2);
    QCOMPARE(num(updated.at(0).at("reserved_quantity")), 0);
    auto error = errorOf([&] {
      service().updateInventoryLevels(bj::array{bj::object{
          {"inventory_item_id", item}, {"location_id", "sloc_q"}, {"stocked_quantity", 1}}});
    });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotFound);
    QCOMPARE(error->message(), "Item " + item + " is not stocked at location sloc_q");

    QCOMPARE(num(service().adjustInventory({item, "sloc_a"}, Decimal(-3)).at("stocked_quantity")),
             5);
    error = errorOf([&] { service().adjustInventory({item, "sloc_q"}, Decimal(1)); });
    QVERIFY(error);
    QCOMPARE(error->message(),
             "Inventory level for item " + item + " and location sloc_q not found");
  }

  void levelDeletionRules() {
    const auto item = stockedItem(4);
    reserve(item, 1);
    auto error = errorOf([&] { service().deleteInventoryLevels({{item, "sloc_a"}}, true); });
    QVERIFY(error);
    QVERIFY(error->type() == ErrorType::NotAllowed);
    QCOMPARE(error->message(),
             std::string("Cannot remove Inventory Levels for sloc_a because there are reserved or "
                         "incoming items at the locations"));
    service().deleteReservationItemsByLineItem({"item_1"});
    error = errorOf([&] { service().deleteInventoryLevels({{item, "sloc_a"}}); });
    QVERIFY(error);
    QCOMPARE(error->message(),
             std::string("Cannot remove Inventory Levels for sloc_a because there are stocked "
                         "items at the locations. Use force flag to delete anyway."));
    const auto deleted = service().deleteInventoryLevels({{item, "sloc_a"}}, true);
    QCOMPARE(deleted.size(), std::size_t(1));
    QVERIFY(service().listInventoryLevels({{"inventory_item_id", item}}).empty());
    service().restoreInventoryLevels(deleted);
    QCOMPARE(service().listInventoryLevels({{"inventory_item_id", item}}).size(), std::size_t(1));
  }

  void availableQuantitiesInOneCall() {
    std::vector<std::string> items;
    for (int i = 0; i < 20; ++i) items.push_back(stockedItem(i + 1));
    // A second location counts only when asked for.
    service().createInventoryLevels(bj::array{bj::object{
        {"inventory_item_id", items[0]}, {"location_id", "sloc_b"}, {"stocked_quantity", 100}}});
    reserve(items[5], 2);
    const auto unknown = std::string("iitem_unknown");
    auto asked = items;
    asked.push_back(unknown);
    const auto onlyA = service().retrieveAvailableQuantities(asked, {"sloc_a"});
    QCOMPARE(onlyA.size(), std::size_t(21));
    QVERIFY(onlyA.at(items[0]) == Decimal(1));
    QVERIFY(onlyA.at(items[5]) == Decimal(4));
    QVERIFY(onlyA.at(items[19]) == Decimal(20));
    QVERIFY(onlyA.at(unknown) == Decimal(0));
    const auto both = service().retrieveAvailableQuantities(asked, {"sloc_a", "sloc_b"});
    QVERIFY(both.at(items[0]) == Decimal(101));
    QVERIFY(service().retrieveAvailableQuantities(asked, {}).at(items[0]) == Decimal(0));
  }

  void deletingAnItemTakesItsLevels() {
    const auto item = stockedItem(3);
    service().softDeleteInventoryItems({item});
    QVERIFY(service().listInventoryLevels({{"inventory_item_id", item}}).empty());
    service().restoreInventoryItems({item});
    QCOMPARE(service().listInventoryLevels({{"inventory_item_id", item}}).size(), std::size_t(1));
    service().deleteInventoryItems({item});
    QVERIFY(service().listInventoryLevels({{"inventory_item_id", item}}).empty());
    const auto error = errorOf([&] { service().retrieveInventoryItem(item); });
    QVERIFY(error);
    QCOMPARE(error->message(), "Inventory item with id: " + item + " was not found");
  }
};

QTEST_GUILESS_MAIN(InventoryModuleTest)
#include "inventory_module_test.moc"
