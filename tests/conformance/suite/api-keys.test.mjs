// SPDX-License-Identifier: MIT
// Admin API keys through the js-sdk: publishable keys with sales channels, a secret key used
// for Basic auth, revoke and delete.
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

const client = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

before(async () => {
  await client.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
})

test("a publishable key gets a pk_ token, a title update and sales channels", async () => {
  const { api_key: key } = await client.admin.apiKey.create({
    title: `Storefront ${runId}`,
    type: "publishable",
  })
  assert.match(key.id, /^apk_/)
  assert.match(key.token, /^pk_/)
  assert.equal(key.type, "publishable")
  const { api_key: renamed } = await client.admin.apiKey.update(key.id, { title: `Shop ${runId}` })
  assert.equal(renamed.title, `Shop ${runId}`)

  const { sales_channel: channel } = await client.admin.salesChannel.create({ name: `Key ${runId}` })
  const { api_key: linked } = await client.admin.apiKey.batchSalesChannels(key.id, {
    add: [channel.id],
  })
  assert.deepEqual(linked.sales_channels.map((c) => c.id), [channel.id])

  const { api_key: read } = await client.admin.apiKey.retrieve(key.id)
  assert.equal(read.token, key.token)
  assert.equal(read.sales_channels[0].name, `Key ${runId}`)
})

test("an unrevoked key cannot be deleted; a revoked one can", async () => {
  const { api_key: key } = await client.admin.apiKey.create({
    title: `Temp ${runId}`,
    type: "publishable",
  })
  const refused = await rejection(() => client.admin.apiKey.delete(key.id))
  assert.equal(refused.status, 400)
  assert.match(refused.message, /not revoked/)
  const { api_key: revoked } = await client.admin.apiKey.revoke(key.id)
  assert.ok(revoked.revoked_at)
  const deleted = await client.admin.apiKey.delete(key.id)
  assert.deepEqual(deleted, { id: key.id, object: "api_key", deleted: true })
})

test("a secret key is shown once and authenticates admin requests until revoked", async () => {
  const { api_key: key } = await client.admin.apiKey.create({
    title: `Backend ${runId}`,
    type: "secret",
  })
  try {
    assert.match(key.token, /^sk_/)
    const { api_key: read } = await client.admin.apiKey.retrieve(key.id)
    assert.equal(read.token, "")

    const script = sdk({ apiKey: key.token })
    const page = await script.admin.salesChannel.list({ limit: 1 })
    assert.ok(Array.isArray(page.sales_channels))

    const linked = await rejection(() =>
      client.admin.apiKey.batchSalesChannels(key.id, { add: [] })
    )
    assert.equal(linked.status, 400)

    await client.admin.apiKey.revoke(key.id)
    const denied = await rejection(() => script.admin.salesChannel.list({ limit: 1 }))
    assert.equal(denied.status, 401)
  } finally {
    const { api_key: current } = await client.admin.apiKey.retrieve(key.id)
    if (!current.revoked_at) await client.admin.apiKey.revoke(key.id)
    await client.admin.apiKey.delete(key.id)
  }
})
