// SPDX-License-Identifier: MIT
// Admin users as a signed-in merchant script reads them (list envelope, retrieve, 404).
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

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

// A second user, made the way Medusa makes users: invite, register, accept.
async function invitedUser(name) {
  const email = `${name}-${runId}@medusa-test.com`
  const { invite } = await client.admin.invite.create({ email })
  const invitee = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  await invitee.auth.register("user", "emailpass", { email, password: "invitee-password" })
  const { user } = await invitee.admin.invite.accept({ invite_token: invite.token })
  return { user, email }
}

test("users.update changes names and metadata and answers {user}", async () => {
  const { user } = await invitedUser("updated")
  const { user: updated } = await client.admin.user.update(user.id, {
    first_name: "Up",
    last_name: "Dated",
    metadata: { team: "ops" },
  })
  assert.equal(updated.id, user.id)
  assert.equal(updated.first_name, "Up")
  assert.equal(updated.last_name, "Dated")
  assert.deepEqual(updated.metadata, { team: "ops" })
  const { user: again } = await client.admin.user.retrieve(user.id)
  assert.equal(again.first_name, "Up")
})

test("users.update refuses unknown fields", async () => {
  const { user: me } = await client.admin.user.me()
  const err = await rejection(() => client.admin.user.update(me.id, { email: "x@y.z" }))
  assert.equal(err.status, 400)
})

test("users.delete removes another user and its login", async () => {
  const { user, email } = await invitedUser("deleted")
  const deleted = await client.admin.user.delete(user.id)
  assert.deepEqual(deleted, { id: user.id, object: "user", deleted: true })
  const err = await rejection(() => client.admin.user.retrieve(user.id))
  assert.equal(err.status, 404)
  const login = await rejection(() =>
    sdk().auth.login("user", "emailpass", { email, password: "invitee-password" }),
  )
  assert.equal(login.status, 401)
})
