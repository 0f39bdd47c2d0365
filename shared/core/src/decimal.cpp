// SPDX-License-Identifier: MIT
#include "medusa/core/decimal.h"

#include <boost/json/value.hpp>
#include <charconv>
#include <cmath>
#include <limits>

#include "medusa/core/error.h"

namespace medusa {

namespace {

using Int = boost::multiprecision::cpp_int;

// Bounds that keep a hostile "1e999999999" from allocating gigabytes.
constexpr int kMaxScale = 1000;
constexpr int kMaxDigits = 1000;

Int pow10(int n) {
  Int r = 1;
  for (int i = 0; i < n; ++i) r *= 10;
  return r;
}

[[noreturn]] void invalid(std::string_view text) {
  throw Error(ErrorType::InvalidData, "Invalid decimal number: '" + std::string(text) + "'");
}

// Divides with rounding; q = n / d rounded per mode (d > 0 assumed by callers or handled).
Int divideRounded(const Int& n, const Int& d, Rounding mode) {
  Int q, r;
  boost::multiprecision::divide_qr(n, d, q, r);  // truncates toward zero
  if (r.is_zero()) return q;
  const bool negative = (n.sign() < 0) != (d.sign() < 0);
  const Int twice = Int(abs(r)) * 2;
  const Int absD = Int(abs(d));
  bool awayFromZero = false;
  switch (mode) {
    case Rounding::Down: awayFromZero = false; break;
    case Rounding::HalfUp: awayFromZero = twice >= absD; break;
    case Rounding::HalfEven:
      awayFromZero = twice > absD || (twice == absD && (q % 2) != 0);
      break;
  }
  if (awayFromZero) q += negative ? -1 : 1;
  return q;
}

}  // namespace

Decimal::Decimal(std::int64_t value) : m_units(value), m_scale(0) {}

Decimal::Decimal(Int units, int scale) : m_units(std::move(units)), m_scale(scale) {
  normalize();
}

void Decimal::normalize() {
  if (m_scale < 0) {
    m_units *= pow10(-m_scale);
    m_scale = 0;
  }
  if (m_units.is_zero()) {
    m_scale = 0;
    return;
  }
  while (m_scale > 0 && Int(m_units % 10).is_zero()) {
    m_units /= 10;
    --m_scale;
  }
}

Decimal Decimal::parse(std::string_view text) {
  std::string_view s = text;
  if (s.empty()) invalid(text);
  bool negative = false;
  if (s.front() == '-' || s.front() == '+') {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  std::string digits;
  int scale = 0;
  bool seenDot = false;
  std::size_t i = 0;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      if (seenDot) ++scale;
    } else if (c == '.' && !seenDot) {
      seenDot = true;
    } else {
      break;
    }
  }
  if (digits.empty() || digits.size() > static_cast<std::size_t>(kMaxDigits)) invalid(text);
  if (i < s.size()) {
    if (s[i] != 'e' && s[i] != 'E') invalid(text);
    int exponent = 0;
    std::string_view e = s.substr(i + 1);
    if (!e.empty() && e.front() == '+') e.remove_prefix(1);
    auto [ptr, ec] = std::from_chars(e.data(), e.data() + e.size(), exponent);
    if (e.empty() || ec != std::errc() || ptr != e.data() + e.size()) invalid(text);
    if (exponent > kMaxScale || exponent < -kMaxScale) invalid(text);
    scale -= exponent;
  }
  if (scale > kMaxScale) invalid(text);
  // A leading 0 would make cpp_int read the digits as octal.
  const auto firstNonZero = digits.find_first_not_of('0');
  Int units = firstNonZero == std::string::npos ? Int(0) : Int(digits.substr(firstNonZero));
  if (negative) units = -units;
  return Decimal(std::move(units), scale);
}

Decimal Decimal::fromDouble(double value) {
  if (!std::isfinite(value)) {
    throw Error(ErrorType::InvalidData, "Invalid decimal number: NaN and Infinity are not numbers");
  }
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return parse(std::string_view(buf, static_cast<std::size_t>(end - buf)));
}

Decimal Decimal::fromJson(const boost::json::value& value) {
  switch (value.kind()) {
    case boost::json::kind::int64: return Decimal(value.get_int64());
    case boost::json::kind::uint64: return Decimal(Int(value.get_uint64()), 0);
    case boost::json::kind::double_: return fromDouble(value.get_double());
    case boost::json::kind::string: {
      const auto& s = value.get_string();
      return parse(std::string_view(s.data(), s.size()));
    }
    case boost::json::kind::object: {
      if (const auto* v = value.get_object().if_contains("value")) return fromJson(*v);
      break;
    }
    default: break;
  }
  throw Error(ErrorType::InvalidData, "Invalid decimal number: expected a number");
}

std::string Decimal::toString() const {
  std::string digits = Int(abs(m_units)).str();
  std::string out;
  if (isNegative()) out += '-';
  if (m_scale == 0) return out + digits;
  if (digits.size() <= static_cast<std::size_t>(m_scale)) {
    digits.insert(0, static_cast<std::size_t>(m_scale) - digits.size() + 1, '0');
  }
  const std::size_t point = digits.size() - static_cast<std::size_t>(m_scale);
  out.append(digits, 0, point);
  out += '.';
  out.append(digits, point);
  return out;
}

double Decimal::toDouble() const {
  const std::string s = toString();
  double d = 0;
  std::from_chars(s.data(), s.data() + s.size(), d);
  return d;
}

boost::json::value Decimal::toJson() const {
  if (m_scale == 0 && m_units >= std::numeric_limits<std::int64_t>::min() &&
      m_units <= std::numeric_limits<std::int64_t>::max()) {
    return boost::json::value(m_units.convert_to<std::int64_t>());
  }
  return boost::json::value(toDouble());
}

boost::json::object Decimal::toRawJson(boost::json::storage_ptr storage) const {
  boost::json::object raw(std::move(storage));
  raw["value"] = toString();
  raw["precision"] = 20;
  return raw;
}

Decimal Decimal::operator-() const { return Decimal(-m_units, m_scale); }

Decimal operator+(const Decimal& a, const Decimal& b) {
  const int scale = std::max(a.m_scale, b.m_scale);
  return Decimal(a.m_units * pow10(scale - a.m_scale) + b.m_units * pow10(scale - b.m_scale), scale);
}

Decimal operator-(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal operator*(const Decimal& a, const Decimal& b) {
  return Decimal(a.m_units * b.m_units, a.m_scale + b.m_scale);
}

Decimal Decimal::divide(const Decimal& divisor, int scale, Rounding mode) const {
  if (divisor.isZero()) throw Error(ErrorType::InvalidArgument, "Division by zero");
  if (scale < 0 || scale > kMaxScale) throw Error(ErrorType::InvalidArgument, "Invalid scale");
  // (a/10^sa) / (b/10^sb) = a * 10^(sb - sa + scale) / b, in units of 10^-scale.
  const int shift = divisor.m_scale - m_scale + scale;
  Int numerator = m_units;
  Int denominator = divisor.m_units;
  if (shift >= 0) {
    numerator *= pow10(shift);
  } else {
    denominator *= pow10(-shift);
  }
  return Decimal(divideRounded(numerator, denominator, mode), scale);
}

Decimal Decimal::round(int scale, Rounding mode) const {
  if (scale >= m_scale) return *this;
  return Decimal(divideRounded(m_units, pow10(m_scale - scale), mode), scale);
}

std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  const int scale = std::max(a.m_scale, b.m_scale);
  const Int x = a.m_units * pow10(scale - a.m_scale);
  const Int y = b.m_units * pow10(scale - b.m_scale);
  if (x < y) return std::strong_ordering::less;
  if (x > y) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

}  // namespace medusa
