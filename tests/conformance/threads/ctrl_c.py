# Ctrl-C (SIGINT) raises KeyboardInterrupt in the main thread even while it
# waits in sleep, join, a lock, a queue or an event, or while other threads
# hold the GIL. Each case runs _ctrl_c_child.py under `timeout -s INT 2.5`
# (2.5 s: long enough for a ThreadSanitizer build to start up).
import os
import sys

for what in ['sleep', 'join', 'lock', 'queue', 'busy-with-threads']:
    sys.stdout.flush()
    status = os.system('timeout --foreground --preserve-status -k 10 -s INT 2.5 "%s" _ctrl_c_child.py %s'
                       % (sys.executable, what))
    print('exit status', status >> 8, flush=True)
