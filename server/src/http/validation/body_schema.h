// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// Request-body validation the way Medusa's zod validators behave: a schema per route,
/// `.strict()` at the top level (unknown keys → "Unrecognized fields: 'x'"), unknown keys of
/// nested objects dropped, defaults filled in, and zod's wording for every issue
/// ("Field 'title' is required", "Expected type: 'string' for field 'title', got: 'number'",
/// paths joined with ", " as in "variants, 0, prices"), the first three issues reported.
///
///   const Schema& createSalesChannelSchema() {
///     static const Schema schema = Schema::object({
///         {"name", Schema::string()},
///         {"description", Schema::string().nullable().optional()},
///         {"is_disabled", Schema::boolean().optional()},
///         {"metadata", Schema::record().nullable().optional()}});
///     return schema;
///   }
///   boost::json::object input = validation::parseBody(createSalesChannelSchema(), req.json());
namespace medusa::http::validation {

namespace detail {
struct Node;
}

/// An immutable zod-like schema node; copies share the node.
class Schema {
 public:
  using Field = std::pair<std::string_view, Schema>;

  /// z.string()
  static Schema string();
  /// z.string().email(): a string of at most kMaxEmailLength bytes (checked first: "Value for
  /// field 'email' too big, expected at most: '254'"), then isEmail() ("Invalid email").
  static Schema email();
  /// z.number() (any finite JSON number)
  static Schema number();
  /// z.number().int()
  static Schema integer();
  /// z.boolean()
  static Schema boolean();
  /// z.any(): any value, kept as is.
  static Schema any();
  /// z.record(z.unknown()): any JSON object (metadata, additional_data).
  static Schema record();
  /// z.array(item)
  static Schema array(Schema item);
  /// z.object({...}); unknown keys are dropped (zod's default) unless strict().
  static Schema object(std::initializer_list<Field> fields);
  /// z.enum([...]) of strings.
  static Schema enumOf(std::initializer_list<std::string_view> values);
  /// z.union([...]): the first alternative that parses wins.
  static Schema oneOf(std::initializer_list<Schema> alternatives);

  /// May be absent (`.optional()`).
  Schema optional() const;
  /// May be null (`.nullable()`).
  Schema nullable() const;
  /// Absent → this value (`.default(v)`); implies optional.
  Schema withDefault(boost::json::value value) const;
  /// Number ≥ n, string length ≥ n, array size ≥ n (`.min(n)`/`.gte(n)`).
  Schema min(double n) const;
  /// Number ≤ n, string length ≤ n, array size ≤ n.
  Schema max(double n) const;
  /// Object: unknown keys are an issue (`.strict()`); parseBody applies it at the top level.
  Schema strict() const;
  /// Object: this object's fields plus `more` (zod's `.extend()`).
  Schema extend(std::initializer_list<Field> more) const;

  const detail::Node& node() const noexcept { return *m_node; }

 private:
  explicit Schema(std::shared_ptr<const detail::Node> node) : m_node(std::move(node)) {}
  Schema with(void (*change)(detail::Node&, double), double argument) const;
  std::shared_ptr<const detail::Node> m_node;
};

/// Validates a request body against an object schema made strict at the top level, as
/// Medusa's zodValidator does. Returns the parsed object; throws Error{InvalidData,
/// "Invalid request: <issues>"}.
boost::json::object parseBody(const Schema& schema, const boost::json::value& body);

/// Validates any value against a schema (no top-level strictness added); returns the issues
/// in zod's wording, empty when valid, and writes the parsed value to `out`.
std::vector<std::string> validate(const Schema& schema, const boost::json::value& value,
                                  boost::json::value& out);

}  // namespace medusa::http::validation
