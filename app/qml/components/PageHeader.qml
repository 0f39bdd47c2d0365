// SPDX-License-Identifier: MIT
// A page title with optional search field and actions on the right.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

RowLayout {
    id: header

    property string title
    property bool searchable: false
    property alias searchText: search.text
    default property alias actions: actionRow.data

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    spacing: 12
    Layout.fillWidth: true

    Label {
        text: header.title
        font.pixelSize: 22
        font.bold: true
    }
    Item { Layout.fillWidth: true }
    TextField {
        id: search
        objectName: "searchField"
        visible: header.searchable
        placeholderText: qsTr("Search (Ctrl+F)")
        Layout.fillWidth: true
        Layout.minimumWidth: 120
        Layout.maximumWidth: 260
    }
    RowLayout {
        id: actionRow
        spacing: 8
    }
}
