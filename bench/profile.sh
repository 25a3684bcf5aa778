#!/usr/bin/env bash
# Where a cold run's processor time goes, from a Java Flight Recorder recording.
#   bench/profile.sh [DOCUMENTS]     (default 1000; the store of bench/run.sh, generated if missing)
# Runs langcov cold over the benchmark's store with the recorder on, then prints each step's wall
# time from the log and the share of the sampled processor time in each part of the work:
# start-up, register reading, staging, PDF parsing, text extraction, language identification,
# cache look-ups, results written, reports.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-1000}
work=target/bench/$documents

if [[ ! -f $work/bench.yml ]]; then
  echo "Generating $documents documents into $work (not timed)..."
  rm -rf "$work"
  ./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.langcov.fixtures.BenchmarkStore \
    -Dexec.classpathScope=test -Dexec.args="$work $documents"
fi
# the build and the launcher's class-data archive, as for bench/run.sh
./langcov run jobs/cnd57.yml > /dev/null

db=$PWD/target/bench/profile-db-$documents
export SPRING_DATASOURCE_URL="jdbc:hsqldb:file:$db/langcov;hsqldb.write_delay=false;hsqldb.default_table_type=cached;hsqldb.result_max_memory_rows=10000;shutdown=true"
rm -rf "$db"
recording=$PWD/target/bench/cold-$documents.jfr
start=$(date +%s.%N)
JAVA_OPTS="${JAVA_OPTS:-} -XX:StartFlightRecording=filename=$recording,settings=$PWD/bench/profile.jfc" \
  ./langcov run "$work/bench.yml" > /dev/null 2>&1 || true
printf 'cold run with the recorder on: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc -l)"
tail -n 200 output/.langcov/logs/langcov.log | grep -E "Step: \[|Reports of BENCH" | tail -n 4 \
  | sed -E 's/.*Step: \[([a-zA-Z]+)\] executed in (.*)/  \1: \2/; s/.*Reports of BENCH written side by side: (.*)/    reports: \1/'
./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.langcov.fixtures.ProfileSummary \
  -Dexec.classpathScope=test -Dexec.args="$recording"
