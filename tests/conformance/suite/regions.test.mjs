// SPDX-License-Identifier: MIT
// Regions as a merchant script and a storefront drive them with the js-sdk: create with
// countries and tax-inclusive prices, retrieve, list, update, delete; the storefront's list
// and retrieve; Medusa's country and validation errors (API-CORE.md §3, §4.1, §4.10).
// Every region made here is deleted again, so its countries are free for the next run.
import assert from "node:assert/strict"
import { after, before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

const admin = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
let storefront
const created = []

async function createRegion(body, query) {
  const { region } = await admin.admin.region.create(body, query)
  created.push(region.id)
  return region
}

before(async () => {
  await admin.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
  let publishableKey = process.env.PUBLISHABLE_KEY
  if (!publishableKey) {
    const { api_key } = await admin.admin.apiKey.create({ title: `regions-${runId}`, type: "publishable" })
    publishableKey = api_key.token
  }
  storefront = sdk({ publishableKey })
})

after(async () => {
  for (const id of created) await admin.admin.region.delete(id)
})

test("region.create answers the region with its countries", async () => {
  const region = await createRegion({
    name: `Pacific ${runId}`,
    currency_code: "USD",
    countries: ["FJ", "to"],
    is_tax_inclusive: true,
    metadata: { run: runId },
  })
  assert.match(region.id, /^reg_[0-9A-Z]{26}$/)
  assert.equal(region.name, `Pacific ${runId}`)
  assert.equal(region.currency_code, "usd")
  assert.equal(region.automatic_taxes, true)
  assert.deepEqual(region.metadata, { run: runId })
  assert.deepEqual(region.countries.map((c) => c.iso_2).sort(), ["fj", "to"])
  for (const country of region.countries) assert.equal(country.region_id, region.id)
  const { price_preferences } = await admin.admin.pricePreference.list({
    attribute: "region_id",
    value: region.id,
  })
  assert.equal(price_preferences.length, 1)
  assert.equal(price_preferences[0].is_tax_inclusive, true)
})

test("region.retrieve, list, update and delete", async () => {
  const region = await createRegion({ name: `Samoa ${runId}`, currency_code: "eur", countries: ["ws"] })
  const { region: found } = await admin.admin.region.retrieve(region.id, { fields: "id,name" })
  assert.deepEqual(found, { id: region.id, name: `Samoa ${runId}` })
  const page = await admin.admin.region.list({ q: `Samoa ${runId}`, limit: 5 })
  assert.equal(page.count, 1)
  assert.equal(page.limit, 5)
  assert.equal(page.regions[0].id, region.id)
  const { region: updated } = await admin.admin.region.update(region.id, {
    name: `Samoa+ ${runId}`,
    countries: ["ws", "ki"],
  })
  assert.equal(updated.name, `Samoa+ ${runId}`)
  assert.deepEqual(updated.countries.map((c) => c.iso_2).sort(), ["ki", "ws"])
  const deleted = await admin.admin.region.delete(region.id)
  assert.deepEqual(deleted, { id: region.id, object: "region", deleted: true })
  const err = await rejection(() => admin.admin.region.retrieve(region.id))
  assert.equal(err.status, 404)
})

test("region.create refuses a country another region owns", async () => {
  await createRegion({ name: `Tuvalu ${runId}`, currency_code: "aud", countries: ["tv"] })
  const err = await rejection(() =>
    admin.admin.region.create({ name: `Other ${runId}`, currency_code: "aud", countries: ["TV"] }),
  )
  assert.equal(err.status, 400)
  assert.equal(err.message, 'Countries with codes: "tv" are already assigned to a region')
})

test("region.create validates its body", async () => {
  const missing = await rejection(() => admin.admin.region.create({}))
  assert.equal(missing.status, 400)
  assert.equal(
    missing.message,
    "Invalid request: Field 'name' is required; Field 'currency_code' is required",
  )
  const extra = await rejection(() =>
    admin.admin.region.create({ name: "x", currency_code: "eur", bogus: true }),
  )
  assert.equal(extra.status, 400)
  assert.equal(extra.message, "Invalid request: Unrecognized fields: 'bogus'")
})

test("store.region.list and retrieve answer the storefront's fields", async () => {
  const region = await createRegion({ name: `Nauru ${runId}`, currency_code: "aud", countries: ["nr"] })
  const page = await storefront.store.region.list({ q: `Nauru ${runId}` })
  assert.equal(page.count, 1)
  assert.equal(page.limit, 50)
  assert.equal(page.offset, 0)
  const listed = page.regions[0]
  assert.equal(listed.id, region.id)
  assert.equal(listed.automatic_taxes, undefined)
  assert.deepEqual(listed.countries.map((c) => c.iso_2), ["nr"])
  const { region: found } = await storefront.store.region.retrieve(region.id)
  assert.equal(found.name, `Nauru ${runId}`)
  const err = await rejection(() => storefront.store.region.retrieve("reg_nope"))
  assert.equal(err.status, 404)
  assert.equal(err.message, "Region with id: reg_nope was not found")
})
