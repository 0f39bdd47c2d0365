// SPDX-License-Identifier: MIT
// Admin products as a merchant script drives them through the js-sdk: create with options,
// variants and prices, list, retrieve, update, add a variant, batch, delete, and the errors.
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

const client = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

function shirt(suffix) {
  return {
    title: `Conformance Shirt ${suffix}`,
    handle: `conformance-shirt-${suffix}`,
    options: [{ title: "Size", values: ["S", "M", "L"] }],
    variants: [
      {
        title: "S",
        sku: `CONF-${suffix}-S`,
        options: { Size: "S" },
        prices: [{ currency_code: "usd", amount: 10 }, { currency_code: "eur", amount: 9.5 }],
      },
      {
        title: "M",
        sku: `CONF-${suffix}-M`,
        options: { Size: "M" },
        prices: [{ currency_code: "usd", amount: 12 }],
      },
    ],
  }
}

let created

before(async () => {
  await client.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
  created = (await client.admin.product.create(shirt(runId))).product
})

test("product.create answers the product with admin variant prices", async () => {
  assert.match(created.id, /^prod_[0-9A-Z]{26}$/)
  assert.equal(created.handle, `conformance-shirt-${runId}`)
  assert.equal(created.status, "draft")
  assert.equal(created.variants.length, 2)
  const small = created.variants.find((v) => v.sku === `CONF-${runId}-S`)
  assert.equal(small.manage_inventory, true)
  assert.equal(small.prices.length, 2)
  const usd = small.prices.find((p) => p.currency_code === "usd")
  assert.equal(usd.amount, 10)
  assert.equal(usd.variant_id, small.id)
  assert.deepEqual(usd.rules, {})
  assert.match(usd.id, /^price_[0-9A-Z]{26}$/)
  assert.equal(created.options[0].title, "Size")
  assert.equal(created.options[0].values.length, 3)
})

test("product.list filters by handle and honours fields", async () => {
  const page = await client.admin.product.list({
    handle: `conformance-shirt-${runId}`,
    fields: "id,handle",
  })
  assert.equal(page.count, 1)
  assert.equal(page.limit, 50)
  assert.equal(page.offset, 0)
  assert.deepEqual(Object.keys(page.products[0]).sort(), ["handle", "id"])
})

test("product.list searches with q over variant skus", async () => {
  const page = await client.admin.product.list({ q: `CONF-${runId}-M`, fields: "id" })
  assert.equal(page.count, 1)
  assert.equal(page.products[0].id, created.id)
})

test("product.retrieve reads the product and an unknown id is a 404", async () => {
  const { product } = await client.admin.product.retrieve(created.id, { fields: "+variants.sku" })
  assert.equal(product.id, created.id)
  assert.equal(product.variants.length, 2)
  const err = await rejection(() => client.admin.product.retrieve("prod_01JZZZZZZZZZZZZZZZZZZZZZZZ"))
  assert.equal(err.status, 404)
})

test("product.update changes scalars and replaces variant prices", async () => {
  const small = created.variants.find((v) => v.sku === `CONF-${runId}-S`)
  const medium = created.variants.find((v) => v.sku === `CONF-${runId}-M`)
  const { product } = await client.admin.product.update(created.id, {
    title: `Renamed ${runId}`,
    variants: [
      { id: small.id, prices: [{ currency_code: "usd", amount: 11 }] },
      { id: medium.id },
    ],
  })
  assert.equal(product.title, `Renamed ${runId}`)
  assert.equal(product.variants.length, 2)
  const updated = product.variants.find((v) => v.id === small.id)
  assert.equal(updated.prices.length, 1)
  assert.equal(updated.prices[0].amount, 11)
  assert.equal(product.variants.find((v) => v.id === medium.id).prices[0].amount, 12)
})

test("product.createVariant answers the parent product", async () => {
  const { product } = await client.admin.product.createVariant(created.id, {
    title: "L",
    sku: `CONF-${runId}-L`,
    options: { Size: "L" },
    prices: [{ currency_code: "usd", amount: 14 }],
  })
  assert.equal(product.id, created.id)
  const large = product.variants.find((v) => v.sku === `CONF-${runId}-L`)
  assert.equal(large.prices.length, 1)
  assert.equal(large.prices[0].amount, 14)
})

test("product.createVariant refuses a taken option combination", async () => {
  const err = await rejection(() =>
    client.admin.product.createVariant(created.id, {
      title: "Again",
      options: { Size: "S" },
      prices: [{ currency_code: "usd", amount: 1 }],
    }),
  )
  assert.equal(err.status, 400)
})

test("product.batch creates, updates and deletes in one call", async () => {
  const doomed = (await client.admin.product.create(shirt(`${runId}-old`))).product
  const result = await client.admin.product.batch({
    create: [{ title: `Batch ${runId}`, options: [{ title: "Size", values: ["S"] }] }],
    update: [{ id: created.id, subtitle: "batched" }],
    delete: [doomed.id],
  })
  assert.equal(result.created.length, 1)
  assert.equal(result.created[0].title, `Batch ${runId}`)
  assert.equal(result.updated[0].subtitle, "batched")
  assert.deepEqual(result.deleted, { ids: [doomed.id], object: "product", deleted: true })
})

test("product.create refuses unknown fields and a missing title", async () => {
  const unknown = await rejection(() => client.admin.product.create({ title: "x", foo: 1 }))
  assert.equal(unknown.status, 400)
  assert.match(unknown.message, /Unrecognized fields: 'foo'/)
  const untitled = await rejection(() => client.admin.product.create({ subtitle: "x" }))
  assert.equal(untitled.status, 400)
})

test("product.delete answers Medusa's delete envelope", async () => {
  const doomed = (await client.admin.product.create(shirt(`${runId}-del`))).product
  const result = await client.admin.product.delete(doomed.id)
  assert.deepEqual(result, { id: doomed.id, object: "product", deleted: true })
  const err = await rejection(() => client.admin.product.retrieve(doomed.id))
  assert.equal(err.status, 404)
})
