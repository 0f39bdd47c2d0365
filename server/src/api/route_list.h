// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/core/config.h"

namespace medusa::http {
class Router;
}

namespace medusa::server {

class Application;
}  // namespace medusa::server

namespace medusa::api {
class PublishableKeyCache;
}

namespace medusa::server {

/// Registers every route family of a serving process (`start` in shared/server mode). One
/// line per family, in api/route_list.cpp. `keys` is the /store guard's cache, which the
/// api-key routes invalidate after a write.
void registerRoutes(http::Router& router, Application& application, const Config& config,
                    api::PublishableKeyCache& keys);

}  // namespace medusa::server
