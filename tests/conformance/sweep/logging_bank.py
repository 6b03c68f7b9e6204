# A simple bank ledger with logging output to stdout and stderr.
import logging
import sys



class RelativeFormatter(logging.Formatter):
    # tracebacks name this file without its directory (the test runs anywhere)
    def formatException(self, ei):
        import os
        return super().formatException(ei).replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")


_h = logging.StreamHandler(sys.stdout)
_h.setFormatter(RelativeFormatter("%(levelname)-8s %(name)s: %(message)s"))
logging.basicConfig(handlers=[_h], level=logging.DEBUG)
log = logging.getLogger("bank")
audit = logging.getLogger("bank.audit")


class Ledger:
    def __init__(self):
        self.balances = {}

    def open(self, who, amount=0):
        if who in self.balances:
            log.warning("account %s already exists", who)
            return
        self.balances[who] = amount
        log.info("opened %s with %d", who, amount)

    def transfer(self, src, dst, amount):
        audit.debug("transfer request %s -> %s: %s", src, dst, amount)
        try:
            if self.balances[src] < amount:
                raise ValueError(f"insufficient funds in {src}")
            self.balances[src] -= amount
            self.balances[dst] += amount
        except KeyError as e:
            log.error("unknown account %s", e)
            return False
        except ValueError:
            log.exception("transfer failed")
            return False
        audit.info("moved %(amount)d from %(src)s to %(dst)s", {"amount": amount, "src": src, "dst": dst})
        return True


ledger = Ledger()
ledger.open("alice", 100)
ledger.open("bob")
ledger.open("alice")
print(ledger.transfer("alice", "bob", 30))
print(ledger.transfer("alice", "carol", 5))
print(ledger.balances)
audit.setLevel(logging.INFO)
ledger.transfer("bob", "alice", 10)
log.log(logging.CRITICAL, "critical %s", "state")
print(log.getEffectiveLevel(), audit.getEffectiveLevel(), audit.parent is log, log.parent.name)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), logging.getLevelName("INFO"))
logging.addLevelName(15, "VERBOSE")
log.log(15, "verbose message")
print(log.isEnabledFor(logging.DEBUG), logging.getLogger("bank") is log, repr(log))

err_handler = logging.StreamHandler(sys.stderr)
err_handler.setLevel(logging.ERROR)
err_handler.setFormatter(logging.Formatter("[%(levelname)s] %(name)s %(funcName)s:%(lineno)d %(message)s"))
log.addHandler(err_handler)
log.error("goes to both")
log.warning("stdout only")


class OnlyAudit(logging.Filter):
    def filter(self, record):
        record.msg = "filtered: " + record.msg
        return record.name.startswith("bank.audit")


f = OnlyAudit()
logging.getLogger().handlers[0].addFilter(f)
log.info("filtered out")
audit.info("kept %s", "yes")
logging.getLogger().handlers[0].removeFilter(f)
log.removeHandler(err_handler)

child = logging.getLogger("bank.audit.deep")
child.propagate = True
child.warning("from deep %d%%", 50)
adapter = logging.LoggerAdapter(log, {"user": "u1"})
adapter.info("adapter message")
try:
    1 / 0
except ZeroDivisionError:
    log.error("with exc_info", exc_info=True)
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.debug("back %r", [1, 2])
print(logging.root.level, logging.WARNING, len(logging.getLogger().handlers))
logging.warning("root warning")
logging.shutdown()
