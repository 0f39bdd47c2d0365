#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmarks medusa-server with wrk: req/s, p50/p99 latency and server RSS per route.
# Run by hand (not in CI):
#   tests/bench/run-bench.sh                 # builds release, starts the server on a fresh
#                                            # embedded PostgreSQL in a temp dir, benches, stops
#   BASE_URL=http://127.0.0.1:9000 SERVER_PID=1234 tests/bench/run-bench.sh   # an existing one
#   CATALOG=200 tests/bench/run-bench.sh    # seeds 200 products x 3 variants (EUR+USD) and
#                                            # benches the issue-6 catalog routes as well
# Options (environment): DURATION (default 10s), CONNECTIONS (32), THREADS (2),
#   ROUTES (space separated paths; default "/health" plus DB_ROUTE when set),
#   DB_ROUTE (a DB-backed route, e.g. "/store/regions"), HEADERS (extra wrk -H values, one per line).
#   The server inherits the environment: MEDUSA_STORE_CACHE_TTL_MS=0 measures /store without the
#   answer cache.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
routes=${ROUTES:-"/health ${DB_ROUTE:-}"}

command -v wrk >/dev/null || { echo "wrk is missing: apt install wrk" >&2; exit 1; }

cleanup() { :; }
if [ -z "${BASE_URL:-}" ]; then
  cmake --preset release -S "$root" >/dev/null
  cmake --build --preset release --target medusa-server
  data=$(mktemp -d /tmp/medusa-bench.XXXXXX)
  [ "$(id -u)" -ne 0 ] || chmod 755 "$data"
  port=$((20000 + RANDOM % 20000))
  server="$root/build/release/server/medusa-server"
  if [ -n "${CATALOG:-}" ]; then
    python3 "$root/tests/bench/bench_catalog.py" "$CATALOG" "$data/catalog.json"
    seeded=$(MEDUSA_DATA_DIR="$data" "$server" seed --file "$data/catalog.json")
    key=$(sed -n 's/^Publishable API key "Bench": \(pk_[0-9a-f]*\)$/\1/p' <<<"$seeded")
    MEDUSA_DATA_DIR="$data" "$server" user -e bench@example.com -p bench-password >/dev/null
  fi
  MEDUSA_DATA_DIR="$data" PORT=$port LOG_LEVEL=warn \
    "$server" start >"$data/server.log" 2>&1 &
  SERVER_PID=$!
  BASE_URL="http://127.0.0.1:$port"
  cleanup() { kill -TERM "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; rm -rf "$data"; }
  for _ in $(seq 1 300); do
    curl -fs "$BASE_URL/health" >/dev/null 2>&1 && break
    sleep 0.1
  done
fi
trap cleanup EXIT

# The catalog routes of issue 6 (needs CATALOG): store list/retrieve with prices, regions, and
# the admin list with a bearer token.
if [ -n "${key:-}" ]; then
  region=$(curl -fs -H "x-publishable-api-key: $key" "$BASE_URL/store/regions?currency_code=eur&fields=id" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["regions"][0]["id"])')
  product=$(curl -fs -H "x-publishable-api-key: $key" "$BASE_URL/store/products?limit=1&fields=id" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["products"][0]["id"])')
  token=$(curl -fs -H 'content-type: application/json' \
    -d '{"email":"bench@example.com","password":"bench-password"}' "$BASE_URL/auth/user/emailpass" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  HEADERS="x-publishable-api-key: $key"
  routes="$routes /store/products?limit=20&region_id=$region /store/products/$product?region_id=$region /store/regions"
  admin_route="/admin/products?limit=50"
fi

rss() {
  [ -n "${SERVER_PID:-}" ] || { echo "n/a"; return; }
  awk '/^VmRSS/ {printf "%.1f MiB", $2/1024}' "/proc/$SERVER_PID/status"
}

header_args=()
while IFS= read -r h; do [ -n "$h" ] && header_args+=(-H "$h"); done <<<"${HEADERS:-}"

# One wrk run: route, then extra wrk arguments (headers); prints req/s, p50, p99 and RSS.
bench() {
  local route=$1 out rps p50 p99 errors
  shift
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$BASE_URL$route")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses/ {print $NF}' <<<"$out")
  printf '%-40s %12s %10s %10s %12s %s\n' "$route" "$rps" "$p50" "$p99" "$(rss)" \
    "${errors:+(non-2xx: $errors)}"
}

printf '%-40s %12s %10s %10s %12s\n' route req/s p50 p99 rss
for route in $routes; do
  bench "$route" "${header_args[@]}"
done
[ -z "${admin_route:-}" ] || bench "$admin_route" -H "Authorization: Bearer $token"
