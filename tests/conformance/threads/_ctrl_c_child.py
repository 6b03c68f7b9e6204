# Helper of ctrl_c.py (not a test): block the main thread in one way and
# report the KeyboardInterrupt that Ctrl-C (SIGINT) raises there.
import queue
import sys
import threading
import time

what = sys.argv[1]
print('waiting in', what, flush=True)
try:
    if what == 'sleep':
        time.sleep(30)
    elif what == 'join':
        t = threading.Thread(target=time.sleep, args=(30,), daemon=True)
        t.start()
        t.join()
    elif what == 'lock':
        lock = threading.Lock()
        lock.acquire()
        lock.acquire()
    elif what == 'queue':
        queue.Queue().get()
    elif what == 'event':
        threading.Event().wait()
    elif what == 'busy-with-threads':
        stop = []

        def spin():
            while not stop:
                pass
        ts = [threading.Thread(target=spin, daemon=True) for _ in range(2)]
        for t in ts:
            t.start()
        while True:
            pass
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt in', what, 'on', threading.current_thread().name, flush=True)
