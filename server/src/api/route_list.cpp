// SPDX-License-Identifier: MIT
#include "api/route_list.h"

#include "api/admin/currencies/admin_currency_routes.h"
#include "api/admin/price_preferences/price_preference_routes.h"
#include "api/admin/regions/admin_region_routes.h"
#include "api/admin/stores/admin_store_routes.h"
#include "api/store/currencies/store_currency_routes.h"
#include "api/store/regions/store_region_routes.h"
#include "api/admin/api_keys/api_key_routes.h"
#include "api/admin/inventory_items/inventory_item_routes.h"
#include "api/admin/sales_channels/sales_channel_routes.h"
#include "api/admin/stock_locations/stock_location_routes.h"
#include "api/admin/collections/collection_routes.h"
#include "api/admin/product_categories/category_routes.h"
#include "api/admin/product_tags/product_tag_routes.h"
#include "api/admin/product_types/product_type_routes.h"
#include "api/store/collections/store_collection_routes.h"
#include "api/store/product_categories/store_category_routes.h"
#include "api/store/product_tags/store_product_tag_routes.h"
#include "api/store/product_types/store_product_type_routes.h"
#include "api/admin/invites/invite_routes.h"
#include "api/admin/customer_groups/customer_group_routes.h"
#include "api/admin/customers/admin_customer_routes.h"
#include "api/admin/users/user_routes.h"
#include "api/admin/product_variants/product_variant_list_routes.h"
#include "api/admin/products/product_routes.h"
#include "api/auth/auth_routes.h"
#include "api/auth/password_routes.h"
#include "api/auth/session_routes.h"
#include "api/common/route_scope.h"
#include "api/store/common/publishable_key_cache.h"
#include "api/store/products/store_product_routes.h"
#include "api/store/customers/store_customer_routes.h"
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
  api::registerAdminUserRoutes(router, scope);
  api::registerAdminInviteRoutes(router, scope, config);
  api::registerPasswordRoutes(router, application.services().resolve<auth::AuthModuleService>(),
                              scope, config);
  // One line per route family below.
  api::registerStoreProductRoutes(router, scope);
  api::registerStoreCustomerRoutes(router, scope);
  api::registerAdminCustomerRoutes(router, scope);
  api::registerAdminCustomerGroupRoutes(router, scope);
  api::registerAdminProductRoutes(router, scope);
  api::registerAdminProductVariantRoutes(router, scope);
  api::registerAdminCollectionRoutes(router, scope);
  api::registerAdminProductCategoryRoutes(router, scope);
  api::registerAdminProductTagRoutes(router, scope);
  api::registerAdminProductTypeRoutes(router, scope);
  api::registerStoreCollectionRoutes(router, scope);
  api::registerStoreProductCategoryRoutes(router, scope);
  api::registerStoreProductTagRoutes(router, scope);
  api::registerStoreProductTypeRoutes(router, scope);
  api::registerAdminSalesChannelRoutes(router, scope);
  api::registerAdminApiKeyRoutes(router, scope, keys);
  api::registerAdminStockLocationRoutes(router, scope);
  api::registerAdminInventoryItemRoutes(router, scope);
  api::registerAdminRegionRoutes(router, scope);
  api::registerAdminCurrencyRoutes(router, scope);
  api::registerAdminStoreRoutes(router, scope);
  api::registerAdminPricePreferenceRoutes(router, scope);
  api::registerStoreRegionRoutes(router, scope);
  api::registerStoreCurrencyRoutes(router, scope);
}

}  // namespace medusa::server
