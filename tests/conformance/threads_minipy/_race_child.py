# Helper of schedule_flag.py (not a test): an unlocked counter race, run under
# whatever -X gil-schedule the parent passes.
import threading

counter = 0


def pause():
    pass


def worker():
    global counter
    for _ in range(300):
        v = counter
        pause()
        counter = v + 1


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter)
