// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/headers.h"
#include "http/method.h"
#include "http/request_context.h"
#include "medusa/core/json.h"

namespace medusa::http {

/// Path parameters in route order: `/admin/products/:id` gives {"id", "prod_1"}. Names point into
/// the router, which outlives every request; values are percent-decoded as Express does.
using PathParams = std::vector<std::pair<std::string_view, std::string>>;

/// One HTTP request as the handlers see it. Built by the listener on an I/O thread, then handled
/// on one worker thread, so it is deliberately not thread-safe (the lazy JSON cache included).
class Request {
 public:
  Request() = default;
  Request(std::string_view method, std::string target);

  Method method() const noexcept { return m_method; }
  /// The method as sent ("GET", or "PROPFIND" for Method::Other).
  const std::string& methodName() const noexcept { return m_methodName; }
  /// The request target as sent: path plus `?query`.
  const std::string& target() const noexcept { return m_target; }
  /// The path, not decoded (`/admin/products/prod_1`).
  std::string_view path() const noexcept;
  /// The raw query string after `?`, not decoded ("" when none); the qs parser reads this.
  std::string_view query() const noexcept;
  /// 10 for HTTP/1.0, 11 for HTTP/1.1.
  int version() const noexcept { return m_version; }

  const Headers& headers() const noexcept { return m_headers; }
  Headers& headers() noexcept { return m_headers; }
  /// The first value of a header, "" when absent (names are case-insensitive).
  std::string_view header(std::string_view name) const noexcept { return m_headers.get(name); }

  const std::string& body() const noexcept { return m_body; }

  /// The body as JSON, parsed on first use. An empty body, or one whose content type is not
  /// JSON, is an empty object, as with Express's json parser; this also keeps a cross-site
  /// `text/plain` form post (no CORS preflight) from being read as a JSON command.
  /// Malformed JSON throws Error{InvalidData} naming the problem.
  const medusa::json::value& json() const;
  /// True when Content-Type is application/json (any parameters).
  bool hasJsonBody() const noexcept;

  /// A path parameter by name, "" when the route has none of that name.
  std::string_view param(std::string_view name) const noexcept;
  const PathParams& params() const noexcept { return m_params; }
  PathParams& params() noexcept { return m_params; }

  const std::string& requestId() const noexcept { return m_requestId; }
  const std::string& remoteAddress() const noexcept { return m_remoteAddress; }

  /// State attached by middleware (auth context, publishable key, ...).
  RequestContext& context() noexcept { return m_context; }
  const RequestContext& context() const noexcept { return m_context; }

  // Filled by the listener, the request-id middleware and tests.
  void setMethod(std::string_view method);
  void setTarget(std::string target);
  void setVersion(int version) noexcept { m_version = version; }
  void setBody(std::string body);
  void setRequestId(std::string id) { m_requestId = std::move(id); }
  void setRemoteAddress(std::string address) { m_remoteAddress = std::move(address); }

  /// Empties the request for reuse on the same connection, keeping allocated capacity.
  void reset();

 private:
  Method m_method = Method::Get;
  std::string m_methodName = "GET";
  std::string m_target = "/";
  std::size_t m_pathBegin = 0;  // m_target[m_pathBegin, m_pathEnd) is the path
  std::size_t m_pathEnd = 1;
  int m_version = 11;
  Headers m_headers;
  std::string m_body;
  PathParams m_params;
  std::string m_requestId;
  std::string m_remoteAddress;
  RequestContext m_context;
  mutable std::optional<medusa::json::value> m_json;
};

}  // namespace medusa::http
