// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/conversion.hpp>
#include <boost/json/value_to.hpp>
#include <chrono>
#include <string>
#include <vector>

#include "medusa/core/json.h"
#include "medusa/infra/locking.h"
#include "medusa/workflow/step.h"

namespace medusa::workflow {

/// Input of acquireLockStep (Medusa's AcquireLockStepInput).
struct AcquireLockInput {
  std::vector<std::string> keys{};
  /// How long to wait for busy keys (Medusa's default: 0, fail at once).
  std::chrono::milliseconds timeout{0};
  /// Expiry of the lock (0 = until released).
  std::chrono::milliseconds ttl{0};
  /// Default: the transaction id, so only this execution releases it.
  std::string ownerId{};
};

/// Locks held by a step: what releasing them needs.
struct HeldLocks {
  std::vector<std::string> keys{};
  std::string ownerId{};
};

inline void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out,
                       const HeldLocks& locks) {
  out = json::object{{"keys", boost::json::value_from(locks.keys)}, {"ownerId", locks.ownerId}};
}

inline HeldLocks tag_invoke(const boost::json::value_to_tag<HeldLocks>&,
                            const boost::json::value& in) {
  return {boost::json::value_to<std::vector<std::string>>(in.at("keys")),
          boost::json::value_to<std::string>(in.at("ownerId"))};
}

/// Acquires locks on `keys` (waiting up to `timeout`). Compensation: releases them.
inline const auto acquireLockStep = makeStep(
    "acquire-lock-step",
    [](const AcquireLockInput& in, StepContext& ctx) {
      HeldLocks held{in.keys, in.ownerId.empty() ? ctx.transactionId() : in.ownerId};
      if (held.keys.empty()) return StepResponse{Empty{}, held};
      ctx.resolve<infra::Locking>().acquire(
          held.keys, {.ownerId = held.ownerId, .ttl = in.ttl, .timeout = in.timeout});
      return StepResponse{Empty{}, held};
    },
    [](const HeldLocks& held, StepContext& ctx) {
      if (held.keys.empty()) return;  // releasing is idempotent anyway; skip the lookup
      ctx.resolve<infra::Locking>().release(held.keys, held.ownerId);
    });

}  // namespace medusa::workflow
