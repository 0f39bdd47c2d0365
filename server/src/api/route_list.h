// SPDX-License-Identifier: MIT
#pragma once

#include "medusa/core/config.h"

namespace medusa::http {
class Router;
}

namespace medusa::server {

class Application;

/// Registers every route family of a serving process (`start` in shared/server mode). One
/// line per family, in api/route_list.cpp.
void registerRoutes(http::Router& router, Application& application, const Config& config);

}  // namespace medusa::server
