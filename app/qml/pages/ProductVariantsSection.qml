// SPDX-License-Identifier: MIT
// Options with their values, and the variants grid: title, SKU, option values and one price
// column per currency.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ColumnLayout {
    id: section

    required property ProductEditor editor

    spacing: 16

    GroupBox {
        title: qsTr("Options")
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            Repeater {
                model: section.editor.options
                delegate: RowLayout {
                    id: optionRow
                    required property int index
                    required property var modelData
                    TextField {
                        id: optionTitle
                        text: optionRow.modelData.title
                        placeholderText: qsTr("Option, e.g. Size")
                        Layout.preferredWidth: 180
                        onEditingFinished: section.editor.setOption(optionRow.index, text, optionValues.text)
                    }
                    TextField {
                        id: optionValues
                        text: optionRow.modelData.valuesText
                        placeholderText: qsTr("Values, separated by commas")
                        Layout.fillWidth: true
                        onEditingFinished: section.editor.setOption(optionRow.index, optionTitle.text, text)
                    }
                    ToolButton {
                        text: qsTr("Remove")
                        onClicked: section.editor.removeOption(optionRow.index)
                    }
                }
            }
            RowLayout {
                TextField {
                    id: newOptionTitle
                    objectName: "newOptionTitle"
                    placeholderText: qsTr("New option, e.g. Size")
                    Layout.preferredWidth: 180
                }
                TextField {
                    id: newOptionValues
                    objectName: "newOptionValues"
                    placeholderText: qsTr("S, M, L")
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "addOption"
                    text: qsTr("Add option")
                    enabled: newOptionTitle.text.length > 0 && newOptionValues.text.length > 0
                    onClicked: {
                        section.editor.addOption(newOptionTitle.text, newOptionValues.text)
                        newOptionTitle.clear()
                        newOptionValues.clear()
                    }
                }
            }
        }
    }

    GroupBox {
        title: qsTr("Variants and prices")
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            RowLayout {
                Button {
                    objectName: "generateVariants"
                    text: qsTr("Create variants from options")
                    enabled: section.editor.options.length > 0
                    onClicked: section.editor.generateVariants()
                }
                Button {
                    objectName: "addVariant"
                    text: qsTr("Add variant")
                    onClicked: section.editor.variants.addVariant(qsTr("Variant %1").arg(section.editor.variants.count + 1))
                }
            }
            RowLayout {
                visible: section.editor.variants.count > 0
                Label { text: qsTr("Title"); font.bold: true; Layout.preferredWidth: 180 }
                Label { text: qsTr("SKU"); font.bold: true; Layout.preferredWidth: 220 }
                Label { text: qsTr("Options"); font.bold: true; Layout.preferredWidth: 140 }
                Repeater {
                    model: section.editor.currencies
                    delegate: Label {
                        required property string modelData
                        text: qsTr("Price %1").arg(modelData.toUpperCase())
                        font.bold: true
                        Layout.preferredWidth: 110
                    }
                }
            }
            Repeater {
                model: section.editor.variants
                delegate: RowLayout {
                    id: variantRow
                    required property int index
                    required property string title
                    required property string sku
                    required property string optionSummary
                    required property var prices
                    TextField {
                        objectName: "variantTitle_" + variantRow.index
                        text: variantRow.title
                        Layout.preferredWidth: 180
                        onTextEdited: section.editor.variants.setField(variantRow.index, "title", text)
                    }
                    TextField {
                        objectName: "variantSku_" + variantRow.index
                        text: variantRow.sku
                        placeholderText: qsTr("SKU")
                        Layout.preferredWidth: 220
                        // Long SKUs show their beginning, not the end where the cursor lands.
                        Component.onCompleted: cursorPosition = 0
                        onTextEdited: section.editor.variants.setField(variantRow.index, "sku", text)
                    }
                    Label {
                        text: variantRow.optionSummary
                        elide: Text.ElideRight
                        Layout.preferredWidth: 140
                    }
                    Repeater {
                        model: section.editor.currencies
                        delegate: TextField {
                            required property string modelData
                            objectName: "price_" + variantRow.index + "_" + modelData
                            text: variantRow.prices[modelData] || ""
                            placeholderText: "0.00"
                            inputMethodHints: Qt.ImhFormattedNumbersOnly
                            Layout.preferredWidth: 110
                            onTextEdited: section.editor.variants.setPrice(variantRow.index, modelData, text)
                        }
                    }
                    ToolButton {
                        text: qsTr("Remove")
                        onClicked: section.editor.variants.removeVariant(variantRow.index)
                    }
                }
            }
        }
    }
}
