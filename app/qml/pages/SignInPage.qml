// SPDX-License-Identifier: MIT
// E-mail and password sign-in; shows the server's message, and a retry when it is unreachable.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

Page {
    id: page

    required property AdminBackend backend
    readonly property AuthSession session: backend.session

    function signIn() {
        if (email.input.text.length > 0 && password.input.text.length > 0)
            page.session.signIn(email.input.text, password.input.text, remember.checked)
    }
    function cancel() { page.backend.disconnectServer(false) }

    padding: 32

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(420, page.availableWidth)
        spacing: 12

        Label {
            text: qsTr("Sign in")
            font.pixelSize: 26
            font.bold: true
        }
        Label {
            text: page.backend.client.baseUrl.toString()
            opacity: 0.7
        }
        ErrorBanner {
            objectName: "signInError"
            text: page.session.errorString
            retryable: page.session.serverUnreachable
            onRetry: page.session.retry()
            onDismissed: page.session.signOut(false)
        }
        FormField {
            id: email
            objectName: "email"
            label: qsTr("E-mail")
            text: page.backend.profiles.current.email || ""
            input.onAccepted: password.input.forceActiveFocus()
        }
        FormField {
            id: password
            objectName: "password"
            label: qsTr("Password")
            echoMode: TextInput.Password
            input.onAccepted: page.signIn()
        }
        CheckBox {
            id: remember
            objectName: "remember"
            checked: true
            text: qsTr("Remember me on this computer")
        }
        RowLayout {
            Button {
                text: qsTr("Back")
                onClicked: page.cancel()
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: page.session.busy
                visible: running
                Layout.preferredHeight: 32
            }
            Button {
                objectName: "signInButton"
                text: qsTr("Sign in")
                highlighted: true
                enabled: !page.session.busy
                onClicked: page.signIn()
            }
        }
    }
}
