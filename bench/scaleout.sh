#!/usr/bin/env bash
# The same cold run in one process and scaled out through a broker to 1 and 2 workers, side by side.
#   bench/scaleout.sh [DOCUMENTS]     (default 5000: 30,000 slots, about 29,400 files)
# Generates the benchmark's store of DOCUMENTS documents once (bench/common.sh, as bench/run.sh;
# not timed), starts a throwaway PostgreSQL as bench/databases.sh does (Debian's server, as the
# postgres user, on 127.0.0.1:PG_PORT, default 55433, data under target/, stopped at the end), then
# for each configuration, on a langcov database dropped and created again, times
# `./langcov run --force bench.yml` (wall time, launcher and JVM start included):
#   baseline    one process, no broker (the same PostgreSQL)
#   1 worker    `./langcov broker` on a free loopback port, started with an empty message folder
#   2 workers   for the configuration, and 1 or 2 `./langcov worker` processes, started and ready
#               before the run, stopped (SIGTERM) after it
# and prints, per configuration: slots (rows of LC_SLOT) per second of the run's wall time; the
# processor time (user + sys) spent during the run by the run, the workers, the broker, PostgreSQL
# and the rest of the machine (other processes: near 0 when the measure is clean); the database's load
# per slot, from pg_stat_database's counters of the langcov database (deltas from just before the
# run to after every langcov process of the configuration has ended): commits, rows written
# (inserted + updated + deleted), blocks read and hit; and the broker's load per slot: the
# partition requests the manager sent and asked again, from its log (each one persistent message
# and one acknowledgement). Every process writes its own log (LOGGING_FILE_NAME) and output into
# target/bench/scaleout-DOCUMENTS/. Needs bc; PostgreSQL: `apt-get install -y postgresql bc`.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-5000}
work=target/bench/$documents
logs=$PWD/target/bench/scaleout-$documents
source bench/common.sh

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -n 1)
if [[ -z $pg_bin || ! -x $pg_bin/pg_ctl ]]; then
  echo "no PostgreSQL server under /usr/lib/postgresql (apt-get install -y postgresql)" >&2
  exit 1
fi
command -v bc > /dev/null || { echo "bc is missing (apt-get install -y bc)" >&2; exit 1; }
if [[ $(id -u) -eq 0 ]]; then
  as_postgres() { runuser -u postgres -- "$@"; }
else
  as_postgres() { "$@"; }
fi

bench_store "$documents"
files=$(find "$work/store" -name '*.pdf' | wc -l)
echo "Store: $files files of $documents documents; $(nproc) cores" >&2
rm -rf "$logs"
mkdir -p "$logs"

# --- the processes this script starts, stopped at exit whatever happens ---
pg_data=$PWD/target/bench/pg-scaleout-$documents
pg_port=${PG_PORT:-55433}
broker_pid=
worker_pids=()
cleanup() {
  local pid
  for pid in "${worker_pids[@]}" $broker_pid; do
    kill -TERM "$pid" 2> /dev/null && wait "$pid" 2> /dev/null || true
  done
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop > /dev/null 2>&1 || true
}
trap cleanup EXIT

rm -rf "$pg_data"
mkdir -p "$pg_data"
[[ $(id -u) -eq 0 ]] && chown postgres: "$pg_data"
as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 > /dev/null
as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -c unix_socket_directories=$pg_data" start > /dev/null
# psql as postgres on the database postgres (DATABASE to name another), unaligned, no psqlrc
pg() { as_postgres "$pg_bin/psql" -X -q -At -F ' ' -h 127.0.0.1 -p "$pg_port" -U postgres -d "${DATABASE:-postgres}" "$@"; }
pg -c "CREATE ROLE langcov LOGIN"
echo "PostgreSQL: $("$pg_bin/postgres" --version) on 127.0.0.1:$pg_port, data in $pg_data" >&2
export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/langcov"
export SPRING_DATASOURCE_USERNAME=langcov SPRING_DATASOURCE_PASSWORD=
unset LANGCOV_BROKER_URL

# The langcov database's counters: commits, rows written, blocks read, blocks hit. Read from the
# database postgres, so that reading them does not count; a backend reports its counters at the
# latest when it ends, or idle for a second.
counters() {
  pg -c "SELECT xact_commit, tup_inserted + tup_updated + tup_deleted, blks_read, blks_hit
         FROM pg_stat_database WHERE datname = 'langcov'"
}

free_port() { # a loopback port nothing listens on
  local port
  for port in $(seq 61616 61716); do
    if ! (: > "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port in 61616-61716" >&2
  return 1
}

wait_for_line() { # pid file text: waits (2 min at most) until the process prints the text
  local pid=$1 file=$2 text=$3 i
  for ((i = 0; i < 1200; i++)); do
    grep -qsF "$text" "$file" && return 0
    if ! kill -0 "$pid" 2> /dev/null; then
      echo "process $pid ended before saying \"$text\":" >&2
      cat "$file" >&2
      exit 1
    fi
    sleep 0.1
  done
  echo "process $pid did not say \"$text\" within 2 minutes" >&2
  exit 1
}

cpu_seconds() { # pid: the process's processor time so far, user + sys, its waited children included
  sed 's/.*) //' "/proc/$1/stat" | awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($12 + $13 + $14 + $15) / hz }'
}

pg_cpu() { # PostgreSQL's processor time so far: the postmaster, its processes, those it waited for
  local postmaster pid
  postmaster=$(head -n 1 "$pg_data/postmaster.pid")
  for pid in $postmaster $(ps -o pid= --ppid "$postmaster"); do
    cpu_seconds "$pid" 2> /dev/null || true # a backend that just ended
    echo
  done | awk '{ n += $1 } END { printf "%.2f", n }'
}

machine_cpu() { # the machine's busy processor time since boot, every process's (user, nice, system, irq, steal)
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat
}

workers_cpu() { # the workers' processor time so far
  local pid
  for pid in "${worker_pids[@]}"; do cpu_seconds "$pid"; echo; done | awk '{ n += $1 } END { printf "%.2f", n }'
}

stop() { # pid: SIGTERM, and waits for it; its exit status in $stopped
  stopped=0
  kill -TERM "$1"
  wait "$1" || stopped=$?
}

configs=(baseline "1 worker" "2 workers")
declare -a r_wall r_slots r_load r_run_cpu r_worker_cpu r_broker_cpu r_pg_cpu r_rest_cpu
declare -a r_commits r_rows r_read r_hit r_sent r_again

for c in "${!configs[@]}"; do
  label=${configs[$c]}
  name=$c-${label// /-}
  workers=$c
  echo >&2
  echo "== $label: empty database langcov" >&2
  pg -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS langcov" -c "CREATE DATABASE langcov OWNER langcov"
  broker_env=()
  if ((workers > 0)); then
    # a broker of this configuration alone: no request left over from another one
    rm -rf output/.langcov/broker
    url=tcp://127.0.0.1:$(free_port)
    LOGGING_FILE_NAME=$logs/$name-broker.log LANGCOV_BROKER_URL=$url \
      ./langcov broker > "$logs/$name-broker.out" 2>&1 &
    broker_pid=$!
    wait_for_line "$broker_pid" "$logs/$name-broker.out" "langcov broker: listening on"
    echo "   $(head -n 1 "$logs/$name-broker.out")" >&2
    broker_env=(LANGCOV_BROKER_URL="$url")
    for ((w = 1; w <= workers; w++)); do
      LOGGING_FILE_NAME=$logs/$name-worker$w.log LANGCOV_BROKER_URL=$url \
        ./langcov worker > "$logs/$name-worker$w.out" 2>&1 &
      worker_pids+=("$!")
    done
    for ((w = 1; w <= workers; w++)); do
      wait_for_line "${worker_pids[$((w - 1))]}" "$logs/$name-worker$w.out" "langcov worker: host"
      echo "   $(head -n 1 "$logs/$name-worker$w.out")" >&2
    done
  fi
  sleep 2 # the workers' start-up queries reported, before the counters are read
  read -r commits0 rows0 read0 hit0 < <(counters)
  load=$(cut -d ' ' -f 1 /proc/loadavg)
  workers0=$(workers_cpu) broker0=0 pg0=$(pg_cpu) machine0=$(machine_cpu)
  [[ -n $broker_pid ]] && broker0=$(cpu_seconds "$broker_pid")

  if ! env "${broker_env[@]}" LOGGING_FILE_NAME="$logs/$name-run.log" /usr/bin/time -f "%e %U %S" -o "$logs/$name-run.time" \
      ./langcov run --force "$work/bench.yml" > "$logs/$name-run.out" 2> "$logs/$name-run.err"; then
    echo "the run of $label failed:" >&2
    cat "$logs/$name-run.out" "$logs/$name-run.err" >&2
    exit 1
  fi
  machine1=$(machine_cpu) pg1=$(pg_cpu) workers1=$(workers_cpu) broker1=0
  [[ -n $broker_pid ]] && broker1=$(cpu_seconds "$broker_pid")
  read -r wall user sys < "$logs/$name-run.time"
  echo "   $(grep -v '^$' "$logs/$name-run.out" | tail -n 1)" >&2

  for ((w = 1; w <= workers; w++)); do
    pid=${worker_pids[$((w - 1))]}
    total=$(cpu_seconds "$pid")
    stop "$pid"
    echo "   worker $w (process $pid) stopped: exit status $stopped; $total s CPU from its start" >&2
  done
  worker_pids=()
  if [[ -n $broker_pid ]]; then
    stop "$broker_pid"
    echo "   broker (process $broker_pid) stopped: exit status $stopped" >&2
    broker_pid=
  fi
  sleep 1 # every langcov backend has ended and reported its counters
  read -r commits1 rows1 read1 hit1 < <(counters)

  slots=$(DATABASE=langcov pg -c "SELECT count(*) FROM lc_slot")
  sent=$({ grep -oE "Sent [0-9]+ partitions" "$logs/$name-run.log" || true; } | awk '{ n += $2 } END { print n + 0 }')
  again=$(grep -c "Asking again" "$logs/$name-run.log" || true)
  errors=$({ grep -hcE "^[^ ]+ +(ERROR|WARN) " "$logs/$name"-*.log || true; } | awk '{ n += $1 } END { print n + 0 }')
  echo "   $slots slots in ${wall} s; $sent partitions sent, $again asked again; $errors WARN/ERROR lines in the logs" >&2
  { grep -hE "^[^ ]+ +(ERROR|WARN) " "$logs/$name"-*.log || true; } | sed -E 's/^[^ ]+ +([A-Z]+) .* : /     \1 /' \
    | sort | uniq -c | cut -c1-200 >&2

  r_wall[c]=$wall r_slots[c]=$slots r_load[c]=$load
  r_run_cpu[c]=$(echo "$user + $sys" | bc -l)
  r_worker_cpu[c]=$(echo "$workers1 - $workers0" | bc -l)
  r_broker_cpu[c]=$(echo "$broker1 - $broker0" | bc -l)
  r_pg_cpu[c]=$(echo "$pg1 - $pg0" | bc -l)
  r_rest_cpu[c]=$(echo "$machine1 - $machine0 - ${r_run_cpu[c]} - ${r_worker_cpu[c]} - ${r_broker_cpu[c]} - ${r_pg_cpu[c]}" | bc -l)
  r_commits[c]=$((commits1 - commits0)) r_rows[c]=$((rows1 - rows0))
  r_read[c]=$((read1 - read0)) r_hit[c]=$((hit1 - hit0))
  r_sent[c]=$sent r_again[c]=$again
done

per() { echo "$1 / $2" | bc -l; }
echo
echo "Machine: $(nproc) cores ($(grep -m 1 'model name' /proc/cpuinfo | sed 's/.*: //')), $(free -g | awk '/^Mem:/ { print $2 }') GB memory"
lib() { jar tf target/langcov.jar 2> /dev/null | sed -nE "s|^BOOT-INF/lib/($1-[0-9][^/]*)\.jar$|\1|p" | head -n 1; }
echo "Versions: $(java -version 2>&1 | head -n 1); $("$pg_bin/postgres" --version);" \
  "$(lib spring-boot) $(lib spring-batch-core) $(lib artemis-server); langcov $(git rev-parse --short HEAD)"
echo "Store: $files files of $documents documents, $(nproc) threads a process (langcov.parallelism)"
echo
echo "Time, and processor time (user + sys, s) spent during the run"
printf '%-13s %7s %8s %7s %8s %8s %8s %10s %8s\n' "" "wall" "" "load" "" "" "" "" "rest of"
printf '%-13s %7s %8s %7s %8s %8s %8s %10s %8s\n' configuration "s" slots/s before run workers broker PostgreSQL machine
for c in "${!configs[@]}"; do
  printf '%-13s %7.2f %8.1f %7.2f %8.2f %8.2f %8.2f %10.2f %8.2f\n' "${configs[$c]}" "${r_wall[$c]}" \
    "$(per "${r_slots[$c]}" "${r_wall[$c]}")" "${r_load[$c]}" "${r_run_cpu[$c]}" "${r_worker_cpu[$c]}" \
    "${r_broker_cpu[$c]}" "${r_pg_cpu[$c]}" "${r_rest_cpu[$c]}"
done
for c in "${!configs[@]}"; do
  share=$(echo "100 * ${r_rest_cpu[$c]} / (${r_wall[$c]} * $(nproc))" | bc -l)
  if (($(echo "$share > 5" | bc -l))); then
    printf '  %s: other processes took %.1f s of processor time during the run (%.0f%% of the machine): not a clean measure\n' \
      "${configs[$c]}" "${r_rest_cpu[$c]}" "$share"
  fi
done
echo
echo "Load per slot: the langcov database's (pg_stat_database) and the broker's"
printf '%-13s %6s %9s %9s %9s %9s %11s %10s\n' "" "" "commits" "rows" "blocks" "blocks" "requests" "broker"
printf '%-13s %6s %9s %9s %9s %9s %11s %10s\n' configuration slots "" written read hit "sent+again" "msg"
for c in "${!configs[@]}"; do
  printf '%-13s %6d %9.4f %9.3f %9.3f %9.2f %11s %10.5f\n' "${configs[$c]}" "${r_slots[$c]}" \
    "$(per "${r_commits[$c]}" "${r_slots[$c]}")" "$(per "${r_rows[$c]}" "${r_slots[$c]}")" \
    "$(per "${r_read[$c]}" "${r_slots[$c]}")" "$(per "${r_hit[$c]}" "${r_slots[$c]}")" \
    "${r_sent[$c]}+${r_again[$c]}" "$(per "$((r_sent[c] + r_again[c]))" "${r_slots[$c]}")"
done
echo
echo "slots: rows of LC_SLOT after the run. wall: the run, launcher and JVM start included; the workers and"
echo "the broker are started and ready before it. load: the 1-minute load average just before the run."
echo "Processor time during the run: the run's (launcher included), the workers' and the broker's, PostgreSQL's"
echo "(its processes and those it waited for) and the rest of the machine's (other processes: the measure is"
echo "only clean when that is near 0). Database: deltas from just before the run to after its workers ended,"
echo "their share included; rows written: inserted + updated + deleted. Broker: partition requests the"
echo "manager sent and asked again for (its log), each one persistent message and one acknowledgement."
