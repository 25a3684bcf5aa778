#!/usr/bin/env bash
# The real-world check: langcov's inspection beside poppler's pdfinfo and qpdf on folders of public
# PDFs (not part of the build; the files are never committed).
#   bench/realworld.sh [--profile] DIR...
# Every *.pdf (any case) under the DIRs is inspected as the English version of a document whose
# symbol no public file shows (org.langcov.check.RealWorldCheck: the job's TimedInspector around
# PdfInspector, file-timeout 30 s, two threads), then opened by `pdfinfo`, `qpdf --show-npages` and
# `qpdf --check` (each within `timeout 30`). Prints langcov's statuses, the agreement on which files
# open, every false alarm (a file both tools open that langcov does not count, for a reason other
# than its content), every file judged another language than English, every WRONG_DOCUMENT verdict
# with the symbols it saw, and the inspection times (through the watchdog as a run sees them, on its
# worker thread, and the processor time spent). bench/realworld-known.tsv lists the files that
# are really not English, and the rare exceptions a person accepted. Results: target/realworld/.
# --profile: with Java Flight Recorder on (bench/profile.jfc), it also prints where the inspecting
# threads' processor time went (org.langcov.check.InspectionProfile).
set -euo pipefail
profile=
if [[ ${1:-} == --profile ]]; then
  profile=yes
  shift
fi
if (($# == 0)); then
  echo "usage: bench/realworld.sh [--profile] DIR...   (folders of PDFs, such as the test files of mozilla/pdf.js)" >&2
  exit 2
fi
dirs=()
for dir in "$@"; do
  [[ -d $dir ]] || { echo "bench/realworld.sh: $dir is not a folder" >&2; exit 2; }
  dirs+=("$(cd "$dir" && pwd)")
done
cd "$(dirname "$0")/.."

if ! command -v pdfinfo > /dev/null || ! command -v qpdf > /dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
    echo "Installing poppler-utils and qpdf (Debian packages)..." >&2
    apt-get update -qq && apt-get install -y -qq poppler-utils qpdf > /dev/null
  else
    echo "bench/realworld.sh needs pdfinfo and qpdf: sudo apt-get install poppler-utils qpdf" >&2
    exit 2
  fi
fi

out=target/realworld
mkdir -p "$out"
find "${dirs[@]}" -type f -iname '*.pdf' | LC_ALL=C sort > "$out/files.txt"
echo "$(wc -l < "$out/files.txt") files under ${dirs[*]}; $(nproc) cores; $(pdfinfo -v 2>&1 | head -n 1), $(qpdf --version | head -n 1)" >&2

echo "langcov: inspecting (what PDFBox logs goes to $out/langcov.log)..." >&2
if ! ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/classpath.txt" > "$out/langcov.log"; then
  tail -n 30 "$out/langcov.log" >&2
  exit 1
fi
# In a JVM of its own with the options ./langcov gives a run (the quick compiler alone, the serial
# collector; JAVA_OPTS after them), not in Maven's: with the JVM's defaults (both compilers, G1)
# their own threads compete for the cores, and on a busy 2-core machine the median inspection
# took 5.7 to 7.0 ms against 2.0 to 2.3 ms (README, real-world check).
java=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java
jvm=(-XX:TieredStopAtLevel=1)
[[ ${JAVA_OPTS:-} =~ -XX:\+Use[A-Za-z0-9]*GC ]] || jvm+=(-XX:+UseSerialGC)
[[ -z $profile ]] || jvm+=("-XX:StartFlightRecording=filename=$out/check.jfr,settings=$PWD/bench/profile.jfc")
classpath="target/test-classes:target/classes:$(cat "$out/classpath.txt")"
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
if ! "$java" "${jvm[@]}" ${JAVA_OPTS:-} -cp "$classpath" org.langcov.check.RealWorldCheck \
  "$out/files.txt" "$out/langcov.tsv" 2 >> "$out/langcov.log" 2>&1; then
  tail -n 30 "$out/langcov.log" >&2
  exit 1
fi

# tools FILE: one line: the path; pdfinfo's exit status, pages and first complaint; qpdf
# --show-npages' exit status, pages and first complaint; qpdf --check's exit status and first
# complaint. qpdf exits 0 when all is well, 2 on errors, 3 on warnings; timeout exits 124.
complaint() { grep -aE 'Error|ERROR|WARNING|^qpdf: .*: |password' | grep -av '^No syntax' | head -n 1 | tr '\t' ' '; }
tools() {
  local file=$1 info pages check info_rc=0 pages_rc=0 check_rc=0
  info=$(timeout 30 pdfinfo "$file" 2>&1 | tr -d '\0'; exit "${PIPESTATUS[0]}") || info_rc=$?
  pages=$(timeout 30 qpdf --show-npages "$file" 2>&1 | tr -d '\0'; exit "${PIPESTATUS[0]}") || pages_rc=$?
  check=$(timeout 30 qpdf --check "$file" 2>&1 | tr -d '\0'; exit "${PIPESTATUS[0]}") || check_rc=$?
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$file" \
    "$info_rc" "$(sed -n 's/^Pages: *//p' <<< "$info" | head -n 1)" "$(complaint <<< "$info")" \
    "$pages_rc" "$(grep -E '^[0-9]+$' <<< "$pages" | tail -n 1)" "$(complaint <<< "$pages")" \
    "$check_rc" "$(complaint <<< "$check")"
}
export -f tools complaint
echo "pdfinfo and qpdf: opening the same files, two at a time..." >&2
tr '\n' '\0' < "$out/files.txt" | xargs -0 -P 2 -I {} bash -c 'tools "$1"' _ {} > "$out/tools.tsv"
tr '\n' '\0' < "$out/files.txt" | xargs -0 sha256sum | sed -E 's/^([0-9a-f]+)  (.*)$/\2\t\1/' > "$out/sha256.tsv"

corpora=$(printf '%s\n' "${dirs[@]}")
{
  REALWORLD_CORPORA=$corpora LC_ALL=C awk -F'\t' -f bench/realworld-report.awk bench/realworld-known.tsv \
    "$out/sha256.tsv" "$out/tools.tsv" "$out/langcov.tsv"
  # inspection times, through the watchdog's thread, as a run sees them (JIT warm-up included);
  # then the time on the watchdog's worker thread, and the processor time it spent
  for column in "6 inspection" "11 in-worker" "12 processor"; do
    cut -f "${column% *}" "$out/langcov.tsv" | grep . | LC_ALL=C sort -g | awk -v what="${column#* }" '
      { t[NR] = $1; sum += $1 } END {
      printf "TIMES %-11s median %.2f ms, 90th percentile %.1f ms, 99th %.0f ms, max %.0f ms, total %.1f s (%d files)\n",
        what, t[int((NR + 1) / 2)], t[int(NR * 0.9 + 0.5)], t[int(NR * 0.99 + 0.5)], t[NR], sum / 1000, NR }'
  done
  [[ -z $profile ]] || "$java" -cp "$classpath" org.langcov.check.InspectionProfile "$out/check.jfr"
  echo "slowest:"
  LC_ALL=C sort -t $'\t' -k 6,6 -g -r "$out/langcov.tsv" | head -n 5 | cut -f 1,2,6 | sed 's/^/  /'
} | tee "$out/report.txt"
