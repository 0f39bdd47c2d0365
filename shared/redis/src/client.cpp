// SPDX-License-Identifier: MIT
#include "medusa/redis/client.h"

#include <hiredis/hiredis.h>
#include <spdlog/spdlog.h>

#include <boost/url/parse.hpp>
#include <condition_variable>
#include <mutex>

#include "medusa/core/error.h"

namespace medusa::redis {

namespace {

struct ContextDeleter {
  void operator()(redisContext* c) const noexcept { redisFree(c); }
};
using Context = std::unique_ptr<redisContext, ContextDeleter>;

struct ReplyDeleter {
  void operator()(redisReply* r) const noexcept { freeReplyObject(r); }
};

struct Endpoint {
  std::string host = "127.0.0.1";
  int port = 6379;
  std::string user;
  std::string password;
  int database = 0;
};

Endpoint parseUrl(const std::string& url) {
  auto parsed = boost::urls::parse_absolute_uri(url);
  if (!parsed || parsed->scheme() != "redis") {
    throw Error(ErrorType::InvalidArgument,
                "REDIS_URL must look like redis://[:password@]host[:port][/db] (TLS rediss:// is "
                "not supported by this build)");
  }
  Endpoint e;
  if (!parsed->host().empty()) e.host = std::string(parsed->host());
  if (parsed->has_port()) e.port = parsed->port_number();
  e.user = std::string(parsed->user());
  e.password = std::string(parsed->password());
  const auto path = std::string(parsed->path());
  if (path.size() > 1) {
    try {
      e.database = std::stoi(path.substr(1));
    } catch (...) {
      throw Error(ErrorType::InvalidArgument, "REDIS_URL: the path must be a database number");
    }
  }
  return e;
}

timeval toTimeval(std::chrono::milliseconds ms) {
  return {static_cast<time_t>(ms.count() / 1000), static_cast<suseconds_t>(ms.count() % 1000 * 1000)};
}

Reply convert(const redisReply* r) {
  Reply out;
  switch (r->type) {
    case REDIS_REPLY_INTEGER:
      out.kind = Reply::Kind::Integer;
      out.integer = r->integer;
      break;
    case REDIS_REPLY_STRING:
    case REDIS_REPLY_STATUS:
      out.kind = r->type == REDIS_REPLY_STRING ? Reply::Kind::String : Reply::Kind::Status;
      out.str.assign(r->str, r->len);
      break;
    case REDIS_REPLY_ARRAY:
      out.kind = Reply::Kind::Array;
      out.elements.reserve(r->elements);
      for (std::size_t i = 0; i < r->elements; ++i) out.elements.push_back(convert(r->element[i]));
      break;
    default: break;  // NIL
  }
  return out;
}

}  // namespace

struct Client::Impl {
  Options options;
  Endpoint endpoint;
  std::mutex mutex;
  std::condition_variable returned;
  std::vector<Context> idle;
  std::size_t open = 0;

  // Runs a command on `c` without the pool lock; nullptr means the connection broke.
  static std::unique_ptr<redisReply, ReplyDeleter> exec(redisContext* c,
                                                        const std::vector<std::string_view>& a) {
    std::vector<const char*> argv;
    std::vector<size_t> lens;
    for (auto s : a) {
      argv.push_back(s.data());
      lens.push_back(s.size());
    }
    return std::unique_ptr<redisReply, ReplyDeleter>(static_cast<redisReply*>(
        redisCommandArgv(c, static_cast<int>(argv.size()), argv.data(), lens.data())));
  }

  Context connect() {
    const auto tv = toTimeval(options.timeout);
    Context c(redisConnectWithTimeout(endpoint.host.c_str(), endpoint.port, tv));
    if (!c || c->err) {
      throw Error(ErrorType::DatabaseError,
                  "Cannot connect to Redis at " + endpoint.host + ":" +
                      std::to_string(endpoint.port) + (c ? std::string(": ") + c->errstr : ""));
    }
    redisSetTimeout(c.get(), tv);
    redisEnableKeepAlive(c.get());
    auto setup = [&](const std::vector<std::string_view>& args, const char* what) {
      auto reply = exec(c.get(), args);
      if (!reply || reply->type == REDIS_REPLY_ERROR) {
        throw Error(ErrorType::DatabaseError, std::string("Redis refused ") + what);
      }
    };
    if (!endpoint.password.empty()) {
      if (endpoint.user.empty()) {
        setup({"AUTH", endpoint.password}, "the password");
      } else {
        setup({"AUTH", endpoint.user, endpoint.password}, "the user name or password");
      }
    }
    if (endpoint.database != 0) setup({"SELECT", std::to_string(endpoint.database)}, "SELECT");
    return c;
  }

  Context borrow() {
    std::unique_lock lock(mutex);
    const auto deadline = std::chrono::steady_clock::now() + options.timeout;
    while (idle.empty() && open >= options.poolSize) {
      if (returned.wait_until(lock, deadline) == std::cv_status::timeout && idle.empty() &&
          open >= options.poolSize) {
        throw Error(ErrorType::DatabaseError, "Timed out waiting for a Redis connection");
      }
    }
    if (!idle.empty()) {
      Context c = std::move(idle.back());
      idle.pop_back();
      return c;
    }
    ++open;
    lock.unlock();
    try {
      return connect();
    } catch (...) {
      giveBack(nullptr);
      throw;
    }
  }

  // Returns a healthy connection to the pool; nullptr records that one was dropped.
  void giveBack(Context c) {
    {
      std::lock_guard lock(mutex);
      if (c) {
        idle.push_back(std::move(c));
      } else {
        --open;
      }
    }
    returned.notify_one();
  }
};

Client::Client(Options options) : m_impl(std::make_unique<Impl>()) {
  m_impl->endpoint = parseUrl(options.url);
  m_impl->options = std::move(options);
  if (m_impl->options.poolSize == 0) m_impl->options.poolSize = 1;
}

Client::~Client() = default;

Reply Client::command(std::initializer_list<std::string_view> args) {
  return run(std::vector<std::string_view>(args));
}

Reply Client::command(const std::vector<std::string>& args) {
  return run(std::vector<std::string_view>(args.begin(), args.end()));
}

Reply Client::run(const std::vector<std::string_view>& args) {
  if (args.empty()) throw Error(ErrorType::InvalidArgument, "Redis command without a name");
  Context c = m_impl->borrow();
  auto reply = Impl::exec(c.get(), args);
  if (!reply) {
    // The connection is broken (Redis restarted, timeout): drop it; the next command reconnects.
    const std::string why = c->errstr;
    m_impl->giveBack(nullptr);
    spdlog::warn("Redis command {} failed: {}", args.front(), why);
    throw Error(ErrorType::DatabaseError, "Redis is unavailable: " + why);
  }
  m_impl->giveBack(std::move(c));
  if (reply->type == REDIS_REPLY_ERROR) {
    throw Error(ErrorType::UnexpectedState, std::string("Redis: ") + std::string(reply->str, reply->len));
  }
  return convert(reply.get());
}

}  // namespace medusa::redis
