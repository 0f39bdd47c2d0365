// SPDX-License-Identifier: MIT
// Where the product appears (sales channels, collection, categories), its images and metadata.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

GridLayout {
    id: section

    required property ProductEditor editor
    property SalesChannelListModel salesChannels
    property CollectionListModel collections
    property CategoryTreeModel categories

    columns: 2
    columnSpacing: 16
    rowSpacing: 16

    GroupBox {
        title: qsTr("Sales channels")
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        ColumnLayout {
            Repeater {
                model: section.salesChannels
                delegate: CheckBox {
                    required property string id
                    required property string name
                    text: name
                    checked: section.editor.salesChannelIds.indexOf(id) >= 0
                    onToggled: section.editor.toggleSalesChannel(id, checked)
                }
            }
        }
    }
    GroupBox {
        title: qsTr("Organisation")
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        ColumnLayout {
            anchors.fill: parent
            Label { text: qsTr("Collection"); opacity: 0.8 }
            ComboBox {
                model: section.collections
                textRole: "title"
                valueRole: "id"
                currentIndex: section.collections ? section.collections.indexOf(section.editor.collectionId) : -1
                displayText: currentIndex < 0 ? qsTr("No collection") : currentText
                Layout.fillWidth: true
                onActivated: section.editor.collectionId = currentValue
            }
            Label { text: qsTr("Categories"); opacity: 0.8 }
            Repeater {
                model: section.categories
                delegate: CheckBox {
                    required property string id
                    required property string name
                    required property int depth
                    leftPadding: 8 + depth * 20
                    text: name
                    checked: section.editor.categoryIds.indexOf(id) >= 0
                    onToggled: section.editor.toggleCategory(id, checked)
                }
            }
        }
    }
    GroupBox {
        title: qsTr("Images")
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        ColumnLayout {
            anchors.fill: parent
            Repeater {
                model: section.editor.imageUrls
                delegate: RowLayout {
                    id: imageRow
                    required property int index
                    required property string modelData
                    Label { text: imageRow.modelData; elide: Text.ElideMiddle; Layout.fillWidth: true }
                    ToolButton {
                        text: qsTr("Remove")
                        onClicked: {
                            const urls = section.editor.imageUrls.slice()
                            urls.splice(imageRow.index, 1)
                            section.editor.imageUrls = urls
                        }
                    }
                }
            }
            RowLayout {
                TextField {
                    id: imageUrl
                    placeholderText: qsTr("https://… image URL")
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Add image")
                    enabled: /^https?:\/\/.+/.test(imageUrl.text)
                    onClicked: {
                        section.editor.imageUrls = section.editor.imageUrls.concat([imageUrl.text])
                        imageUrl.clear()
                    }
                }
            }
        }
    }
    GroupBox {
        title: qsTr("Metadata")
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignTop
        ColumnLayout {
            anchors.fill: parent
            Repeater {
                model: section.editor.metadata
                delegate: RowLayout {
                    id: entry
                    required property int index
                    required property var modelData
                    function write(key, value) {
                        const entries = section.editor.metadata
                        entries[entry.index] = { key: key, value: value }
                        section.editor.metadata = entries
                    }
                    TextField {
                        id: key
                        text: entry.modelData.key
                        placeholderText: qsTr("Key")
                        onEditingFinished: entry.write(text, value.text)
                    }
                    TextField {
                        id: value
                        text: entry.modelData.value
                        placeholderText: qsTr("Value")
                        Layout.fillWidth: true
                        onEditingFinished: entry.write(key.text, text)
                    }
                    ToolButton {
                        text: qsTr("Remove")
                        onClicked: {
                            const entries = section.editor.metadata
                            entries.splice(entry.index, 1)
                            section.editor.metadata = entries
                        }
                    }
                }
            }
            Button {
                text: qsTr("Add metadata")
                onClicked: section.editor.metadata = section.editor.metadata.concat([{ key: "", value: "" }])
            }
        }
    }
}
