// SPDX-License-Identifier: MIT
// Product edit page: an existing product loads into the form, typing makes it dirty, save sends
// the change; a new product gets options, generated variants and prices; leaving with unsaved
// changes asks first.
import QtQuick
import QtTest
import Medusa.Admin

TestCase {
    id: testCase
    name: "ProductEdit"
    when: windowShown
    width: 1280
    height: 800

    Component {
        id: pageComponent
        ProductEditPage {
            width: testCase.width
            height: testCase.height
            client: testBackend.client
        }
    }
    SignalSpy {
        id: closedSpy
        signalName: "closed"
    }

    function initTestCase() {
        testBackend.connectTo(fixture.url)
        testBackend.session.signIn("admin@medusa-test.com", "supersecret", false)
        tryCompare(testBackend.session, "signedIn", true)
    }

    function test_editExistingProduct() {
        const page = createTemporaryObject(pageComponent, testCase, { productId: "prod_shirt" })
        const title = findChild(page, "titleField")
        tryCompare(title, "text", "Medusa T-Shirt")
        verify(!page.editor.dirty)
        title.input.forceActiveFocus()
        title.input.selectAll()
        keyClick(Qt.Key_T); keyClick(Qt.Key_E); keyClick(Qt.Key_E)
        compare(page.editor.title, "tee")
        verify(page.editor.dirty)
        page.save()
        tryCompare(page.editor, "dirty", false)
        const request = fixture.lastRequest("/admin/products/prod_shirt")
        compare(request.method, "POST")
        compare(request.body.title, "tee")
        compare(request.body.variants.length, 2)
    }

    function test_newProductWithVariantsAndPrices() {
        const page = createTemporaryObject(pageComponent, testCase)
        findChild(page, "titleField").input.text = "Hoodie"
        page.editor.title = "Hoodie"
        findChild(page, "newOptionTitle").text = "Size"
        findChild(page, "newOptionValues").text = "S, M"
        findChild(page, "addOption").clicked()
        compare(page.editor.options.length, 1)
        findChild(page, "generateVariants").clicked()
        compare(page.editor.variants.count, 2)
        const price = findChild(page, "price_0_eur")
        verify(price)
        price.forceActiveFocus()
        keyClick(Qt.Key_4); keyClick(Qt.Key_9)
        page.save()
        tryCompare(page, "productId", "prod_new")
        const body = fixture.lastRequest("/admin/products").body
        compare(body.title, "Hoodie")
        compare(body.options[0].values, ["S", "M"])
        compare(body.variants[0].prices[0].amount, 49)
        compare(body.variants[0].options.Size, "S")
    }

    function test_unsavedChangesGuard() {
        const page = createTemporaryObject(pageComponent, testCase)
        closedSpy.target = page
        closedSpy.clear()
        page.editor.title = "Unsaved"
        page.cancel()
        const dialog = findChild(page, "discardDialog")
        tryCompare(dialog, "opened", true)
        compare(closedSpy.count, 0)
        dialog.accept()
        compare(closedSpy.count, 1)
    }
}
