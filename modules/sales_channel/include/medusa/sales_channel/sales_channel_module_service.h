// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "medusa/framework/module.h"

namespace medusa::db {
class TxContext;
}

namespace medusa::sales_channel {

/// The sales channel module's service (Medusa's SalesChannelModuleService). Rows are
/// wire-shaped JSON objects.
class SalesChannelModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  /// Creates channels ({name, description?, is_disabled? (false), metadata?}).
  boost::json::array createSalesChannels(const boost::json::array& data,
                                         db::TxContext* tx = nullptr) const;
  /// One channel; Error{NotFound} `Sales channel with id: X was not found`.
  boost::json::object retrieveSalesChannel(std::string_view id, db::TxContext* tx = nullptr) const;
  /// Channels matching the filters (Query filter syntax), live ones only.
  boost::json::array listSalesChannels(const boost::json::object& filters = {},
                                       db::TxContext* tx = nullptr) const;
  /// Partial updates, each naming its id.
  boost::json::array updateSalesChannels(const boost::json::array& data,
                                         db::TxContext* tx = nullptr) const;
  /// Soft-deletes channels (DELETE /admin/sales-channels/{id}).
  void softDeleteSalesChannels(const std::vector<std::string>& ids,
                               db::TxContext* tx = nullptr) const;
  /// Restores soft-deleted channels (compensation of softDeleteSalesChannels).
  void restoreSalesChannels(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
  /// Deletes channels for good (compensation of createSalesChannels).
  void deleteSalesChannels(const std::vector<std::string>& ids, db::TxContext* tx = nullptr) const;
};

}  // namespace medusa::sales_channel
