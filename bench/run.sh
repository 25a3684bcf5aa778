#!/usr/bin/env bash
# langcov's benchmark against the script a user would write instead (PyMuPDF in a process pool,
# ../shared/peers/pymupdf_check.py, or the file PYMUPDF_CHECK names) and poppler's
# pdfinfo, side by side on the same files, in one run.
#   bench/run.sh [DOCUMENTS] [own|template|both] [cold]
#     DOCUMENTS  default 1000: 1,000 documents, about 5,875 two-page files per store
#     own        every file its own, as real UN documents: compressed streams, subset fonts
#                embedded, masthead, footnote, in six scripts (Arabic, Chinese, Latin, Cyrillic)
#     template   one uncompressed file per language, the symbol patched in
#     both       the default: both stores, one after the other
#     cold       langcov's cold run only (no rerun, no peers)
# Generates each store once (not timed), then times, launcher and JVM start included: langcov's
# cold run (content checks on, an empty database of its own), its rerun over the unchanged store,
# the PyMuPDF script with 2 processes (needs Debian's python3-fitz and python3-openpyxl) and
# pdfinfo with 2 processes (poppler-utils). Ends with one table: the times and the ratios.
# JAVA_HOME chooses the JDK langcov runs on, as for ./langcov.
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-1000}
kinds=(own template)
only=
for arg in "${@:2}"; do
  case $arg in
    own | template) kinds=("$arg") ;;
    both) kinds=(own template) ;;
    cold) only=cold ;;
    *) echo "usage: bench/run.sh [DOCUMENTS] [own|template|both] [cold]" >&2; exit 2 ;;
  esac
done
source bench/common.sh

# The peer: the first Python 3 that has PyMuPDF and openpyxl (pyenv's python3 may not see
# Debian's packages; /usr/bin/python3 does).
peer_script=
for candidate in ${PYMUPDF_CHECK:-} ../shared/peers/pymupdf_check.py /work/shared/peers/pymupdf_check.py; do
  [[ -f $candidate ]] && { peer_script=$candidate; break; }
done
peer_python=
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" > /dev/null && "$candidate" -c 'import fitz, openpyxl' 2> /dev/null; then
    peer_python=$candidate
    break
  fi
done
if [[ -z $peer_script ]]; then
  echo "No PyMuPDF script (../shared/peers/pymupdf_check.py): no PyMuPDF column" >&2
elif [[ -z $peer_python ]]; then
  echo "PyMuPDF or openpyxl missing (sudo apt-get install python3-fitz python3-openpyxl): no PyMuPDF column" >&2
  peer_script=
else
  echo "PyMuPDF: $("$peer_python" -c 'import fitz; print(fitz.VersionBind)' 2> /dev/null) ($peer_python $peer_script)" >&2
fi
command -v pdfinfo > /dev/null || echo "pdfinfo not installed (sudo apt-get install poppler-utils): no pdfinfo column" >&2

timed() { # label command...: prints seconds; shows them with the files a second, the peak resident
  # memory (MB) and the processor time (user and system, s: on a busy machine steadier than the time)
  local label=$1; shift
  local log seconds kb user system; log=$(mktemp)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -f "%e %M %U %S" -o "$log" "$@" > /dev/null
    read -r seconds kb user system < <(tail -n 1 "$log")
    printf '  %-28s %8.2f s  %8.1f files/s  peak %6.0f MB  processor %6.2f s\n' "$label" "$seconds" \
      "$(echo "$files / $seconds" | bc -l)" "$(echo "$kb / 1024" | bc -l)" "$(echo "$user + $system" | bc -l)" >&2
  else
    local start end; start=$(date +%s.%N); "$@" > /dev/null; end=$(date +%s.%N)
    seconds=$(echo "$end - $start" | bc -l)
    printf '  %-28s %8.2f s  %8.1f files/s\n' "$label" "$seconds" "$(echo "$files / $seconds" | bc -l)" >&2
  fi
  rm -f "$log"
  echo "$seconds"
}

ratio() { # a b: a / b to two places, or - when either is missing
  if [[ -n $1 && -n $2 ]]; then printf '%.2f' "$(echo "$1 / $2" | bc -l)"; else echo -; fi
}

seconds_or_dash() { if [[ -n $1 ]]; then printf '%.1f s' "$1"; else echo -; fi; }

java=java
[[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && java=$JAVA_HOME/bin/java
echo "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); langcov on $("$java" -version 2>&1 | head -n 1)" >&2

declare -A cold rerun peer poppler counted
for kind in "${kinds[@]}"; do
  bench_store "$documents" "$kind"
  work=$(bench_work "$documents" "$kind")
  files=$(find "$work/store" -name '*.pdf' | wc -l)
  counted[$kind]=$files
  echo "Store $kind: $files files of $documents documents in $work" >&2
  bench_database "$PWD/target/bench/db-$documents-$kind"
  cold[$kind]=$(timed "langcov cold run" ./langcov run "$work/bench.yml")
  bench_breakdown
  [[ $only == cold ]] && continue
  rerun[$kind]=$(timed "langcov rerun (unchanged)" ./langcov run "$work/bench.yml")
  bench_breakdown
  if [[ -n $peer_script ]]; then
    peer[$kind]=$(timed "PyMuPDF script, 2 processes" "$peer_python" -W ignore "$peer_script" \
      "$work/peer-register.xlsx" "$work/store" "$work/peer.csv" 2)
  fi
  if command -v pdfinfo > /dev/null; then
    poppler[$kind]=$(timed "pdfinfo, 2 processes" bash -c "find '$work/store' -name '*.pdf' -print0 | xargs -0 -P2 -n1 pdfinfo")
  fi
done
[[ $only == cold ]] && exit 0
files=${counted[${kinds[0]}]}
timed "start-up alone (history)" ./langcov history BENCH > /dev/null

echo
echo "| files ($documents documents) | pdfinfo, 2 processes | PyMuPDF script, 2 processes | langcov cold | langcov unchanged rerun | cold / PyMuPDF | rerun / PyMuPDF | cold / pdfinfo |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
for kind in "${kinds[@]}"; do
  if [[ $kind == own ]]; then
    label="every file its own: compressed, subset fonts, masthead, footnote (${counted[$kind]})"
  else
    label="one uncompressed template, symbol patched in (${counted[$kind]})"
  fi
  echo "| $label | $(seconds_or_dash "${poppler[$kind]:-}") | $(seconds_or_dash "${peer[$kind]:-}") |" \
    "$(seconds_or_dash "${cold[$kind]}") | $(seconds_or_dash "${rerun[$kind]}") |" \
    "$(ratio "${cold[$kind]}" "${peer[$kind]:-}") | $(ratio "${rerun[$kind]}" "${peer[$kind]:-}") |" \
    "$(ratio "${cold[$kind]}" "${poppler[$kind]:-}") |"
done
