// SPDX-License-Identifier: MIT
// The category tree: create, reorder among siblings, move under another category, delete.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ResourceListPage {
    id: page

    required property CategoryTreeModel categories

    model: categories
    title: qsTr("Categories")
    emptyExplanation: qsTr("Categories organise products in the storefront's navigation.")
    onCreateRequested: newName.forceActiveFocus()
    Component.onCompleted: categories.reload()

    TextField {
        id: newName
        placeholderText: qsTr("New category name")
        onAccepted: create.clicked()
    }
    Button {
        id: create
        text: qsTr("Create")
        enabled: newName.text.length > 0
        onClicked: {
            page.categories.create({ name: newName.text, is_active: true })
            newName.clear()
        }
    }
    ConfirmDialog {
        id: confirmDelete
        property string categoryId
        onAccepted: page.categories.remove(categoryId)
    }

    delegate: ItemDelegate {
        id: row
        required property string id
        required property string name
        required property string handle
        required property int depth
        required property var parentCategoryId
        width: ListView.view.width
        contentItem: RowLayout {
            Label {
                text: row.name
                leftPadding: row.depth * 24
                font.bold: row.depth === 0
                Layout.fillWidth: true
            }
            Label { text: "/" + row.handle; opacity: 0.6 }
            ToolButton { text: "↑"; Accessible.name: qsTr("Move up"); onClicked: page.categories.move(row.id, -1) }
            ToolButton { text: "↓"; Accessible.name: qsTr("Move down"); onClicked: page.categories.move(row.id, 1) }
            ComboBox {
                model: [qsTr("Top level")].concat(Array.from({ length: page.categories.count },
                    (_, i) => page.categories.get(i).name))
                currentIndex: Math.max(0, page.categories.indexOf(row.parentCategoryId || "") + 1)
                Layout.preferredWidth: 160
                onActivated: index => page.categories.setParentCategory(row.id,
                    index === 0 ? "" : page.categories.get(index - 1).id)
            }
            ToolButton {
                text: qsTr("Delete")
                onClicked: {
                    confirmDelete.categoryId = row.id
                    confirmDelete.message = qsTr("Delete the category \"%1\"?").arg(row.name)
                    confirmDelete.open()
                }
            }
        }
    }
}
