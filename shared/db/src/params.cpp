// SPDX-License-Identifier: MIT
#include "medusa/db/params.h"

namespace medusa::db {

std::string Params::add(std::string value) {
  return add(std::optional<std::string>(std::move(value)));
}

std::string Params::add(std::optional<std::string> value) {
  m_values.push_back(std::move(value));
  return "$" + std::to_string(m_values.size());
}

std::string Params::addArray(const std::vector<std::string>& values) {
  return add(toArrayLiteral(values));
}

std::string toArrayLiteral(const std::vector<std::string>& values) {
  // Quoting every element keeps commas, braces, blanks and the word NULL literal.
  std::string out = "{";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    out += '"';
    for (const char c : values[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  out += '}';
  return out;
}

}  // namespace medusa::db
