// SPDX-License-Identifier: MIT
// Admin authentication as the js-sdk performs it (API-CORE.md §2; MEDUSA-OBSERVED.md).
import assert from "node:assert/strict"
import { test } from "node:test"

import { adminEmail, adminPassword, baseUrl, rejection, sdk } from "../lib/client.mjs"

test("login then users.me with the JWT the SDK keeps", async () => {
  const client = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  const token = await client.auth.login("user", "emailpass", {
    email: adminEmail,
    password: adminPassword,
  })
  assert.equal(typeof token, "string")
  assert.equal(token.split(".").length, 3)
  const { user } = await client.admin.user.me()
  assert.equal(user.email, adminEmail)
  assert.match(user.id, /^user_[0-9A-Z]{26}$/)
  for (const key of ["first_name", "last_name", "avatar_url", "metadata", "created_at"]) {
    assert.ok(key in user, `user.${key} is returned`)
  }
})

test("users.me with fields=id,email returns just those", async () => {
  const client = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
  await client.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
  const { user } = await client.admin.user.me({ fields: "id,email" })
  assert.deepEqual(Object.keys(user).sort(), ["email", "id"])
})

test("a wrong password and an unknown e-mail fail alike", async () => {
  const wrong = await rejection(() =>
    sdk().auth.login("user", "emailpass", { email: adminEmail, password: "not-the-password" }),
  )
  const unknown = await rejection(() =>
    sdk().auth.login("user", "emailpass", {
      email: `nobody-${Date.now()}@medusa-test.com`,
      password: "not-the-password",
    }),
  )
  assert.equal(wrong.status, 401)
  assert.equal(unknown.status, 401)
  assert.equal(wrong.message, "Invalid email or password")
  assert.equal(unknown.message, wrong.message)
})

test("admin routes without credentials answer exactly 401 {message: Unauthorized}", async () => {
  for (const headers of [{}, { authorization: "Bearer garbage" }]) {
    for (const path of ["/admin/users/me", "/admin/users", "/admin/no-such-thing"]) {
      const res = await fetch(`${baseUrl}${path}`, { headers })
      assert.equal(res.status, 401, path)
      assert.deepEqual(await res.json(), { message: "Unauthorized" })
    }
  }
})

test("auth.resetPassword succeeds alike for known and unknown identifiers", async () => {
  // 201 either way: the answer must not reveal which e-mails have an account.
  await sdk().auth.resetPassword("user", "emailpass", { identifier: adminEmail })
  await sdk().auth.resetPassword("user", "emailpass", {
    identifier: `nobody-${Date.now()}@medusa-test.com`,
  })
  const known = await fetch(`${baseUrl}/auth/user/emailpass/reset-password`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identifier: adminEmail }),
  })
  const unknown = await fetch(`${baseUrl}/auth/user/emailpass/reset-password`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ identifier: `nobody-${Date.now()}@medusa-test.com` }),
  })
  assert.equal(known.status, 201)
  assert.equal(unknown.status, 201)
  assert.equal(await known.text(), await unknown.text())
})
