#!/usr/bin/env bash
# The same benchmark session on HSQLDB and on PostgreSQL, side by side.
#   bench/databases.sh [DOCUMENTS]     (default 10000)
# Generates the benchmark's store of DOCUMENTS documents once (bench/common.sh, as bench/run.sh;
# not timed), then on each database, empty at the start, times a first run and three reruns over
# the unchanged store, launcher and JVM start included, and prints the times and PostgreSQL's over
# HSQLDB's per run. HSQLDB: a fresh file database of the benchmark's own. PostgreSQL: Debian's
# server (/usr/lib/postgresql/*/bin, `apt-get install -y postgresql`), started by this script as
# the postgres user on 127.0.0.1 only, with a throwaway data directory under target/, and stopped
# at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-10000}
work=target/bench/$documents
runs=("first run" "rerun 1" "rerun 2" "rerun 3")
source bench/common.sh

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
if [[ -z $pg_bin || ! -x $pg_bin/pg_ctl ]]; then
  echo "no PostgreSQL server under /usr/lib/postgresql (apt-get install -y postgresql)" >&2
  exit 1
fi
if [[ $(id -u) -eq 0 ]]; then
  as_postgres() { runuser -u postgres -- "$@"; }
else
  as_postgres() { "$@"; }
fi

bench_store "$documents"
files=$(find "$work/store" -name '*.pdf' | wc -l)
echo "Store: $files files of $documents documents; $(nproc) cores" >&2

seconds() { # command...: its wall time in seconds
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

timed_runs() { # database: the four runs, one time a line
  local label=$1 i
  for i in "${!runs[@]}"; do
    local s; s=$(seconds ./langcov run "$work/bench.yml")
    printf '%-11s %-12s %8.2f s\n' "$label" "${runs[$i]}" "$s" >&2
    bench_breakdown
    echo "$s"
  done
}

# HSQLDB
bench_database "$PWD/target/bench/db-hsqldb-$documents"
mapfile -t hsqldb < <(timed_runs HSQLDB)

# PostgreSQL
pg_data=$PWD/target/bench/pg-$documents
pg_port=${PG_PORT:-55432}
rm -rf "$pg_data"
mkdir -p "$pg_data"
[[ $(id -u) -eq 0 ]] && chown postgres: "$pg_data"
as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 > /dev/null
stop_postgres() { as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop > /dev/null || true; }
trap stop_postgres EXIT
as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_data" start > /dev/null
as_postgres "$pg_bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres \
  -c "CREATE ROLE langcov LOGIN" -c "CREATE DATABASE langcov OWNER langcov"
echo "PostgreSQL: $("$pg_bin/postgres" --version) on 127.0.0.1:$pg_port, data in $pg_data" >&2
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/langcov"
export SPRING_DATASOURCE_USERNAME=langcov SPRING_DATASOURCE_PASSWORD=
mapfile -t postgresql < <(timed_runs PostgreSQL)

echo
printf '%-12s %10s %12s %10s\n' run HSQLDB PostgreSQL PG/HSQLDB
for i in "${!runs[@]}"; do
  printf '%-12s %8.2f s %10.2f s %10.2f\n' "${runs[$i]}" "${hsqldb[$i]}" "${postgresql[$i]}" \
    "$(echo "${postgresql[$i]} / ${hsqldb[$i]}" | bc -l)"
done
