# contextvars: copies are snapshots (copy-on-write), Context.run isolates
# changes, nested runs restore the outer context, threads start empty.
import contextvars as cv
import threading

a = cv.ContextVar('a', default=0)
b = cv.ContextVar('b')
c1 = cv.copy_context()
a.set(1)
c2 = cv.copy_context()
a.set(2)
print(c1.get(a), c2[a], a.get(), c1.run(a.get), c2.run(a.get))
c2.run(a.set, 10)
print(c2[a], a.get(), c1.get(a, 'missing'))


def inner():
    b.set('inner')
    return b.get(), a.get()


def outer():
    a.set(50)
    inner_ctx = cv.copy_context()
    r = inner_ctx.run(inner)
    return r, b.get('unset'), a.get(), inner_ctx[b]


print(cv.Context().run(outer), a.get(), b.get('unset'))

# Many snapshots of a changing variable.
snaps = []
for i in range(5):
    a.set(i * 10)
    snaps.append(cv.copy_context())
print([s[a] for s in snaps], a.get())
snaps[0].run(a.set, -1)
print([s[a] for s in snaps])

# Tokens made inside run() reset inside the same run().
def use_token():
    tok = b.set('temp')
    before = b.get()
    b.reset(tok)
    return before, b.get('gone')


print(cv.copy_context().run(use_token))

# A new thread starts with an empty context.
seen = []


def worker():
    seen.append((a.get(), b.get('no b')))
    a.set(999)
    seen.append(a.get())


b.set('main b')
th = threading.Thread(target=worker)
th.start()
th.join()
print(seen, a.get(), b.get())

# Running a function in a copy of the current context from a thread.
ctx = cv.copy_context()
out = []
th = threading.Thread(target=lambda: out.append(ctx.run(lambda: (a.get(), b.get()))))
th.start()
th.join()
print(out)
print(sorted(k.name for k in cv.copy_context()))
