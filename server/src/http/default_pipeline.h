// SPDX-License-Identifier: MIT
#pragma once

#include "http/middleware_chain.h"
#include "http/router.h"
#include "medusa/core/config.h"

namespace medusa::http {

/// The standard middleware, outermost first: request id, access log, CORS, error mapping, JSON
/// body parsing, then `terminal`. Error mapping sits inside the first three so that error
/// responses still carry the request id and CORS headers and are logged. Middleware added later
/// with `use()` (auth, publishable key) runs after JSON parsing, inside error mapping.
MiddlewareChain makeDefaultChain(const Config& config, Handler terminal);

/// Wraps a chain as a Handler for the Server (the chain is shared, not copied).
Handler toHandler(MiddlewareChain chain);

/// makeDefaultChain ending in `router`, as a Handler. `router` must outlive the server.
Handler makeDefaultPipeline(const Config& config, const Router& router);

}  // namespace medusa::http
