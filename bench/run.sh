#!/usr/bin/env bash
# langcov's benchmark against poppler's pdfinfo, side by side on one store.
#   bench/run.sh [DOCUMENTS] [cold]     (default 1000: about 5,850 files; cold: the cold run only)
# Generates N documents x 6 languages of two-page PDFs (not timed), then times, launcher and JVM
# start included: langcov's cold run (content checks on), its rerun over the unchanged store, and,
# where poppler is installed, pdfinfo over the same files with two processes in parallel.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-1000}
only=${2:-}
work=target/bench/$documents
db=$PWD/target/bench/db-$documents

if [[ ! -f $work/bench.yml ]]; then
  echo "Generating $documents documents into $work (not timed)..."
  rm -rf "$work"
  ./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.langcov.fixtures.BenchmarkStore \
    -Dexec.classpathScope=test -Dexec.args="$work $documents"
fi
files=$(find "$work/store" -name '*.pdf' | wc -l)
# Outside the timings: build the jar if needed, and let a first run write the launcher's
# class-data archive, as the first night after an installation does.
./langcov run jobs/cnd57.yml > /dev/null

# A database of the benchmark's own, so that the cold run is really cold.
export SPRING_DATASOURCE_URL="jdbc:hsqldb:file:$db/langcov;hsqldb.write_delay=false;hsqldb.default_table_type=cached;hsqldb.result_max_memory_rows=10000;shutdown=true"
rm -rf "$db"

timed() { # label command...: prints seconds and peak resident memory (MB)
  local label=$1; shift
  local log; log=$(mktemp)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "%e %M" -o "$log" "$@" > /dev/null
    read -r seconds kb < "$log"
    printf '%-28s %8.2f s  %8.1f files/s  peak %6.0f MB\n' "$label" "$seconds" "$(echo "$files / $seconds" | bc -l)" "$(echo "$kb / 1024" | bc -l)" >&2
  else
    local start end; start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N)
    seconds=$(echo "$end - $start" | bc -l)
    printf '%-28s %8.2f s  %8.1f files/s\n' "$label" "$seconds" "$(echo "$files / $seconds" | bc -l)" >&2
  fi
  rm -f "$log"
  echo "$seconds"
}

# Where the time of the last run went, from the log: each step, and the two reports.
breakdown() {
  local log=output/.langcov/logs/langcov.log
  tail -n 200 "$log" | grep -E "Step: \[|Reports of BENCH" | tail -n 4 \
    | sed -E 's/.*Step: \[([a-zA-Z]+)\] executed in (.*)/    \1: \2/; s/.*Reports of BENCH written side by side: (.*)/      reports: \1/' >&2
}

echo "Store: $files files of $documents documents; $(nproc) cores" >&2
cold=$(timed "langcov cold run" ./langcov run "$work/bench.yml")
breakdown
[[ $only == cold ]] && exit 0
rerun=$(timed "langcov rerun (unchanged)" ./langcov run "$work/bench.yml")
breakdown
printf 'rerun / cold                %8.3f\n' "$(echo "$rerun / $cold" | bc -l)" >&2
timed "start-up alone (history)" ./langcov history BENCH > /dev/null
if command -v pdfinfo > /dev/null; then
  poppler=$(timed "pdfinfo, 2 processes" bash -c "find '$work/store' -name '*.pdf' -print0 | xargs -0 -P2 -n1 pdfinfo")
  printf 'cold / pdfinfo              %8.3f\n' "$(echo "$cold / $poppler" | bc -l)" >&2
else
  echo "pdfinfo not installed (apt-get install poppler-utils): no comparison" >&2
fi
