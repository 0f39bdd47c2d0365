// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/string.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>

#include "medusa/core/error.h"

/// JSON is Boost.JSON; this header adds the few things the project needs on top of it.
namespace medusa::json {

using boost::json::array;
using boost::json::object;
using boost::json::string;
using boost::json::value;

/// Parses a request body. Malformed input throws Error{InvalidData} naming the problem and offset.
value parse(std::string_view text);

/// Serialises compactly. Doubles are written in their shortest round-trip decimal form
/// (`10.5`, `1000`), as JavaScript does, not in Boost's exponent form (`1.05E1`).
std::string stringify(const value& v);
void stringifyTo(std::string& out, const value& v);

/// The `{type, message, code?}` body Medusa answers with.
object toJson(const ErrorResponse& error);

}  // namespace medusa::json
