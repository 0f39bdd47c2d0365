// SPDX-License-Identifier: MIT
// Small helpers shared by the framework tests.
#pragma once

#include <QtTest>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "error_of.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "test_modules.h"

namespace medusa::test {

/// The wire name of an error type, printable by QCOMPARE.
inline QString wire(ErrorType type) {
  const auto name = medusa::toString(type);
  return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}


/// A JSON value as compact text, for QCOMPARE.
inline QString text(const boost::json::value& value) {
  return QString::fromStdString(json::stringify(value));
}

/// A string member as QString ("" when missing or not a string).
inline QString str(const boost::json::value& row, const char* key) {
  const auto* object = row.if_object();
  const auto* value = object ? object->if_contains(key) : nullptr;
  return value && value->is_string() ? QString::fromUtf8(value->get_string().c_str()) : QString();
}

/// The values of `key` over rows, in order.
inline QStringList column(const boost::json::array& rows, const char* key) {
  QStringList out;
  for (const auto& row : rows) out << str(row, key);
  return out;
}

/// Empties every table of the test modules and links.
inline void truncateAll(const TestApp& app) {
  app.pool->transact([](db::TxContext& tx) {
    tx.execScript(
        "TRUNCATE product_category_product, product_category, product_variant_option, "
        "product_option_value, product_option, product_variant, product, product_collection, "
        "sales_channel, price, price_set, inventory_item, product_sales_channel, "
        "product_variant_price_set, product_variant_inventory_item");
  });
}

}  // namespace medusa::test
