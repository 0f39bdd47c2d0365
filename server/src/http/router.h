// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "http/method.h"
#include "http/request.h"
#include "http/response.h"

namespace medusa::http {

/// A route handler. It may throw medusa::Error (or anything); the error middleware answers.
using Handler = std::function<Response(Request&)>;

/// Maps method + path to a handler. Patterns are literal segments and `:name` parameters
/// (`/admin/products/:id/variants/:variant_id`). Routes are kept in a segment trie, so a lookup
/// costs one comparison per segment and no allocation; literals win over parameters, with
/// backtracking, so `/admin/products/batch` and `/admin/products/:id` coexist. A trailing slash
/// is ignored, as Express does by default.
///
/// Register every route before the server starts: the router is read concurrently by the
/// workers afterwards without locking, and path-parameter names point into it.
class Router {
 public:
  Router();
  ~Router();
  Router(Router&&) noexcept;
  Router& operator=(Router&&) noexcept;

  /// Throws std::logic_error for a malformed pattern, Method::Other, or a route registered twice.
  void add(Method method, std::string_view pattern, Handler handler);
  void get(std::string_view pattern, Handler handler) {
    add(Method::Get, pattern, std::move(handler));
  }
  void post(std::string_view pattern, Handler handler) {
    add(Method::Post, pattern, std::move(handler));
  }
  void put(std::string_view pattern, Handler handler) {
    add(Method::Put, pattern, std::move(handler));
  }
  void patch(std::string_view pattern, Handler handler) {
    add(Method::Patch, pattern, std::move(handler));
  }
  void del(std::string_view pattern, Handler handler) {
    add(Method::Delete, pattern, std::move(handler));
  }

  /// Runs the matching handler with the path parameters filled in. HEAD uses the GET handler
  /// when there is no HEAD route (the listener drops the body). A path that exists without
  /// this method answers 405 with `Allow` (OPTIONS: 204 with `Allow`); anything else answers
  /// 404 `Cannot <METHOD> <path>`, both with Medusa's JSON error body. A parameter that is not
  /// valid percent-encoding throws Error{InvalidData}.
  Response dispatch(Request& request) const;
  Response operator()(Request& request) const { return dispatch(request); }

  /// The methods served on `path` as an `Allow` value ("GET, HEAD, POST"), "" for an unknown path.
  std::string_view allowedMethods(std::string_view path) const;

  /// Every registered route as "METHOD /pattern", in registration order (for tests and tools).
  const std::vector<std::string>& routes() const noexcept { return m_routes; }

 private:
  struct Node;
  struct Route;
  std::unique_ptr<Node> m_root;
  std::vector<std::string> m_routes;
};

}  // namespace medusa::http
