// SPDX-License-Identifier: MIT
#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "medusa/api_key/api_key_module_service.h"
#include "medusa/workflow/workflows_sdk.h"
#include "workflows/sales_channel/link_input.h"

namespace medusa::server::workflows {

/// Revokes API keys ({ids, revoked_by, revoke_in?}: now, or revoke_in seconds from now).
/// Compensation: writes back each key's previous revoked_at/revoked_by. The module's lookup
/// cache may answer "revoked" for up to its TTL after that; a failed revoke is rare enough.
inline const auto revokeApiKeysStep = workflow::makeStep(
    "revoke-api-keys",
    [](const boost::json::object& in, workflow::StepContext& ctx) {
      const auto& service = ctx.resolve<api_key::ApiKeyModuleService>();
      api_key::RevokeApiKeys input{.ids = stringsOf(in.if_contains("ids")),
                                   .revokedBy = std::string(in.at("revoked_by").as_string())};
      if (const auto* seconds = in.if_contains("revoke_in"); seconds && seconds->is_number()) {
        input.revokeIn = static_cast<std::int64_t>(seconds->to_number<double>());
      }
      boost::json::array previous;
      for (const auto& key : service.listApiKeys({{"id", jsonArray(input.ids)}})) {
        previous.push_back(boost::json::object{{"id", key.at("id")},
                                               {"revoked_at", key.at("revoked_at")},
                                               {"revoked_by", key.at("revoked_by")}});
      }
      auto revoked = service.revoke(input);
      return workflow::StepResponse{std::move(revoked), std::move(previous)};
    },
    [](const boost::json::array& previous, workflow::StepContext& ctx) {
      if (previous.empty()) return;
      // The module has no "un-revoke"; the generic entity update writes the old values back.
      ctx.resolve<api_key::ApiKeyModuleService>().entity("api_key").update(previous);
    });

}  // namespace medusa::server::workflows
