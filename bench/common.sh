# What bench/run.sh and bench/profile.sh share; sourced by them from the project root.

# bench_work DOCUMENTS [KIND]: the folder of the benchmark's session of DOCUMENTS documents of a kind
# of store: own (the default: every file its own, as real documents) or template (one uncompressed
# file per language, the symbol patched in).
bench_work() {
  if [[ ${2:-own} == template ]]; then echo "target/bench/$1-template"; else echo "target/bench/$1"; fi
}

# bench_store DOCUMENTS [KIND]: the benchmark's session (register, store, job file, and the
# register of the PyMuPDF script) in bench_work's folder, generated the first time (not timed).
bench_store() {
  local documents=$1 kind=${2:-own} work
  work=$(bench_work "$documents" "$kind")
  if [[ ! -f $work/bench.yml || ! -f $work/peer-register.xlsx ]]; then
    echo "Generating $documents documents ($kind store) into $work (not timed)..." >&2
    rm -rf "$work"
    ./mvnw -q -B test-compile exec:java -Dexec.mainClass=org.langcov.fixtures.BenchmarkStore \
      -Dexec.classpathScope=test -Dexec.args="$work $documents $kind" >&2
  fi
  # Outside the timings: build the jar if needed, and let a first run write the launcher's
  # class-data archive (or, on JDK 25, its ahead-of-time cache), as the first night after an
  # installation does.
  ./langcov run jobs/cnd57.yml > /dev/null
  # on JDK 25 the first run recorded for the cache; the second assembles it
  if [[ -f target/app/langcov.aotconf ]]; then ./langcov run jobs/cnd57.yml > /dev/null; fi
}

# bench_database FOLDER: a database of the benchmark's own in FOLDER, empty, so that a cold run is
# really cold (through SPRING_DATASOURCE_URL, exported).
bench_database() {
  export SPRING_DATASOURCE_URL="jdbc:hsqldb:file:$1/langcov;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true"
  rm -rf "$1"
}

# bench_breakdown: where the last run's time went, from the log: each step, and the two reports.
bench_breakdown() {
  tail -n 200 output/.langcov/logs/langcov.log | grep -E "Step: \[|Reports of BENCH" | tail -n 4 \
    | sed -E 's/.*Step: \[([a-zA-Z]+)\] executed in (.*)/    \1: \2/; s/.*Reports of BENCH written side by side: (.*)/      reports: \1/' >&2
}
