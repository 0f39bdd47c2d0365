// SPDX-License-Identifier: MIT
// The frame of every list page: header with search and actions, error banner, the list with
// lazy paging (the view asks the model for more rows as it scrolls), loading and empty states.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Page {
    id: page

    required property var model
    property alias searchable: header.searchable
    property alias searchText: header.searchText
    property alias delegate: list.delegate
    property alias list: list
    property string emptyTitle: qsTr("Nothing here yet")
    property string emptyExplanation
    default property alias actions: header.actions
    /// Column titles shown above the list (objects, not a Component: Bound pages cannot hand
    /// components to the ListView).
    property alias columnHeader: columnHeaderRow.data

    signal createRequested()

    function focusSearch() { header.focusSearch() }
    function createNew() { page.createRequested() }

    padding: 20

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        PageHeader {
            id: header
            title: page.title
        }
        ErrorBanner {
            text: page.model.errorString
            retryable: true
            onRetry: page.model.reload()
            onDismissed: page.model.clearError()
        }
        RowLayout {
            id: columnHeaderRow
            visible: children.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: 6
            Layout.rightMargin: 6
        }
        ListView {
            id: list
            objectName: "resourceList"
            model: page.model
            clip: true
            spacing: 2
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}

            LoadingIndicator {
                anchors.centerIn: parent
                running: page.model.loading && list.count === 0
            }
            EmptyState {
                anchors.centerIn: parent
                visible: page.model.loaded && list.count === 0 && page.model.errorString === ""
                title: page.emptyTitle
                explanation: page.emptyExplanation
            }
        }
        ProgressBar {
            indeterminate: true
            visible: page.model.loading && list.count > 0
            Layout.fillWidth: true
        }
    }
}
