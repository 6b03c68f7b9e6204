# logging: basicConfig, levels, the logger hierarchy, propagation, handler
# levels, Formatter fields, Filters, LoggerAdapter, disable, reprs.
import io
import logging
import sys

logging.basicConfig(stream=sys.stdout)
logging.warning("bare %s", "warning")
logging.info("not shown: root is at WARNING")
root = logging.getLogger()
print(root, root.handlers, logging.getLogger("root") is root, logging.root is root)
logging.error("error %d", 5)

a = logging.getLogger("a")
ab = logging.getLogger("a.b")
abc = logging.getLogger("a.b.c")
print(ab.parent is a, abc.parent is ab, a.parent is root, repr(abc), logging.getLogger("a.b") is ab)
x = logging.getLogger("x.y.z")
xy = logging.getLogger("x.y")  # created after its child: the placeholder is fixed up
print(x.parent is xy, xy.parent is root, sorted(logging.root.manager.loggerDict))
a.setLevel(logging.DEBUG)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), repr(abc), repr(root))
abc.debug("debug from abc %s", [1, 2])

fmt = logging.Formatter("%(levelname)s|%(name)s|%(message)s|%(funcName)s|%(lineno)d|%(module)s|%(filename)s|%(threadName)s|%(processName)s|%(levelno)s")
sh = logging.StreamHandler(sys.stdout)
sh.setFormatter(fmt)
a.addHandler(sh)
a.propagate = False


def func():
    ab.info("in func %(k)s", {"k": "v"})


func()
ab.log(25, "level 25")
logging.addLevelName(25, "NOTICE")
ab.log(25, "level 25 named")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33), logging.getLevelName("INFO"), logging.getLevelName(logging.WARN))
print(logging.getLevelNamesMapping()["WARN"], logging.FATAL, logging.NOTSET)


class DropSkip(logging.Filter):
    def filter(self, record):
        return "skip" not in record.getMessage()


sh.addFilter(DropSkip())
ab.warning("keep this")
ab.warning("skip this")
sh.addFilter(lambda r: r.levelno >= logging.ERROR)
ab.warning("now filtered by the lambda")
ab.error("errors pass")
sh.filters.clear()
f = logging.Filter("a.b")
print(f.filter(logging.makeLogRecord({"name": "a.bc"})), f.filter(logging.makeLogRecord({"name": "a.b.c"})), f.filter(logging.makeLogRecord({"name": "a.b"})), logging.Filter().filter(logging.makeLogRecord({"name": "z"})))
a.addFilter(lambda r: r.msg != "logger-filtered")
a.error("logger-filtered")

sh.setLevel(logging.ERROR)
ab.warning("below the handler level")
sh.setLevel(logging.NOTSET)

buf = io.StringIO()
lg = logging.getLogger("buf")
bh = logging.StreamHandler(buf)
bh.setFormatter(logging.Formatter("{levelname}:{message}", style="{"))
lg.addHandler(bh)
lg.propagate = False
lg.warning("brace style %s", "arg")
bh.setFormatter(logging.Formatter("$levelname-$message-${name}", style="$"))
lg.warning("dollar")
bh.setFormatter(logging.Formatter("%(custom)s %(message)s", defaults={"custom": "dflt"}))
lg.warning("with defaults")
lg.warning("extra wins", extra={"custom": "given"})
print(repr(buf.getvalue()))
for bad in [("nofields",), ("%(x)s", None, "?"), ("{", None, "{"), ("no fields", None, "$"), ("{x!z}", None, "{")]:
    try:
        logging.Formatter(*bad)
    except ValueError as e:
        print("ValueError", e)
for lvl in ["BOGUS", 1.5]:
    try:
        logging.getLogger().setLevel(lvl)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    ab.info("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)

logging.disable(logging.WARNING)
ab.error("error passes the disable level")
ab.warning("warning disabled")
logging.disable(logging.NOTSET)
ab.warning("enabled again")

ad = logging.LoggerAdapter(ab, {"user": "bob"})
sh.setFormatter(logging.Formatter("%(user)s %(message)s"))
ad.error("adapter msg")
ad.debug("adapter debug")
print(repr(ad), ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(10))
print(repr(sh), repr(logging.NullHandler()), repr(logging.StreamHandler(io.StringIO())))
nl = logging.getLogger("null")
nl.addHandler(logging.NullHandler())
nl.propagate = False
nl.error("nothing")
r = logging.LogRecord("n", 20, "/p/x.py", 3, "m %s", ("a",), None)
print(r.getMessage(), r.filename, r.module, r.levelname, repr(r), r.funcName, r.exc_info)
r2 = logging.makeLogRecord({"msg": "hello %s %s", "args": (1, 2), "levelno": 40})
print(r2.getMessage(), r2.levelname, r2.name)
sh.setFormatter(logging.Formatter("%(funcName)s:%(message)s"))


def inner():
    ab.error("stacklevel 2", stacklevel=2)


def outer():
    inner()


outer()
print(logging.getLogger("a").getChild("b") is ab, logging.root.getChild("zz").name, ab.hasHandlers(), logging.getLogger("lonely").hasHandlers())
print(logging.getLoggerClass() is logging.Logger)


class MyLogger(logging.Logger):
    pass


logging.setLoggerClass(MyLogger)
print(type(logging.getLogger("mine")).__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print("TypeError", e)
root.handlers[0].setFormatter(logging.Formatter("ROOT %(message)s"))
logging.getLogger("propagates.to.root").warning("propagated")
logging.critical("critical %s", "msg")
logging.log(logging.ERROR, "via log")
logging.exception("exception outside except")
