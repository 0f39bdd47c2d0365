// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

/// Redis over hiredis: sessions, locks, cache and (later) the event bus's streams.
namespace medusa::redis {

/// One Redis reply, owned (hiredis' reply object is freed right away).
struct Reply {
  enum class Kind { Nil, Integer, String, Status, Array };
  Kind kind = Kind::Nil;
  std::int64_t integer = 0;
  std::string str;  // String and Status
  std::vector<Reply> elements;

  bool isNil() const { return kind == Kind::Nil; }
};

/// A thread-safe client: a small pool of blocking connections, opened lazily, each command on
/// one of them. Connection failures and timeouts throw Error{DatabaseError} (the message never
/// contains the password); a broken connection is dropped and the next command reconnects, so
/// the client recovers by itself after a Redis restart. Error replies (`-ERR ...`) throw
/// Error{UnexpectedState} with Redis' message.
class Client {
 public:
  struct Options {
    std::string url;  // redis://[[user]:password@]host[:port][/db]
    std::size_t poolSize = 4;
    std::chrono::milliseconds timeout{2000};  // connect and per-command
  };

  /// Throws Error{InvalidArgument} for a URL it cannot use (e.g. rediss://: no TLS in hiredis 0.14).
  explicit Client(Options options);
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  /// Runs one command given as its arguments: command({"SET", key, value, "PX", "1000"}).
  Reply command(std::initializer_list<std::string_view> args);
  Reply command(const std::vector<std::string>& args);

 private:
  struct Impl;
  Reply run(const std::vector<std::string_view>& args);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace medusa::redis
