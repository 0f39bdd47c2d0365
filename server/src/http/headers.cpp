// SPDX-License-Identifier: MIT
#include "http/headers.h"

#include <algorithm>

namespace medusa::http {

namespace {

constexpr char lower(char c) noexcept {
  return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

}  // namespace

bool equalsIgnoreCase(std::string_view a, std::string_view b) noexcept {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::optional<std::string_view> Headers::find(std::string_view name) const noexcept {
  for (const auto& [key, value] : m_fields) {
    if (equalsIgnoreCase(key, name)) return std::string_view(value);
  }
  return std::nullopt;
}

std::string_view Headers::get(std::string_view name) const noexcept {
  return find(name).value_or(std::string_view());
}

void Headers::set(std::string_view name, std::string_view value) {
  auto it = std::find_if(m_fields.begin(), m_fields.end(),
                         [&](const Field& f) { return equalsIgnoreCase(f.first, name); });
  if (it == m_fields.end()) {
    m_fields.emplace_back(std::string(name), std::string(value));
    return;
  }
  it->second.assign(value);
  // Drop later duplicates so `set` really leaves a single field.
  m_fields.erase(std::remove_if(std::next(it), m_fields.end(),
                                [&](const Field& f) { return equalsIgnoreCase(f.first, name); }),
                 m_fields.end());
}

void Headers::add(std::string name, std::string value) {
  m_fields.emplace_back(std::move(name), std::move(value));
}

void Headers::erase(std::string_view name) {
  m_fields.erase(std::remove_if(m_fields.begin(), m_fields.end(),
                                [&](const Field& f) { return equalsIgnoreCase(f.first, name); }),
                 m_fields.end());
}

}  // namespace medusa::http
