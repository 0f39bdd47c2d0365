// SPDX-License-Identifier: MIT
// Publishable API keys: create (the token is shown once and can be copied), revoke, and the
// sales channels each key gives access to.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ResourceListPage {
    id: page

    required property ApiKeyListModel keys
    property SalesChannelListModel salesChannels
    property string createdToken

    signal copyRequested(string text)

    model: keys
    title: qsTr("Publishable API keys")
    emptyExplanation: qsTr("Storefronts send a publishable key with every request.")
    onCreateRequested: newTitle.forceActiveFocus()
    Component.onCompleted: {
        keys.reload()
        if (salesChannels && !salesChannels.loaded) salesChannels.reload()
    }

    Connections {
        target: page.keys
        function onCreated(token) { page.createdToken = token }
    }

    TextField {
        id: newTitle
        placeholderText: qsTr("Key title, e.g. Webshop")
        onAccepted: create.clicked()
    }
    Button {
        id: create
        text: qsTr("Create key")
        enabled: newTitle.text.length > 0
        onClicked: {
            page.keys.createKey(newTitle.text)
            newTitle.clear()
        }
    }
    ConfirmDialog {
        id: confirmRevoke
        property string keyId
        confirmText: qsTr("Revoke")
        onAccepted: page.keys.revoke(keyId)
    }
    Dialog {
        id: channelsDialog
        property string keyId
        property var selected: []
        title: qsTr("Sales channels of this key")
        modal: true
        anchors.centerIn: parent
        standardButtons: Dialog.Cancel | Dialog.Save
        onAccepted: {
            const before = page.keys.get(page.keys.indexOf(keyId)).sales_channels || []
            const beforeIds = before.map(c => c.id)
            page.keys.changeSalesChannels(keyId, selected.filter(id => beforeIds.indexOf(id) < 0),
                                          beforeIds.filter(id => selected.indexOf(id) < 0))
        }
        ColumnLayout {
            Repeater {
                model: page.salesChannels
                delegate: CheckBox {
                    required property string id
                    required property string name
                    text: name
                    checked: channelsDialog.selected.indexOf(id) >= 0
                    onToggled: channelsDialog.selected = checked
                        ? channelsDialog.selected.concat([id])
                        : channelsDialog.selected.filter(s => s !== id)
                }
            }
        }
    }

    delegate: ItemDelegate {
        id: row
        required property string id
        required property string title
        required property string token
        required property bool revoked
        required property string salesChannels
        required property var salesChannelIds
        width: ListView.view.width
        contentItem: RowLayout {
            Label { text: row.title; font.bold: true; Layout.preferredWidth: 180 }
            Label {
                text: row.token
                font.family: "monospace"
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label {
                text: row.revoked ? qsTr("Revoked") : (row.salesChannels || qsTr("No sales channel"))
                opacity: 0.7
                Layout.preferredWidth: 180
                elide: Text.ElideRight
            }
            ToolButton { text: qsTr("Copy"); onClicked: page.copyRequested(row.token) }
            ToolButton {
                text: qsTr("Channels…")
                enabled: !row.revoked
                onClicked: {
                    channelsDialog.keyId = row.id
                    channelsDialog.selected = row.salesChannelIds
                    channelsDialog.open()
                }
            }
            ToolButton {
                text: qsTr("Revoke")
                enabled: !row.revoked
                onClicked: {
                    confirmRevoke.keyId = row.id
                    confirmRevoke.message = qsTr("Revoke \"%1\"? Storefronts using it stop working.").arg(row.title)
                    confirmRevoke.open()
                }
            }
        }
    }
}
