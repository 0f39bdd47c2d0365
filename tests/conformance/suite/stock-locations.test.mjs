// SPDX-License-Identifier: MIT
// Admin stock locations through the js-sdk: nested address, update, sales channels, delete.
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

const client = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

before(async () => {
  await client.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
})

test("stockLocation.create nests the address", async () => {
  const { stock_location: location } = await client.admin.stockLocation.create({
    name: `Warehouse ${runId}`,
    address: { address_1: "1 Dock Road", country_code: "dk", city: "Aarhus" },
  })
  assert.match(location.id, /^sloc_/)
  assert.equal(location.name, `Warehouse ${runId}`)
  assert.equal(location.address.address_1, "1 Dock Road")
  assert.equal(location.address.city, "Aarhus")
  assert.equal(location.address.country_code, "dk")
})

test("stockLocation.update changes the name and the address", async () => {
  const { stock_location: created } = await client.admin.stockLocation.create({
    name: `Old ${runId}`,
    address: { address_1: "1 Quay", country_code: "se" },
  })
  const { stock_location: updated } = await client.admin.stockLocation.update(created.id, {
    name: `New ${runId}`,
    address: { address_1: "2 Quay", country_code: "se" },
  })
  assert.equal(updated.name, `New ${runId}`)
  assert.equal(updated.address.address_1, "2 Quay")
  const { stock_location: read } = await client.admin.stockLocation.retrieve(created.id)
  assert.equal(read.address.address_1, "2 Quay")
})

test("stockLocation.updateSalesChannels links channels", async () => {
  const { stock_location: location } = await client.admin.stockLocation.create({
    name: `Linked ${runId}`,
  })
  const { sales_channel: channel } = await client.admin.salesChannel.create({ name: `Loc ${runId}` })
  await client.admin.stockLocation.updateSalesChannels(location.id, { add: [channel.id] })
  const { stock_location: read } = await client.admin.stockLocation.retrieve(location.id, {
    fields: "id,sales_channels.id",
  })
  assert.deepEqual(read.sales_channels.map((c) => c.id), [channel.id])
})

test("stockLocation.delete, then 404", async () => {
  const { stock_location: location } = await client.admin.stockLocation.create({
    name: `Gone ${runId}`,
  })
  const deleted = await client.admin.stockLocation.delete(location.id)
  assert.deepEqual(deleted, { id: location.id, object: "stock_location", deleted: true })
  const err = await rejection(() => client.admin.stockLocation.retrieve(location.id))
  assert.equal(err.status, 404)
})
