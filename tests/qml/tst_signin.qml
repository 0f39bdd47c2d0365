// SPDX-License-Identifier: MIT
// Sign-in page: the server's message on a wrong password, success, and "cannot be reached"
// with a retry for an unreachable server.
import QtQuick
import QtTest
import Medusa.Admin

TestCase {
    id: testCase
    name: "SignIn"
    when: windowShown
    width: 1280
    height: 800

    Component {
        id: pageComponent
        SignInPage {
            width: testCase.width
            height: testCase.height
            backend: testBackend
        }
    }

    function signInWith(page, email, password) {
        const emailField = findChild(page, "email")
        emailField.input.text = email
        findChild(page, "password").input.text = password
        findChild(page, "remember").checked = false
        findChild(page, "signInButton").clicked()
    }

    function init() {
        testBackend.session.signOut(false)
        testBackend.connectTo(fixture.url)
    }

    function test_wrongPasswordShowsTheServersMessage() {
        const page = createTemporaryObject(pageComponent, testCase)
        signInWith(page, "admin@medusa-test.com", "wrong")
        const banner = findChild(page, "signInError")
        tryCompare(banner, "text", "Invalid email or password")
        verify(!banner.retryable)
        verify(!testBackend.session.signedIn)
    }

    function test_correctPasswordSignsIn() {
        const page = createTemporaryObject(pageComponent, testCase)
        signInWith(page, "admin@medusa-test.com", "supersecret")
        tryCompare(testBackend.session, "signedIn", true)
        compare(testBackend.session.displayName, "Ada Owner")
        compare(findChild(page, "signInError").visible, false)
    }

    function test_unreachableServerOffersRetry() {
        testBackend.connectTo("http://127.0.0.1:1")
        const page = createTemporaryObject(pageComponent, testCase)
        signInWith(page, "admin@medusa-test.com", "supersecret")
        const banner = findChild(page, "signInError")
        tryVerify(() => banner.text.indexOf("cannot be reached") > 0, 10000)
        verify(banner.retryable)
        testBackend.client.baseUrl = fixture.url
        testBackend.session.retry()
        tryCompare(testBackend.session, "signedIn", true)
    }
}
