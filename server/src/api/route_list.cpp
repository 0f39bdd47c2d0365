// SPDX-License-Identifier: MIT
#include "api/route_list.h"

#include "api/admin/users/user_routes.h"
#include "api/auth/auth_routes.h"
#include "api/auth/session_routes.h"
#include "api/common/route_scope.h"
#include "api/store/common/publishable_key_cache.h"
#include "http/router.h"
#include "medusa/auth/auth_module_service.h"
#include "medusa/infra/session_store.h"
#include "medusa/workflow/service_container.h"
#include "modules/application.h"

namespace medusa::server {

void registerRoutes(http::Router& router, Application& application, const Config& config,
                    api::PublishableKeyCache& keys) {
  // Cheap to copy (two references): route handlers capture it by value.
  const api::RouteScope scope{application.query(), application.workflows()};

  api::registerAuthRoutes(router, application.services().resolve<auth::AuthModuleService>(),
                          config);
  api::registerSessionRoutes(router, application.services().resolveShared<infra::SessionStore>(),
                             config);
  api::registerAdminUserRoutes(router, application.query());
  // One line per route family below, e.g. api::registerAdminSalesChannelRoutes(router, scope);
  (void)scope;
  (void)keys;
}

}  // namespace medusa::server
