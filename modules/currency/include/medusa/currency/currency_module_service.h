// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "medusa/framework/module.h"

namespace medusa::db {
class TxContext;
}

namespace medusa::currency {

/// The currency module's service (Medusa's CurrencyModuleService): read-only, the list is
/// static. Rows are wire-shaped JSON objects.
class CurrencyModuleService : public framework::ModuleService {
 public:
  using ModuleService::ModuleService;

  /// One currency by code (case-insensitive); Error{NotFound}
  /// `Currency with code: xyz was not found`.
  boost::json::object retrieveCurrency(std::string_view code, db::TxContext* tx = nullptr) const;
  /// Currencies matching `options` (filters `code`, `q`, ...), ordered by code unless asked.
  framework::ListResult listAndCountCurrencies(const framework::FindOptions& options = {},
                                               db::TxContext* tx = nullptr) const;
};

}  // namespace medusa::currency
