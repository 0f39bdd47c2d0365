// SPDX-License-Identifier: MIT
// Admin inventory items through the js-sdk: levels, computed quantities, level updates,
// delete, and the duplicate-sku error.
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

const client = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
let locationId

before(async () => {
  await client.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
  const { stock_location: location } = await client.admin.stockLocation.create({
    name: `Inventory ${runId}`,
  })
  locationId = location.id
})

test("inventoryItem.create with levels answers stocked and available quantities", async () => {
  const { inventory_item: item } = await client.admin.inventoryItem.create({
    sku: `SHIRT-${runId}`,
    title: "Shirt",
    location_levels: [{ location_id: locationId, stocked_quantity: 10 }],
  })
  assert.match(item.id, /^iitem_/)
  assert.equal(item.sku, `SHIRT-${runId}`)
  assert.equal(item.stocked_quantity, 10)
  assert.equal(item.reserved_quantity, 0)
  assert.equal(item.location_levels.length, 1)
  assert.equal(item.location_levels[0].location_id, locationId)
  assert.equal(item.location_levels[0].available_quantity, 10)

  const dup = await rejection(() =>
    client.admin.inventoryItem.create({ sku: `SHIRT-${runId}` })
  )
  assert.equal(dup.status, 400)
  assert.equal(dup.message, `Inventory item with sku: SHIRT-${runId}, already exists.`)
})

test("inventoryItem level routes update and list levels", async () => {
  const { inventory_item: item } = await client.admin.inventoryItem.create({
    sku: `LEVEL-${runId}`,
    location_levels: [{ location_id: locationId, stocked_quantity: 2 }],
  })
  const { inventory_item: updated } = await client.admin.inventoryItem.updateLevel(
    item.id,
    locationId,
    { stocked_quantity: 7 }
  )
  assert.equal(updated.stocked_quantity, 7)
  const levels = await client.admin.inventoryItem.listLevels(item.id)
  assert.equal(levels.count, 1)
  assert.equal(levels.inventory_levels[0].stocked_quantity, 7)
  assert.equal(levels.inventory_levels[0].available_quantity, 7)

  const page = await client.admin.inventoryItem.list({ sku: `LEVEL-${runId}` })
  assert.equal(page.count, 1)
  assert.equal(page.inventory_items[0].id, item.id)
})

test("inventoryItem.delete, then 404", async () => {
  const { inventory_item: item } = await client.admin.inventoryItem.create({ sku: `GONE-${runId}` })
  const deleted = await client.admin.inventoryItem.delete(item.id)
  assert.deepEqual(deleted, { id: item.id, object: "inventory_item", deleted: true })
  const err = await rejection(() => client.admin.inventoryItem.retrieve(item.id))
  assert.equal(err.status, 404)
})
