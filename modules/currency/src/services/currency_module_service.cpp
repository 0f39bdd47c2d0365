// SPDX-License-Identifier: MIT
#include "medusa/currency/currency_module_service.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "medusa/core/error.h"

namespace medusa::currency {

namespace bj = boost::json;

bj::object CurrencyModuleService::retrieveCurrency(std::string_view code,
                                                   db::TxContext* tx) const {
  std::string lower(code);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto rows = entity("currency").list({.filters = {{"code", lower}}}, tx);
  // The key is `code`, not `id`: Medusa words the message after the primary key.
  if (rows.empty()) {
    throw Error(ErrorType::NotFound,
                "Currency with code: " + std::string(code) + " was not found");
  }
  return std::move(rows.front().as_object());
}

framework::ListResult CurrencyModuleService::listAndCountCurrencies(
    const framework::FindOptions& options, db::TxContext* tx) const {
  auto ordered = options;
  if (ordered.pagination.order.empty()) ordered.pagination.order = {{"code"}};
  return entity("currency").listAndCount(ordered, tx);
}

}  // namespace medusa::currency
