// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

/// Logging over spdlog. Call init() once at start; then use spdlog's free functions
/// (spdlog::info(...)). Each line carries the request id of the request being handled on the
/// thread, if any.
namespace medusa::log {

enum class Format { Text, Json };

struct Options {
  Format format = Format::Text;
  std::string level = "info";  // trace, debug, info, warn, error, critical, off
};

/// Installs the default logger (stderr). Safe to call again (tests reconfigure it).
void init(const Options& options);

/// The request id of the current thread ("" when none).
const std::string& requestId();

/// Sets the current thread's request id for the scope's lifetime.
class RequestIdScope {
 public:
  explicit RequestIdScope(std::string id);
  ~RequestIdScope();
  RequestIdScope(const RequestIdScope&) = delete;
  RequestIdScope& operator=(const RequestIdScope&) = delete;

 private:
  std::string m_previous;
};

}  // namespace medusa::log
