#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Benchmarks medusa-server with wrk: req/s, p50/p99 latency and server RSS per route.
# Run by hand (not in CI):
#   tests/bench/run-bench.sh                 # builds release, starts the server on a fresh
#                                            # embedded PostgreSQL in a temp dir, benches, stops
#   BASE_URL=http://127.0.0.1:9000 SERVER_PID=1234 tests/bench/run-bench.sh   # an existing one
# Options (environment): DURATION (default 10s), CONNECTIONS (32), THREADS (2),
#   ROUTES (space separated paths; default "/health" plus DB_ROUTE when set),
#   DB_ROUTE (a DB-backed route, e.g. "/store/regions"), HEADERS (extra wrk -H values, one per line).
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
  MEDUSA_DATA_DIR="$data" PORT=$port LOG_LEVEL=warn \
    "$root/build/release/server/medusa-server" start >"$data/server.log" 2>&1 &
  SERVER_PID=$!
  BASE_URL="http://127.0.0.1:$port"
  cleanup() { kill -TERM "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; rm -rf "$data"; }
  for _ in $(seq 1 300); do
    curl -fs "$BASE_URL/health" >/dev/null 2>&1 && break
    sleep 0.1
  done
fi
trap cleanup EXIT

rss() {
  [ -n "${SERVER_PID:-}" ] || { echo "n/a"; return; }
  awk '/^VmRSS/ {printf "%.1f MiB", $2/1024}' "/proc/$SERVER_PID/status"
}

header_args=()
while IFS= read -r h; do [ -n "$h" ] && header_args+=(-H "$h"); done <<<"${HEADERS:-}"

printf '%-40s %12s %10s %10s %12s\n' route req/s p50 p99 rss
for route in $routes; do
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "${header_args[@]}" "$BASE_URL$route")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses/ {print $NF}' <<<"$out")
  printf '%-40s %12s %10s %10s %12s %s\n' "$route" "$rps" "$p50" "$p99" "$(rss)" \
    "${errors:+(non-2xx: $errors)}"
done
