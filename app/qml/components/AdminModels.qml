// SPDX-License-Identifier: MIT
// One instance of each list model for the signed-in session, shared by the pages (the product
// editor's pickers reuse the collection, category, channel and region lists).
import QtQml
import Medusa.Admin

QtObject {
    id: models

    required property ApiClient client

    readonly property ProductListModel products: ProductListModel { client: models.client }
    readonly property CollectionListModel collections: CollectionListModel { client: models.client }
    readonly property CategoryTreeModel categories: CategoryTreeModel { client: models.client }
    readonly property SalesChannelListModel salesChannels: SalesChannelListModel {
        client: models.client
    }
    readonly property RegionListModel regions: RegionListModel { client: models.client }
    readonly property InventoryItemListModel inventory: InventoryItemListModel {
        client: models.client
    }
    readonly property StockLocationListModel locations: StockLocationListModel {
        client: models.client
    }
    readonly property OrderListModel orders: OrderListModel { client: models.client }
    readonly property CustomerListModel customers: CustomerListModel { client: models.client }
    readonly property ApiKeyListModel apiKeys: ApiKeyListModel { client: models.client }
    readonly property UserListModel users: UserListModel { client: models.client }
}
