# logging: basicConfig(filename, filemode, format, datefmt, level, force),
# FileHandler (append / delay), shutdown closing files.
import logging
import os
import time

path = "/tmp/minipy_conf_logging_file.log"
if os.path.exists(path):
    os.remove(path)
logging.basicConfig(filename=path, filemode="w", level=logging.DEBUG,
                    format="%(asctime)s %(levelname)-8s %(name)s: %(message)s",
                    datefmt="DATE")
log = logging.getLogger("app")
log.debug("debug line")
log.info("info %s", "line")
log.warning("warning line")
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.baseFilename == path, fh.mode, repr(fh) == "<FileHandler %s (NOTSET)>" % path)
fh.flush()
with open(path) as f:
    print(f.read(), end="")
logging.basicConfig(filename=path, level=logging.ERROR)  # ignored: root already has a handler
print(logging.root.level, len(logging.root.handlers))
logging.basicConfig(filename=path, filemode="a", format="%(levelname)s:%(message)s", force=True)
log.warning("appended after force")
log.info("root level is WARNING again: not written")
logging.root.handlers[0].close()
with open(path) as f:
    print(f.read(), end="")
for bad in [dict(stream=None, filename=path), dict(handlers=[], filename=path), dict(bogus=1)]:
    try:
        logging.basicConfig(force=True, **bad)
    except ValueError as e:
        print("ValueError", e)
delayed = logging.FileHandler(path + ".delayed", delay=True)
print(delayed.stream, os.path.exists(path + ".delayed"))
lg = logging.getLogger("delayed")
lg.addHandler(delayed)
lg.propagate = False
lg.error("first write opens the file")
print(os.path.exists(path + ".delayed"))
logging.shutdown()
with open(path + ".delayed") as f:
    print(f.read(), end="")
os.remove(path + ".delayed")
os.remove(path)
