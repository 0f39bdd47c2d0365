// SPDX-License-Identifier: MIT
#include "http/router.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <string>
#include <vector>

#include "medusa/core/error.h"

namespace medusa::http {

namespace {

// Routes with more parameters than this are rejected at registration, so a lookup can collect
// parameter values in a fixed array instead of allocating.
constexpr std::size_t kMaxParams = 16;

// The order methods are listed in an `Allow` header.
constexpr std::array kAllowOrder{Method::Get,   Method::Head,   Method::Post,   Method::Put,
                                 Method::Patch, Method::Delete, Method::Options};

struct ParamValues {
  std::array<std::string_view, kMaxParams> values;
  std::size_t size = 0;
};

// Splits "a/b/c" into "a" and "b/c".
std::pair<std::string_view, std::string_view> firstSegment(std::string_view rest) {
  const auto slash = rest.find('/');
  if (slash == std::string_view::npos) return {rest, {}};
  return {rest.substr(0, slash), rest.substr(slash + 1)};
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// decodeURIComponent, as Express applies to parameters: `+` stays a plus.
std::string decodeParam(std::string_view name, std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] != '%') {
      out += raw[i];
      continue;
    }
    const int hi = i + 2 < raw.size() ? hexValue(raw[i + 1]) : -1;
    const int lo = hi >= 0 ? hexValue(raw[i + 2]) : -1;
    if (lo < 0) {
      throw Error(ErrorType::InvalidData, "Failed to decode param '" + std::string(name) + "'");
    }
    out += static_cast<char>(hi * 16 + lo);
    i += 2;
  }
  return out;
}

}  // namespace

struct Router::Route {
  Handler handler;
  std::vector<std::string> paramNames;  // PathParams point at these, so they never move
};

struct Router::Node {
  std::vector<std::pair<std::string, std::unique_ptr<Node>>> literals;  // sorted by segment
  std::unique_ptr<Node> param;
  std::array<std::unique_ptr<Route>, kMethodCount> routes;
  std::string allow;  // `Allow` value, rebuilt on each registration

  bool hasRoutes() const { return !allow.empty(); }

  const Node* literal(std::string_view segment) const {
    auto it =
        std::lower_bound(literals.begin(), literals.end(), segment,
                         [](const auto& entry, std::string_view s) { return entry.first < s; });
    return it != literals.end() && it->first == segment ? it->second.get() : nullptr;
  }

  const Route* routeFor(Method method) const {
    if (const auto& route = routes[static_cast<std::size_t>(method)]) return route.get();
    if (method == Method::Head) return routes[static_cast<std::size_t>(Method::Get)].get();
    return nullptr;
  }

  void rebuildAllow() {
    allow.clear();
    for (Method m : kAllowOrder) {
      const bool served = routes[static_cast<std::size_t>(m)] ||
                          (m == Method::Head && routes[static_cast<std::size_t>(Method::Get)]);
      if (!served) continue;
      if (!allow.empty()) allow += ", ";
      allow += toString(m);
    }
  }
};

namespace {

// Depth-first search, literals before the parameter. Records in `pathNode` the first node the
// path leads to that has routes of any method, for the 405 answer.
template <class Node, class Route>
const Route* find(const Node& node, std::string_view rest, Method method, ParamValues& params,
                  const Node*& pathNode) {
  if (rest.empty()) {
    if (!node.hasRoutes()) return nullptr;
    if (const auto* route = node.routeFor(method)) return route;
    if (!pathNode) pathNode = &node;
    return nullptr;
  }
  const auto [segment, next] = firstSegment(rest);
  if (const auto* child = node.literal(segment)) {
    if (const auto* route = find<Node, Route>(*child, next, method, params, pathNode)) return route;
  }
  if (node.param && !segment.empty() && params.size < kMaxParams) {
    params.values[params.size++] = segment;
    if (const auto* route = find<Node, Route>(*node.param, next, method, params, pathNode)) {
      return route;
    }
    --params.size;
  }
  return nullptr;
}

}  // namespace

Router::Router() : m_root(std::make_unique<Node>()) {}
Router::~Router() = default;
Router::Router(Router&&) noexcept = default;
Router& Router::operator=(Router&&) noexcept = default;

void Router::add(Method method, std::string_view pattern, Handler handler) {
  const std::string where = std::string(toString(method)) + " " + std::string(pattern);
  if (method == Method::Other) throw std::logic_error("cannot route method OTHER: " + where);
  if (pattern.empty() || pattern.front() != '/') {
    throw std::logic_error("route pattern must start with '/': " + where);
  }
  if (!handler) throw std::logic_error("route without a handler: " + where);

  auto route = std::make_unique<Route>();
  route->handler = std::move(handler);
  Node* node = m_root.get();
  std::string_view rest = pattern.substr(1);
  while (!rest.empty()) {
    const auto [segment, next] = firstSegment(rest);
    rest = next;
    if (segment.empty()) throw std::logic_error("empty segment in route pattern: " + where);
    if (segment.front() == ':') {
      if (segment.size() == 1) throw std::logic_error("unnamed parameter in route: " + where);
      if (route->paramNames.size() == kMaxParams) {
        throw std::logic_error("too many parameters in route: " + where);
      }
      route->paramNames.emplace_back(segment.substr(1));
      if (!node->param) node->param = std::make_unique<Node>();
      node = node->param.get();
      continue;
    }
    auto it =
        std::lower_bound(node->literals.begin(), node->literals.end(), segment,
                         [](const auto& entry, std::string_view s) { return entry.first < s; });
    if (it == node->literals.end() || it->first != segment) {
      it = node->literals.emplace(it, std::string(segment), std::make_unique<Node>());
    }
    node = it->second.get();
  }
  auto& slot = node->routes[static_cast<std::size_t>(method)];
  if (slot) throw std::logic_error("route registered twice: " + where);
  slot = std::move(route);
  node->rebuildAllow();
  m_routes.push_back(where);
}

Response Router::dispatch(Request& request) const {
  const std::string_view path = request.path();
  ParamValues values;
  const Node* pathNode = nullptr;
  const Route* route = nullptr;
  if (!path.empty() && path.front() == '/') {
    route = find<Node, Route>(*m_root, path.substr(1), request.method(), values, pathNode);
  }
  if (route) {
    auto& params = request.params();
    params.clear();
    for (std::size_t i = 0; i < values.size; ++i) {
      params.emplace_back(route->paramNames[i],
                          decodeParam(route->paramNames[i], values.values[i]));
    }
    return route->handler(request);
  }
  if (pathNode) {
    // Express answers OPTIONS on a known path itself; a CORS preflight never gets this far.
    Response response = request.method() == Method::Options
                            ? Response(204)
                            : Response::error(405, "not_allowed",
                                              "Method " + request.methodName() +
                                                  " is not allowed on " + std::string(path));
    response.setHeader("Allow", pathNode->allow);
    return response;
  }
  return Response::error(404, "not_found",
                         "Cannot " + request.methodName() + " " + std::string(path));
}

std::string_view Router::allowedMethods(std::string_view path) const {
  if (path.empty() || path.front() != '/') return {};
  ParamValues values;
  const Node* pathNode = nullptr;
  // Method::Other is never routed, so the search always ends in pathNode when the path exists.
  find<Node, Route>(*m_root, path.substr(1), Method::Other, values, pathNode);
  return pathNode ? std::string_view(pathNode->allow) : std::string_view();
}

}  // namespace medusa::http
