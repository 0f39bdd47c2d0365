// SPDX-License-Identifier: MIT
#include "medusa/infra/locking.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "medusa/core/error.h"
#include "medusa/core/id.h"

namespace medusa::infra {

std::vector<std::string> normalizedLockKeys(std::vector<std::string> keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void Locking::executeJob(std::vector<std::string> keys, const std::function<void()>& job,
                         std::chrono::milliseconds timeout) {
  const auto owner = id::generate("lock");
  try {
    acquire(keys, LockOptions{.ownerId = owner, .ttl = {}, .timeout = timeout});
  } catch (const Error& e) {
    if (e.type() != ErrorType::Conflict) throw;
    // Medusa's execute() reports a busy key with this message, not acquire()'s.
    throw Error(ErrorType::Conflict, "Timed-out acquiring lock.");
  }
  // Releases also when the job throws; a release failure must not hide the job's own error.
  struct Release {
    Locking& locking;
    const std::vector<std::string>& keys;
    const std::string& owner;
    ~Release() {
      try {
        locking.release(keys, owner);
      } catch (const std::exception& e) {
        spdlog::error("releasing lock(s) of {} failed: {}", owner, e.what());
      }
    }
  } release{*this, keys, owner};
  job();
}

}  // namespace medusa::infra
