// SPDX-License-Identifier: MIT
// Choose where the store is: the local store on this computer (set up on first run) or a
// remote server. Profiles are remembered; secrets are not stored here.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

Page {
    id: page

    required property AdminBackend backend
    readonly property LocalServer server: backend.localServer

    padding: 32

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(560, page.availableWidth)
        spacing: 16

        Label {
            text: qsTr("Connect to a store")
            font.pixelSize: 26
            font.bold: true
        }
        ErrorBanner {
            text: page.server.state === LocalServer.Failed ? page.server.errorString : ""
            retryable: false
        }

        GroupBox {
            title: qsTr("Local store on this computer")
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                Label {
                    text: page.server.firstRun
                          ? qsTr("A private database is created in %1. Choose the owner account.")
                                .arg(page.server.dataDir)
                          : qsTr("Starts the bundled server on this computer.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                FormField {
                    id: ownerEmail
                    objectName: "ownerEmail"
                    visible: page.server.firstRun
                    label: qsTr("Owner e-mail")
                    placeholderText: "owner@example.com"
                }
                FormField {
                    id: ownerPassword
                    objectName: "ownerPassword"
                    visible: page.server.firstRun
                    label: qsTr("Owner password")
                    echoMode: TextInput.Password
                }
                CheckBox {
                    id: demo
                    visible: page.server.firstRun
                    checked: true
                    text: qsTr("Load the demo catalog")
                }
                RowLayout {
                    Button {
                        objectName: "startLocal"
                        text: page.server.firstRun ? qsTr("Create local store") : qsTr("Open local store")
                        highlighted: true
                        enabled: !page.server.firstRun
                                 || (ownerEmail.input.text.indexOf("@") > 0
                                     && ownerPassword.input.text.length >= 8)
                        onClicked: page.backend.connectLocal(ownerEmail.input.text,
                                                             ownerPassword.input.text, demo.checked)
                    }
                    Label {
                        visible: page.server.firstRun
                        text: qsTr("The password needs at least 8 characters.")
                        opacity: 0.7
                    }
                }
            }
        }

        GroupBox {
            title: qsTr("Remote server")
            Layout.fillWidth: true
            ColumnLayout {
                anchors.fill: parent
                Repeater {
                    model: page.backend.profiles.profiles.filter(p => p.kind === "remote")
                    delegate: RowLayout {
                        id: row
                        required property var modelData
                        Layout.fillWidth: true
                        Label {
                            text: row.modelData.name + " — " + row.modelData.url
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Button {
                            text: qsTr("Connect")
                            onClicked: page.backend.connectRemote(row.modelData.id)
                        }
                        ToolButton {
                            text: qsTr("Remove")
                            onClicked: page.backend.profiles.remove(row.modelData.id)
                        }
                    }
                }
                FormField {
                    id: remoteName
                    label: qsTr("Name")
                    placeholderText: qsTr("My store")
                }
                FormField {
                    id: remoteUrl
                    objectName: "remoteUrl"
                    label: qsTr("Server URL")
                    placeholderText: "https://store.example.com"
                }
                Button {
                    objectName: "addRemote"
                    text: qsTr("Add and connect")
                    enabled: page.backend.profiles.isValidServerUrl(remoteUrl.input.text)
                    onClicked: {
                        const id = page.backend.profiles.addRemote(remoteName.input.text,
                                                                   remoteUrl.input.text)
                        page.backend.connectRemote(id)
                    }
                }
            }
        }
    }
}
