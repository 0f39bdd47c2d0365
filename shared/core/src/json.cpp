// SPDX-License-Identifier: MIT
#include "medusa/core/json.h"

#include <algorithm>
#include <array>
#include <boost/json/parse.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace medusa::json {

value parse(std::string_view text) {
  boost::system::error_code ec;
  boost::json::parse_options options;
  options.max_depth = 64;
  value v = boost::json::parse(text, ec, {}, options);
  if (ec) {
    throw Error(ErrorType::InvalidData, "Invalid JSON in request body: " + ec.message());
  }
  return v;
}

namespace {

// What Boost's serializer writes after a backslash for each byte: the short forms, 'u' for
// the other control characters (\u00xx), 0 for bytes copied as they are (UTF-8 included).
constexpr auto kEscapes = [] {
  std::array<char, 256> table{};
  for (std::size_t c = 0; c < 0x20; ++c) table[c] = 'u';
  table['\b'] = 'b';
  table['\t'] = 't';
  table['\n'] = 'n';
  table['\f'] = 'f';
  table['\r'] = 'r';
  table['"'] = '"';
  table['\\'] = '\\';
  return table;
}();

// Whether one of the 8 bytes of `word` needs escaping (below 0x20, '"' or '\\'), with the
// usual "has a zero byte / a byte less than n" bit tricks.
constexpr bool needsEscape(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101;
  constexpr std::uint64_t kHighs = 0x8080808080808080;
  const auto hasZero = [&](std::uint64_t x) { return (x - kOnes) & ~x & kHighs; };
  return (((word - kOnes * 0x20) & ~word & kHighs) | hasZero(word ^ (kOnes * '"')) |
          hasZero(word ^ (kOnes * '\\'))) != 0;
}

std::uint64_t load8(const char* at) {
  std::uint64_t word = 0;
  std::memcpy(&word, at, sizeof word);
  return word;
}

// Whether `s` has a byte to escape: 8 bytes a step, the last step overlapping the one before.
bool needsEscape(std::string_view s) {
  if (s.size() < 8) {
    return std::any_of(s.begin(), s.end(),
                       [](char c) { return kEscapes[static_cast<unsigned char>(c)] != 0; });
  }
  for (std::size_t at = 0; at + 8 < s.size(); at += 8) {
    if (needsEscape(load8(s.data() + at))) return true;
  }
  return needsEscape(load8(s.data() + s.size() - 8));
}

// Escapes as Boost's serializer does, so answers keep their bytes, but straight into `out`:
// serialising each string on its own cost an allocation per key and value.
void writeString(std::string& out, std::string_view s) {
  out += '"';
  if (!needsEscape(s)) {  // nearly always: one copy
    out += s;
    out += '"';
    return;
  }
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    const char escape = kEscapes[c];
    if (!escape) {
      out += ch;
    } else if (escape != 'u') {
      const char pair[] = {'\\', escape};
      out.append(pair, sizeof pair);
    } else {
      static constexpr char kHex[] = "0123456789abcdef";
      const char escaped[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
      out.append(escaped, sizeof escaped);
    }
  }
  out += '"';
}

template <class Integer>
void writeInteger(std::string& out, Integer n) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, end);
}

void writeDouble(std::string& out, double d) {
  if (!std::isfinite(d)) {  // JSON has no NaN/Infinity; JSON.stringify writes null too
    out += "null";
    return;
  }
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, d);
  out.append(buf, end);
}

}  // namespace

void stringifyTo(std::string& out, const value& v) {
  switch (v.kind()) {
    case boost::json::kind::null: out += "null"; break;
    case boost::json::kind::bool_: out += v.get_bool() ? "true" : "false"; break;
    case boost::json::kind::int64: writeInteger(out, v.get_int64()); break;
    case boost::json::kind::uint64: writeInteger(out, v.get_uint64()); break;
    case boost::json::kind::double_: writeDouble(out, v.get_double()); break;
    case boost::json::kind::string: {
      const auto& s = v.get_string();
      writeString(out, std::string_view(s.data(), s.size()));
      break;
    }
    case boost::json::kind::array: {
      out += '[';
      bool first = true;
      for (const auto& item : v.get_array()) {
        if (!first) out += ',';
        first = false;
        stringifyTo(out, item);
      }
      out += ']';
      break;
    }
    case boost::json::kind::object: {
      out += '{';
      bool first = true;
      for (const auto& kv : v.get_object()) {
        if (!first) out += ',';
        first = false;
        writeString(out, std::string_view(kv.key().data(), kv.key().size()));
        out += ':';
        stringifyTo(out, kv.value());
      }
      out += '}';
      break;
    }
  }
}

std::string stringify(const value& v) {
  std::string out;
  out.reserve(256);
  stringifyTo(out, v);
  return out;
}

object toJson(const ErrorResponse& error) {
  object body;
  body["type"] = error.type;
  body["message"] = error.message;
  if (error.code) body["code"] = *error.code;
  return body;
}

}  // namespace medusa::json
