#!/usr/bin/env bash
# Times backup and restore at the DESIGN.md §10 scale on both engines: backs up the SQLite
# benchmark data set, restores it into PostgreSQL, backs that up, and restores it into a new
# SQLite file; prints the size and time of each step for BENCHMARKS.md.
#
#   bench/backup.sh          # reuses target/bench/relata.db from bench/run.sh sqlite, or makes it
#
# Environment: SIZES as for bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${SIZES:-people=1000000,companies=200000,deals=300000,activities=3000000}
relata=target/release/relata
work=target/bench
mkdir -p "$work"
[ -x "$relata" ] || cargo build --release --locked -p relata
export RELATA_LOG_LEVEL=warn
export RELATA_BACKUP_PASSPHRASE="benchmark passphrase, not a secret"

if [ ! -f "$work/relata.db" ]; then
  args=()
  IFS=, read -ra pairs <<< "$sizes"
  for pair in "${pairs[@]}"; do args+=("--${pair%%=*}" "${pair#*=}"); done
  echo "== generating the data set ($sizes) in SQLite"
  "$relata" --database-url "sqlite://$work/relata.db" bench-data "${args[@]}"
fi

timed() {
  local label=$1; shift
  local start end
  start=$(date +%s%3N)
  "$@" >"$work/step.log" 2>&1 || { cat "$work/step.log"; exit 1; }
  end=$(date +%s%3N)
  printf '%-40s %8.1f s   %s\n' "$label" "$(echo "($end - $start) / 1000" | bc -l)" "$(tail -1 "$work/step.log" | cut -c1-90)"
}

rm -f "$work"/*.backup.age "$work/restored.db"*
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS relata_backup_bench WITH (FORCE)"
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE relata_backup_bench"
pg="postgres://postgres@127.0.0.1:5432/relata_backup_bench"

echo "== $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(git rev-parse --short HEAD)"
timed "backup from SQLite" "$relata" --database-url "sqlite://$work/relata.db" backup --output "$work/sqlite.backup.age"
echo "   archive: $(du -h "$work/sqlite.backup.age" | cut -f1) (database file: $(du -h "$work/relata.db" | cut -f1))"
timed "check the archive (restore --check-only)" "$relata" --database-url "sqlite://$work/check.db" restore --input "$work/sqlite.backup.age" --check-only
timed "restore into PostgreSQL" "$relata" --database-url "$pg" restore --input "$work/sqlite.backup.age"
timed "backup from PostgreSQL" "$relata" --database-url "$pg" backup --output "$work/postgres.backup.age"
timed "restore into a new SQLite file" "$relata" --database-url "sqlite://$work/restored.db" restore --input "$work/postgres.backup.age"
rm -f "$work/check.db"*
