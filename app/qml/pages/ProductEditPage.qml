// SPDX-License-Identifier: MIT
// Create or edit one product. Ctrl+S saves, Esc leaves (asking first when there are unsaved
// changes); delete asks for confirmation.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

Page {
    id: page

    required property ApiClient client
    property string productId
    property SalesChannelListModel salesChannels
    property CollectionListModel collections
    property CategoryTreeModel categories
    property RegionListModel regions
    readonly property ProductEditor editor: editor

    signal closed()

    function save() { editor.save() }
    function cancel() {
        if (editor.dirty)
            discardDialog.open()
        else
            page.closed()
    }

    padding: 20

    ProductEditor {
        id: editor
        client: page.client
        onSaved: id => page.productId = id
        onRemoved: page.closed()
    }
    Component.onCompleted: {
        if (productId.length > 0) editor.load(productId); else editor.reset()
        for (const model of [salesChannels, collections, categories, regions])
            if (model && !model.loaded) model.reload()
    }
    Connections {
        target: page.regions
        function onCountChanged() {
            const codes = []
            for (let i = 0; i < page.regions.count; ++i)
                codes.push(page.regions.get(i).currency_code)
            if (codes.length > 0) editor.currencies = codes
        }
    }

    ConfirmDialog {
        id: discardDialog
        objectName: "discardDialog"
        message: qsTr("You have unsaved changes. Discard them?")
        confirmText: qsTr("Discard")
        onAccepted: page.closed()
    }
    ConfirmDialog {
        id: deleteDialog
        message: qsTr("Delete \"%1\"? This cannot be undone.").arg(editor.title)
        onAccepted: editor.remove()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 12

        PageHeader {
            title: page.productId.length > 0 ? editor.title : qsTr("New product")
            Label {
                visible: editor.dirty
                text: qsTr("Unsaved changes")
                opacity: 0.7
            }
            Button {
                text: qsTr("Delete")
                visible: page.productId.length > 0
                onClicked: deleteDialog.open()
            }
            Button {
                text: qsTr("Cancel")
                onClicked: page.cancel()
            }
            Button {
                objectName: "saveButton"
                text: qsTr("Save")
                highlighted: true
                enabled: !editor.busy
                onClicked: page.save()
            }
        }
        ErrorBanner {
            objectName: "editorError"
            text: editor.errorString
        }
        ProgressBar {
            indeterminate: true
            visible: editor.busy
            Layout.fillWidth: true
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth

            ColumnLayout {
                width: scroll.availableWidth
                spacing: 16

                GroupBox {
                    title: qsTr("General")
                    Layout.fillWidth: true
                    GridLayout {
                        anchors.fill: parent
                        columns: 2
                        columnSpacing: 16
                        FormField {
                            objectName: "titleField"
                            label: qsTr("Title")
                            text: editor.title
                            onEdited: text => editor.title = text
                        }
                        FormField {
                            label: qsTr("Subtitle")
                            text: editor.subtitle
                            onEdited: text => editor.subtitle = text
                        }
                        FormField {
                            label: qsTr("Handle")
                            placeholderText: qsTr("Made from the title when empty")
                            text: editor.handle
                            onEdited: text => editor.handle = text
                        }
                        ColumnLayout {
                            Label { text: qsTr("Status"); opacity: 0.8 }
                            Switch {
                                objectName: "publishedSwitch"
                                text: checked ? qsTr("Published") : qsTr("Draft (not visible in the store)")
                                checked: editor.status === "published"
                                onToggled: editor.togglePublished()
                            }
                        }
                        ColumnLayout {
                            Layout.columnSpan: 2
                            Layout.fillWidth: true
                            Label { text: qsTr("Description"); opacity: 0.8 }
                            TextArea {
                                text: editor.description
                                wrapMode: TextEdit.Wrap
                                Layout.fillWidth: true
                                Layout.preferredHeight: 80
                                onTextChanged: if (activeFocus) editor.description = text
                            }
                        }
                    }
                }
                ProductVariantsSection { editor: editor; Layout.fillWidth: true }
                ProductRelationsSection {
                    editor: editor
                    salesChannels: page.salesChannels
                    collections: page.collections
                    categories: page.categories
                    Layout.fillWidth: true
                }
            }
        }
    }
}
