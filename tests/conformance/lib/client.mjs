// SPDX-License-Identifier: MIT
// Shared set-up for the suite: the server under test and js-sdk clients for it.
import Medusa from "@medusajs/js-sdk"

export const baseUrl = process.env.BASE_URL ?? "http://127.0.0.1:9000"
export const adminEmail = process.env.ADMIN_EMAIL ?? "admin@medusa-test.com"
export const adminPassword = process.env.ADMIN_PASSWORD ?? "supersecret"

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
