// SPDX-License-Identifier: MIT
// Malformed JSON bodies: real Medusa 2.21.2 parses every application/json body before routing,
// authentication or the publishable-key check, and answers 400 {type: "invalid_data", message}.
// The message is Node's JSON.parse text (e.g. "Unexpected end of JSON input"); ours differs, so
// only its presence is asserted (see MEDUSA-OBSERVED.md).
import assert from "node:assert/strict"
import { test } from "node:test"

import { baseUrl } from "../lib/client.mjs"

async function send(method, path, body, headers = {}) {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body,
  })
  const text = await res.text()
  return { res, text }
}

function assertInvalidData({ res, text }, what) {
  assert.equal(res.status, 400, `${what}: ${text}`)
  assert.match(res.headers.get("content-type") ?? "", /^application\/json/, what)
  const body = JSON.parse(text)
  assert.equal(body.type, "invalid_data", what)
  assert.equal(typeof body.message, "string", what)
  assert.ok(body.message.length > 0, what)
}

test("a truncated JSON body is 400 invalid_data in every namespace", async () => {
  for (const path of ["/store/carts", "/admin/products", "/auth/user/emailpass"]) {
    assertInvalidData(await send("POST", path, '{"a":'), `POST ${path}`)
  }
})

test("malformed JSON is rejected before the publishable-key check", async () => {
  // With or without a key (even a bogus one), the body error wins.
  assertInvalidData(await send("POST", "/store/carts", '{"a":'), "no key")
  assertInvalidData(
    await send("POST", "/store/carts", '{"a":', { "x-publishable-api-key": "pk_conformance_bogus" }),
    "bogus key"
  )
})

test("malformed JSON is rejected before authentication", async () => {
  assertInvalidData(
    await send("POST", "/admin/products", "{a}", { authorization: "Bearer not-a-token" }),
    "bad bearer"
  )
})

test("several kinds of malformed JSON are all 400 invalid_data", async () => {
  for (const body of ['{"a":', "{a}", '{"a":1,}', '{"a":1} x', "nope", "   "]) {
    assertInvalidData(await send("POST", "/store/carts", body), JSON.stringify(body))
  }
})

test("PUT and PATCH bodies are parsed too", async () => {
  for (const method of ["PUT", "PATCH"]) {
    assertInvalidData(await send(method, "/store/carts", '{"a":'), method)
  }
})

test("a charset parameter on the content type still means JSON", async () => {
  assertInvalidData(
    await send("POST", "/store/carts", '{"a":', { "content-type": "application/json; charset=utf-8" }),
    "charset=utf-8"
  )
})
