#!/usr/bin/env bash
# Runs the DESIGN.md §10 benchmark on one engine and prints the numbers for BENCHMARKS.md.
#
#   bench/run.sh sqlite            # data in target/bench/relata.db
#   bench/run.sh postgres          # data in the database relata_bench on the local server
#
# Environment: SIZES="people=1000000,companies=200000,deals=300000,activities=3000000"
# (the default), CLIENTS=32, SECONDS_PER_SCENARIO=10, REUSE=1 to keep existing data,
# SCENARIOS=get,search to run only some.
set -euo pipefail
cd "$(dirname "$0")/.."

engine=${1:?usage: bench/run.sh sqlite|postgres}
clients=${CLIENTS:-32}
seconds=${SECONDS_PER_SCENARIO:-10}
sizes=${SIZES:-people=1000000,companies=200000,deals=300000,activities=3000000}
port=18090
mkdir -p target/bench

case "$engine" in
  sqlite) url="sqlite://target/bench/relata.db" ;;
  postgres) url="postgres://postgres@127.0.0.1:5432/relata_bench" ;;
  *) echo "unknown engine $engine" >&2; exit 2 ;;
esac

cargo build --release --locked -p relata -p relata-bench

if [ "${REUSE:-0}" != 1 ]; then
  if [ "$engine" = sqlite ]; then
    rm -f target/bench/relata.db target/bench/relata.db-wal target/bench/relata.db-shm
  else
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS relata_bench WITH (FORCE)"
    psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE relata_bench"
  fi
  args=()
  IFS=, read -ra pairs <<< "$sizes"
  for pair in "${pairs[@]}"; do args+=("--${pair%%=*}" "${pair#*=}"); done
  echo "== generating the data set ($sizes)"
  start=$(date +%s%3N)
  RELATA_LOG_LEVEL=warn target/release/relata --database-url "$url" bench-data "${args[@]}"
  end=$(date +%s%3N)
  echo "generated in $(( (end - start) / 1000 )) s"
fi

# Pending migrations (an upgrade) are applied first: cold start measures a current database.
RELATA_LOG_LEVEL=warn target/release/relata --database-url "$url" migrate
# The load clients sign in as the data set's owner.
RELATA_ADMIN_PASSWORD=relata-bench RELATA_LOG_LEVEL=warn \
  target/release/relata --database-url "$url" admin set-password --email bench@relata.example

echo "== cold start (migrations checked, serving)"
start=$(date +%s%N)
# The load clients share one session: the per-caller request budget would throttle them.
RELATA_API_REQUESTS_PER_MINUTE=0 RELATA_LOG_LEVEL="warn,sqlx=error" \
  target/release/relata --database-url "$url" serve --listen "127.0.0.1:$port" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.005; done
end=$(date +%s%N)
echo "ready in $(( (end - start) / 1000000 )) ms"

# Let start-up work (SQLite refreshes planner statistics in the background) finish first.
sleep "${WARMUP:-15}"

echo "== load: $clients clients, $seconds s per scenario"
target/release/relata-load --url "http://127.0.0.1:$port" --clients "$clients" --seconds "$seconds" --server-pid "$server" \
  --scenarios "${SCENARIOS:-get,list,search,board,create,patch,batch}"
