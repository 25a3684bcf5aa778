#!/usr/bin/env bash
# Retention over many nights: one session run every night, a day apart on langcov's fixed clock
# (langcov.clock), in an installation of its own under target/bench/; prints the database's size
# and the run's time every 25 nights, which level off and stay flat once the retention prunes.
#   bench/retention.sh [DOCUMENTS] [NIGHTS] [RETENTION]   (default 200 documents, 400 nights, 90d)
# DOCUMENTS of bench/run.sh's generated session (six languages each, one in forty English only).
set -euo pipefail
cd "$(dirname "$0")/.."
documents=${1:-200}
nights=${2:-400}
retention=${3:-90d}
work=target/bench/$documents
if [[ ! -f $work/bench.yml ]]; then
  echo "Generating $documents documents into $work (not timed)..." >&2
  rm -rf "$work"
  ./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.langcov.fixtures.BenchmarkStore \
    -Dexec.classpathScope=test -Dexec.args="$work $documents" >&2
fi
echo "$documents documents, $nights nights, langcov.retention=$retention; $(nproc) cores" >&2
MAVEN_OPTS="${MAVEN_OPTS:-} -Dlangcov.retention=$retention" \
  ./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.langcov.cli.RetentionBenchmark \
  -Dexec.classpathScope=test -Dexec.args="target/bench/retention-home $work/bench.yml $nights ${EVERY:-25}"
