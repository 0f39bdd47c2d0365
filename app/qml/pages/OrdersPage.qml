// SPDX-License-Identifier: MIT
// Orders: the list, with an honest empty state until checkout exists on the server.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ResourceListPage {
    id: page

    required property OrderListModel orders

    model: orders
    title: qsTr("Orders")
    emptyTitle: qsTr("No orders yet")
    emptyExplanation: qsTr("Orders appear here once customers check out in a storefront.")
    Component.onCompleted: orders.reload()

    delegate: ItemDelegate {
        id: row
        required property var displayId
        required property string status
        required property var email
        required property var total
        required property var currencyCode
        width: ListView.view.width
        contentItem: RowLayout {
            Label { text: "#" + row.displayId; font.bold: true; Layout.preferredWidth: 80 }
            Label { text: row.email || ""; Layout.fillWidth: true }
            Label { text: row.status; Layout.preferredWidth: 120 }
            Label { text: (row.total || 0) + " " + (row.currencyCode || "").toUpperCase() }
        }
    }
}
