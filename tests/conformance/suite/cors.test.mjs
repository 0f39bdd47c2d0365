// SPDX-License-Identifier: MIT
// CORS preflights per namespace, as a browser storefront or the admin dashboard sends them.
// The allowed origins are STORE_CORS / ADMIN_CORS / AUTH_CORS (defaults in lib/client.mjs match
// run.mjs and run-medusa-anchor.sh). Medusa answers a preflight before the publishable-key and
// authentication checks, so no key or token is sent here.
import assert from "node:assert/strict"
import { test } from "node:test"

import { adminOrigin, authOrigin, baseUrl, storeOrigin } from "../lib/client.mjs"

const METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE"
const FOREIGN = "http://not-allowed.invalid"

async function preflight(path, origin, method, requestHeaders) {
  const headers = { origin, "access-control-request-method": method }
  if (requestHeaders) headers["access-control-request-headers"] = requestHeaders
  const res = await fetch(`${baseUrl}${path}`, { method: "OPTIONS", headers })
  assert.equal(await res.text(), "", `${path}: a preflight answer has no body`)
  return res
}

function varies(res) {
  return (res.headers.get("vary") ?? "").split(",").map((s) => s.trim().toLowerCase())
}

function assertAllowed(res, origin, requestHeaders, what) {
  assert.equal(res.status, 204, what)
  assert.equal(res.headers.get("access-control-allow-origin"), origin, what)
  assert.equal(res.headers.get("access-control-allow-credentials"), "true", what)
  assert.equal(res.headers.get("access-control-allow-methods"), METHODS, what)
  if (requestHeaders) {
    // Reflected exactly as the browser asked, like the `cors` package does.
    assert.equal(res.headers.get("access-control-allow-headers"), requestHeaders, what)
    assert.ok(varies(res).includes("access-control-request-headers"), what)
  }
  assert.ok(varies(res).includes("origin"), what)
}

function assertRefused(res, what) {
  assert.equal(res.status, 204, what)
  assert.equal(res.headers.get("access-control-allow-origin"), null, what)
  assert.ok(varies(res).includes("origin"), what)
}

test("store preflight from the storefront origin is allowed", async () => {
  const res = await preflight("/store/products", storeOrigin, "GET", "x-publishable-api-key")
  assertAllowed(res, storeOrigin, "x-publishable-api-key", "/store/products")
})

test("store preflight reflects the requested headers verbatim", async () => {
  const asked = "X-Publishable-Api-Key, Content-Type"
  const res = await preflight("/store/regions", storeOrigin, "GET", asked)
  assertAllowed(res, storeOrigin, asked, "/store/regions")
})

test("store preflight from a foreign origin gets no Access-Control-Allow-Origin", async () => {
  assertRefused(await preflight("/store/products", FOREIGN, "GET", "x-publishable-api-key"), FOREIGN)
})

test("origins match exactly: no trailing slash, no case folding", async () => {
  assertRefused(await preflight("/store/regions", `${storeOrigin}/`, "GET"), "trailing slash")
  assertRefused(await preflight("/store/regions", storeOrigin.toUpperCase(), "GET"), "upper case")
})

test("admin preflight from the admin origin is allowed, without credentials", async () => {
  const asked = "authorization,content-type"
  const res = await preflight("/admin/products", adminOrigin, "POST", asked)
  assertAllowed(res, adminOrigin, asked, "/admin/products")
})

test("admin preflight from a foreign origin gets no Access-Control-Allow-Origin", async () => {
  assertRefused(await preflight("/admin/products", FOREIGN, "POST", "authorization"), FOREIGN)
})

test("auth preflight from the auth origin is allowed", async () => {
  const res = await preflight("/auth/user/emailpass", authOrigin, "POST", "content-type")
  assertAllowed(res, authOrigin, "content-type", "/auth/user/emailpass")
})

test("each namespace uses its own origin list", async (t) => {
  if (storeOrigin === adminOrigin) return t.skip("STORE_CORS and ADMIN_CORS share an origin")
  assertRefused(await preflight("/admin/products", storeOrigin, "GET"), "store origin on /admin")
  assertRefused(
    await preflight("/store/products", adminOrigin, "GET", "x-publishable-api-key"),
    "admin origin on /store"
  )
})
