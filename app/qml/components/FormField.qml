// SPDX-License-Identifier: MIT
// A labelled text field for forms; `edited(text)` fires on user input only.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ColumnLayout {
    id: field

    property string label
    property string text
    property alias placeholderText: input.placeholderText
    property alias echoMode: input.echoMode
    property alias input: input

    signal edited(string text)

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: field.label
        opacity: 0.8
    }
    TextField {
        id: input
        text: field.text
        Layout.fillWidth: true
        onTextEdited: field.edited(text)
    }
}
