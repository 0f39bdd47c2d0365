// SPDX-License-Identifier: MIT
// Currencies as a merchant script reads them with the js-sdk: the static ISO list, ordered by
// code, and one currency by code (API-CORE.md §4.10).
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, sdk } from "../lib/client.mjs"

const admin = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

before(async () => {
  await admin.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
})

test("currency.list pages the ISO list in code order", async () => {
  const page = await admin.admin.currency.list({ limit: 5 })
  assert.equal(page.limit, 5)
  assert.equal(page.offset, 0)
  assert.ok(page.count > 100)
  const codes = page.currencies.map((c) => c.code)
  assert.deepEqual(codes, [...codes].sort())
  assert.deepEqual(Object.keys(page.currencies[0]).sort(), [
    "code",
    "decimal_digits",
    "name",
    "rounding",
    "symbol",
    "symbol_native",
  ])
  const { limit } = await admin.admin.currency.list()
  assert.equal(limit, 200)
})

test("currency.retrieve finds a code in any case", async () => {
  const { currency } = await admin.admin.currency.retrieve("USD")
  assert.equal(currency.code, "usd")
  assert.equal(currency.name, "US Dollar")
  assert.equal(currency.decimal_digits, 2)
  const err = await rejection(() => admin.admin.currency.retrieve("xyz"))
  assert.equal(err.status, 404)
  assert.equal(err.message, "Currency with code: xyz was not found")
})
