#!/usr/bin/env python3
"""Two builds of langcov (or two sets of JVM options) side by side: their runs alternated over the
benchmark's store, each on a database of its own, then the medians.

    bench/alternate.py RUNS cold|rerun NAME=INSTALLATION[:JAVA_OPTS] ...

INSTALLATION is a folder with a built langcov (this one, or a worktree of an older commit:
`git worktree add /tmp/before HEAD~1 && (cd /tmp/before && ./mvnw -q -DskipTests package)`, then
one `./langcov run jobs/cnd57.yml` there so that its class-data archive exists). cold: an empty
database before every run; rerun: the database of the previous run kept. Over
target/bench/1000/bench.yml (bench/run.sh 1000 own makes it). Prints each run, then per name the
medians of the wall time, the processor time and the three steps, from the log; on a noisy
machine the medians of alternated runs say what one run of each cannot.
"""
import os
import re
import shutil
import statistics
import subprocess
import sys

if len(sys.argv) < 4 or sys.argv[2] not in ('cold', 'rerun'):
    sys.exit(__doc__)
runs, mode = int(sys.argv[1]), sys.argv[2]
store = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', 'target/bench/1000/bench.yml'))
if not os.path.exists(store):
    sys.exit('no benchmark store: bench/run.sh 1000 own makes it')
configurations = []
for argument in sys.argv[3:]:
    name, rest = argument.split('=', 1)
    folder, _, options = rest.partition(':')
    configurations.append((name, os.path.abspath(folder), options))
results = {name: [] for name, _, _ in configurations}
for _ in range(runs):
    for name, folder, options in configurations:
        database = f'/tmp/langcov-alternate-{name}'
        if mode == 'cold':
            shutil.rmtree(database, ignore_errors=True)
        environment = dict(os.environ, JAVA_OPTS=options, SPRING_DATASOURCE_URL=f'jdbc:hsqldb:file:{database}/langcov;'
                           'hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true')
        done = subprocess.run(['/usr/bin/time', '-f', '%e %U %S', f'{folder}/langcov', 'run', store], env=environment,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wall, user, system = map(float, done.stderr.strip().splitlines()[-1].split())
        steps = {}
        with open(f'{folder}/output/.langcov/logs/langcov.log', encoding='utf-8') as log:
            for line in log.read().splitlines()[-60:]:
                step = re.search(r'Step: \[(\w+)\] executed in (?:(\d+)s)?(\d+)ms', line)
                if step:
                    steps[step.group(1)] = int(step.group(2) or 0) + int(step.group(3)) / 1000
        row = (wall, user + system, steps.get('stageSlots', 0), steps.get('inspectSlots', 0),
               steps.get('writeReports', 0))
        results[name].append(row)
        print(name, ' '.join(f'{value:.2f}' for value in row), flush=True)
print('medians: wall, processor, staging, inspection, reports (s)')
for name, rows in results.items():
    print(name, ' '.join(f'{statistics.median(column):.2f}' for column in zip(*rows)))
