// SPDX-License-Identifier: MIT
// HTTP transport behaviour that real Medusa 2.21.2 and our server share (see MEDUSA-OBSERVED.md):
// /health, unknown routes, header and body size limits. Only what both answer identically is
// asserted; where they differ (404 content type, 413/431 bodies, body-size threshold) the
// difference is written down in MEDUSA-OBSERVED.md instead.
import assert from "node:assert/strict"
import { test } from "node:test"

import { baseUrl, rejection, runId, sdk } from "../lib/client.mjs"

test("HEAD /health answers 200 with no body", async () => {
  const res = await fetch(`${baseUrl}/health`, { method: "HEAD" })
  assert.equal(res.status, 200)
  assert.equal(await res.text(), "")
})

test("GET /health is plain text, not JSON", async () => {
  // Medusa sends text/html; charset=utf-8 (Express res.send of a string); ours text/plain.
  const res = await fetch(`${baseUrl}/health`)
  assert.equal(res.status, 200)
  assert.match(res.headers.get("content-type") ?? "", /^text\//)
  assert.equal(await res.text(), "OK")
})

test("an unknown route is a 404 saying 'Cannot <METHOD> <path>'", async () => {
  // Medusa answers with Express' HTML error page, ours with JSON; both carry this sentence.
  for (const method of ["GET", "POST"]) {
    const path = `/no-such-route-${runId}`
    const res = await fetch(`${baseUrl}${path}`, { method })
    assert.equal(res.status, 404, `${method} ${path}`)
    assert.ok((await res.text()).includes(`Cannot ${method} ${path}`), `${method} ${path}`)
  }
})

test("a 12 KB request header is accepted", async () => {
  const res = await fetch(`${baseUrl}/health`, { headers: { "x-filler": "a".repeat(12 * 1024) } })
  assert.equal(res.status, 200)
  assert.equal(await res.text(), "OK")
})

test("a 20 KB request header block is refused with 431", async () => {
  // Node (and so Medusa) allows 16 KiB of headers; so do we.
  const res = await fetch(`${baseUrl}/health`, { headers: { "x-filler": "a".repeat(20 * 1024) } })
  assert.equal(res.status, 431)
  await res.arrayBuffer()
  const after = await fetch(`${baseUrl}/health`)
  assert.equal(after.status, 200, "the server keeps serving after a 431")
  await after.text()
})

test("a 2 MB JSON body is refused with 413 and a JSON error", async () => {
  // Medusa's JSON limit is 100 KiB, ours 1 MiB: 2 MB is over both. Medusa's body is
  // {"message":"request entity too large","type":"unknown_error"}; ours says invalid_data.
  const res = await fetch(`${baseUrl}/admin/products`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "x".repeat(2 * 1024 * 1024) }),
  })
  assert.equal(res.status, 413)
  assert.match(res.headers.get("content-type") ?? "", /^application\/json/)
  const body = await res.json()
  assert.equal(typeof body.message, "string")
  assert.equal(typeof body.type, "string")
})

test("the SDK reports a 2 MB body as a FetchError with status 413", async () => {
  const err = await rejection(() =>
    sdk().client.fetch("/admin/products", {
      method: "POST",
      body: { title: `big-${runId}`, description: "x".repeat(2 * 1024 * 1024) },
    })
  )
  assert.equal(err.status, 413)
  assert.equal(typeof err.message, "string")
  const after = await fetch(`${baseUrl}/health`)
  assert.equal(after.status, 200, "the server keeps serving after a 413")
  await after.text()
})

test("a 50 KB JSON body is read, not refused as too large", async () => {
  const path = `/no-such-route-${runId}`
  const res = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ filler: "x".repeat(50 * 1024) }),
  })
  assert.equal(res.status, 404)
  assert.ok((await res.text()).includes(`Cannot POST ${path}`))
})
