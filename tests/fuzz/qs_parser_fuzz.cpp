// SPDX-License-Identifier: MIT
// A query string (the text after `?`) through what every list route runs on it
// (api/common/find_query.cpp): the qs parser, Medusa's normalisation, then the find params
// (fields, limit, offset, order, with_deleted) of a store list route with the store's
// restricted fields, and of an admin route with an allow-list.
#include <array>
#include <boost/json/serialize.hpp>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string_view>

#include "http/query/find_params.h"
#include "http/query/qs_parser.h"
#include "http/query/query_normalizer.h"
#include "medusa/core/error.h"

namespace {

namespace http = medusa::http;

// The store product list's defaults (Medusa's defaultStoreProductFields).
// clang-format off
constexpr std::array<std::string_view, 28> kProductFields = {
    "id", "title", "subtitle", "description", "handle", "is_giftcard", "discountable",
    "thumbnail", "collection_id", "type_id", "weight", "length", "height", "width", "hs_code",
    "origin_country", "mid_code", "material", "created_at", "updated_at", "*type", "*collection",
    "*options", "*options.values", "*tags", "*images", "*variants", "*variants.options"};
// clang-format on
constexpr std::array<std::string_view, 6> kAllowed = {"id",         "title",    "handle",
                                                      "created_at", "variants", "variants.sku"};
constexpr auto kStoreList = http::QueryConfig::list(kProductFields).withDefaultLimit(50);
constexpr auto kAdminList =
    http::QueryConfig::list(kProductFields).withAllowed(kAllowed).withDefaultOrder("-created_at");
constexpr auto kRetrieve = http::QueryConfig::retrieve(kProductFields);

void run(const boost::json::object& query, const http::QueryConfig& config,
         std::span<const std::string_view> restricted) {
  try {
    const auto params = http::parseFindParams(query, config, restricted);
    static_cast<void>(boost::json::serialize(params.filters));
    if (params.order) static_cast<void>(params.order->toJson());
  } catch (const medusa::Error&) {
    // a 400 naming the parameter
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw(reinterpret_cast<const char*>(data), size);
  boost::json::object query;
  try {
    query = http::normalizeQuery(http::parseQueryString(raw));
  } catch (const std::length_error&) {
    return 0;  // qs's own limit (an array index beyond 2^32 - 1)
  } catch (const medusa::Error&) {
    return 0;  // a key nested more than two levels with dots: a 400
  }
  run(query, kStoreList, http::kStoreRestrictedFields);
  run(query, kAdminList, {});
  run(query, kRetrieve, http::kStoreRestrictedFields);
  return 0;
}
