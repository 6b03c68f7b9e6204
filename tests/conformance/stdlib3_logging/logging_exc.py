# logging: exc_info / exception() tracebacks, stack_info, logging to stderr,
# captureWarnings (the output is compared on stderr, with normalised paths).
import logging
import sys
import warnings

logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("exc")


def fail():
    return 1 / 0


try:
    fail()
except ZeroDivisionError:
    log.exception("caught %s", "it")
    log.error("with exc_info", exc_info=True)
    log.warning("exc_info=False", exc_info=False)
try:
    raise KeyError("k")
except KeyError as e:
    log.error("exc_info as instance", exc_info=e)
    log.error("exc_info as tuple", exc_info=sys.exc_info())


def deeper():
    log.warning("with the stack", stack_info=True)


deeper()
logging.captureWarnings(True)
warnings.warn_explicit("captured warning", UserWarning, "somefile.py", 12)
logging.captureWarnings(False)
warnings.warn_explicit("not captured", UserWarning, "other.py", 3)
sys.stderr.flush()
sys.exit(1)
