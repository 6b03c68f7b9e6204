# Exceptions raised inside handlers, in loops, and in functions
def risky(i):
    if i % 3 == 0:
        raise ValueError(f"bad {i}")
    if i % 3 == 1:
        raise KeyError(i)
    return i * 10
results = []
for i in range(7):
    try:
        results.append(risky(i))
    except ValueError as e:
        results.append(f"V:{e}")
        continue
    except KeyError as e:
        results.append(f"K:{e}")
    finally:
        results.append("|")
print(results)
def parse_all(items):
    ok, bad = [], []
    for s in items:
        try:
            ok.append(float(s))
        except ValueError as e:
            bad.append(str(e))
    return ok, bad
print(parse_all(["1", "2.5", "x", "3e2", "", "nan"]))
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e2:
    print("with_traceback returns same:", e2.args)
def cleanup_order():
    order = []
    try:
        try:
            order.append("body")
            raise KeyError
        except KeyError:
            order.append("handler")
            raise IndexError
        finally:
            order.append("inner finally")
    except IndexError:
        order.append("outer handler")
    return order
print(cleanup_order())
try:
    int("x")
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
except Exception:
    print("unreachable")
