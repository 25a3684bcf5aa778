#!/usr/bin/env bash
# Where a cold run's processor time goes, from a Java Flight Recorder recording.
#   bench/profile.sh [DOCUMENTS] [own|template]   (default 1000, own: a store of bench/run.sh, generated if missing)
# Runs langcov cold over the benchmark's store with the recorder on, then prints each step's wall
# time from the log and the share of the sampled processor time in each part of the work:
# start-up, register reading, staging, PDF parsing, text extraction, language identification,
# cache look-ups, results written, reports.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-1000}
kind=${2:-own}
source bench/common.sh
work=$(bench_work "$documents" "$kind")

bench_store "$documents" "$kind"
bench_database "$PWD/target/bench/profile-db-$documents-$kind"
recording=$PWD/target/bench/cold-$documents.jfr
start=$(date +%s.%N)
JAVA_OPTS="${JAVA_OPTS:-} -XX:StartFlightRecording=filename=$recording,settings=$PWD/bench/profile.jfc" \
  ./langcov run "$work/bench.yml" > /dev/null 2>&1 || true
printf 'cold run with the recorder on: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc -l)"
bench_breakdown
./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.langcov.fixtures.ProfileSummary \
  -Dexec.classpathScope=test -Dexec.args="$recording"
