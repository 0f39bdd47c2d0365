// SPDX-License-Identifier: MIT
// Admin users as a signed-in merchant script reads them (list envelope, retrieve, 404).
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, sdk } from "../lib/client.mjs"

const client = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

before(async () => {
  await client.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
})

test("users.list answers Medusa's list envelope", async () => {
  const page = await client.admin.user.list({ limit: 1, offset: 0 })
  assert.ok(Array.isArray(page.users))
  assert.equal(page.users.length, 1)
  assert.equal(page.limit, 1)
  assert.equal(page.offset, 0)
  assert.ok(Number.isInteger(page.count) && page.count >= 1)
  assert.match(page.users[0].id, /^user_[0-9A-Z]{26}$/)
})

test("users.list honours fields", async () => {
  const page = await client.admin.user.list({ fields: "id,email", limit: 5 })
  for (const user of page.users) assert.deepEqual(Object.keys(user).sort(), ["email", "id"])
})

test("users.retrieve finds the signed-in user by id", async () => {
  const { user: me } = await client.admin.user.me()
  const { user } = await client.admin.user.retrieve(me.id)
  assert.equal(user.id, me.id)
  assert.equal(user.email, adminEmail)
})

test("users.retrieve of an unknown id is a 404", async () => {
  const err = await rejection(() => client.admin.user.retrieve("user_01JZZZZZZZZZZZZZZZZZZZZZZZ"))
  assert.equal(err.status, 404)
  assert.match(err.message, /was not found/)
})
