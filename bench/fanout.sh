#!/usr/bin/env bash
# Measures how fast a change made through one instance reaches a live client of another:
# two release instances over one PostgreSQL database, with Redis and then without it (when
# instances only find each other's changes by polling the change feed).
#
#   bench/fanout.sh            # WRITES=1000
set -euo pipefail
cd "$(dirname "$0")/.."
writes=${WRITES:-1000}
cargo build --release --locked -p relata -p relata-bench
db=relata_fanout_bench
url="postgres://postgres@127.0.0.1:5432/$db"
export RELATA_LOG_LEVEL=warn RELATA_API_REQUESTS_PER_MINUTE=0
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

instances() {
  local redis=$1
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db"
  for port in 18091 18092; do
    RELATA_REDIS_URL=$redis target/release/relata --database-url "$url" serve --listen "127.0.0.1:$port" &
    pids+=($!)
  done
  for port in 18091 18092; do
    until curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do sleep 0.2; done
  done
  curl -fsS -o /dev/null -H 'content-type: application/json' \
    -d '{"workspace_name":"Bench","owner_email":"bench@relata.example","owner_name":"Bench","owner_password":"relata-bench"}' \
    http://127.0.0.1:18091/api/v1/setup
}

stop() {
  kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  pids=()
}

echo "== $(nproc) cores; $(git rev-parse --short HEAD); $writes writes"
echo "-- with Redis"
instances "redis://127.0.0.1:6379"
target/release/relata-fanout --a http://127.0.0.1:18091 --b http://127.0.0.1:18092 --writes "$writes"
stop
echo "-- without Redis (B polls the feed every second)"
instances ""
target/release/relata-fanout --a http://127.0.0.1:18091 --b http://127.0.0.1:18092 --writes "$((writes / 10))"
stop
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
