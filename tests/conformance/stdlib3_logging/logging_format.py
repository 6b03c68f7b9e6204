# logging: Formatter time fields (fixed record times, converter=gmtime),
# default msec format, datefmt, padding, BufferingFormatter, stack_info.
import logging
import sys
import time

logging.Formatter.converter = time.gmtime
rec = logging.makeLogRecord({"name": "t", "msg": "hello %s", "args": ("world",), "levelno": 20,
                             "levelname": "INFO", "created": 1700000000.123456, "msecs": 123.0})
for fmt, datefmt in [("%(asctime)s %(message)s", None),
                     ("%(asctime)s|%(message)s", "%Y/%m/%d %H:%M"),
                     ("[%(levelname)8s] %(name)-5s|%(message)s", None),
                     ("%(msecs)03d %(created)f", None),
                     ("{asctime} {levelname:>7} {message!r}", None)]:
    style = "{" if fmt.startswith("{") else "%"
    f = logging.Formatter(fmt, datefmt, style=style)
    print(f.format(rec), f.usesTime())


class MyFormatter(logging.Formatter):
    default_msec_format = "%s.%03d"


print(MyFormatter("%(asctime)s").format(rec))
print(logging.Formatter().format(rec), logging.BASIC_FORMAT)
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(bf.format([rec, rec]), repr(logging.BufferingFormatter().format([])))

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(message)s"))
h.terminator = "$\n"
log = logging.getLogger("fmt")
log.addHandler(h)
log.propagate = False
log.warning("custom terminator")
rec2 = logging.makeLogRecord({"msg": "with stack", "stack_info": "Stack (most recent call last):\n  frame"})
print(h.format(rec2))
print(repr(logging.makeLogRecord({"msg": 42}).getMessage()))
log.warning({"a": 1})
log.warning("%s and %s", "one", "two")
log.warning("%(x)s", {"x": "mapping"})
log.warning("100%")
