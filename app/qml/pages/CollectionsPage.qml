// SPDX-License-Identifier: MIT
// Collections: list, create, rename, delete.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ResourceListPage {
    id: page

    required property CollectionListModel collections

    model: collections
    title: qsTr("Collections")
    emptyExplanation: qsTr("Collections group products for campaigns and landing pages.")
    onCreateRequested: newTitle.forceActiveFocus()
    Component.onCompleted: collections.reload()

    TextField {
        id: newTitle
        placeholderText: qsTr("New collection title")
        onAccepted: create.clicked()
    }
    Button {
        id: create
        text: qsTr("Create")
        enabled: newTitle.text.length > 0
        onClicked: {
            page.collections.create({ title: newTitle.text })
            newTitle.clear()
        }
    }
    ConfirmDialog {
        id: confirmDelete
        property string collectionId
        onAccepted: page.collections.remove(collectionId)
    }

    delegate: ItemDelegate {
        id: row
        required property string id
        required property string title
        required property string handle
        width: ListView.view.width
        contentItem: RowLayout {
            TextField {
                text: row.title
                Layout.fillWidth: true
                onEditingFinished: if (text !== row.title) page.collections.update(row.id, { title: text })
            }
            Label { text: "/" + row.handle; opacity: 0.6 }
            ToolButton {
                text: qsTr("Delete")
                onClicked: {
                    confirmDelete.collectionId = row.id
                    confirmDelete.message = qsTr("Delete the collection \"%1\"?").arg(row.title)
                    confirmDelete.open()
                }
            }
        }
    }
}
