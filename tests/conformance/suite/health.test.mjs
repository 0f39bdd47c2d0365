// SPDX-License-Identifier: MIT
// The transport basics every client relies on.
import assert from "node:assert/strict"
import { test } from "node:test"

import { baseUrl, rejection, sdk } from "../lib/client.mjs"

test("GET /health answers 200 OK", async () => {
  const res = await sdk().client.fetch("/health", { headers: { accept: "text/plain" } })
  assert.equal(res.status, 200)
  assert.equal(await res.text(), "OK")
})

test("an unknown route is a 404 the SDK reports as an error", async () => {
  const err = await rejection(() => sdk().client.fetch("/no-such-route-anywhere"))
  assert.equal(err.status, 404)
  assert.equal(err.statusText, "Not Found")
})

test("keep-alive connections serve several requests", async () => {
  for (let i = 0; i < 5; i++) {
    const res = await fetch(`${baseUrl}/health`)
    assert.equal(res.status, 200)
    await res.text()
  }
})
