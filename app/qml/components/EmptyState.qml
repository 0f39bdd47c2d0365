// SPDX-License-Identifier: MIT
// What a list shows when there is nothing in it: a title and an honest explanation.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: empty

    property string title
    property string explanation

    spacing: 6

    Label {
        text: empty.title
        font.pixelSize: 18
        font.bold: true
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        text: empty.explanation
        opacity: 0.7
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.maximumWidth: 420
        Layout.alignment: Qt.AlignHCenter
    }
}
