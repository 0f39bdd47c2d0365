// SPDX-License-Identifier: MIT
// The zod behaviour mirrored here: zod 3's object/array/union parsing and Medusa's
// formatError (packages/core/framework/src/zod/zod-helpers.ts).
#include "http/validation/body_schema.h"

#include <cmath>
#include <string>

#include "http/validation/email_address.h"
#include "medusa/core/error.h"

namespace medusa::http::validation {

namespace bj = boost::json;

namespace detail {

enum class Kind { String, Number, Integer, Boolean, Any, Record, Array, Object, Enum, Union };

struct Node {
  Kind kind = Kind::Any;
  bool optional = false;
  bool nullable = false;
  bool strict = false;
  bool email = false;
  std::optional<bj::value> defaultValue{};
  std::optional<double> min{};
  std::optional<double> max{};
  std::vector<std::pair<std::string, Schema>> fields{};
  std::vector<std::string> enumValues{};
  std::vector<Schema> alternatives{};  // the union's, or the array's item at [0]
};

}  // namespace detail

namespace {

using detail::Kind;
using detail::Node;

enum class IssueCode {
  InvalidType,
  Required,
  InvalidEnum,
  TooSmall,
  TooBig,
  InvalidEmail,
  Unrecognized,
  Union
};

struct Issue {
  IssueCode code = IssueCode::InvalidType;
  std::string path{};
  std::string expected{};  // type name(s), enum options, bound, unknown keys
  std::string received{};
  std::vector<Issue> unionIssues{};
};

constexpr std::size_t kMaxReportedIssues = 3;

std::string typeName(const bj::value& value) {
  switch (value.kind()) {
    case bj::kind::string:
      return "string";
    case bj::kind::array:
      return "array";
    case bj::kind::object:
      return "object";
    case bj::kind::bool_:
      return "boolean";
    case bj::kind::null:
      return "null";
    case bj::kind::double_:
    case bj::kind::int64:
    case bj::kind::uint64:
      return "number";
  }
  return "unknown";
}

// JavaScript's String(n) for the bounds schemas use.
std::string jsNumber(double n) {
  if (std::floor(n) == n && std::fabs(n) < 1e15) return std::to_string(static_cast<long long>(n));
  std::string text = std::to_string(n);
  while (!text.empty() && text.back() == '0') text.pop_back();
  return text;
}

std::string childPath(const std::string& parent, std::string_view key) {
  return parent.empty() ? std::string(key) : parent + ", " + std::string(key);
}

double lengthOf(const Node& node, const bj::value& value) {
  if (node.kind == Kind::String) return static_cast<double>(value.get_string().size());
  if (node.kind == Kind::Array) return static_cast<double>(value.get_array().size());
  return value.to_number<double>();
}

class Parser {
 public:
  std::vector<Issue> issues;

  // Parses `value` (nullptr = absent) at `path`; returns the parsed value or nothing when
  // absent/invalid.
  std::optional<bj::value> parse(const Node& node, const bj::value* value,
                                 const std::string& path) {
    if (value == nullptr) {
      if (node.defaultValue) return parse(node, &*node.defaultValue, path);
      if (!node.optional) issues.push_back({IssueCode::Required, path, expectedName(node), ""});
      return std::nullopt;
    }
    if (value->is_null() && node.nullable) return bj::value(nullptr);
    return parsePresent(node, *value, path);
  }

 private:
  static std::string expectedName(const Node& node) {
    switch (node.kind) {
      case Kind::String:
        return "string";
      case Kind::Number:
      case Kind::Integer:
        return "number";
      case Kind::Boolean:
        return "boolean";
      case Kind::Record:
      case Kind::Object:
        return "object";
      case Kind::Array:
        return "array";
      case Kind::Enum: {
        std::string joined;
        for (const auto& v : node.enumValues) joined += (joined.empty() ? "'" : " | '") + v + "'";
        return joined;
      }
      case Kind::Union:
      case Kind::Any:
        break;
    }
    return "unknown";
  }

  bool typeMatches(const Node& node, const bj::value& value) const {
    switch (node.kind) {
      case Kind::String:
      case Kind::Enum:
        return value.is_string();
      case Kind::Number:
      case Kind::Integer:
        return value.is_number();
      case Kind::Boolean:
        return value.is_bool();
      case Kind::Record:
      case Kind::Object:
        return value.is_object();
      case Kind::Array:
        return value.is_array();
      case Kind::Union:
      case Kind::Any:
        return true;
    }
    return false;
  }

  void checkBounds(const Node& node, const bj::value& value, const std::string& path) {
    if (!node.min && !node.max) return;
    const double size = lengthOf(node, value);
    if (node.min && size < *node.min) {
      issues.push_back({IssueCode::TooSmall, path, jsNumber(*node.min), ""});
    }
    if (node.max && size > *node.max) {
      issues.push_back({IssueCode::TooBig, path, jsNumber(*node.max), ""});
    }
  }

  std::optional<bj::value> parsePresent(const Node& node, const bj::value& value,
                                        const std::string& path) {
    if (!typeMatches(node, value)) {
      issues.push_back({IssueCode::InvalidType, path, expectedName(node), typeName(value)});
      return std::nullopt;
    }
    switch (node.kind) {
      case Kind::Integer:
        if (value.is_double() && std::floor(value.get_double()) != value.get_double()) {
          issues.push_back({IssueCode::InvalidType, path, "integer", "float"});
          return std::nullopt;
        }
        break;
      case Kind::Enum:
        for (const auto& option : node.enumValues) {
          if (value.get_string() == option) return value;
        }
        issues.push_back({IssueCode::InvalidEnum, path, joinOptions(node),
                          std::string(value.get_string())});
        return std::nullopt;
      case Kind::Array:
        return parseArray(node, value.get_array(), path);
      case Kind::Object:
        return parseObject(node, value.get_object(), path);
      case Kind::Union:
        return parseUnion(node, value, path);
      default:
        break;
    }
    const std::size_t before = issues.size();
    checkBounds(node, value, path);
    // The format is only looked at once the length is known to be bounded.
    if (node.email && issues.size() == before && !isEmail(value.get_string())) {
      issues.push_back({IssueCode::InvalidEmail, path, "", ""});
    }
    return value;
  }

  static std::string joinOptions(const Node& node) {
    std::string joined;
    for (const auto& v : node.enumValues) joined += (joined.empty() ? "" : ", ") + v;
    return joined;
  }

  std::optional<bj::value> parseArray(const Node& node, const bj::array& items,
                                      const std::string& path) {
    const std::size_t before = issues.size();
    bj::array out;
    out.reserve(items.size());
    const Node& item = node.alternatives.front().node();
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (auto parsed = parse(item, &items[i], childPath(path, std::to_string(i)))) {
        out.push_back(std::move(*parsed));
      }
    }
    checkBounds(node, items, path);
    if (issues.size() != before) return std::nullopt;
    return bj::value(std::move(out));
  }

  std::optional<bj::value> parseObject(const Node& node, const bj::object& input,
                                       const std::string& path) {
    const std::size_t before = issues.size();
    bj::object out;
    for (const auto& [key, schema] : node.fields) {
      if (auto parsed = parse(schema.node(), input.if_contains(key), childPath(path, key))) {
        out[key] = std::move(*parsed);
      }
    }
    if (node.strict) {
      std::string unknown;
      for (const auto& [key, ignored] : input) {
        bool known = false;
        for (const auto& field : node.fields) known = known || field.first == key;
        if (!known) unknown += (unknown.empty() ? "" : ", ") + std::string(key);
      }
      if (!unknown.empty()) issues.push_back({IssueCode::Unrecognized, path, unknown, ""});
    }
    if (issues.size() != before) return std::nullopt;
    return bj::value(std::move(out));
  }

  std::optional<bj::value> parseUnion(const Node& node, const bj::value& value,
                                      const std::string& path) {
    Issue failure{IssueCode::Union, path, "", ""};
    for (const auto& alternative : node.alternatives) {
      Parser attempt;
      if (auto parsed = attempt.parse(alternative.node(), &value, path);
          parsed && attempt.issues.empty()) {
        return parsed;
      }
      for (auto& issue : attempt.issues) failure.unionIssues.push_back(std::move(issue));
    }
    issues.push_back(std::move(failure));
    return std::nullopt;
  }
};

std::string format(const Issue& issue) {
  switch (issue.code) {
    case IssueCode::InvalidType:
      return "Expected type: '" + issue.expected + "' for field '" + issue.path + "', got: '" +
             issue.received + "'";
    case IssueCode::Required:
      return "Field '" + issue.path + "' is required";
    case IssueCode::InvalidEnum:
      return "Expected: '" + issue.expected + "' for field '" + issue.path + "', but got: '" +
             issue.received + "'";
    case IssueCode::TooSmall:
      return "Value for field '" + issue.path + "' too small, expected at least: '" +
             issue.expected + "'";
    case IssueCode::TooBig:
      return "Value for field '" + issue.path + "' too big, expected at most: '" +
             issue.expected + "'";
    case IssueCode::InvalidEmail:
      return "Invalid email";  // zod's message; Medusa reports it without the field
    case IssueCode::Unrecognized:
      return "Unrecognized fields: '" + issue.expected + "'";
    case IssueCode::Union: {
      // Medusa's formatUnionError: the wrong types of every alternative, else "required".
      std::string expected;
      for (const auto& inner : issue.unionIssues) {
        if (inner.code == IssueCode::InvalidType) {
          expected += (expected.empty() ? "" : ", ") + inner.expected;
        }
      }
      const Issue* first = issue.unionIssues.empty() ? nullptr : &issue.unionIssues.front();
      if (!expected.empty() && first != nullptr) {
        return "Expected type: '" + expected + "' for field '" + first->path + "', got: '" +
               first->received + "'";
      }
      for (const auto& inner : issue.unionIssues) {
        if (inner.code == IssueCode::Required) return format(inner);
      }
      return first != nullptr ? format(*first) : "Invalid input";
    }
  }
  return "Invalid input";
}

std::shared_ptr<Node> make(Kind kind) {
  auto node = std::make_shared<Node>();
  node->kind = kind;
  return node;
}

}  // namespace

Schema Schema::string() { return Schema(make(Kind::String)); }
Schema Schema::email() {
  auto node = make(Kind::String);
  node->max = static_cast<double>(kMaxEmailLength);
  node->email = true;
  return Schema(node);
}
Schema Schema::number() { return Schema(make(Kind::Number)); }
Schema Schema::integer() { return Schema(make(Kind::Integer)); }
Schema Schema::boolean() { return Schema(make(Kind::Boolean)); }
Schema Schema::any() { return Schema(make(Kind::Any)); }
Schema Schema::record() { return Schema(make(Kind::Record)); }

Schema Schema::array(Schema item) {
  auto node = make(Kind::Array);
  node->alternatives.push_back(std::move(item));
  return Schema(node);
}

Schema Schema::object(std::initializer_list<Field> fields) {
  auto node = make(Kind::Object);
  for (const auto& [key, schema] : fields) node->fields.emplace_back(std::string(key), schema);
  return Schema(node);
}

Schema Schema::enumOf(std::initializer_list<std::string_view> values) {
  auto node = make(Kind::Enum);
  for (auto value : values) node->enumValues.emplace_back(value);
  return Schema(node);
}

Schema Schema::oneOf(std::initializer_list<Schema> alternatives) {
  auto node = make(Kind::Union);
  node->alternatives.assign(alternatives.begin(), alternatives.end());
  return Schema(node);
}

Schema Schema::with(void (*change)(detail::Node&, double), double argument) const {
  auto copy = std::make_shared<Node>(*m_node);
  change(*copy, argument);
  return Schema(copy);
}

Schema Schema::optional() const {
  return with([](Node& n, double) { n.optional = true; }, 0);
}
Schema Schema::nullable() const {
  return with([](Node& n, double) { n.nullable = true; }, 0);
}
Schema Schema::min(double n) const {
  return with([](Node& node, double v) { node.min = v; }, n);
}
Schema Schema::max(double n) const {
  return with([](Node& node, double v) { node.max = v; }, n);
}
Schema Schema::strict() const {
  return with([](Node& n, double) { n.strict = true; }, 0);
}

Schema Schema::withDefault(bj::value value) const {
  auto copy = std::make_shared<Node>(*m_node);
  copy->defaultValue = std::move(value);
  copy->optional = true;
  return Schema(copy);
}

Schema Schema::extend(std::initializer_list<Field> more) const {
  auto copy = std::make_shared<Node>(*m_node);
  for (const auto& [key, schema] : more) {
    bool replaced = false;
    for (auto& field : copy->fields) {
      if (field.first == key) {
        field.second = schema;
        replaced = true;
      }
    }
    if (!replaced) copy->fields.emplace_back(std::string(key), schema);
  }
  return Schema(copy);
}

std::vector<std::string> validate(const Schema& schema, const bj::value& value, bj::value& out) {
  Parser parser;
  if (auto parsed = parser.parse(schema.node(), &value, "")) out = std::move(*parsed);
  std::vector<std::string> messages;
  for (const auto& issue : parser.issues) messages.push_back(format(issue));
  return messages;
}

bj::object parseBody(const Schema& schema, const bj::value& body) {
  // Express hands routes `{}` when a request has no body.
  static const bj::value kEmpty = bj::object();
  bj::value out;
  const auto messages =
      validate(schema.strict(), body.is_null() ? kEmpty : body, out);
  if (!messages.empty()) {
    std::string text = "Invalid request: ";
    for (std::size_t i = 0; i < messages.size() && i < kMaxReportedIssues; ++i) {
      text += (i == 0 ? "" : "; ") + messages[i];
    }
    throw Error(ErrorType::InvalidData, text);
  }
  return std::move(out.as_object());
}

}  // namespace medusa::http::validation
