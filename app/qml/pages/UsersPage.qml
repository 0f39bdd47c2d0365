// SPDX-License-Identifier: MIT
// Admin users, and inviting a new one by e-mail.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ResourceListPage {
    id: page

    required property UserListModel users
    property string notice

    model: users
    title: qsTr("Users")
    onCreateRequested: inviteEmail.forceActiveFocus()
    Component.onCompleted: users.reload()

    Connections {
        target: page.users
        function onInvited(email) { page.notice = qsTr("Invitation sent to %1.").arg(email) }
    }

    Label { text: page.notice; opacity: 0.7 }
    TextField {
        id: inviteEmail
        objectName: "inviteEmail"
        placeholderText: qsTr("E-mail to invite")
        onAccepted: invite.clicked()
    }
    Button {
        id: invite
        text: qsTr("Invite")
        enabled: inviteEmail.text.indexOf("@") > 0
        onClicked: {
            page.users.invite(inviteEmail.text)
            inviteEmail.clear()
        }
    }

    delegate: ItemDelegate {
        id: row
        required property string email
        required property string fullName
        required property string createdAt
        width: ListView.view.width
        contentItem: RowLayout {
            Label { text: row.fullName || "—"; font.bold: true; Layout.preferredWidth: 220 }
            Label { text: row.email; Layout.fillWidth: true }
            Label { text: new Date(row.createdAt).toLocaleDateString(); opacity: 0.7 }
        }
    }
}
