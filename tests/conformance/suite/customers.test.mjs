// SPDX-License-Identifier: MIT
// Customers as a storefront and a merchant script drive them with the js-sdk: sign-up
// (register → store.customer.create → login), the signed-in customer and their addresses,
// admin customers and customer groups (API-CORE.md §2.4, §4.7, §4.10).
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

const admin = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
const jwt = { auth: { type: "jwt", jwtTokenStorageMethod: "memory" } }
const password = "supersecret"
let publishableKey = process.env.PUBLISHABLE_KEY

/// A storefront client: JWT auth kept in memory and the publishable key on /store requests.
function storefront() {
  return sdk({ ...jwt, publishableKey })
}

/// Signs a new customer up the way the SDK documents it; returns the signed-in client.
async function signUp(email, data = {}) {
  const client = storefront()
  await client.auth.register("customer", "emailpass", { email, password })
  const { customer } = await client.store.customer.create({ email, ...data })
  await client.auth.login("customer", "emailpass", { email, password })
  return { client, customer }
}

before(async () => {
  await admin.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
  if (!publishableKey) {
    // Every /store request needs a publishable key; make one as a merchant would.
    const { api_key } = await admin.admin.apiKey.create({
      title: `customers-${runId}`,
      type: "publishable",
    })
    publishableKey = api_key.token
  }
})

test("register, store.customer.create, login, retrieve", async () => {
  const email = `jane-${runId}@medusa-test.com`
  const { client, customer } = await signUp(email, { first_name: "Jane" })
  assert.match(customer.id, /^cus_[0-9A-Z]{26}$/)
  assert.equal(customer.email, email)
  assert.equal(customer.has_account, true)
  assert.deepEqual(customer.addresses, [])
  const { customer: me } = await client.store.customer.retrieve()
  assert.equal(me.id, customer.id)
  assert.equal(me.first_name, "Jane")
  const { customer: narrow } = await client.store.customer.retrieve({ fields: "id,email" })
  assert.deepEqual(Object.keys(narrow).sort(), ["email", "id"])
})

test("store.customer.create refuses a token that already has a customer", async () => {
  const { client } = await signUp(`twice-${runId}@medusa-test.com`)
  const err = await rejection(() =>
    client.store.customer.create({ email: `other-${runId}@medusa-test.com` }),
  )
  assert.equal(err.status, 400)
  assert.equal(err.message, "Request already authenticated as a customer.")
})

test("store.customer.create without an e-mail is a 400", async () => {
  const client = storefront()
  await client.auth.register("customer", "emailpass", {
    email: `noemail-${runId}@medusa-test.com`,
    password,
  })
  const err = await rejection(() => client.store.customer.create({ first_name: "No" }))
  assert.equal(err.status, 400)
  assert.equal(err.message, "Email is required to create a customer")
})

test("store.customer.retrieve without a customer is 401", async () => {
  const err = await rejection(() => storefront().store.customer.retrieve())
  assert.equal(err.status, 401)
})

test("store.customer.update changes the signed-in customer", async () => {
  const { client } = await signUp(`update-${runId}@medusa-test.com`)
  const { customer } = await client.store.customer.update({ last_name: "Doe" })
  assert.equal(customer.last_name, "Doe")
})

test("addresses: create, list, retrieve, update with default flags, delete", async () => {
  const { client, customer } = await signUp(`addr-${runId}@medusa-test.com`)
  const first = await client.store.customer.createAddress({
    address_1: "1 Main St",
    city: "Paris",
    country_code: "fr",
    is_default_shipping: true,
  })
  assert.equal(first.customer.id, customer.id)
  assert.equal(first.customer.addresses.length, 1)
  const firstId = first.customer.addresses[0].id
  assert.match(firstId, /^cuaddr_[0-9A-Z]{26}$/)

  await client.store.customer.createAddress({ city: "Lyon", is_default_shipping: true })
  const page = await client.store.customer.listAddress()
  assert.equal(page.count, 2)
  assert.equal(page.offset, 0)
  assert.equal(page.addresses.filter((a) => a.is_default_shipping).length, 1)
  assert.equal(page.addresses.find((a) => a.id === firstId).is_default_shipping, false)

  const { address } = await client.store.customer.retrieveAddress(firstId)
  assert.equal(address.city, "Paris")
  const updated = await client.store.customer.updateAddress(firstId, { is_default_shipping: true })
  for (const a of updated.customer.addresses) assert.equal(a.is_default_shipping, a.id === firstId)

  const deleted = await client.store.customer.deleteAddress(firstId)
  assert.equal(deleted.object, "address")
  assert.equal(deleted.deleted, true)
  assert.equal(deleted.parent.id, customer.id)
  const missing = await rejection(() => client.store.customer.retrieveAddress(firstId))
  assert.equal(missing.status, 404)
})

test("admin customers: create, list, retrieve, update, delete", async () => {
  const email = `guest-${runId}@medusa-test.com`
  const { customer } = await admin.admin.customer.create({ email, company_name: `ACME ${runId}` })
  assert.equal(customer.has_account, false)
  const { user } = await admin.admin.user.me()
  assert.equal(customer.created_by, user.id)
  const page = await admin.admin.customer.list({ q: runId, has_account: false })
  assert.ok(page.customers.some((c) => c.id === customer.id))
  const { customer: found } = await admin.admin.customer.retrieve(customer.id)
  assert.equal(found.email, email)
  const { customer: updated } = await admin.admin.customer.update(customer.id, { phone: "123" })
  assert.equal(updated.phone, "123")
  const dup = await rejection(() => admin.admin.customer.create({ email }))
  assert.equal(dup.status, 400)
  assert.equal(dup.message, `Customer with email: ${email}, has_account: false, already exists.`)
  const deleted = await admin.admin.customer.delete(customer.id)
  assert.deepEqual(deleted, { id: customer.id, object: "customer", deleted: true })
  const gone = await rejection(() => admin.admin.customer.retrieve(customer.id))
  assert.equal(gone.status, 404)
})

test("admin customer groups and their members", async () => {
  const { customer_group: group } = await admin.admin.customerGroup.create({
    name: `VIP ${runId}`,
  })
  assert.match(group.id, /^cusgroup_[0-9A-Z]{26}$/)
  const { customer } = await admin.admin.customer.create({
    email: `member-${runId}@medusa-test.com`,
  })
  await admin.admin.customerGroup.batchCustomers(group.id, { add: [customer.id] })
  const { customer: member } = await admin.admin.customer.retrieve(customer.id, {
    fields: "id,groups.id",
  })
  assert.deepEqual(member.groups.map((g) => g.id), [group.id])
  await admin.admin.customer.batchCustomerGroups(customer.id, { remove: [group.id] })
  const { customer: left } = await admin.admin.customer.retrieve(customer.id, {
    fields: "id,groups.id",
  })
  assert.deepEqual(left.groups, [])
  const dup = await rejection(() => admin.admin.customerGroup.create({ name: `VIP ${runId}` }))
  assert.equal(dup.status, 400)
  assert.equal(dup.message, `Customer group with name: VIP ${runId}, already exists.`)
  const deleted = await admin.admin.customerGroup.delete(group.id)
  assert.deepEqual(deleted, { id: group.id, object: "customer_group", deleted: true })
})
