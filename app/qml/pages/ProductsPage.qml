// SPDX-License-Identifier: MIT
// The product list: thumbnail, title, status, variant count and stock; search and filters;
// 50 rows per request, the next page fetched as the list scrolls.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ResourceListPage {
    id: page

    required property ProductListModel products
    property CollectionListModel collections
    property CategoryTreeModel categories

    signal editRequested(string id)

    model: products
    title: qsTr("Products")
    searchable: true
    emptyTitle: products.search.length > 0 || products.status.length > 0
                ? qsTr("No matching products") : qsTr("No products yet")
    emptyExplanation: qsTr("Create a product with Ctrl+N, or change the filters.")
    onCreateRequested: page.editRequested("")
    onSearchTextChanged: searchDelay.restart()
    Component.onCompleted: {
        if (!products.loaded) products.reload()
        if (collections && !collections.loaded) collections.reload()
        if (categories && !categories.loaded) categories.reload()
    }

    Timer {
        id: searchDelay
        interval: 300
        onTriggered: page.products.search = page.searchText
    }

    ComboBox {
        id: statusFilter
        objectName: "statusFilter"
        model: [
            { value: "", text: qsTr("All statuses") },
            { value: "draft", text: qsTr("Draft") },
            { value: "proposed", text: qsTr("Proposed") },
            { value: "published", text: qsTr("Published") },
            { value: "rejected", text: qsTr("Rejected") }
        ]
        textRole: "text"
        valueRole: "value"
        onActivated: page.products.status = currentValue
    }
    ComboBox {
        objectName: "collectionFilter"
        visible: page.collections !== null
        model: page.collections
        textRole: "title"
        valueRole: "id"
        displayText: currentIndex < 0 ? qsTr("All collections") : currentText
        currentIndex: -1
        onActivated: page.products.collectionId = currentValue
    }
    ComboBox {
        objectName: "categoryFilter"
        visible: page.categories !== null
        model: page.categories
        textRole: "name"
        valueRole: "id"
        displayText: currentIndex < 0 ? qsTr("All categories") : currentText
        currentIndex: -1
        onActivated: page.products.categoryId = currentValue
    }
    ToolButton {
        text: qsTr("Clear filters")
        onClicked: {
            statusFilter.currentIndex = 0
            page.products.status = ""
            page.products.collectionId = ""
            page.products.categoryId = ""
        }
    }
    Button {
        objectName: "newProduct"
        text: qsTr("New product")
        highlighted: true
        onClicked: page.createNew()
    }

    delegate: ItemDelegate {
        id: row

        required property int index
        required property string id
        required property string title
        required property string status
        required property var thumbnail
        required property int variantCount
        required property string inventorySummary

        width: ListView.view.width
        height: 56
        onClicked: page.editRequested(row.id)

        contentItem: RowLayout {
            spacing: 12
            Rectangle {
                color: row.palette.midlight
                radius: 4
                Layout.preferredWidth: 40
                Layout.preferredHeight: 40
                Image {
                    anchors.fill: parent
                    source: row.thumbnail || ""
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                    sourceSize: Qt.size(80, 80)
                }
            }
            Label {
                text: row.title
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: row.status === "published" ? qsTr("Published")
                    : row.status === "proposed" ? qsTr("Proposed")
                    : row.status === "rejected" ? qsTr("Rejected") : qsTr("Draft")
                Layout.preferredWidth: 100
            }
            Label {
                text: qsTr("%n variant(s)", "", row.variantCount)
                Layout.preferredWidth: 100
            }
            Label {
                text: row.inventorySummary
                Layout.preferredWidth: 120
            }
        }
    }
}
