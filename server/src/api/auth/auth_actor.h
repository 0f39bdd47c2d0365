// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "http/request.h"
#include "medusa/core/error.h"

namespace medusa::api {

/// The `:actor` of an /auth route, one of the actors with an emailpass login (Medusa's
/// projectConfig.http.authMethodsPerActor); anything else is Error{NotAllowed}.
inline std::string actorOf(const http::Request& req) {
  std::string actor(req.param("actor"));
  if (actor != "user" && actor != "customer") {
    throw Error(ErrorType::NotAllowed, "The actor type " + actor + " is not allowed");
  }
  return actor;
}

}  // namespace medusa::api
