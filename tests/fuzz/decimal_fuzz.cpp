// SPDX-License-Identifier: MIT
// Money amounts as clients send them: the input is two decimal texts separated by a newline
// (the first byte also picks a rounding scale). Each is read as a string and as a JSON value
// (Decimal::parse, Decimal::fromJson), then added, subtracted, multiplied, compared, divided
// and rounded, and written back (toString, toJson, toRawJson). The printed form must parse
// back to the same value (when it is short enough to be accepted from a client), and
// (a + b) - b must be a.
#include <boost/json/value.hpp>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>

#include "medusa/core/decimal.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"

namespace {

using medusa::Decimal;
using medusa::Rounding;

std::optional<Decimal> read(std::string_view text) {
  try {
    return Decimal::parse(text);
  } catch (const medusa::Error&) {
  }
  try {
    return Decimal::fromJson(medusa::json::parse(text));  // 12.5, "12.5", {"value": "12.5"}
  } catch (const medusa::Error&) {
  }
  return std::nullopt;
}

void check(const Decimal& d) {
  try {
    if (Decimal::parse(d.toString()) != d) std::abort();  // the printed form reads back
  } catch (const medusa::Error&) {
    // a result longer than parse accepts from clients (1,000 digits)
  }
  static_cast<void>(d.toJson());
  static_cast<void>(d.toRawJson());
  static_cast<void>(d.toDouble());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const int scale = data[0] % 40;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const auto newline = input.find('\n');
  const auto a = read(input.substr(0, newline));
  if (!a) return 0;
  check(*a);
  static_cast<void>(a->round(scale, Rounding::HalfEven));
  static_cast<void>(a->round(scale - 5, Rounding::Down));
  if (newline == std::string_view::npos) return 0;
  const auto b = read(input.substr(newline + 1));
  if (!b) return 0;
  check(*b);
  const Decimal sum = *a + *b;
  if (sum - *b != *a) std::abort();
  check(sum);
  check(*a * *b);
  static_cast<void>(*a < *b);
  if (!b->isZero()) {
    check(a->divide(*b));
    check(a->divide(*b, scale, Rounding::HalfEven));
  }
  return 0;
}
