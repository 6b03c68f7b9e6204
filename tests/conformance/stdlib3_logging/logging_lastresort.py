# logging: with no handlers configured, warnings go to the last-resort handler
# (bare message on the current sys.stderr); NullHandler silences a library.
import logging
import sys

sys.stderr = sys.stdout
log = logging.getLogger("lib")
log.info("info is below the last resort's level")
log.warning("warning via lastResort %d", 1)
log.error("error via lastResort")
print(logging.lastResort, logging.lastResort.level)
log.addHandler(logging.NullHandler())
log.warning("silenced by NullHandler")
logging.lastResort = None
logging.getLogger("other").warning("no handlers at all")
logging.getLogger("other2").warning("reported only once")
print(logging.root.handlers)
