#!/usr/bin/env python3
"""scripts/fuzz.py -- robustness fuzzer for minipy ("bad input gets a clear error, never a crash").

Owns: mutant generation (token/line/byte level, from the conformance corpus and the tutorial
programs), API-call program generation (builtins and methods of built-in types called with hostile
argument values), running a minipy binary under a timeout and resource limits, classifying the
outcome (ok / crash / hang / internal error), and saving minimised reproducers.

Usage (see docs/fuzzing.md):
  python3 scripts/fuzz.py MINIPY --out DIR [--seed N] [--count N | --time SECS]
                          [--mode mutate|api|both] [--timeout 10] [--jobs 1]
  python3 scripts/fuzz.py MINIPY --check FILE...      classify given files, print the outcome
  python3 scripts/fuzz.py MINIPY --minimize FILE --out DIR   minimise one reproducer

Each finding is written to DIR/<kind>-<hash>.py (minimised) plus .orig.py (the raw mutant) and
.txt (classification, signature, stderr tail, seed and iteration that produced it). Runs are
reproducible: mutant number i of seed S is always the same program (random.Random(S * 1000003 + i)).
"""
import argparse
import concurrent.futures
import glob
import hashlib
import io
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ----------------------------------------------------------------------------------- corpus

INTERESTING_NUMBERS = [
    "0", "-1", "1", "-0", "2**31", "2**63", "2**63-1", "-2**63", "-2**63-1", "2**64", "2**64+1",
    "10**20", "10**100", "-10**100", "9" * 30, "1e308", "1e309", "-1e309", "5e-324", "0.0",
    "-0.0", "0x7fffffffffffffff", "0xffffffffffffffff", "0o777", "0b1" + "0" * 70, "1j",
    "sys.maxsize", "-sys.maxsize-1", "4611686018427387903", "4611686018427387904",
    "-4611686018427387904", "-4611686018427387905", "float('nan')", "float('inf')",
    "255", "256", "-256", "0x110000", "1114111", "65536", "2**30", "2**32",
]
INTERESTING_STRINGS = [
    "''", "'\\x00'", "'\\udcff'", "'\\U0010ffff'", "'%s%d%r'", "'{}{0}{x}'", "'{'", "'}'",
    "'\\n\\r\\t'", "b''", "b'\\xff\\x00'", "'x'*10000", "r'\\'", "f'{1}'", "f'{x!r:>{w}}'",
    "'é€𝄞'", "'%*d'", "'%(a)s'", "'{:{}}'",
]
NEST_OPEN = ["(", "[", "{", "not ", "-", "~", "lambda: ", "(yield ", "await ", "*"]
RANDOM_BYTES = [b"\x00", b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\r", b"\t", b"\x0c",
                b"\\", b"\"\"\"", b"'''", b"#", b"\x1b", b"\xef\xbb\xbf", b"\n\n", b" ", b"\x7f",
                b"\f\t ", b"\\\n", b"# -*- coding: latin-1 -*-\n", b"# coding: bogus\n"]


def load_corpus(paths):
    progs = []
    for p in paths:
        if "_minipy/" in p:  # minipy-only tests: CPython is no oracle for them
            continue
        try:
            with open(p, "rb") as f:
                data = f.read()
            text = data.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        # Seeds that spawn processes, touch signals or sleep long make poor, slow mutants.
        if re.search(r"\bos\.(kill|fork|system|_exit)|subprocess|multiprocessing|signal\.|"
                     r"time\.sleep\(\s*[1-9]|shutil\.rmtree|input\(", text):
            continue
        progs.append((p, text))
    return progs


def tokenize_text(text):
    """Split text into a list of [prefix, tok, type] so that ''.join(prefix+tok) == text."""
    lines = text.splitlines(keepends=True)
    offs = [0]
    for ln in lines:
        offs.append(offs[-1] + len(ln))
    out = []
    pos = 0
    try:
        for t in tokenize.generate_tokens(io.StringIO(text).readline):
            if t.type in (tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT):
                continue
            (sr, sc), (er, ec) = t.start, t.end
            if sr - 1 >= len(offs) or er - 1 >= len(offs):
                break
            s = offs[sr - 1] + sc
            e = offs[er - 1] + ec
            if s < pos:
                continue
            out.append([text[pos:s], text[s:e], t.type])
            pos = e
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    out.append([text[pos:], "", tokenize.ENDMARKER])
    return out


class Pools:
    def __init__(self, progs):
        names, ops, nums, strs = set(), set(), set(), set()
        self.lines = []
        for _, text in progs:
            for pre, tok, typ in tokenize_text(text):
                if typ == tokenize.NAME:
                    names.add(tok)
                elif typ == tokenize.OP:
                    ops.add(tok)
                elif typ == tokenize.NUMBER:
                    nums.add(tok)
                elif typ == tokenize.STRING and len(tok) < 60:
                    strs.add(tok)
            for ln in text.splitlines():
                if ln.strip() and len(ln) < 200:
                    self.lines.append(ln)
        self.names = sorted(names)
        self.ops = sorted(ops)
        self.nums = sorted(nums) + INTERESTING_NUMBERS * 3
        self.strs = sorted(strs) + INTERESTING_STRINGS * 3


# ---------------------------------------------------------------------------------- mutation

def _indent_of(line):
    return line[: len(line) - len(line.lstrip(" \t"))]


def mutate_tokens(rng, toks, pools):
    n = len(toks) - 1  # last entry is the trailing remainder
    if n <= 0:
        return toks
    op = rng.randrange(9)
    i = rng.randrange(n)
    if op == 0:  # delete 1..3 tokens
        del toks[i: i + rng.randint(1, 3)]
        if not toks or toks[-1][2] != tokenize.ENDMARKER:
            toks.append(["", "", tokenize.ENDMARKER])
    elif op == 1:  # duplicate a run of tokens
        j = min(n, i + rng.randint(1, 6))
        toks[j:j] = [list(t) for t in toks[i:j]]
    elif op == 2:  # swap two tokens
        j = rng.randrange(n)
        toks[i][1], toks[j][1] = toks[j][1], toks[i][1]
    elif op == 3:  # replace a name
        cands = [k for k in range(n) if toks[k][2] == tokenize.NAME]
        if cands:
            toks[rng.choice(cands)][1] = rng.choice(pools.names)
    elif op == 4:  # replace an operator
        cands = [k for k in range(n) if toks[k][2] == tokenize.OP]
        if cands:
            toks[rng.choice(cands)][1] = rng.choice(pools.ops)
    elif op == 5:  # replace a number with an interesting or corpus number
        cands = [k for k in range(n) if toks[k][2] == tokenize.NUMBER]
        if cands:
            toks[rng.choice(cands)][1] = "(" + rng.choice(pools.nums) + ")"
    elif op == 6:  # replace a string literal
        cands = [k for k in range(n) if toks[k][2] == tokenize.STRING]
        if cands:
            toks[rng.choice(cands)][1] = rng.choice(pools.strs)
    elif op == 7:  # insert a random token from the pools
        pool = rng.choice([pools.names, pools.ops, pools.nums, pools.strs])
        toks.insert(i, [" ", rng.choice(pool), tokenize.OP])
    else:  # wrap a token in deep nesting
        depth = rng.choice([10, 50, 100, 200, 1000, 3000, 20000])
        o = rng.choice(NEST_OPEN)
        c = {"(": ")", "[": "]", "{": "}", "(yield ": ")"}.get(o, "")
        toks[i][1] = o * depth + toks[i][1] + c * depth
    return toks


def mutate_lines(rng, text, pools, other):
    lines = text.split("\n")
    if not lines:
        return text
    op = rng.randrange(6)
    i = rng.randrange(len(lines))
    if op == 0:
        del lines[i: i + rng.randint(1, 4)]
    elif op == 1:
        lines[i:i] = lines[i: i + rng.randint(1, 4)]
    elif op == 2:  # statement from another program, re-indented to fit here
        src = rng.choice(pools.lines) if rng.random() < 0.5 or not other else rng.choice(
            other.split("\n") or [""])
        lines.insert(i, _indent_of(lines[i]) + src.lstrip(" \t"))
    elif op == 3:  # swap two lines
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif op == 4:  # deep block nesting
        depth = rng.choice([20, 100, 101, 200, 1000])
        kw = rng.choice(["if 1:", "while 0:", "for _ in ():", "try:", "with x:", "def f():",
                         "class C:", "async def f():", "match x:"])
        body = [" " * k + kw for k in range(depth)] + [" " * depth + "pass"]
        lines[i:i] = body
    else:  # truncate the program at a random line
        lines = lines[:i]
    return "\n".join(lines)


def mutate_bytes(rng, data):
    op = rng.randrange(4)
    if not data:
        return rng.choice(RANDOM_BYTES)
    i = rng.randrange(len(data) + 1)
    if op == 0:
        return data[:i]  # truncation at a random byte
    if op == 1:
        return data[:i] + rng.choice(RANDOM_BYTES) + data[i:]
    if op == 2:
        return data[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) + data[i + 1:]
    j = rng.randrange(len(data) + 1)
    i, j = min(i, j), max(i, j)
    return data[:i] + data[j:i:-1] + data[j:]


def make_mutant(rng, progs, pools):
    path, text = rng.choice(progs)
    desc = [os.path.relpath(path, ROOT)]
    rounds = rng.choice([1, 1, 1, 2, 3, 5, 10])
    for _ in range(rounds):
        kind = rng.random()
        if kind < 0.55:
            toks = mutate_tokens(rng, tokenize_text(text), pools)
            text = "".join(p + t for p, t, _ in toks)
            desc.append("tok")
        elif kind < 0.9:
            other = rng.choice(progs)[1]
            text = mutate_lines(rng, text, pools, other)
            desc.append("line")
        else:
            desc.append("bytes")
            data = mutate_bytes(rng, text.encode("utf-8", "surrogatepass"))
            return data, desc
    return text.encode("utf-8", "surrogatepass"), desc


# ------------------------------------------------------------------------------- API programs

API_PRELUDE = r'''
import sys
class BadEq:
    def __eq__(self, o): raise ValueError("eq")
    def __hash__(self): return 1
class BadHash:
    def __hash__(self): raise KeyError("hash")
class HugeHash:
    def __hash__(self): return 2**100
class BadLen:
    def __len__(self): raise OSError("len")
    def __iter__(self): return iter([1, 2])
class NegLen:
    def __len__(self): return -1
class HugeLen:
    def __len__(self): return 2**70
class BadIndex:
    def __index__(self): raise RuntimeError("index")
class HugeIndex:
    def __index__(self): return 2**80
class StrIndex:
    def __index__(self): return "3"
class BadIter:
    def __iter__(self): raise TypeError("iter")
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise ZeroDivisionError("next")
class BadRepr:
    def __repr__(self): raise ValueError("repr")
    __str__ = __repr__
class BadFormat:
    def __format__(self, spec): return 5
class BadBool:
    def __bool__(self): return 2
class BadCmp:
    def __lt__(self, o): raise ArithmeticError("lt")
    __gt__ = __le__ = __ge__ = __lt__
class Mutator:
    """__eq__/__hash__/__lt__ clear the container they were put in."""
    def __init__(self, target=None): self.target = target
    def __hash__(self): return 7
    def __eq__(self, o):
        t = self.target
        if t is not None:
            try: t.clear()
            except Exception: pass
        return False
    def __lt__(self, o):
        self.__eq__(o); return True
class StrSub(str): pass
class IntSub(int): pass
class ListSub(list): pass
class DictSub(dict):
    def __missing__(self, k): raise LookupError(k)
def _rec_list():
    l = [1]; l.append(l); return l
def _rec_dict():
    d = {}; d[1] = d; return d
def _show(r):
    try:
        s = repr(r)
    except BaseException as e:
        s = "<repr failed %s>" % type(e).__name__
    print(type(r).__name__, s[:60])
def _err(e):
    print("!", type(e).__name__)
_ml = [1, 2, 3]; _md = {1: 1, 2: 2}; _ms = {1, 2}
'''

API_VALUES = [
    "0", "-1", "1", "2", "-2**63", "2**63", "2**64", "10**30", "-(10**30)", "2**1000", "-2**1000",
    "sys.maxsize", "-sys.maxsize-1", "1.5", "-0.0", "float('nan')", "float('inf')", "1e308", "3j",
    "None", "True", "False", "...", "NotImplemented", "''", "'abc'", "'\\x00\\udc80é'", "'x'*300",
    "b''", "b'ab\\xff'", "bytearray(b'xyz')", "memoryview(b'abcd')", "[]", "[1, 'a', None]",
    "()", "(1, (2, 3))", "{}", "{1: 2, 'a': []}", "set()", "frozenset({1, 2})", "range(10)",
    "range(-5, 2**70, 3)", "slice(None, None, -1)", "slice(2**70)", "object()", "int", "str",
    "type", "len", "print", "lambda *a, **k: 0", "lambda: 1/0", "iter([1, 2])", "iter(())",
    "_rec_list()", "_rec_dict()", "BadEq()", "BadHash()", "HugeHash()", "BadLen()", "NegLen()",
    "HugeLen()", "BadIndex()", "HugeIndex()", "StrIndex()", "BadIter()", "BadNext()", "BadRepr()",
    "BadFormat()", "BadBool()", "BadCmp()", "Mutator(_ml)", "Mutator(_md)", "Mutator(_ms)",
    "StrSub('q')", "IntSub(5)", "ListSub([3, 1])", "DictSub(a=1)", "_ml", "_md", "_ms",
    "(x for x in range(3))", "sys", "ValueError('v')", "'%s %d'", "'{0}{1}'", "'utf-8'", "'ignore'",
    "'surrogatepass'", "-10", "100", "1000000", "'\\n'", "' '", "[BadCmp(), BadCmp()]",
    "[Mutator(_ml), 1]", "{'a': BadRepr()}", "[float('nan')]", "complex(1e308, 1e308)",
]

API_RECEIVERS = [
    ("[3, 1, 2]", list), ("{1: 'a', 2: 'b'}", dict), ("{1, 2, 3}", set),
    ("frozenset({1, 2})", frozenset), ("'hello World'", str), ("b'hello'", bytes),
    ("bytearray(b'hello')", bytearray), ("(1, 2, 1)", tuple), ("12345", int), ("2.5", float),
    ("(1+2j)", complex), ("range(1, 20, 3)", range), ("memoryview(bytearray(b'abcdef'))", memoryview),
    ("slice(1, 10, 2)", slice), ("_rec_list()", list), ("_rec_dict()", dict), ("2**100", int),
    ("[Mutator(_ml), Mutator(_ml)]", list), ("{Mutator(_md): 1}", dict), ("True", bool),
]

# Builtins that would block, leave the process or flood the terminal.
API_SKIP_BUILTINS = {"input", "breakpoint", "help", "exit", "quit", "copyright", "credits",
                     "license", "open", "__import__", "__build_class__", "exec", "eval", "compile",
                     "memoryview", "print"}


def _public_methods(tp):
    out = []
    for n in sorted(dir(tp)):
        if n in ("__init_subclass__", "__subclasshook__", "__del__", "__init__", "__new__",
                 "__reduce__", "__reduce_ex__", "__class_getitem__", "release"):
            continue
        if callable(getattr(tp, n, None)):
            out.append(n)
    return out


def make_api_program(rng, ncalls=120):
    import builtins
    bnames = sorted(n for n in dir(builtins) if not n.startswith("_") and n not in
                    API_SKIP_BUILTINS and callable(getattr(builtins, n)) and
                    not (isinstance(getattr(builtins, n), type) and
                         issubclass(getattr(builtins, n), BaseException)))
    parts = [API_PRELUDE]
    for _ in range(ncalls):
        nargs = rng.choice([0, 1, 1, 2, 2, 3])
        args = [rng.choice(API_VALUES) for _ in range(nargs)]
        if rng.random() < 0.1:
            args.append(rng.choice(["key=", "reverse=", "default=", "start=", "sep=", "errors=",
                                    "encoding=", "base="]) + rng.choice(API_VALUES))
        r = rng.random()
        if r < 0.35:
            expr = "%s(%s)" % (rng.choice(bnames), ", ".join(args))
        elif r < 0.9:
            recv, tp = rng.choice(API_RECEIVERS)
            expr = "(%s).%s(%s)" % (recv, rng.choice(_public_methods(tp)), ", ".join(args))
        else:  # operators between hostile values
            a, b = rng.choice(API_VALUES), rng.choice(API_VALUES)
            op = rng.choice(["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<",
                             "==", "in", "is", "@"])
            expr = "(%s) %s (%s)" % (a, op, b)
            if rng.random() < 0.3:
                expr = rng.choice(["hash", "repr", "str", "sorted", "list", "len", "bool",
                                   "format"]) + "(" + a + ")"
        parts.append("try:\n    _show(%s)\nexcept Exception as e:\n    _err(e)\n" % expr)
    parts.append("print('done')\n")
    return "".join(parts).encode("utf-8", "surrogatepass")


# ---------------------------------------------------------------------------------- execution

SAN_RE = re.compile(r"ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:|"
                    r"AddressSanitizer:DEADLYSIGNAL|SUMMARY: UndefinedBehaviorSanitizer")
INTERNAL_RE = re.compile(r"SystemError|minipy internal|[Aa]ssertion .*failed|Assertion `|"
                         r"Fatal Python error|terminate called|std::bad_alloc|"
                         r"pure virtual method called|unreachable|stack smashing")


class Runner:
    def __init__(self, binary, timeout, mem_mb, python=None):
        self.binary = os.path.abspath(binary)
        self.timeout = timeout
        self.mem_mb = mem_mb
        self.python = python
        with open(self.binary, "rb") as f:
            self.asan = b"__asan_init" in f.read()

    def _limits(self):
        os.setsid()
        if not self.asan:  # ASan reserves terabytes of virtual memory: use its rss limit instead
            lim = self.mem_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (lim, lim))
        cpu = int(self.timeout) + 2
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 2))
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 20, 64 << 20))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    def run(self, data, exe=None):
        """Run program bytes with exe (default the minipy binary) -> (rc, out, err, secs)."""
        exe = exe or self.binary
        d = tempfile.mkdtemp(prefix="minipy-fuzz.")
        try:
            p = os.path.join(d, "prog.py")
            with open(p, "wb") as f:
                f.write(data)
            env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": d,
                   "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8",
                   "PYTHONDONTWRITEBYTECODE": "1",
                   "ASAN_OPTIONS": "detect_leaks=0:halt_on_error=1:abort_on_error=0:exitcode=86:"
                                   "hard_rss_limit_mb=%d:allocator_may_return_null=1:"
                                   "detect_stack_use_after_return=0" % self.mem_mb,
                   "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1:exitcode=86"}
            t0 = time.time()
            for attempt in range(30):  # the binary may be being relinked: wait for it
                try:
                    pr = subprocess.Popen([exe, "prog.py"], cwd=d, env=env,
                                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                          stderr=subprocess.PIPE, preexec_fn=self._limits)
                    break
                except OSError:
                    if attempt == 29:
                        raise
                    time.sleep(2)
            try:
                out, err = pr.communicate(timeout=self.timeout)
                rc = pr.returncode
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(pr.pid, signal.SIGKILL)
                except OSError:
                    pass
                out, err = pr.communicate()
                rc = None
            try:  # children left behind by the program
                os.killpg(pr.pid, signal.SIGKILL)
            except OSError:
                pass
            return rc, out, err, time.time() - t0
        finally:
            shutil.rmtree(d, ignore_errors=True)

    def classify(self, data):
        """-> (kind, signature, detail). kind in ok / crash / hang / internal."""
        rc, out, err, secs = self.run(data)
        errs = err.decode("utf-8", "replace")
        m = SAN_RE.search(errs)
        if m:
            return "crash", sanitizer_signature(errs), errs[-4000:]
        if rc is None or rc == -signal.SIGXCPU:
            if self.python:
                prc, _, _, _ = self.run(data, self.python)
                if prc is None or prc == -signal.SIGXCPU:
                    return "ok", "both-hang", ""
            return "hang", "timeout", "minipy did not finish in %ss" % self.timeout
        if rc < 0 and rc != -signal.SIGINT:
            return "crash", "signal %s" % signal.Signals(-rc).name, errs[-4000:]
        m = INTERNAL_RE.search(errs)
        if m or (rc >= 128 and rc != 130):
            line = next((ln for ln in errs.splitlines() if INTERNAL_RE.search(ln)),
                        "exit %d" % rc)
            if self.python:  # the same message from CPython (e.g. a SystemError test) is fine
                prc, _, perr, _ = self.run(data, self.python)
                if m and INTERNAL_RE.search(perr.decode("utf-8", "replace")):
                    return "ok", "", ""
                if not m and prc == rc:
                    return "ok", "", ""
            kind = "crash" if rc >= 128 and "std::bad_alloc" not in errs else "internal"
            sig = re.sub(r"0x[0-9a-f]+|\d+", "N", line.strip())[:120]
            return kind, sig, errs[-4000:]
        return "ok", "", ""


def sanitizer_signature(errs):
    """First frame inside minipy's own sources of the sanitizer report, plus the error kind."""
    kind = "sanitizer"
    m = re.search(r"ERROR: AddressSanitizer: ([\w-]+)", errs) or re.search(
        r"runtime error: ([^\n]{0,60})", errs)
    if m:
        kind = re.sub(r"0x[0-9a-f]+|\d+", "N", m.group(1))
    for ln in errs.splitlines():
        fm = re.search(r"#\d+ 0x[0-9a-f]+ in (\S+) (\S+)", ln)
        if fm and "/work/" in fm.group(2) and "sanitizer" not in fm.group(2):
            return "%s at %s (%s)" % (kind, fm.group(1), os.path.basename(fm.group(2)))
        fm = re.search(r"^(\S+\.(?:cpp|h):\d+):\d+: runtime error", ln)
        if fm:
            return "%s at %s" % (kind, os.path.basename(fm.group(1)))
    return kind


# -------------------------------------------------------------------------------- minimising

def _ddmin(items, test, join, budget):
    """Classic delta debugging: smallest sublist (1-minimal within budget) still failing."""
    n = 2
    while len(items) >= 2 and budget[0] > 0:
        chunk = max(1, len(items) // n)
        reduced = False
        for start in range(0, len(items), chunk):
            cand = items[:start] + items[start + chunk:]
            budget[0] -= 1
            if cand and test(join(cand)):
                items = cand
                n = max(n - 1, 2)
                reduced = True
                break
            if budget[0] <= 0:
                break
        if not reduced:
            if n >= len(items):
                break
            n = min(len(items), n * 2)
    return items


def minimize(runner, data, kind, sig, budget_runs=400):
    def same(b):
        k, s, _ = runner.classify(b)
        return k == kind and (s == sig or kind == "hang")
    budget = [budget_runs]
    pre = API_PRELUDE.encode()
    if data.startswith(pre):  # API program: first find the single call that fails on its own
        blocks = [b"try:" + b for b in data[len(pre):].split(b"try:")[1:]]
        for b in blocks:
            budget[0] -= 1
            if same(pre + b):
                data = pre + b
                break
    lines = data.split(b"\n")
    lines = _ddmin(lines, same, lambda ls: b"\n".join(ls), budget)
    data = b"\n".join(lines)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    toks = tokenize_text(text)
    if len(toks) < 400:
        toks = _ddmin(toks, lambda t: same(t), lambda ts: "".join(p + t for p, t, _ in ts).encode(
            "utf-8", "surrogatepass"), budget)
        data = "".join(p + t for p, t, _ in toks).encode("utf-8", "surrogatepass")
    return data


# -------------------------------------------------------------------------------------- main

def gen_case(i, seed, mode, progs, pools):
    rng = random.Random(seed * 1000003 + i)
    m = mode if mode != "both" else ("api" if rng.random() < 0.3 else "mutate")
    if m == "api":
        return make_api_program(rng), ["api"]
    return make_mutant(rng, progs, pools)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("minipy")
    ap.add_argument("--out", default="/tmp/minipy-fuzz-out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0, help="first mutant number")
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--time", type=float, default=0, help="stop after this many seconds")
    ap.add_argument("--mode", choices=["mutate", "api", "both"], default="both")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--mem", type=int, default=2048, help="address-space limit in MB")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--python", default=None, help="CPython 3.11 used as the hang oracle")
    ap.add_argument("--no-minimize", action="store_true")
    ap.add_argument("--check", nargs="+", help="classify these files and exit")
    ap.add_argument("--minimize", help="minimise this reproducer into --out and exit")
    ap.add_argument("--dump", type=int, help="print mutant number N of --seed and exit")
    a = ap.parse_args()

    py = a.python
    if py is None:
        try:
            py = subprocess.run(["pyenv", "which", "python3"], capture_output=True, text=True,
                                timeout=30).stdout.strip() or None
        except (OSError, subprocess.SubprocessError):
            py = None
        py = py or shutil.which("python3")
    runner = Runner(a.minipy, a.timeout, a.mem, py)

    if a.check:
        bad = 0
        for f in a.check:
            with open(f, "rb") as fh:
                k, s, det = runner.classify(fh.read())
            print("%-8s %s %s" % (k, f, s))
            bad += k != "ok"
        return 1 if bad else 0

    corpus = sorted(glob.glob(os.path.join(ROOT, "tests/conformance/**/*.py"), recursive=True))
    corpus += sorted(glob.glob("/work/shared/tutorial/*.py"))
    progs = load_corpus(corpus)
    pools = Pools(progs)

    if a.dump is not None:
        data, desc = gen_case(a.dump, a.seed, a.mode, progs, pools)
        sys.stdout.buffer.write(data)
        print("\n# " + " ".join(desc), file=sys.stderr)
        return 0

    os.makedirs(a.out, exist_ok=True)
    if a.minimize:
        with open(a.minimize, "rb") as fh:
            data = fh.read()
        k, s, det = runner.classify(data)
        print("outcome:", k, s)
        if k != "ok":
            small = minimize(runner, data, k, s)
            dst = os.path.join(a.out, "min-" + os.path.basename(a.minimize))
            with open(dst, "wb") as fh:
                fh.write(small)
            print("minimised to", dst, len(small), "bytes")
        return 0

    seen = {}
    stats = {"ok": 0, "crash": 0, "hang": 0, "internal": 0}
    t_end = time.time() + a.time if a.time else None
    log = open(os.path.join(a.out, "log.txt"), "a")
    print("fuzz: binary=%s asan=%s seed=%d mode=%s corpus=%d programs oracle=%s" % (
        runner.binary, runner.asan, a.seed, a.mode, len(progs), py), file=log, flush=True)

    def one(i):
        data, desc = gen_case(i, a.seed, a.mode, progs, pools)
        k, s, det = runner.classify(data)
        return i, data, desc, k, s, det

    def _stop(signum, frame):  # SIGTERM (and SIGINT in background jobs): stop, print the summary
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    ex = concurrent.futures.ThreadPoolExecutor(max_workers=a.jobs)
    i = a.start
    pending = set()
    done = 0
    try:
        while True:
            while len(pending) < a.jobs * 2 and i < a.start + a.count and (
                    t_end is None or time.time() < t_end):
                pending.add(ex.submit(one, i))
                i += 1
            if not pending:
                break
            fin, pending = concurrent.futures.wait(pending, return_when="FIRST_COMPLETED")
            for f in fin:
                n, data, desc, k, s, det = f.result()
                done += 1
                stats[k] += 1
                if k == "ok":
                    continue
                key = (k, s)
                seen[key] = seen.get(key, 0) + 1
                msg = "#%d seed=%d %s %s [%s]" % (n, a.seed, k, s, " ".join(desc))
                print(msg, flush=True)
                print(msg, file=log, flush=True)
                if seen[key] > 1:
                    continue
                h = hashlib.sha1(repr(key).encode()).hexdigest()[:10]
                base = os.path.join(a.out, "%s-%s" % (k, h))
                with open(base + ".orig.py", "wb") as fh:
                    fh.write(data)
                small = data if a.no_minimize else minimize(runner, data, k, s)
                with open(base + ".py", "wb") as fh:
                    fh.write(small)
                with open(base + ".txt", "w") as fh:
                    fh.write("kind: %s\nsignature: %s\nseed: %d  mutant: %d  (%s)\n"
                             "reproduce: python3 scripts/fuzz.py BIN --seed %d --dump %d%s\n\n%s\n"
                             % (k, s, a.seed, n, " ".join(desc), a.seed, n,
                                "" if a.mode == "both" else " --mode " + a.mode, det))
    except KeyboardInterrupt:
        pass
    ex.shutdown(wait=True, cancel_futures=True)
    summary = "fuzz: %d programs: %s; %d distinct findings" % (
        done, ", ".join("%s %d" % kv for kv in stats.items()), len(seen))
    print(summary)
    print(summary, file=log, flush=True)
    for (k, s), c in sorted(seen.items()):
        print("  %-8s x%-4d %s" % (k, c, s))
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
