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

std::string Params::addArray(std::span<const std::string_view> values) {
  return add(toArrayLiteral(values));
}

namespace {

template <class Strings>
std::string arrayLiteral(const Strings& values) {
  // Quoting every element keeps commas, braces, blanks and the word NULL literal.
  std::size_t size = 2;
  for (const auto& value : values) size += value.size() + 3;
  std::string out;
  out.reserve(size);
  out += '{';
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out += ',';
    out += '"';
    const std::string_view value = values[i];
    std::size_t run = 0;  // start of the part not copied yet
    for (std::size_t at = 0; at < value.size(); ++at) {
      if (value[at] != '"' && value[at] != '\\') continue;
      out.append(value, run, at - run);
      out += '\\';
      run = at;
    }
    out.append(value, run);
    out += '"';
  }
  out += '}';
  return out;
}

}  // namespace

std::string toArrayLiteral(const std::vector<std::string>& values) {
  return arrayLiteral(values);
}

std::string toArrayLiteral(std::span<const std::string_view> values) {
  return arrayLiteral(values);
}

}  // namespace medusa::db
