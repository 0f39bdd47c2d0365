// SPDX-License-Identifier: MIT
// Inventory items with their stocked quantity per stock location, editable in place.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ResourceListPage {
    id: page

    required property InventoryItemListModel items
    required property StockLocationListModel locations

    model: items
    title: qsTr("Inventory")
    searchable: true
    emptyExplanation: qsTr("Inventory items are created with product variants that manage inventory.")
    onSearchTextChanged: searchDelay.restart()
    Component.onCompleted: { items.reload(); locations.reload() }

    Timer {
        id: searchDelay
        interval: 300
        onTriggered: page.items.search = page.searchText
    }

    columnHeader: [
        Label { text: qsTr("Item"); font.bold: true; Layout.fillWidth: true },
        Repeater {
            model: page.locations
            delegate: Label {
                required property string name
                text: name
                font.bold: true
                elide: Text.ElideRight
                Layout.preferredWidth: 140
            }
        }
    ]

    delegate: ItemDelegate {
        id: row
        required property string id
        required property var sku
        required property var title
        required property var levels
        width: ListView.view.width
        contentItem: RowLayout {
            Label {
                text: (row.title || qsTr("Untitled")) + (row.sku ? "  ·  " + row.sku : "")
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Repeater {
                model: page.locations
                delegate: SpinBox {
                    required property string id
                    from: 0
                    to: 1000000
                    editable: true
                    value: row.levels[id] || 0
                    Layout.preferredWidth: 140
                    onValueModified: page.items.setStockedQuantity(row.id, id, value)
                }
            }
        }
    }
}
