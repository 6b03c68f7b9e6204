# logging.config.dictConfig and logging.handlers: formatters/filters/handlers/
# loggers from a dict, ext:// references, disable_existing_loggers, errors;
# RotatingFileHandler, MemoryHandler, QueueHandler + QueueListener.
import logging
import logging.config
import logging.handlers
import os
import queue
import sys

old = logging.getLogger("old.logger")
logging.config.dictConfig({
    "version": 1,
    "formatters": {
        "short": {"format": "%(levelname)s %(name)s: %(message)s"},
        "brace": {"format": "[{levelname}] {message}", "style": "{"},
    },
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "short", "level": "DEBUG"},
        "braced": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                   "formatter": "brace", "filters": ["only_app"]},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["braced"], "propagate": True},
        "app.quiet": {"level": "ERROR"},
    },
    "root": {"level": "INFO", "handlers": ["out"]},
})
app = logging.getLogger("app")
app.debug("debug reaches app's handler only (root handler level DEBUG, but propagates)")
app.info("info from app")
logging.getLogger("app.quiet").warning("not shown")
logging.getLogger("app.quiet").error("shown twice")
logging.getLogger("other").info("other via root only")
old.error("old logger was disabled")
print(old.disabled, [h.name for h in logging.root.handlers], logging.root.level)
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Class"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "missing"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
            {"version": 1, "formatters": {"f": {"format": "bad", "validate": True}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
logging.config.dictConfig({"version": 1, "incremental": True, "root": {"level": "WARNING"}})
print(logging.root.level)

path = "/tmp/minipy_conf_rotating.log"
for suffix in ["", ".1", ".2", ".3"]:
    if os.path.exists(path + suffix):
        os.remove(path + suffix)
rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
rot = logging.getLogger("rot")
rot.propagate = False
rot.addHandler(rh)
for i in range(8):
    rot.warning("line %d of the rotating log", i)
rh.close()
for suffix in ["", ".1", ".2", ".3"]:
    if os.path.exists(path + suffix):
        with open(path + suffix) as f:
            print(suffix or "(base)", repr(f.read()))
        os.remove(path + suffix)
    else:
        print(suffix, "missing")

target = logging.StreamHandler(sys.stdout)
target.setFormatter(logging.Formatter("memory> %(message)s"))
mh = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
mem = logging.getLogger("mem")
mem.propagate = False
mem.addHandler(mh)
mem.warning("one")
mem.warning("two")
print("buffered:", len(mh.buffer))
mem.warning("three fills the buffer")
mem.warning("four")
mem.error("error flushes")
mem.warning("five, flushed on close")
mh.close()

q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("q")
ql.propagate = False
ql.addHandler(qh)
out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter("listener> %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, out)
listener.start()
ql.warning("through the queue %d", 1)
ql.error("through the queue %d", 2)
listener.stop()
rec = logging.handlers.QueueHandler(queue.Queue()).prepare(logging.makeLogRecord({"msg": "m %s", "args": ("a",)}))
print(rec.msg, rec.args, rec.exc_info)
