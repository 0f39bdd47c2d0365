// SPDX-License-Identifier: MIT
// Shared by the product module tests: the app with the product module, and small helpers.
#pragma once

#include <QtTest>
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "error_of.h"
#include "medusa/framework/module_registry.h"
#include "medusa/product/handle.h"
#include "medusa/product/product_module.h"
#include "medusa/product/product_module_service.h"
#include "module_test_app.h"

namespace medusa::test {

namespace bj = boost::json;

/// A fresh database with the product module migrated and booted.
inline ModuleTestApp makeProductApp(const std::string& prefix) {
  return makeModuleApp(prefix, {product::moduleDefinition()});
}

/// The string at `key` of a JSON object value.
inline std::string str(const bj::value& object, std::string_view key) {
  return std::string(object.as_object().at(key).as_string());
}

/// Checks an error's type and exact message (Medusa's wording).
inline void expectError(const std::optional<Error>& error, ErrorType type,
                        const std::string& message) {
  QVERIFY2(error, "no error thrown");
  QVERIFY2(error->type() == type, error->message().c_str());
  QCOMPARE(error->message(), message);
}

/// Parses a JSON literal (test inputs read better as JSON).
inline bj::value js(std::string_view text) {
  return bj::parse(text);
}

// Two options (2 sizes x 2 colours) and all four combinations as variants.
inline bj::object shirtInput(const std::string& title, const std::string& skuPrefix) {
  auto input =
      js(R"({"options": [{"title": "Size", "values": ["S", "M"]}, {"title": "Color", "values": ["Red", "Blue"]}], "images": [{"url": "/static/1.png"}, {"url": "/static/2.png"}]})")
          .as_object();
  input["title"] = title;
  bj::array variants;
  for (const auto* size : {"S", "M"}) {
    for (const auto* color : {"Red", "Blue"}) {
      variants.push_back(bj::object{{"title", std::string(size) + " / " + color},
                                    {"sku", skuPrefix + size + color},
                                    {"prices", bj::array{}},
                                    {"options", bj::object{{"Size", size}, {"Color", color}}}});
    }
  }
  input["variants"] = std::move(variants);
  return input;
}

}  // namespace medusa::test
