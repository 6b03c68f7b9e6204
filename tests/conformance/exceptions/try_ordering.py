# Order of try/except/else/finally clauses
def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("boom")
        if mode == "other":
            raise KeyError("k")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run("ok"))
print(run("raise"))
try:
    run("other")
except KeyError as e:
    print("propagated", repr(e))
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise RuntimeError("second")
    finally:
        print("finally still runs")
try:
    handler_raises()
except RuntimeError as e:
    print("got", e, "context:", repr(e.__context__))
try:
    try:
        raise ValueError
    except (TypeError, ValueError) as e:
        print("tuple except caught", type(e).__name__, repr(e), str(e) == "")
except Exception:
    print("not reached")
x = "unchanged"
try:
    pass
except Exception as x:
    pass
print(x)
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print("NameError:", e)
