// SPDX-License-Identifier: MIT
// The local server's recent output.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

Page {
    id: page

    required property LogBuffer log

    padding: 20

    ColumnLayout {
        anchors.fill: parent
        PageHeader {
            title: qsTr("Server log")
            Button {
                text: qsTr("Clear")
                onClicked: page.log.clear()
            }
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                objectName: "logText"
                readOnly: true
                font.family: "monospace"
                text: page.log.text
            }
        }
    }
}
