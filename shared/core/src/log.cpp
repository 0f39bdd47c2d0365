// SPDX-License-Identifier: MIT
#include "medusa/core/log.h"

#include <spdlog/formatter.h>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <boost/json/serialize.hpp>
#include <boost/json/string_view.hpp>

#include "medusa/core/time.h"

namespace medusa::log {

namespace {

thread_local std::string t_requestId;

// `%q` in a text pattern: the request id in brackets, or nothing.
class RequestIdFlag : public spdlog::custom_flag_formatter {
 public:
  void format(const spdlog::details::log_msg&, const std::tm&, spdlog::memory_buf_t& dest) override {
    if (t_requestId.empty()) return;
    dest.push_back('[');
    dest.append(t_requestId.data(), t_requestId.data() + t_requestId.size());
    dest.append(std::string_view("] "));
  }
  std::unique_ptr<custom_flag_formatter> clone() const override {
    return std::make_unique<RequestIdFlag>();
  }
};

// One JSON object per line: time, level, message, request_id (when set), logger.
class JsonFormatter : public spdlog::formatter {
 public:
  void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
    const auto t = std::chrono::time_point_cast<std::chrono::milliseconds>(msg.time);
    std::string line = R"({"time":")" + time::toIso8601(time::Timestamp(t.time_since_epoch()));
    line += R"(","level":")";
    const auto level = spdlog::level::to_string_view(msg.level);
    line.append(level.data(), level.size());
    line += R"(","msg":)";
    line += boost::json::serialize(boost::json::string_view(msg.payload.data(), msg.payload.size()));
    if (!t_requestId.empty()) {
      line += R"(,"request_id":)";
      line += boost::json::serialize(boost::json::string_view(t_requestId));
    }
    line += "}\n";
    dest.append(line.data(), line.data() + line.size());
  }
  std::unique_ptr<spdlog::formatter> clone() const override {
    return std::make_unique<JsonFormatter>();
  }
};

}  // namespace

void init(const Options& options) {
  auto logger = std::make_shared<spdlog::logger>(
      "medusa", std::make_shared<spdlog::sinks::stderr_sink_mt>());
  if (options.format == Format::Json) {
    logger->set_formatter(std::make_unique<JsonFormatter>());
  } else {
    auto formatter = std::make_unique<spdlog::pattern_formatter>(spdlog::pattern_time_type::utc);
    formatter->add_flag<RequestIdFlag>('q').set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %^%-5l%$ %q%v");
    logger->set_formatter(std::move(formatter));
  }
  logger->set_level(spdlog::level::from_str(options.level));
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(std::move(logger));
}

const std::string& requestId() { return t_requestId; }

RequestIdScope::RequestIdScope(std::string id) : m_previous(std::move(t_requestId)) {
  t_requestId = std::move(id);
}

RequestIdScope::~RequestIdScope() { t_requestId = std::move(m_previous); }

}  // namespace medusa::log
