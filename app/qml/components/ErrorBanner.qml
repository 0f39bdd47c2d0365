// SPDX-License-Identifier: MIT
// The server's message in a banner above the content; hidden while there is none.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Pane {
    id: banner

    property string text
    property bool retryable: false

    signal retry()
    signal dismissed()

    visible: text.length > 0
    Layout.fillWidth: true
    padding: 8
    background: Rectangle {
        color: Qt.rgba(0.85, 0.2, 0.2, 0.15)
        border.color: Qt.rgba(0.85, 0.2, 0.2, 0.6)
        radius: 4
    }

    RowLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            objectName: "errorText"
            text: banner.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            visible: banner.retryable
            text: qsTr("Retry")
            onClicked: banner.retry()
        }
        ToolButton {
            text: "✕"
            Accessible.name: qsTr("Dismiss")
            onClicked: banner.dismissed()
        }
    }
}
