// SPDX-License-Identifier: MIT
#include "api/admin/currencies/currency_reads.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "api/common/find_query.h"
#include "api/common/store_access.h"
#include "medusa/core/error.h"
#include "medusa/framework/query_engine.h"

namespace medusa::api::currencies {

namespace {

namespace bj = boost::json;

constexpr auto kRetrieve = http::QueryConfig::retrieve(kFields);
// AdminGetCurrenciesParams / StoreGetCurrenciesParams' filters.
constexpr std::array<std::string_view, 4> kFilters = {"q", "code", "$and", "$or"};

}  // namespace

http::Response list(const http::Request& req, const framework::QueryEngine& query,
                    const http::QueryConfig& config, bool store) {
  const auto params = findParams(req, config, {.keys = kFilters, .store = store});
  // A currency has no relations a storefront may follow.
  auto graph = listQuery("currency", params, {}, store ? storeAccess(req, {}) : nullptr);
  // The seeded list shares one created_at: order by code, as Medusa answers.
  if (graph.pagination.order.empty()) graph.pagination.order.push_back({.field = "code"});
  return listResponse(query, graph, "currencies", params);
}

http::Response retrieve(const http::Request& req, const framework::QueryEngine& query,
                        bool store) {
  const auto params = findParams(req, kRetrieve, {.store = store});
  const std::string code(req.param("code"));
  std::string lower = code;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  auto result = query.graph({.entity = "currency",
                             .fields = params.fields,
                             .filters = bj::object{{"code", lower}},
                             .access = store ? storeAccess(req, {}) : nullptr});
  if (result.rows.empty()) {
    throw Error(ErrorType::NotFound, "Currency with code: " + code + " was not found");
  }
  return http::Response::json(200, {{"currency", std::move(result.rows.front())}});
}

}  // namespace medusa::api::currencies
