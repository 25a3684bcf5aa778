#!/usr/bin/env python3
"""Builds of langcov (or sets of JVM options, or JDKs) side by side, and beside the PyMuPDF script:
their runs alternated over the benchmark's store, each langcov on a database of its own, then the
medians.

    bench/alternate.py RUNS cold|rerun NAME[@JAVA_HOME]=INSTALLATION[:JAVA_OPTS] ... [pymupdf]

INSTALLATION is a folder with a built langcov (this one, or a worktree of an older commit:
`git worktree add /tmp/before HEAD~1 && (cd /tmp/before && ./mvnw -q -DskipTests package)`, then
one `./langcov run jobs/cnd57.yml` there so that its class-data archive exists); JAVA_HOME, when
given, the JDK it runs on (as for ./langcov). cold: an empty database before every run; rerun: one
run first, not counted, then the database of the previous run kept. `pymupdf` adds the script a
user would write instead (../shared/peers/pymupdf_check.py, 2 processes, over the same files; needs
Debian's python3-fitz and python3-openpyxl) to every round. Over target/bench/1000/bench.yml
(bench/run.sh 1000 own makes it). Prints each run, then per name the medians of the wall time, the
processor time and the three steps, from the log, and, with `pymupdf`, the median of each round's
ratio of a langcov run to the script's run beside it. On a noisy machine the medians of
alternated runs say what one run of each cannot:

    bench/alternate.py 5 cold jdk17=. jdk25@/usr/lib/jvm/temurin-25-jdk-amd64=. pymupdf
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
here = os.path.dirname(os.path.abspath(__file__))
bench = os.path.join(here, '..', 'target/bench/1000')
store = os.path.join(bench, 'bench.yml')
if not os.path.exists(store):
    sys.exit('no benchmark store: bench/run.sh 1000 own makes it')
peer = None
configurations = []
for argument in sys.argv[3:]:
    if argument == 'pymupdf':
        script = next((candidate for candidate in (os.path.join(here, '..', '..', 'shared/peers/pymupdf_check.py'),
                                                   '/work/shared/peers/pymupdf_check.py') if os.path.exists(candidate)),
                      None)
        python = next((candidate for candidate in ('python3', '/usr/bin/python3')
                       if subprocess.run([candidate, '-c', 'import fitz, openpyxl'], capture_output=True).returncode == 0),
                      None)
        if script is None or python is None:
            sys.exit('pymupdf: no ../shared/peers/pymupdf_check.py, or no PyMuPDF and openpyxl '
                     '(sudo apt-get install python3-fitz python3-openpyxl)')
        peer = [python, '-W', 'ignore', script, os.path.join(bench, 'peer-register.xlsx'),
                os.path.join(bench, 'store'), '/tmp/langcov-alternate-peer.csv', '2']
        configurations.append(('pymupdf', None, None, None))
        continue
    name, rest = argument.split('=', 1)
    name, _, jdk = name.partition('@')
    folder, _, options = rest.partition(':')
    configurations.append((name, os.path.abspath(folder), options, jdk))
results = {configuration[0]: [] for configuration in configurations}


def timed(command, environment):
    done = subprocess.run(['/usr/bin/time', '-f', '%e %U %S'] + command, env=environment,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f'{" ".join(command)} failed ({done.returncode}):\n{done.stderr}')
    wall, user, system = map(float, done.stderr.strip().splitlines()[-1].split())
    return wall, user + system


def langcov(name, folder, options, jdk):
    database = f'/tmp/langcov-alternate-{name}'
    environment = dict(os.environ, JAVA_OPTS=options, SPRING_DATASOURCE_URL=f'jdbc:hsqldb:file:{database}/langcov;'
                       'hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true')
    if jdk:
        environment['JAVA_HOME'] = jdk
    return timed([f'{folder}/langcov', 'run', store], environment)


if mode == 'rerun':
    for name, folder, options, jdk in configurations:
        if folder is not None:
            shutil.rmtree(f'/tmp/langcov-alternate-{name}', ignore_errors=True)
            langcov(name, folder, options, jdk)
for _ in range(runs):
    for name, folder, options, jdk in configurations:
        if folder is None:
            wall, processor = timed(peer, dict(os.environ))
            results[name].append((wall, processor))
            print(name, f'{wall:.2f} {processor:.2f}', flush=True)
            continue
        if mode == 'cold':
            shutil.rmtree(f'/tmp/langcov-alternate-{name}', ignore_errors=True)
        wall, processor = langcov(name, folder, options, jdk)
        steps = {}
        with open(f'{folder}/output/.langcov/logs/langcov.log', encoding='utf-8') as log:
            for line in log.read().splitlines()[-60:]:
                step = re.search(r'Step: \[(\w+)\] executed in (?:(\d+)s)?(\d+)ms', line)
                if step:
                    steps[step.group(1)] = int(step.group(2) or 0) + int(step.group(3)) / 1000
        row = (wall, processor, steps.get('stageSlots', 0), steps.get('inspectSlots', 0),
               steps.get('writeReports', 0))
        results[name].append(row)
        print(name, ' '.join(f'{value:.2f}' for value in row), flush=True)
print('medians: wall, processor, staging, inspection, reports (s)')
for name, rows in results.items():
    print(name, ' '.join(f'{statistics.median(column):.2f}' for column in zip(*rows)))
if peer is not None:
    print('median of the rounds\' ratios to the PyMuPDF script beside them (wall time)')
    for name, rows in results.items():
        if name != 'pymupdf':
            ratios = [row[0] / script[0] for row, script in zip(rows, results['pymupdf'])]
            print(name, f'{statistics.median(ratios):.2f}', '(' + ' '.join(f'{ratio:.2f}' for ratio in ratios) + ')')
