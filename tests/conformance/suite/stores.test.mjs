// SPDX-License-Identifier: MIT
// The store as a merchant script manages it with the js-sdk: the default store that start-up
// creates, its supported currencies (with their currency), an update that changes them and
// their tax inclusivity (price preferences), then restores them (API-CORE.md §4.10).
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

const admin = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

before(async () => {
  await admin.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
})

test("store.list answers the store with its currencies", async () => {
  const page = await admin.admin.store.list()
  assert.ok(page.count >= 1)
  assert.equal(page.limit, 50)
  const store = page.stores[0]
  assert.match(store.id, /^store_[0-9A-Z]{26}$/)
  assert.match(store.default_sales_channel_id, /^sc_[0-9A-Z]{26}$/)
  assert.equal(store.supported_currencies.filter((c) => c.is_default).length, 1)
  for (const currency of store.supported_currencies) {
    assert.match(currency.id, /^stocur_[0-9A-Z]{26}$/)
    assert.equal(currency.store_id, store.id)
    assert.equal(currency.currency.code, currency.currency_code)
  }
  const { store: found } = await admin.admin.store.retrieve(store.id, { fields: "id,name" })
  assert.deepEqual(found, { id: store.id, name: store.name })
})

test("store.update changes name, currencies and tax inclusivity", async () => {
  const { stores } = await admin.admin.store.list()
  const store = stores[0]
  const original = store.supported_currencies.map((c) => ({
    currency_code: c.currency_code,
    is_default: c.is_default,
  }))
  const extra = original.some((c) => c.currency_code === "dkk") ? "nok" : "dkk"
  try {
    const { store: updated } = await admin.admin.store.update(store.id, {
      name: `Store ${runId}`,
      supported_currencies: [...original, { currency_code: extra, is_tax_inclusive: true }],
    })
    assert.equal(updated.name, `Store ${runId}`)
    assert.deepEqual(
      updated.supported_currencies.map((c) => c.currency_code).sort(),
      [...original.map((c) => c.currency_code), extra].sort(),
    )
    const { price_preferences } = await admin.admin.pricePreference.list({
      attribute: "currency_code",
      value: extra,
    })
    assert.equal(price_preferences[0].is_tax_inclusive, true)
  } finally {
    await admin.admin.store.update(store.id, { name: store.name, supported_currencies: original })
  }
})

test("store.update refuses two default currencies", async () => {
  const { stores } = await admin.admin.store.list({ fields: "id" })
  const err = await rejection(() =>
    admin.admin.store.update(stores[0].id, {
      supported_currencies: [
        { currency_code: "usd", is_default: true },
        { currency_code: "eur", is_default: true },
      ],
    }),
  )
  assert.equal(err.status, 400)
  assert.equal(err.message, "Only one default currency is allowed")
})
