// SPDX-License-Identifier: MIT
#include "http/request.h"

#include <tuple>

namespace medusa::http {

namespace {

// The path of an origin-form target (`/a?b`), or of an absolute-form one (`http://h/a?b`) that
// proxies may send; for `*` (OPTIONS *) the path is `*`.
std::pair<std::size_t, std::size_t> pathBounds(std::string_view target) {
  std::size_t begin = 0;
  if (!target.empty() && target.front() != '/' && target.front() != '*') {
    const auto scheme = target.find("://");
    if (scheme != std::string_view::npos) {
      begin = target.find('/', scheme + 3);
      if (begin == std::string_view::npos) begin = target.size();
    }
  }
  auto end = target.find('?', begin);
  if (end == std::string_view::npos) end = target.size();
  return {begin, end};
}

}  // namespace

Request::Request(std::string_view method, std::string target) {
  setMethod(method);
  setTarget(std::move(target));
}

std::string_view Request::path() const noexcept {
  if (m_pathBegin == m_pathEnd) return "/";  // `http://host` or `?x` alone
  return std::string_view(m_target).substr(m_pathBegin, m_pathEnd - m_pathBegin);
}

std::string_view Request::query() const noexcept {
  if (m_pathEnd >= m_target.size()) return {};
  return std::string_view(m_target).substr(m_pathEnd + 1);
}

bool Request::hasJsonBody() const noexcept {
  std::string_view type = header("content-type");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && (type.back() == ' ' || type.back() == '\t')) type.remove_suffix(1);
  return equalsIgnoreCase(type, "application/json");
}

const medusa::json::value& Request::json() const {
  if (!m_json) {
    if (m_body.empty() || !hasJsonBody()) {
      m_json.emplace(medusa::json::object());
    } else {
      m_json.emplace(medusa::json::parse(m_body));  // throws Error{InvalidData}; nothing cached
    }
  }
  return *m_json;
}

std::string_view Request::param(std::string_view name) const noexcept {
  for (const auto& [key, value] : m_params) {
    if (key == name) return value;
  }
  return {};
}

void Request::setMethod(std::string_view method) {
  m_methodName.assign(method);
  m_method = parseMethod(method);
}

void Request::setTarget(std::string target) {
  m_target = std::move(target);
  std::tie(m_pathBegin, m_pathEnd) = pathBounds(m_target);
}

void Request::setBody(std::string body) {
  m_body = std::move(body);
  m_json.reset();
}

void Request::reset() {
  m_method = Method::Get;
  m_methodName.assign("GET");
  m_target.assign("/");
  m_pathBegin = 0;
  m_pathEnd = 1;
  m_version = 11;
  m_headers.clear();
  m_body.clear();
  m_params.clear();
  m_requestId.clear();
  m_remoteAddress.clear();
  m_context.clear();
  m_json.reset();
}

}  // namespace medusa::http
