// SPDX-License-Identifier: MIT
// Invites as an admin and an invitee drive them through the js-sdk: create, list, retrieve,
// resend, delete, and accept with a registration token (API-CORE.md §2.4).
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

const admin = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

before(async () => {
  await admin.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
})

const inviteeEmail = (name) => `${name}-${runId}@medusa-test.com`

test("invite.create answers {invite} with a token and a future expiry", async () => {
  const email = inviteeEmail("created")
  const { invite } = await admin.admin.invite.create({ email })
  assert.match(invite.id, /^invite_[0-9A-Z]{26}$/)
  assert.equal(invite.email, email)
  assert.equal(invite.accepted, false)
  assert.equal(typeof invite.token, "string")
  assert.equal(invite.token.split(".").length, 3)
  assert.ok(new Date(invite.expires_at) > new Date())
})

test("invite.list filters by email and honours fields", async () => {
  const email = inviteeEmail("listed")
  await admin.admin.invite.create({ email })
  const page = await admin.admin.invite.list({ email, fields: "id,email" })
  assert.equal(page.count, 1)
  assert.equal(page.invites.length, 1)
  assert.deepEqual(Object.keys(page.invites[0]).sort(), ["email", "id"])
  assert.equal(page.invites[0].email, email)
})

test("invite.retrieve, resend and delete", async () => {
  const { invite } = await admin.admin.invite.create({ email: inviteeEmail("resent") })
  const { invite: same } = await admin.admin.invite.retrieve(invite.id)
  assert.equal(same.id, invite.id)
  const { invite: resent } = await admin.admin.invite.resend(invite.id)
  assert.equal(resent.id, invite.id)
  assert.notEqual(resent.token, invite.token)
  const deleted = await admin.admin.invite.delete(invite.id)
  assert.deepEqual(deleted, { id: invite.id, object: "invite", deleted: true })
  const err = await rejection(() => admin.admin.invite.retrieve(invite.id))
  assert.equal(err.status, 404)
})

test("an invitee registers, accepts the invite and signs in as a user", async () => {
  const email = inviteeEmail("joiner")
  const { invite } = await admin.admin.invite.create({ email })
  const invitee = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  await invitee.auth.register("user", "emailpass", { email, password: "joiner-password" })
  const { user } = await invitee.admin.invite.accept({
    invite_token: invite.token,
    first_name: "Jo",
    last_name: "Iner",
  })
  assert.match(user.id, /^user_[0-9A-Z]{26}$/)
  assert.equal(user.email, email)
  assert.equal(user.first_name, "Jo")

  await invitee.auth.login("user", "emailpass", { email, password: "joiner-password" })
  const { user: me } = await invitee.admin.user.me()
  assert.equal(me.id, user.id)

  const second = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  await second.auth.register("user", "emailpass", {
    email: inviteeEmail("late"),
    password: "late-password",
  })
  const spent = await rejection(() => second.admin.invite.accept({ invite_token: invite.token }))
  assert.equal(spent.status, 401)
})

test("invite routes need an admin", async () => {
  const err = await rejection(() => sdk().admin.invite.list())
  assert.equal(err.status, 401)
})
