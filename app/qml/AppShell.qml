// SPDX-License-Identifier: MIT
// The signed-in shell: a sidebar with the store name, the user and the sections; the current
// section on the right. Keyboard shortcuts are forwarded to the page on top.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

Page {
    id: shell
    objectName: "appShell"

    required property AdminBackend backend
    property string section: "products"
    readonly property var sections: [
        { key: "products", label: qsTr("Products") },
        { key: "categories", label: qsTr("Categories") },
        { key: "collections", label: qsTr("Collections") },
        { key: "inventory", label: qsTr("Inventory") },
        { key: "orders", label: qsTr("Orders") },
        { key: "customers", label: qsTr("Customers") },
        { key: "regions", label: qsTr("Regions") },
        { key: "salesChannels", label: qsTr("Sales channels") },
        { key: "apiKeys", label: qsTr("Publishable API keys") },
        { key: "users", label: qsTr("Users") },
        { key: "settings", label: qsTr("Settings") }
    ]

    property string pendingSection

    function open(key) {
        const page = stack.currentItem
        if (page && page.editor && page.editor.dirty) {
            pendingSection = key
            leaveDialog.open()
            return
        }
        section = key
        stack.replace(null, pageFor(key))
    }
    function pageFor(key) {
        switch (key) {
        case "products": return productsPage
        case "categories": return categoriesPage
        case "collections": return collectionsPage
        case "inventory": return inventoryPage
        case "orders": return ordersPage
        case "customers": return customersPage
        case "regions": return regionsPage
        case "salesChannels": return salesChannelsPage
        case "apiKeys": return apiKeysPage
        case "users": return usersPage
        case "serverLog": return serverLogPage
        default: return settingsPage
        }
    }
    function call(name) {
        const page = stack.currentItem
        if (page && typeof page[name] === "function")
            page[name]()
    }

    Shortcut { sequences: [StandardKey.Find]; onActivated: shell.call("focusSearch") }
    Shortcut { sequences: [StandardKey.New]; onActivated: shell.call("createNew") }
    Shortcut { sequences: [StandardKey.Save]; onActivated: shell.call("save") }
    Shortcut { sequences: ["Esc"]; onActivated: shell.call("cancel") }

    AdminModels { id: models; client: shell.backend.client }

    ConfirmDialog {
        id: leaveDialog
        message: qsTr("You have unsaved changes. Discard them?")
        confirmText: qsTr("Discard")
        onAccepted: {
            shell.section = shell.pendingSection
            stack.replace(null, shell.pageFor(shell.pendingSection))
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Pane {
            Layout.fillHeight: true
            Layout.preferredWidth: 240
            background: Rectangle { color: shell.palette.alternateBase }

            ColumnLayout {
                anchors.fill: parent
                spacing: 4
                Label {
                    objectName: "storeName"
                    text: shell.backend.storeName
                    font.pixelSize: 18
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    objectName: "signedInUser"
                    text: shell.backend.session.displayName
                    opacity: 0.7
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Layout.bottomMargin: 12
                }
                Repeater {
                    model: shell.sections
                    delegate: ItemDelegate {
                        required property var modelData
                        objectName: "nav_" + modelData.key
                        text: modelData.label
                        highlighted: shell.section === modelData.key
                        Layout.fillWidth: true
                        onClicked: shell.open(modelData.key)
                    }
                }
                Item { Layout.fillHeight: true }
                Button {
                    visible: shell.backend.profiles.currentId === "local"
                    text: qsTr("Server log")
                    flat: true
                    Layout.fillWidth: true
                    onClicked: shell.open("serverLog")
                }
                Button {
                    objectName: "signOutButton"
                    text: qsTr("Sign out")
                    Layout.fillWidth: true
                    onClicked: shell.backend.disconnectServer(true)
                }
            }
        }

        StackView {
            id: stack
            objectName: "sectionStack"
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            initialItem: productsPage
        }
    }

    Component {
        id: productsPage
        ProductsPage {
            products: models.products
            collections: models.collections
            categories: models.categories
            onEditRequested: id => stack.push(productEditPage, { productId: id })
        }
    }
    Component {
        id: productEditPage
        ProductEditPage {
            client: shell.backend.client
            salesChannels: models.salesChannels
            collections: models.collections
            categories: models.categories
            regions: models.regions
            onClosed: { stack.pop(); models.products.reload() }
        }
    }
    Component { id: categoriesPage; CategoriesPage { categories: models.categories } }
    Component { id: collectionsPage; CollectionsPage { collections: models.collections } }
    Component {
        id: inventoryPage
        InventoryPage { items: models.inventory; locations: models.locations }
    }
    Component { id: ordersPage; OrdersPage { orders: models.orders } }
    Component { id: customersPage; CustomersPage { customers: models.customers } }
    Component { id: regionsPage; RegionsPage { regions: models.regions } }
    Component {
        id: salesChannelsPage
        SalesChannelsPage { salesChannels: models.salesChannels }
    }
    Component {
        id: apiKeysPage
        ApiKeysPage {
            keys: models.apiKeys
            salesChannels: models.salesChannels
            onCopyRequested: text => shell.backend.copyToClipboard(text)
        }
    }
    Component { id: usersPage; UsersPage { users: models.users } }
    Component { id: settingsPage; SettingsPage { backend: shell.backend } }
    Component { id: serverLogPage; ServerLogPage { log: shell.backend.localServer.log } }
}
