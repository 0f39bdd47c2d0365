// SPDX-License-Identifier: MIT
#include "value_codec.h"

#include <algorithm>
#include <cmath>
#include <boost/json/parse.hpp>
#include <charconv>
#include <cstdint>

#include "medusa/core/decimal.h"
#include "medusa/core/error.h"
#include "medusa/core/json.h"
#include "medusa/core/time.h"

namespace medusa::framework::detail {

namespace {

namespace bj = boost::json;

// PostgreSQL's numeric text ("10.50", "-3", "1000.000") as a JSON number, without going
// through the arbitrary-precision Decimal on the hot path: whole values become integers (as
// Decimal::toJson does), the rest doubles. Values beyond int64 fall back to Decimal.
bj::value numberFromText(std::string_view text) {
  if (const auto dot = text.find('.'); dot != std::string_view::npos) {
    auto end = text.find_last_not_of('0');
    if (end == dot) text = text.substr(0, dot);  // "1000.000" -> "1000"
  }
  if (text.find_first_of(".eE") == std::string_view::npos) {
    std::int64_t whole = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), whole);
    if (ec == std::errc() && ptr == text.data() + text.size()) return bj::value(whole);
    return Decimal::parse(text).toJson();
  }
  double d = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), d);
  if (ec == std::errc() && ptr == text.data() + text.size()) return bj::value(d);
  return Decimal::parse(text).toJson();
}

[[noreturn]] void invalidValue(std::string_view entity, const ColumnDef& column,
                               std::string_view expected) {
  throw Error(ErrorType::InvalidData, "Invalid value for " + std::string(entity) + "." +
                                          column.name + ": expected " + std::string(expected));
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string encodeInteger(const ColumnDef& column, const bj::value& value,
                          std::string_view entity) {
  if (value.is_int64()) return std::to_string(value.get_int64());
  if (value.is_uint64()) return std::to_string(value.get_uint64());
  if (value.is_double()) {
    // Only a whole number inside int64's range converts: casting anything else (1e300, NaN,
    // infinity) is undefined behaviour. 2^63 itself is out of range, hence the `<`.
    const double d = value.get_double();
    constexpr double kTwoTo63 = 9223372036854775808.0;
    if (std::isfinite(d) && d >= -kTwoTo63 && d < kTwoTo63 && std::trunc(d) == d) {
      return std::to_string(static_cast<std::int64_t>(d));
    }
  }
  if (value.is_string()) {
    const auto& s = value.get_string();
    std::int64_t n = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (ec == std::errc() && ptr == s.data() + s.size() && !s.empty()) return std::to_string(n);
  }
  invalidValue(entity, column, "an integer");
}

}  // namespace

std::string_view cellText(const pqxx::field& field) {
  const auto size = field.size();
  if (size == 0 && field.is_null()) return {};  // only an empty text can be NULL
  return {field.c_str(), size};
}

namespace {

// Calls `make` with what a cell holds: null, a bool, a number or parsed JSON as a value, or
// the text as a string_view.
template <class Make>
decltype(auto) decodeCell(std::string_view cell, ColumnKind kind, const bj::storage_ptr& storage,
                          Make&& make) {
  if (!cell.data()) return make(nullptr);
  switch (kind) {
    case ColumnKind::Bool:
      return make(cell == "t");
    case ColumnKind::Integer:
    case ColumnKind::Number:
    case ColumnKind::Money:
      return make(numberFromText(cell));
    case ColumnKind::Json:
      return make(bj::parse(cell, storage));  // jsonb text from the server: valid JSON
    case ColumnKind::Text:
    case ColumnKind::Enum:
    case ColumnKind::Timestamp:
      break;  // timestamps arrive formatted (EntitySchema)
  }
  return make(bj::string_view(cell.data(), cell.size()));
}

}  // namespace

bj::value decodeColumn(std::string_view cell, ColumnKind kind, const bj::storage_ptr& storage) {
  return decodeCell(cell, kind, storage, [&](auto&& value) {
    return bj::value(std::forward<decltype(value)>(value), storage);
  });
}

void emplaceColumn(bj::object& row, std::string_view key, std::string_view cell, ColumnKind kind) {
  decodeCell(cell, kind, row.storage(),
             [&](auto&& value) { row.emplace(key, std::forward<decltype(value)>(value)); });
}

bj::value decodeRaw(std::string_view cell, const bj::storage_ptr& storage) {
  if (!cell.data()) return bj::value(nullptr, storage);
  return Decimal::parse(cell).toRawJson(storage);
}

bj::object decodeRow(const EntitySchema& schema, const pqxx::row& row) {
  const auto& columns = schema.columns();
  bj::object object;
  object.reserve(columns.size() + 2);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto cell = cellText(row[static_cast<pqxx::row::size_type>(c)]);
    object.emplace(columns[c].name, decodeColumn(cell, columns[c].kind));
    if (columns[c].kind == ColumnKind::Money) {
      object.emplace("raw_" + columns[c].name, decodeRaw(cell));
    }
  }
  return object;
}

std::optional<std::string> encodeColumn(const ColumnDef& column, const bj::value& value,
                                        std::string_view entity) {
  if (value.is_null()) return std::nullopt;
  switch (column.kind) {
    case ColumnKind::Text:
      if (value.is_string()) return std::string(value.get_string());
      if (value.is_number() || value.is_bool()) return keyText(value);
      invalidValue(entity, column, "a string");
    case ColumnKind::Enum: {
      if (value.is_string()) {
        const std::string_view s = value.get_string();
        if (std::find(column.values.begin(), column.values.end(), s) != column.values.end()) {
          return std::string(s);
        }
      }
      std::string expected = "one of";
      for (const auto& v : column.values) expected += " '" + v + "'";
      invalidValue(entity, column, expected);
    }
    case ColumnKind::Bool:
      if (value.is_bool()) return value.get_bool() ? "true" : "false";
      if (value.is_string()) {
        const auto s = lower(value.get_string());
        if (s == "true" || s == "false") return s;
      }
      invalidValue(entity, column, "a boolean");
    case ColumnKind::Integer:
      return encodeInteger(column, value, entity);
    case ColumnKind::Number:
    case ColumnKind::Money:
      try {
        return Decimal::fromJson(value).toString();
      } catch (const Error&) {
        invalidValue(entity, column, "a number");
      }
    case ColumnKind::Json:
      return json::stringify(value);
    case ColumnKind::Timestamp:
      if (value.is_string()) {
        try {
          return time::toIso8601(time::parse(std::string_view(value.get_string())));
        } catch (const Error&) {
        }
      }
      invalidValue(entity, column, "an ISO-8601 date");
  }
  invalidValue(entity, column, "a value");
}

std::string containsPattern(std::string_view text) {
  std::string out = "%";
  for (const char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  out += '%';
  return out;
}

std::string keyText(const bj::value& value) {
  if (value.is_string()) return std::string(value.get_string());
  if (value.is_bool()) return value.get_bool() ? "true" : "false";
  return json::stringify(value);
}

}  // namespace medusa::framework::detail
