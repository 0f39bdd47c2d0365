// SPDX-License-Identifier: MIT
// Progress while the local store is prepared and started, with the server log on demand.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

Page {
    id: page

    required property LocalServer server

    padding: 32

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        Label {
            text: qsTr("Preparing your local store")
            font.pixelSize: 24
            font.bold: true
        }
        Label {
            objectName: "stepText"
            text: page.server.stepText
        }
        ProgressBar {
            objectName: "progress"
            from: 0
            to: 1
            value: page.server.progress
            Layout.fillWidth: true
        }
        Button {
            id: toggleLog
            checkable: true
            text: checked ? qsTr("Hide server log") : qsTr("Show server log")
        }
        ScrollView {
            visible: toggleLog.checked
            Layout.fillWidth: true
            Layout.fillHeight: true
            TextArea {
                readOnly: true
                font.family: "monospace"
                text: page.server.log.text
            }
        }
        Item {
            visible: !toggleLog.checked
            Layout.fillHeight: true
        }
    }
}
