// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/fwd.hpp>
#include <boost/json/object.hpp>
#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace medusa {

/// Rounding for Decimal::round() and Decimal::divide(). HalfUp rounds ties away from zero, as
/// bignumber.js (Medusa's BigNumber) does by default.
enum class Rounding { HalfUp, HalfEven, Down };

/// Exact decimal number for money, quantities and tax rates: an arbitrary-precision integer and
/// a count of decimal places. Never binary floating point: 0.1 + 0.2 == 0.3 here.
/// On the wire it is a JSON number plus a `raw_<field>` companion `{value, precision: 20}`.
class Decimal {
 public:
  Decimal() = default;
  Decimal(std::int64_t value);  // NOLINT(google-explicit-constructor): 5 is a fine Decimal

  /// "10.50", "-3", "1e3", "0.000001". Throws Error{InvalidData} for anything else, NaN and
  /// Infinity included.
  static Decimal parse(std::string_view text);
  /// The shortest decimal that round-trips the double (10.5 -> 10.5, not 10.4999...).
  static Decimal fromDouble(double value);
  /// A JSON number, a numeric string, or a raw object `{value: "..."}` as Medusa accepts.
  static Decimal fromJson(const boost::json::value& value);

  /// Plain decimal notation without exponent or trailing zeros: "10.5", "-0.25", "1000".
  std::string toString() const;
  double toDouble() const;
  /// The JSON number clients read (an integer when the value is whole).
  boost::json::value toJson() const;
  /// Medusa's raw companion: {"value": "10.5", "precision": 20}, allocated in `storage`.
  boost::json::object toRawJson(boost::json::storage_ptr storage = {}) const;

  Decimal operator-() const;
  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal& operator+=(const Decimal& other) { return *this = *this + other; }
  Decimal& operator-=(const Decimal& other) { return *this = *this - other; }
  Decimal& operator*=(const Decimal& other) { return *this = *this * other; }

  /// a / b with `scale` decimal places; division by zero throws Error{InvalidArgument}.
  Decimal divide(const Decimal& divisor, int scale = 20, Rounding mode = Rounding::HalfUp) const;
  /// Rounds to `scale` decimal places (scale may be negative: -2 rounds to hundreds).
  Decimal round(int scale, Rounding mode = Rounding::HalfUp) const;

  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }

  bool isZero() const { return m_units.is_zero(); }
  bool isNegative() const { return m_units.sign() < 0; }
  /// Number of decimal places after normalisation (10.50 -> 1).
  int scale() const { return m_scale; }

 private:
  using Int = boost::multiprecision::cpp_int;
  Decimal(Int units, int scale);
  void normalize();

  Int m_units = 0;  // value = m_units / 10^m_scale
  int m_scale = 0;  // >= 0, and m_units has no trailing zero digit when m_scale > 0
};

}  // namespace medusa
