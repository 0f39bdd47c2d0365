// SPDX-License-Identifier: MIT
// Settings: interface language (switched at once) and the connection.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

Page {
    id: page

    required property AdminBackend backend

    padding: 20

    ColumnLayout {
        spacing: 16

        Label {
            text: qsTr("Settings")
            font.pixelSize: 22
            font.bold: true
        }
        GroupBox {
            title: qsTr("Language")
            ComboBox {
                objectName: "languageBox"
                model: [
                    { value: "", text: qsTr("System language") },
                    { value: "en", text: "English" },
                    { value: "de", text: "Deutsch" }
                ]
                textRole: "text"
                valueRole: "value"
                Component.onCompleted: currentIndex = indexOfValue(page.backend.settings.language)
                onActivated: page.backend.settings.language = currentValue
                implicitWidth: 240
            }
        }
        GroupBox {
            title: qsTr("Connection")
            ColumnLayout {
                Label { text: qsTr("Server: %1").arg(page.backend.client.baseUrl.toString()) }
                Label { text: qsTr("Signed in as %1").arg(page.backend.session.displayName) }
                Button {
                    text: qsTr("Sign out and forget this computer")
                    onClicked: page.backend.disconnectServer(true)
                }
            }
        }
    }
}
