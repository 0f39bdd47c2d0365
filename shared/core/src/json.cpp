// SPDX-License-Identifier: MIT
#include "medusa/core/json.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <cmath>

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

void writeString(std::string& out, boost::json::string_view s) {
  out += boost::json::serialize(s);
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
    case boost::json::kind::int64: out += std::to_string(v.get_int64()); break;
    case boost::json::kind::uint64: out += std::to_string(v.get_uint64()); break;
    case boost::json::kind::double_: writeDouble(out, v.get_double()); break;
    case boost::json::kind::string: writeString(out, v.get_string()); break;
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
        writeString(out, kv.key());
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
