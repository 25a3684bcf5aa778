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
source bench/common.sh

bench_store "$documents"
files=$(find "$work/store" -name '*.pdf' | wc -l)
bench_database "$PWD/target/bench/db-$documents"

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

echo "Store: $files files of $documents documents; $(nproc) cores" >&2
cold=$(timed "langcov cold run" ./langcov run "$work/bench.yml")
bench_breakdown
[[ $only == cold ]] && exit 0
rerun=$(timed "langcov rerun (unchanged)" ./langcov run "$work/bench.yml")
bench_breakdown
printf 'rerun / cold                %8.3f\n' "$(echo "$rerun / $cold" | bc -l)" >&2
timed "start-up alone (history)" ./langcov history BENCH > /dev/null
if command -v pdfinfo > /dev/null; then
  poppler=$(timed "pdfinfo, 2 processes" bash -c "find '$work/store' -name '*.pdf' -print0 | xargs -0 -P2 -n1 pdfinfo")
  printf 'cold / pdfinfo              %8.3f\n' "$(echo "$cold / $poppler" | bc -l)" >&2
else
  echo "pdfinfo not installed (apt-get install poppler-utils): no comparison" >&2
fi
