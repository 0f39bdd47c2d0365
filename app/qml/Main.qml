// SPDX-License-Identifier: MIT
// The window: remembers its geometry and shows connect → first run → sign in → the shell.
// (Components here are not Bound: Loader and StackView instantiate them in their own context.)
import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Medusa.Admin

ApplicationWindow {
    id: window

    required property AdminBackend backend
    readonly property bool preparingLocal: backend.localServer.state === LocalServer.Preparing
        || backend.localServer.state === LocalServer.Starting
    readonly property string screen: !backend.connected ? (preparingLocal ? "firstRun" : "connect")
        : backend.session.signedIn ? "shell" : "signIn"

    minimumWidth: 1024
    minimumHeight: 640
    visible: true
    title: backend.storeName.length > 0 ? qsTr("%1 — Medusa Admin").arg(backend.storeName)
                                        : qsTr("Medusa Admin")

    Component.onCompleted: {
        // The saved geometry, else 1280×800; never larger than the screen, and centred when
        // there is none or it lies off the screen (a monitor since unplugged).
        const g = backend.settings.windowGeometry
        const availableWidth = Screen.desktopAvailableWidth
        const availableHeight = Screen.desktopAvailableHeight
        width = Math.min(g.width > 0 ? g.width : 1280, availableWidth)
        height = Math.min(g.height > 0 ? g.height : 800, availableHeight)
        const onScreen = g.width > 0 && g.x >= 0 && g.y >= 0
            && g.x + width <= availableWidth && g.y + height <= availableHeight
        x = onScreen ? g.x : Math.max(0, (availableWidth - width) / 2)
        y = onScreen ? g.y : Math.max(0, (availableHeight - height) / 2)
        if (backend.settings.maximized)
            showMaximized()
    }
    onClosing: {
        backend.settings.maximized = visibility === Window.Maximized
        if (visibility !== Window.Maximized)
            backend.settings.windowGeometry = Qt.rect(x, y, width, height)
    }

    Loader {
        id: content
        objectName: "screenLoader"
        anchors.fill: parent
        sourceComponent: window.screen === "shell" ? shell
                       : window.screen === "signIn" ? signIn
                       : window.screen === "firstRun" ? firstRun : connectPage
    }

    Component {
        id: connectPage
        ConnectPage { backend: window.backend }
    }
    Component {
        id: firstRun
        FirstRunPage { server: window.backend.localServer }
    }
    Component {
        id: signIn
        SignInPage { backend: window.backend }
    }
    Component {
        id: shell
        AppShell { backend: window.backend }
    }
}
