# contextvars: ContextVar get/set/reset with Tokens, copy_context, Context.run
# and the Context mapping API; errors and their messages.
import contextvars as cv

print(cv.ContextVar, cv.Context, cv.Token, cv.__all__)
v = cv.ContextVar('x', default=1)
w = cv.ContextVar('w')
print(repr(v).startswith("<ContextVar name='x' default=1 at "), repr(w).startswith("<ContextVar name='w' at "))
print(v.name, v.get(), v.get(9), w.get(7))
t = v.set(5)
print(repr(t).startswith("<Token var=<ContextVar name='x' default=1 at "), t.var is v, t.old_value, repr(cv.Token.MISSING))
print(v.get())
v.reset(t)
print(v.get(), repr(t).startswith("<Token used var="))
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError", str(e).endswith(" has already been used once"))
t2 = w.set(1)
try:
    v.reset(t2)
except ValueError as e:
    print("ValueError", str(e).endswith(" was created by a different ContextVar"))
try:
    cv.ContextVar('q').get()
except LookupError as e:
    print("LookupError", type(e).__name__, type(e.args[0]).__name__, e.args[0].name)
t3 = w.set(2)
print(t3.old_value, w.get())
ctx = cv.copy_context()
print(type(ctx).__name__, len(ctx), w in ctx, v in ctx, ctx[w], ctx.get(v), ctx.get(v, 3), list(ctx.keys()) == [w], list(ctx.values()), [(k.name, val) for k, val in ctx.items()])
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
try:
    ctx[v]
except KeyError as e:
    print("KeyError", e.args[0] is v)
try:
    1 in ctx
except TypeError as e:
    print("TypeError", e)


def f(a, b=2):
    w.set(100)
    return w.get() + a + b


print(ctx.run(f, 1, b=3), w.get(), ctx[w])
try:
    ctx.run(ctx.run, f, 1)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context: "), str(e).endswith(" is already entered"))
for make in [lambda: cv.Context(1), lambda: cv.ContextVar(), lambda: cv.ContextVar(1), lambda: ctx.run(), lambda: cv.Token()]:
    try:
        make()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
print(ctx == ctx.copy(), ctx == cv.Context(), ctx != cv.Context(), len(cv.Context()), list(cv.Context().items()))
print(cv.ContextVar[int], cv.Token[str])
try:
    v.name = 'y'
except AttributeError:
    print("name is read-only")
t4 = w.set(5)
ctx3 = cv.copy_context()
try:
    ctx3.run(w.reset, t4)
except ValueError as e:
    print("ValueError", str(e).endswith(" was created in a different Context"))
try:
    class Sub(cv.ContextVar):
        pass
except TypeError:
    print("ContextVar cannot be subclassed")
print(hash(v) == hash(v), {v: 1}[v])
