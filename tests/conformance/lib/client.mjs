// SPDX-License-Identifier: MIT
// Shared set-up for the suite: the server under test and js-sdk clients for it.
import Medusa from "@medusajs/js-sdk"

export const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:9000"
export const adminEmail = process.env.ADMIN_EMAIL ?? "admin@medusa-test.com"
export const adminPassword = process.env.ADMIN_PASSWORD ?? "supersecret"

/// The first origin of a CORS list (STORE_CORS, ADMIN_CORS, AUTH_CORS). The defaults are what
/// run.mjs gives our server and what run-medusa-anchor.sh gives real Medusa.
function firstOrigin(list) {
  return list.split(",")[0].trim()
}
export const storeOrigin = firstOrigin(process.env.STORE_CORS ?? "http://localhost:8000")
export const adminOrigin = firstOrigin(process.env.ADMIN_CORS ?? "http://localhost:9000")
export const authOrigin = firstOrigin(process.env.AUTH_CORS ?? "http://localhost:9000")

/// A js-sdk client as a storefront or script would make it.
export function sdk(options = {}) {
  return new Medusa({ baseUrl, ...options })
}

/// A unique suffix per run, so two runs on one database both pass.
export const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/// Calls fn and returns the FetchError it throws (fails when it does not throw).
export async function rejection(fn) {
  try {
    await fn()
  } catch (err) {
    return err
  }
  throw new Error("expected the request to fail")
}
