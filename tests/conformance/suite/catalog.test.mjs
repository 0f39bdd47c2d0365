// SPDX-License-Identifier: MIT
// Collections and categories as a merchant script and a storefront use them: admin CRUD,
// products moved into a collection, category ranks and trees, the store's view.
import assert from "node:assert/strict"
import { before, test } from "node:test"

import { adminEmail, adminPassword, rejection, runId, sdk } from "../lib/client.mjs"

const admin = sdk({ auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })
let storefront

before(async () => {
  await admin.auth.login("user", "emailpass", { email: adminEmail, password: adminPassword })
  let publishableKey = process.env.PUBLISHABLE_KEY
  if (!publishableKey) {
    const { api_key } = await admin.admin.apiKey.create({ title: `catalog-${runId}`, type: "publishable" })
    publishableKey = api_key.token
  }
  storefront = sdk({ publishableKey })
})

test("productCollection.create answers {collection} with a handle made from the title", async () => {
  const { collection } = await admin.admin.productCollection.create({ title: `Summer ${runId}` })
  assert.match(collection.id, /^pcol_[0-9A-Z]{26}$/)
  assert.equal(collection.title, `Summer ${runId}`)
  assert.equal(collection.handle, `summer-${runId}`)
  for (const key of ["created_at", "updated_at", "metadata"]) assert.ok(key in collection)
})

test("productCollection list, retrieve, update and delete", async () => {
  const { collection } = await admin.admin.productCollection.create({
    title: `Winter ${runId}`,
    metadata: { season: "cold" },
  })
  const page = await admin.admin.productCollection.list({ handle: collection.handle })
  assert.equal(page.count, 1)
  assert.equal(page.limit, 10)
  assert.equal(page.offset, 0)
  assert.equal(page.collections[0].id, collection.id)

  const { collection: narrow } = await admin.admin.productCollection.retrieve(collection.id, {
    fields: "id,title",
  })
  assert.deepEqual(Object.keys(narrow).sort(), ["id", "title"])

  const { collection: updated } = await admin.admin.productCollection.update(collection.id, {
    title: `Autumn ${runId}`,
  })
  assert.equal(updated.title, `Autumn ${runId}`)
  assert.equal(updated.handle, collection.handle)
  assert.deepEqual(updated.metadata, { season: "cold" })

  const deleted = await admin.admin.productCollection.delete(collection.id)
  assert.deepEqual(deleted, { id: collection.id, object: "collection", deleted: true })
  const after = await admin.admin.productCollection.list({ handle: collection.handle })
  assert.equal(after.count, 0)
})

test("productCollection.create refuses a duplicate handle and bad bodies", async () => {
  const handle = `dupe-${runId}`
  await admin.admin.productCollection.create({ title: "Dupe", handle })
  const duplicate = await rejection(() => admin.admin.productCollection.create({ title: "B", handle }))
  assert.equal(duplicate.status, 400)
  assert.equal(
    duplicate.message,
    `Product collection with handle: ${handle}, already exists.`,
  )
  const missing = await rejection(() => admin.admin.productCollection.create({}))
  assert.equal(missing.status, 400)
  assert.match(missing.message, /title/)
  const unknown = await rejection(() =>
    admin.admin.productCollection.create({ title: "x", bogus: true }),
  )
  assert.equal(unknown.status, 400)
  assert.match(unknown.message, /Unrecognized fields: 'bogus'/)
})

test("productCollection.updateProducts with no changes answers {collection}", async () => {
  const { collection } = await admin.admin.productCollection.create({ title: `Linked ${runId}` })
  const result = await admin.admin.productCollection.updateProducts(collection.id, { add: [], remove: [] })
  assert.equal(result.collection.id, collection.id)
})

test("productCategory create, nest, rank and delete", async () => {
  const { product_category: parent } = await admin.admin.productCategory.create({
    name: `Parent ${runId}`,
    is_active: true,
  })
  assert.match(parent.id, /^pcat_[0-9A-Z]{26}$/)
  assert.equal(parent.handle, `parent-${runId}`)
  assert.equal(parent.parent_category_id, null)
  assert.deepEqual(parent.category_children, [])

  const { product_category: first } = await admin.admin.productCategory.create({
    name: `First ${runId}`,
    parent_category_id: parent.id,
  })
  const { product_category: second } = await admin.admin.productCategory.create({
    name: `Second ${runId}`,
    parent_category_id: parent.id,
    rank: 0,
  })
  assert.equal(first.parent_category_id, parent.id)
  assert.equal(second.rank, 0)
  const { product_category: again } = await admin.admin.productCategory.retrieve(first.id)
  assert.equal(again.rank, 1)
  assert.equal(again.parent_category.id, parent.id)

  const { product_category: withChildren } = await admin.admin.productCategory.retrieve(parent.id, {
    include_descendants_tree: true,
  })
  assert.deepEqual(
    withChildren.category_children.map((c) => c.id),
    [second.id, first.id],
  )

  const list = await admin.admin.productCategory.list({ parent_category_id: parent.id, limit: 10 })
  assert.equal(list.count, 2)
  assert.equal(list.limit, 10)

  const refused = await rejection(() => admin.admin.productCategory.delete(parent.id))
  assert.equal(refused.status, 400)
  const deleted = await admin.admin.productCategory.delete(second.id)
  assert.deepEqual(deleted, { id: second.id, object: "product_category", deleted: true })
  const remaining = await admin.admin.productCategory.list({ parent_category_id: parent.id })
  assert.deepEqual(remaining.product_categories.map((c) => c.id), [first.id])
})

test("productCategory.retrieve of an unknown id is a 404", async () => {
  const err = await rejection(() =>
    admin.admin.productCategory.retrieve("pcat_01JZZZZZZZZZZZZZZZZZZZZZZZ"),
  )
  assert.equal(err.status, 404)
  assert.match(err.message, /was not found/)
})

test("store.collection.list answers the store envelope, newest first", async () => {
  const { collection } = await admin.admin.productCollection.create({ title: `Shop ${runId}` })
  const page = await storefront.store.collection.list()
  assert.equal(page.limit, 10)
  assert.equal(page.offset, 0)
  assert.ok(page.count >= 1)
  assert.equal(page.collections[0].id, collection.id)
  const { collection: one } = await storefront.store.collection.retrieve(collection.id)
  assert.equal(one.handle, collection.handle)
})

test("store.category.list shows active public categories only", async () => {
  const visible = `Visible ${runId}`
  const { product_category: shown } = await admin.admin.productCategory.create({
    name: visible,
    is_active: true,
  })
  await admin.admin.productCategory.create({ name: `Inactive ${runId}`, is_active: false })
  await admin.admin.productCategory.create({
    name: `Internal ${runId}`,
    is_active: true,
    is_internal: true,
  })
  const page = await storefront.store.category.list({ q: runId, limit: 50 })
  assert.equal(page.limit, 50)
  const names = page.product_categories.map((c) => c.name)
  assert.ok(names.includes(visible))
  assert.ok(!names.some((name) => name.startsWith("Inactive") || name.startsWith("Internal")))
  const { product_category } = await storefront.store.category.retrieve(shown.id)
  assert.equal(product_category.name, visible)
  assert.ok(!("is_internal" in product_category))
})
