// SPDX-License-Identifier: MIT
// Runs the conformance suite.
//  - Against any server: BASE_URL=http://host:port [ADMIN_EMAIL=… ADMIN_PASSWORD=…] node run.mjs
//  - Against ours (what CTest does): MEDUSA_SERVER=/path/medusa-server
//    MEDUSA_TEST_SERVICES=/path/medusa-test-services MEDUSA_TEST_SERVICES_FILE=/path/services.env
//    node run.mjs — creates a fresh database in the fixture's PostgreSQL, migrates it, starts the
//    server on a free port, runs the suite, and stops the server whatever happens.
import { spawn, spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import net from "node:net"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))

function ensureDependencies() {
  if (existsSync(path.join(here, "node_modules", "@medusajs", "js-sdk"))) return
  console.log("conformance: installing dependencies with npm ci")
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: here, stdio: "inherit" })
  if (r.status !== 0) throw new Error("npm ci failed")
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.on("error", reject)
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

function run(cmd, args, env) {
  const r = spawnSync(cmd, args, { env, encoding: "utf8" })
  if (r.status !== 0) {
    throw new Error(`${path.basename(cmd)} ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`)
  }
  return r.stdout.trim()
}

async function waitForHealth(baseUrl, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`medusa-server exited with ${server.exitCode}`)
    try {
      const res = await fetch(`${baseUrl}/health`)
      if (res.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`medusa-server did not answer /health within ${timeoutMs} ms`)
}

async function startOurServer() {
  const { MEDUSA_SERVER, MEDUSA_TEST_SERVICES, MEDUSA_TEST_SERVICES_FILE } = process.env
  if (!MEDUSA_SERVER || !MEDUSA_TEST_SERVICES || !MEDUSA_TEST_SERVICES_FILE) {
    throw new Error("set BASE_URL, or MEDUSA_SERVER + MEDUSA_TEST_SERVICES(_FILE) (see run.mjs)")
  }
  const databaseUrl = run(MEDUSA_TEST_SERVICES, ["createdb", MEDUSA_TEST_SERVICES_FILE, "conformance"])
  const port = await freePort()
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: "127.0.0.1",
    NODE_ENV: "test",
    // Outside development the server refuses secrets under 32 bytes (issue 12).
    JWT_SECRET: "conformance-jwt-secret-0123456789abcdef",
    COOKIE_SECRET: "conformance-cookie-secret-0123456789abcdef",
    LOG_LEVEL: "warn",
    STORE_CORS: "http://localhost:8000",
    ADMIN_CORS: "http://localhost:9000",
    AUTH_CORS: "http://localhost:9000",
  }
  run(MEDUSA_SERVER, ["db:migrate"], env)
  // The first admin, as a Medusa project creates it (lib/client.mjs defaults to these).
  run(MEDUSA_SERVER, ["user", "-e", "admin@medusa-test.com", "-p", "supersecret"], env)
  const server = spawn(MEDUSA_SERVER, ["start"], { env, stdio: ["ignore", "inherit", "inherit"] })
  const baseUrl = `http://127.0.0.1:${port}`
  await waitForHealth(baseUrl, server, 15000)
  return { server, baseUrl }
}

async function main() {
  ensureDependencies()
  let server = null
  let baseUrl = process.env.BASE_URL
  if (!baseUrl) ({ server, baseUrl } = await startOurServer())
  console.log(`conformance: testing ${baseUrl}`)
  try {
    const r = spawnSync(process.execPath, ["--test", "--test-concurrency=1", "suite/"], {
      cwd: here,
      stdio: "inherit",
      env: { ...process.env, BASE_URL: baseUrl },
    })
    return r.status ?? 1
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve))
      server.kill("SIGTERM")
      await exited
    }
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`conformance: ${err.message}`)
    process.exit(1)
  }
)
