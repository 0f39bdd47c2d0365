// SPDX-License-Identifier: MIT
#include "medusa/stock_location/stock_location_module_service.h"

#include "medusa/core/error.h"
#include "medusa/db/pool.h"

namespace medusa::stock_location {

namespace bj = boost::json;

namespace {

const bj::object* addressOf(const bj::value& item) {
  const auto* object = item.if_object();
  const auto* address = object ? object->if_contains("address") : nullptr;
  if (!address || address->is_null()) return nullptr;
  if (!address->is_object()) throw Error(ErrorType::InvalidData, "address must be an object");
  return &address->get_object();
}

bj::object withoutAddress(const bj::value& item) {
  if (!item.is_object())
    throw Error(ErrorType::InvalidData, "Each stock_location must be an object");
  auto row = item.get_object();
  row.erase("address");
  return row;
}

}  // namespace

bj::array StockLocationModuleService::createStockLocations(const bj::array& data,
                                                           db::TxContext* tx) const {
  const auto& locations = entity("stock_location");
  return locations.pool().transact(tx, [&](db::TxContext& t) {
    // Addresses first, all in one statement, so each location can point at its own.
    bj::array addresses;
    std::vector<std::size_t> owners;
    for (std::size_t i = 0; i < data.size(); ++i) {
      if (const auto* address = addressOf(data[i])) {
        addresses.push_back(*address);
        owners.push_back(i);
      }
    }
    auto created =
        addresses.empty() ? bj::array{} : entity("stock_location_address").create(addresses, &t);
    bj::array rows;
    for (const auto& item : data) rows.push_back(withoutAddress(item));
    for (std::size_t k = 0; k < owners.size(); ++k) {
      rows[owners[k]].as_object()["address_id"] = created[k].at("id");
    }
    auto out = locations.create(rows, &t);
    for (std::size_t k = 0; k < owners.size(); ++k) {
      out[owners[k]].as_object()["address"] = std::move(created[k]);
    }
    return out;
  });
}

bj::object StockLocationModuleService::retrieveStockLocation(std::string_view id,
                                                             const std::vector<std::string>& fields,
                                                             db::TxContext* tx) const {
  return entity("stock_location").retrieve(id, {.fields = fields}, tx);
}

bj::array StockLocationModuleService::listStockLocations(const bj::object& filters,
                                                         const std::vector<std::string>& fields,
                                                         db::TxContext* tx) const {
  return entity("stock_location").list({.filters = filters, .fields = fields}, tx);
}

bj::array StockLocationModuleService::updateStockLocations(const bj::array& data,
                                                           db::TxContext* tx) const {
  const auto& locations = entity("stock_location");
  const auto& addresses = entity("stock_location_address");
  return locations.pool().transact(tx, [&](db::TxContext& t) {
    bj::array out;
    for (const auto& item : data) {
      auto row = withoutAddress(item);
      const auto* address = addressOf(item);
      bj::value saved;
      if (address) {
        const auto* id = row.if_contains("id");
        if (!id || !id->is_string()) {
          throw Error(ErrorType::InvalidData, "Each stock_location to update needs its id");
        }
        const auto current = locations.retrieve(id->get_string(), {}, &t);
        if (const auto& addressId = current.at("address_id"); addressId.is_string()) {
          auto change = *address;
          change["id"] = addressId;
          saved = addresses.update(bj::array{change}, &t).at(0);
        } else {
          saved = addresses.create(*address, &t);
          row["address_id"] = saved.at("id");
        }
      }
      auto updated = locations.update(bj::array{row}, &t).at(0);
      if (address) updated.as_object()["address"] = std::move(saved);
      out.push_back(std::move(updated));
    }
    return out;
  });
}

void StockLocationModuleService::softDeleteStockLocations(const std::vector<std::string>& ids,
                                                          db::TxContext* tx) const {
  if (!ids.empty()) entity("stock_location").softDelete(ids, tx);
}

void StockLocationModuleService::restoreStockLocations(const std::vector<std::string>& ids,
                                                       db::TxContext* tx) const {
  if (!ids.empty()) entity("stock_location").restore(ids, tx);
}

void StockLocationModuleService::deleteStockLocations(const std::vector<std::string>& ids,
                                                      db::TxContext* tx) const {
  if (ids.empty()) return;
  const auto& locations = entity("stock_location");
  locations.pool().transact(tx, [&](db::TxContext& t) {
    const auto rows = locations.list({.filters = {{"id", bj::array(ids.begin(), ids.end())}},
                                      .fields = {"id", "address_id"},
                                      .withDeleted = true},
                                     &t);
    std::vector<std::string> addressIds;
    for (const auto& row : rows) {
      if (const auto& addressId = row.at("address_id"); addressId.is_string()) {
        addressIds.emplace_back(addressId.get_string());
      }
    }
    locations.remove(ids, &t);
    if (!addressIds.empty()) entity("stock_location_address").remove(addressIds, &t);
  });
}

}  // namespace medusa::stock_location
