// SPDX-License-Identifier: MIT
// Sales channels: create, enable/disable, delete.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ResourceListPage {
    id: page

    required property SalesChannelListModel salesChannels

    model: salesChannels
    title: qsTr("Sales channels")
    emptyExplanation: qsTr("Sales channels decide where products are sold.")
    onCreateRequested: newName.forceActiveFocus()
    Component.onCompleted: salesChannels.reload()

    TextField {
        id: newName
        placeholderText: qsTr("New channel name")
        onAccepted: create.clicked()
    }
    Button {
        id: create
        text: qsTr("Create")
        enabled: newName.text.length > 0
        onClicked: {
            page.salesChannels.create({ name: newName.text })
            newName.clear()
        }
    }
    ConfirmDialog {
        id: confirmDelete
        property string channelId
        onAccepted: page.salesChannels.remove(channelId)
    }

    delegate: ItemDelegate {
        id: row
        required property string id
        required property string name
        required property var description
        required property bool isDisabled
        width: ListView.view.width
        contentItem: RowLayout {
            Label { text: row.name; font.bold: true; Layout.preferredWidth: 220 }
            Label { text: row.description || ""; opacity: 0.7; elide: Text.ElideRight; Layout.fillWidth: true }
            Switch {
                text: checked ? qsTr("Enabled") : qsTr("Disabled")
                checked: !row.isDisabled
                onToggled: page.salesChannels.update(row.id, { is_disabled: !checked })
            }
            ToolButton {
                text: qsTr("Delete")
                onClicked: {
                    confirmDelete.channelId = row.id
                    confirmDelete.message = qsTr("Delete the sales channel \"%1\"?").arg(row.name)
                    confirmDelete.open()
                }
            }
        }
    }
}
