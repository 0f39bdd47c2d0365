// SPDX-License-Identifier: MIT
// Regions: name, currency and countries; create and delete.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Medusa.Admin

ResourceListPage {
    id: page

    required property RegionListModel regions

    model: regions
    title: qsTr("Regions")
    emptyExplanation: qsTr("A region sets the currency and the countries you sell to.")
    onCreateRequested: newName.forceActiveFocus()
    Component.onCompleted: regions.reload()

    TextField { id: newName; placeholderText: qsTr("Region name") }
    TextField {
        id: newCurrency
        placeholderText: qsTr("Currency (eur)")
        maximumLength: 3
        Layout.preferredWidth: 110
    }
    TextField {
        id: newCountries
        placeholderText: qsTr("Countries (de, fr)")
        Layout.preferredWidth: 140
    }
    Button {
        text: qsTr("Create")
        enabled: newName.text.length > 0 && newCurrency.text.length === 3
        onClicked: {
            const countries = newCountries.text.split(",").map(c => c.trim().toLowerCase()).filter(c => c.length === 2)
            page.regions.create({ name: newName.text, currency_code: newCurrency.text.toLowerCase(), countries: countries })
            newName.clear(); newCurrency.clear(); newCountries.clear()
        }
    }
    ConfirmDialog {
        id: confirmDelete
        property string regionId
        onAccepted: page.regions.remove(regionId)
    }

    delegate: ItemDelegate {
        id: row
        required property string id
        required property string name
        required property string currencyCode
        required property string countries
        width: ListView.view.width
        contentItem: RowLayout {
            Label { text: row.name; font.bold: true; Layout.preferredWidth: 200 }
            Label { text: row.currencyCode.toUpperCase(); Layout.preferredWidth: 60 }
            Label { text: row.countries; elide: Text.ElideRight; Layout.fillWidth: true }
            ToolButton {
                text: qsTr("Delete")
                onClicked: {
                    confirmDelete.regionId = row.id
                    confirmDelete.message = qsTr("Delete the region \"%1\"?").arg(row.name)
                    confirmDelete.open()
                }
            }
        }
    }
}
