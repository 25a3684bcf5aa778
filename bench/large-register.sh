#!/usr/bin/env bash
# Benchmark: a register of many documents (default 50,000) run to both reports in a small
# heap (default -Xmx512m), printing the time and the peak memory. Not part of the tests.
#
#   bench/large-register.sh [DOCUMENTS] [WORK_FOLDER]
#   JAVA_OPTS=-Xmx256m bench/large-register.sh 50000
#
# The register (.xlsx, shared strings as Excel writes them) and its store of real PDFs are
# generated once into WORK_FOLDER (default target/bench-DOCUMENTS) and reused by later runs;
# each run gets a fresh installation folder (database, logs, reports) inside it.
set -euo pipefail

documents="${1:-50000}"
home="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
work="${2:-$home/target/bench-$documents}"
java_opts="${JAVA_OPTS:--Xmx512m}"
cd "$home"

echo "== building the application and the test fixtures" >&2
./mvnw -q -B -DskipTests package >&2
./mvnw -q -B test-compile >&2

if [[ ! -f $work/.generated ]]; then
  echo "== generating a register of $documents documents and its store in $work (once; minutes)" >&2
  rm -rf "$work"
  ./mvnw -q -B exec:java -Dexec.mainClass=org.langcov.fixtures.LargeRegisterGenerator \
    -Dexec.classpathScope=test -Dexec.args="$work $documents" >&2
  touch "$work/.generated"
fi

run="$work/run-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run/jobs"
cat > "$run/jobs/bench.yml" <<YAML
session: BENCH
title: Benchmark register of $documents documents
register: ../../register.xlsx
documents: ../../store
expect:
  - symbols: "*/CRP.*"
    languages: E
output: ../output/bench
YAML

echo "== running with JAVA_OPTS=$java_opts" >&2
status=0
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
/usr/bin/time -f "%e %M" -o "$run/time.txt" \
  java $java_opts -Xlog:gc:file="$run/gc.log" -Dlangcov.home="$run" -jar target/langcov.jar \
  run "$run/jobs/bench.yml" || status=$?

# a failed command adds a line in front: the figures are on the last
read -r seconds max_rss_kb < <(tail -n 1 "$run/time.txt")
# "24M->5M(512M)" per collection: the largest heap in use before one. A young collection
# leaves old garbage in place, so what a run really needs is shown by running it in a
# smaller heap (JAVA_OPTS=-Xmx128m), not by these figures.
peak_heap_mb=$(grep -oE '[0-9]+M->[0-9]+M' "$run/gc.log" | cut -dM -f1 | sort -n | tail -1)
register_mb=$(du -m "$work/register.xlsx" | cut -f1)
pdfs=$(find "$work/store" -name '*.pdf' | wc -l)

echo
echo "documents:        $documents (register.xlsx ${register_mb} MB, $pdfs PDFs in the store)"
echo "JAVA_OPTS:        $java_opts"
echo "exit status:      $status"
echo "wall time:        ${seconds} s"
echo "peak heap in use: ${peak_heap_mb:-?} MB (GC log, garbage included)"
echo "peak RSS:         $((max_rss_kb / 1024)) MB (whole JVM process)"
echo "reports:          $(ls -s --block-size=K "$run/output/bench" 2>/dev/null | tail -n +2 | tr '\n' ' ')"
echo "details:          $run (langcov log under output/.langcov/logs)"
exit "$status"
