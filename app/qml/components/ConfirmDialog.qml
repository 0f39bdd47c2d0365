// SPDX-License-Identifier: MIT
// A modal yes/no question (delete, discard changes); `accepted` fires on confirmation.
import QtQuick
import QtQuick.Controls

Dialog {
    id: dialog

    property string message
    property string confirmText: qsTr("Delete")

    modal: true
    anchors.centerIn: parent
    width: Math.min(440, parent ? parent.width - 40 : 440)
    standardButtons: Dialog.Cancel | Dialog.Ok
    Component.onCompleted: standardButton(Dialog.Ok).text = Qt.binding(() => dialog.confirmText)

    Label {
        text: dialog.message
        wrapMode: Text.Wrap
        width: parent.width
    }
}
