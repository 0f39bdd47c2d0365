// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace medusa::http {

/// True when `a` and `b` are equal ignoring ASCII case (header names, tokens).
bool equalsIgnoreCase(std::string_view a, std::string_view b) noexcept;

/// An ordered list of header fields with case-insensitive lookup. A flat vector rather than a
/// map: requests carry a dozen fields, a linear scan over contiguous memory beats hashing, and
/// the order and duplicates (Set-Cookie) of the wire are kept.
class Headers {
 public:
  using Field = std::pair<std::string, std::string>;
  using const_iterator = std::vector<Field>::const_iterator;

  /// The first value of `name`, or nullopt.
  std::optional<std::string_view> find(std::string_view name) const noexcept;
  /// The first value of `name`, or "" when absent.
  std::string_view get(std::string_view name) const noexcept;
  bool contains(std::string_view name) const noexcept { return find(name).has_value(); }

  /// Replaces every field called `name` with one field.
  void set(std::string_view name, std::string_view value);
  /// Appends a field, keeping existing ones of the same name (Set-Cookie, Vary).
  void add(std::string name, std::string value);
  /// Removes every field called `name`.
  void erase(std::string_view name);
  void clear() noexcept { m_fields.clear(); }
  void reserve(std::size_t n) { m_fields.reserve(n); }

  std::size_t size() const noexcept { return m_fields.size(); }
  bool empty() const noexcept { return m_fields.empty(); }
  const_iterator begin() const noexcept { return m_fields.begin(); }
  const_iterator end() const noexcept { return m_fields.end(); }

 private:
  std::vector<Field> m_fields;
};

}  // namespace medusa::http
