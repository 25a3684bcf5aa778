#!/usr/bin/env python3
"""A command's use of the processor over time, thread by thread: where a run leaves a core idle.

    bench/timeline.py [WINDOW_MS] -- COMMAND [ARGUMENT...]

Starts COMMAND (for langcov, `./langcov run ...`: the launcher ends in exec, so the process it
starts is the JVM), reads every 2 ms the processor time of each of its threads from Linux's
/proc/PID/task/TID/schedstat (nanoseconds), and prints, per window of WINDOW_MS (default 100),
how many cores were busy and by whom (the JVM's threads grouped: the main thread, the compiler's,
the collector's `VM Thread`, the inspection's `inspect-N`, langcov's own by their names), then
each thread's total. The command's output goes to /dev/null; its exit status is this script's.
Linux only, no JVM agent (async-profiler's `event=cpu` says what a thread does, this says when,
and when nothing runs); the sampling itself takes 0.15 to 0.2 s of processor time over a 2 s
rerun (2.00 to 2.09 s with it, 1.85 to 1.96 s without). Example, an unchanged rerun of the
benchmark's store:

    SPRING_DATASOURCE_URL="jdbc:hsqldb:file:$PWD/target/bench/db-1000-own/langcov;hsqldb.write_delay=false;hsqldb.default_table_type=cached;shutdown=true" \\
        bench/timeline.py 100 -- ./langcov run target/bench/1000/bench.yml
"""
import collections
import os
import subprocess
import sys
import time

arguments = sys.argv[1:]
window = 100.0
if arguments and arguments[0] != '--':
    window = float(arguments.pop(0))
if not arguments or arguments[0] != '--' or len(arguments) < 2 or window <= 0:
    sys.exit(__doc__)
command = arguments[1:]


def group(name):
    """The group a JVM thread's name (its comm, 15 characters at most) belongs to."""
    if name.startswith(('C1 CompilerThre', 'C2 CompilerThre')):
        return 'compiler'
    if name == 'VM Thread':
        return 'collector'
    if name in ('java', 'main'):
        return 'main'
    if name.startswith('inspect-'):
        return 'inspection'
    if name.startswith('langcov-'):
        return name[len('langcov-'):]
    return 'other'


open_files = {}  # tid -> (comm, schedstat) descriptors, opened once and read again with pread


def threads(pid):
    """Each live thread of the process: its id, name and processor time so far (ns)."""
    found = {}
    try:
        tids = os.listdir(f'/proc/{pid}/task')
    except OSError:
        return found
    for tid in tids:
        try:
            if tid not in open_files:
                comm = os.open(f'/proc/{pid}/task/{tid}/comm', os.O_RDONLY)
                try:
                    stat = os.open(f'/proc/{pid}/task/{tid}/schedstat', os.O_RDONLY)
                except OSError:
                    os.close(comm)
                    raise
                open_files[tid] = (comm, stat)
            comm, stat = open_files[tid]
            # the name is read each time: a JVM thread takes its name only once it runs
            found[tid] = (os.pread(comm, 64, 0).decode().strip(), int(os.pread(stat, 128, 0).split()[0]))
        except (OSError, ValueError, IndexError):
            pass  # the thread ended between the listing and the reading
    for tid in [tid for tid in open_files if tid not in found]:
        for descriptor in open_files.pop(tid):
            os.close(descriptor)
    return found


started = time.monotonic()
try:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
except OSError as ex:
    sys.exit(f'timeline: cannot start {command[0]}: {ex.strerror}')
seen = {}  # tid -> (name, ns at the last sample)
windows = collections.defaultdict(collections.Counter)
totals = collections.Counter()
while process.poll() is None:
    now = time.monotonic() - started
    for tid, (name, ns) in threads(process.pid).items():
        used = ns - seen.get(tid, (name, 0))[1]
        seen[tid] = (name, ns)
        windows[int(now * 1000 // window)][group(name)] += used
        totals[name] += used
    time.sleep(0.002)
wall = time.monotonic() - started

print(f'{" ".join(command)}: exit status {process.returncode}, {wall:.2f} s')
print(f'window ({window:.0f} ms)  cores busy  by group (ms of processor time)')
for index in range(int(wall * 1000 // window) + 1):
    used = windows.get(index, collections.Counter())
    busy = sum(used.values()) / 1e6 / window
    parts = ' '.join(f'{name} {ns / 1e6:.0f}' for name, ns in used.most_common() if ns >= 1e6)
    print(f'{index * window / 1000:6.2f} s       {busy:4.2f}     {parts}')
print(f'processor time {sum(totals.values()) / 1e9:.2f} s in {wall:.2f} s; by thread (the last sample, 2 ms at most '
      'before each thread ended):')
for name, ns in totals.most_common():
    if ns >= 1e6:
        print(f'  {name:16s} {ns / 1e6:7.0f} ms')
sys.exit(process.returncode)
