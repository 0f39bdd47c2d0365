// SPDX-License-Identifier: MIT
// Customers: the list, with an honest empty state until customers sign up.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ResourceListPage {
    id: page

    required property CustomerListModel customers

    model: customers
    title: qsTr("Customers")
    emptyTitle: qsTr("No customers yet")
    emptyExplanation: qsTr("Customers appear here when they register or check out in a storefront.")
    Component.onCompleted: customers.reload()

    delegate: ItemDelegate {
        id: row
        required property string email
        required property var firstName
        required property var lastName
        required property bool hasAccount
        width: ListView.view.width
        contentItem: RowLayout {
            Label {
                text: ((row.firstName || "") + " " + (row.lastName || "")).trim() || "—"
                font.bold: true
                Layout.preferredWidth: 220
            }
            Label { text: row.email; Layout.fillWidth: true }
            Label { text: row.hasAccount ? qsTr("Registered") : qsTr("Guest"); opacity: 0.7 }
        }
    }
}
