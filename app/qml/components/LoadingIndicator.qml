// SPDX-License-Identifier: MIT
// A busy indicator with a caption, centred over the content while something loads.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: indicator

    property bool running: false
    property string text: qsTr("Loading…")

    visible: running
    spacing: 8

    BusyIndicator {
        running: indicator.running
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        text: indicator.text
        Layout.alignment: Qt.AlignHCenter
    }
}
