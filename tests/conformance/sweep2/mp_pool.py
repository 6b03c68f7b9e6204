# multiprocessing Pool and ProcessPoolExecutor
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor, as_completed

def cube(x):
    return x ** 3

def power(base, exp):
    return base ** exp

def describe(item):
    name, qty = item
    return f"{name}:{qty * 2}"

def fail_on(x):
    if x == 3:
        raise ValueError(f"bad value {x}")
    return x

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(cube, range(8)))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 4)]))
        print(list(pool.imap(cube, range(5))))
        print(sorted(pool.imap_unordered(cube, range(5))))
        r = pool.apply_async(power, (7, 2))
        print(r.get(timeout=10))
        print(pool.apply(describe, (("apples", 4),)))
        try:
            pool.map(fail_on, range(5))
        except ValueError as e:
            print("ValueError:", e)
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(cube, [1, 2, 3], chunksize=2)))
        futs = [ex.submit(power, 2, n) for n in range(6)]
        print(sorted(f.result() for f in as_completed(futs)))
        f = ex.submit(fail_on, 3)
        print(type(f.exception()).__name__, f.exception())
    print(mp.cpu_count() >= 1)

def word_count(text):
    counts = {}
    for w in text.lower().split():
        w = w.strip(".,!?")
        counts[w] = counts.get(w, 0) + 1
    return counts

def merge(dicts):
    total = {}
    for d in dicts:
        for k, v in d.items():
            total[k] = total.get(k, 0) + v
    return total

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

if __name__ == "__main__":
    docs = ["The cat sat.", "The dog sat on the cat!", "A bird, a cat, a dog?", "Nothing here"]
    with mp.Pool(2) as pool:
        partials = pool.map(word_count, docs)
    total = merge(partials)
    for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
        print(f"{word:<8}{n}")
    with ProcessPoolExecutor(2) as ex:
        flags = list(ex.map(is_prime, range(50), chunksize=10))
    print([n for n, f in enumerate(flags) if f])
    with mp.Pool(processes=2, maxtasksperchild=2) as pool:
        print(pool.map(cube, range(6), chunksize=1))
    ctx = mp.get_context("spawn")
    with ctx.Pool(1) as pool:
        print(pool.map(power, [2, 3], [5, 5]) if False else pool.starmap(power, zip([2, 3], [5, 5])))
    print(mp.get_start_method() in ("fork", "spawn", "forkserver"))
