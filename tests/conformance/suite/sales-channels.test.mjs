// SPDX-License-Identifier: MIT
// Admin sales channels through the js-sdk: create, retrieve, update, list, delete, 404.
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

const client = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

before(async () => {
  await client.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
})

test("salesChannel.create answers the channel with Medusa's defaults", async () => {
  const { sales_channel: channel } = await client.admin.salesChannel.create({
    name: `Web ${runId}`,
    description: "Online",
  })
  assert.match(channel.id, /^sc_[0-9A-Z]{26}$/)
  assert.equal(channel.name, `Web ${runId}`)
  assert.equal(channel.description, "Online")
  assert.equal(channel.is_disabled, false)
  for (const key of ["created_at", "updated_at", "deleted_at", "metadata"]) {
    assert.ok(key in channel, key)
  }
})

test("salesChannel.update, retrieve and list see the change", async () => {
  const { sales_channel: created } = await client.admin.salesChannel.create({ name: `Old ${runId}` })
  const { sales_channel: updated } = await client.admin.salesChannel.update(created.id, {
    name: `New ${runId}`,
    is_disabled: true,
  })
  assert.equal(updated.name, `New ${runId}`)
  assert.equal(updated.is_disabled, true)
  const { sales_channel: read } = await client.admin.salesChannel.retrieve(created.id)
  assert.equal(read.name, `New ${runId}`)
  const page = await client.admin.salesChannel.list({ q: `New ${runId}`, fields: "id,name" })
  assert.equal(page.count, 1)
  assert.deepEqual(Object.keys(page.sales_channels[0]).sort(), ["id", "name"])
})

test("salesChannel.delete answers Medusa's delete envelope, then 404", async () => {
  const { sales_channel: created } = await client.admin.salesChannel.create({ name: `Gone ${runId}` })
  const deleted = await client.admin.salesChannel.delete(created.id)
  assert.deepEqual(deleted, { id: created.id, object: "sales-channel", deleted: true })
  const err = await rejection(() => client.admin.salesChannel.retrieve(created.id))
  assert.equal(err.status, 404)
})

test("salesChannel.create without a name is a 400", async () => {
  const err = await rejection(() => client.admin.salesChannel.create({ description: "x" }))
  assert.equal(err.status, 400)
  assert.match(err.message, /name/)
})
