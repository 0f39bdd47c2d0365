// SPDX-License-Identifier: MIT
// Product list page: the first 50 rows, more as the list scrolls, search through the model,
// and a click asks to edit the product.
import QtQuick
import QtTest
import Medusa.Admin

TestCase {
    id: testCase
    name: "ProductList"
    when: windowShown
    width: 1280
    height: 800

    Component {
        id: pageComponent
        ProductsPage {
            width: testCase.width
            height: testCase.height
            products: ProductListModel { client: testBackend.client }
        }
    }
    SignalSpy {
        id: editSpy
        signalName: "editRequested"
    }

    function initTestCase() {
        testBackend.connectTo(fixture.url)
        testBackend.session.signIn("admin@medusa-test.com", "supersecret", false)
        tryCompare(testBackend.session, "signedIn", true)
    }

    function test_listLoadsAndPagesWhileScrolling() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "resourceList")
        tryCompare(list, "count", 50)
        compare(page.products.totalCount, 121)
        list.positionViewAtEnd()
        tryCompare(list, "count", 100)
        list.positionViewAtEnd()
        tryCompare(list, "count", 121)
    }

    function test_searchFiltersOnTheServer() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "resourceList")
        tryCompare(list, "count", 50)
        const search = findChild(page, "searchField")
        search.forceActiveFocus()
        keyClick(Qt.Key_T); keyClick(Qt.Key_Minus); keyClick(Qt.Key_S); keyClick(Qt.Key_H)
        tryCompare(page.products, "search", "t-sh")
        tryCompare(list, "count", 1)
        verify(fixture.lastRequest("/admin/products").query.indexOf("q=t-sh") >= 0)
    }

    function test_clickingARowAsksToEdit() {
        const page = createTemporaryObject(pageComponent, testCase)
        const list = findChild(page, "resourceList")
        tryCompare(list, "count", 50)
        editSpy.target = page
        editSpy.clear()
        list.itemAtIndex(0).clicked()
        compare(editSpy.count, 1)
        compare(editSpy.signalArguments[0][0], "prod_shirt")
    }
}
