// tests/unit/codecache_test.cpp — the frozen-bytecode format (vm/codecache.h):
// code objects of varied sources survive dump + load field for field (and run
// the same), names come back interned, blobs of another format or truncated
// ones are refused without crashing, frozen_module_code falls back to the
// source and honours -X frozen_modules=off, and every blob embedded in this
// binary equals what its compiler makes of the module's source today.
#include <doctest/doctest.h>

#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "runtime/runtime.h"
#include "vm/codecache.h"
#include "vm/code.h"
#include "vm/frozen.h"
#include "vm/vm.h"

using namespace minipy;

namespace {

struct CodecacheFixture {
  Interpreter* interp;
  ThreadState* ts;
  explicit CodecacheFixture(std::vector<std::string> xoptions = {}) {
    InterpreterConfig cfg;
    cfg.hash_seed = 0;  // the freezer's hash: frozenset constants get the same layout
    cfg.xoptions = std::move(xoptions);
    interp = interpreter_create(cfg);
    ts = interpreter_main_thread(interp);
  }
  ~CodecacheFixture() { interpreter_destroy(interp); }

  std::string error_text() {
    Ref e(err_fetch(ts));
    if (!e) return "(no exception)";
    Ref s(str(ts, e.get()));
    return std::string(type_name(ts, e.get())) + ": " + (s ? std::string(str_view(s.get())) : "?");
  }

  Value compile(const std::string& src) {
    Value code = compile_source(ts, src, "<test>", CompileMode::Exec);
    if (!code) FAIL_CHECK(error_text());
    return code;
  }

  std::string dump(Value code) {
    std::string blob;
    if (!codecache_dump(ts, code, &blob)) FAIL_CHECK(error_text());
    return blob;
  }

  Value load(const std::string& blob) {
    return codecache_load(ts, reinterpret_cast<const unsigned char*>(blob.data()), blob.size());
  }

  // The value of `result` after running `code` in fresh globals, as its repr
  // (or the exception's text).
  std::string run(Value code) {
    DictObject* g = dict_new(ts);
    Ref hold(Value::from_obj(g));
    dict_set(ts, g, Value::from_obj(interp->names.__builtins__), Value::from_obj(interp->builtins));
    Ref name(str_new(ts, "__test__"));
    dict_set(ts, g, Value::from_obj(interp->names.__name__), name.get());
    Ref r(run_code(ts, code, g, Value::from_obj(g)));
    if (!r) return "raised " + error_text();
    Value v = dict_get_str(g, intern(ts, "result"));
    if (!v) return "(no result)";
    Ref s(repr(ts, v));
    return s ? std::string(str_view(s.get())) : "raised " + error_text();
  }

  // The disassembly without the addresses of nested code objects.
  std::string dis(Value code) {
    std::string text = disassemble(ts, code), out;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text.compare(i, 5, "at 0x") == 0) {
        out += "at ADDR";
        i += 5;
        while (i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i]))) ++i;
        --i;
      } else {
        out += text[i];
      }
    }
    return out;
  }

  // Every name/local name of `code` (recursively) is the interned string.
  bool names_interned(Value code) {
    auto* co = code.as<CodeObject>();
    for (Value t : {co->names, co->localsplusnames})
      for (int64_t i = 0; i < tuple_size(t); ++i) {
        Value s = tuple_item(t, i);
        if (s.as<StrObject>() != intern(ts, str_view(s))) return false;
      }
    for (int64_t i = 0; i < tuple_size(co->consts); ++i)
      if (is_code(ts, tuple_item(co->consts, i)) && !names_interned(tuple_item(co->consts, i))) return false;
    return true;
  }

  // Compile, dump, load; check the loaded code equals the compiled one in every
  // field, disassembles the same and runs to the same result.
  void round_trip(const std::string& src) {
    CAPTURE(src);
    Ref code(compile(src));
    REQUIRE(code);
    std::string blob = dump(code.get());
    Ref back(load(blob));
    REQUIRE_MESSAGE(back, error_text());
    std::string why;
    CHECK_MESSAGE(codecache_equal(ts, code.get(), back.get(), &why), why);
    CHECK(dis(code.get()) == dis(back.get()));
    CHECK(names_interned(back.get()));
    // Dumping the loaded code gives the same bytes (before either runs: the
    // evaluation loop rewrites instructions and fills caches as code runs).
    std::string again = dump(back.get());
    size_t at = 0;
    while (at < again.size() && at < blob.size() && again[at] == blob[at]) ++at;
    CHECK_MESSAGE(again == blob, "first difference at byte " << at << " of " << blob.size());
    CHECK(run(code.get()) == run(back.get()));
  }
};

const char* const kSources[] = {
    // nested functions, closures, cells of arguments, nonlocal, defaults, annotations
    "def outer(a, b=2, *args, c, d=4, **kw):\n"
    "    x = a\n"
    "    def inner(y, /, z=(1, 'two', 3.0)) -> 'ann':\n"
    "        nonlocal x\n"
    "        x += y\n"
    "        return x, a, z\n"
    "    return inner\n"
    "result = outer(1, c=3)(10)\n",
    // generators, yield from, lambdas, comprehensions of every kind
    "def gen(n):\n"
    "    yield from range(n)\n"
    "    x = yield 'sent'\n"
    "    return x\n"
    "sq = lambda v: v * v\n"
    "result = ([sq(i) for i in gen(3)], {i: str(i) for i in range(3)}, {i % 2 for i in range(5)},\n"
    "          list(j for j in 'ab'), [(i, j) for i in range(2) if i for j in range(i)])\n",
    // classes, super(), __class__ cells, decorators, properties, class-private names
    "class Base:\n"
    "    __slots__ = ()\n"
    "    def who(self): return 'base'\n"
    "class Derived(Base):\n"
    "    __private = 7\n"
    "    @property\n"
    "    def p(self): return self.__private\n"
    "    @staticmethod\n"
    "    def s(): return __class__\n"
    "    def who(self): return 'derived+' + super().who()\n"
    "result = (Derived().who(), Derived().p, Derived.s().__name__, Derived.__qualname__)\n",
    // numbers: small/big ints at the small-int boundary, floats, complex, -0.0, inf
    "result = (0, 1, -1, 4611686018427387903, 4611686018427387904, -4611686018427387904,\n"
    "          -4611686018427387905, 2**200, 123456789012345678901234567890, -98765432109876543210987654321,\n"
    "          0x7fffffffffffffffffff, 1.5, -0.0, 0.0, 1e400, -1e400, 1e-320, 2j, -0j, 1.5+2.5j, 3.14159e-10)\n",
    // str/bytes constants: unicode, escapes, NULs, surrogates, empty, one-char
    "result = ('', 'a', 'héllo wörld', '日本語', '\\U0001f600', 'nul\\x00nul', '\\ud800',\n"
    "          b'', b'\\x00\\xff\\x80', b'bytes', r'raw\\n', f'{1+1}={\"x\"!r:>5}', 'a' 'b' \"c\")\n",
    // unicode identifiers
    "def héllo(ñame, *, ключ=1):\n"
    "    σ = ñame + ключ\n"
    "    return σ\n"
    "class Ünï:\n"
    "    π = 3\n"
    "result = (héllo(1), Ünï.π, héllo.__code__.co_varnames)\n",
    // frozensets from set displays and `in {...}` tests; tuples of constants
    "def f(x):\n"
    "    return x in {1, 2, 3, 'a', (4, 5)}, x not in {1.5, 2.5, 3.5}\n"
    "def g(x):\n"
    "    return x in {17, 9, 1, 25, 33, 41, 8, 16, 24, 32, 40, 48, 56}, {'__new__', '__init__', '_make', '_fields'}\n"
    "s = {10, 33, 1, 65, 99, 7}\n"
    "t = ((1, 2), (3, (4, (5, None, True, False, ...))))\n"
    "result = (f(2), f('a'), sorted(s), t, {frozenset({1})}, g(9), [list(c) for c in g.__code__.co_consts if type(c) is frozenset])\n",
    // exception tables: try/except/else/finally, with, nested handlers, raise from, except*
    "import sys\n"
    "class CM:\n"
    "    def __enter__(self): return 1\n"
    "    def __exit__(self, *a): return True\n"
    "def f(n):\n"
    "    out = []\n"
    "    for i in range(n):\n"
    "        try:\n"
    "            try:\n"
    "                if i == 1: raise KeyError(i)\n"
    "                if i == 2: raise ValueError(i) from None\n"
    "            except KeyError as e:\n"
    "                out.append(('key', e.args))\n"
    "            else:\n"
    "                out.append('else')\n"
    "            finally:\n"
    "                out.append('fin')\n"
    "        except ValueError:\n"
    "            out.append('value')\n"
    "            continue\n"
    "        with CM() as c:\n"
    "            raise RuntimeError\n"
    "    try:\n"
    "        raise ExceptionGroup('g', [OSError(1), TypeError(2)])\n"
    "    except* OSError as eg:\n"
    "        out.append(len(eg.exceptions))\n"
    "    except* TypeError:\n"
    "        out.append('type')\n"
    "    return out\n"
    "result = f(3)\n",
    // match statements: sequences, mappings, classes, guards, or-patterns, captures
    "class Point:\n"
    "    __match_args__ = ('x', 'y')\n"
    "    def __init__(self, x, y): self.x, self.y = x, y\n"
    "def m(v):\n"
    "    match v:\n"
    "        case [1, *rest] if rest: return ('seq', rest)\n"
    "        case {'k': value, **others}: return ('map', value, others)\n"
    "        case Point(0, y=yy): return ('pt', yy)\n"
    "        case 'a' | 'b' | 3.5 | -2 | 1+2j | None | True as lit: return ('lit', lit)\n"
    "        case (x, y): return ('pair', x, y)\n"
    "        case str() | bytes(): return 'text'\n"
    "        case _: return 'other'\n"
    "result = [m(v) for v in ([1, 2], {'k': 1, 'z': 2}, Point(0, 5), 'b', -2, (1, 2), b'x', 0.5, None)]\n",
    // async functions, async generators, await, async for/with, global
    "import types\n"
    "counter = 0\n"
    "async def agen(n):\n"
    "    for i in range(n):\n"
    "        yield i\n"
    "async def coro():\n"
    "    global counter\n"
    "    async for v in agen(3):\n"
    "        counter += v\n"
    "    return [v async for v in agen(2)]\n"
    "c = coro()\n"
    "try:\n"
    "    c.send(None)\n"
    "except StopIteration as e:\n"
    "    result = (e.value, counter)\n",
    // docstrings, walrus, del, star-unpacking, chained comparisons, assert, global statements
    "'''module doc'''\n"
    "def f(*a, **k):\n"
    "    'function doc'\n"
    "    if (n := len(a)) > 1: del n\n"
    "    first, *mid, last = range(5)\n"
    "    assert 0 < first + 1 < 10, 'msg'\n"
    "    return f.__doc__, mid, last, {**k, 'x': 1}\n"
    "result = (__doc__, f(1, 2, k=3))\n",
    // from __future__ annotations (annotations become strings)
    "from __future__ import annotations\n"
    "def f(x: list[int], *, y: 'dict[str, int]' = None) -> tuple[int, ...]: pass\n"
    "result = f.__annotations__\n",
};

}  // namespace

TEST_CASE("codecache: code objects of varied sources round-trip field for field") {
  CodecacheFixture fx;
  for (const char* src : kSources) fx.round_trip(src);
}

TEST_CASE("codecache: constants the compiler never folds round-trip too (nan, -0.0, complex, frozensets)") {
  CodecacheFixture fx;
  ThreadState* ts = fx.ts;
  CodeDesc d;
  d.code = {make_insn(Op::LOAD_CONST, 0), make_insn(Op::RETURN_VALUE, 0)};
  d.positions = {Position{1, 1, 0, 3}, Position{1, 1, 0, 3}};
  double nan = std::numeric_limits<double>::quiet_NaN();
  Ref items(tuple_pack(ts, {Value::small_int(3), Value::small_int(1), Value::small_int(2)}));
  d.consts = {float_new(ts, nan),
              float_new(ts, -nan),
              float_new(ts, -0.0),
              float_new(ts, std::numeric_limits<double>::infinity()),
              complex_new(ts, -0.0, nan),
              Value::from_obj(frozenset_new(ts, items.get())),
              Value::from_obj(frozenset_new(ts)),
              bytes_new(ts, std::string("\0\1\2", 3)),
              int_from_string(ts, "-1" + std::string(300, '7'), 10),
              newref(Value::from_obj(intern(ts, "an_interned_constant")))};
  d.names = {intern(ts, "x"), intern(ts, "ÿ")};
  d.localsplusnames = {intern(ts, "a"), intern(ts, "cell"), intern(ts, "free")};
  d.localspluskinds = {kLocalFast | kLocalCell, kLocalCell, kLocalFree};
  d.nlocals = 1;
  d.ncellvars = 1;
  d.nfreevars = 1;
  d.argcount = 1;
  d.exctable = {ExceptionTableEntry{0, 1, 1, 0, true}};
  d.flags = kCoOptimized | kCoNewLocals;
  d.firstlineno = 42;
  d.name = "hand";
  d.qualname = "made.hand";
  d.filename = "<hand>";
  Ref code(code_new(ts, d));
  REQUIRE(code);
  std::string blob = fx.dump(code.get());
  Ref back(fx.load(blob));
  REQUIRE(back);
  std::string why;
  CHECK_MESSAGE(codecache_equal(ts, code.get(), back.get(), &why), why);
  Value c0 = tuple_item(back.as<CodeObject>()->consts, 0);
  CHECK(std::isnan(float_value(c0)));
  Value c2 = tuple_item(back.as<CodeObject>()->consts, 2);
  CHECK(std::signbit(float_value(c2)));
  Value interned = tuple_item(back.as<CodeObject>()->consts, 9);
  CHECK(interned.as<StrObject>() == intern(ts, "an_interned_constant"));

  // A constant the format does not know is refused with ValueError.
  CodeDesc bad = d;
  bad.consts = {Value::from_obj(list_new(ts))};
  Ref badcode(code_new(ts, bad));
  std::string out;
  CHECK_FALSE(codecache_dump(ts, badcode.get(), &out));
  CHECK(fx.error_text().find("ValueError") == 0);
}

TEST_CASE("codecache: equal detects differences") {
  CodecacheFixture fx;
  Ref a(fx.compile("x = 1.5\n"));
  Ref b(fx.compile("x = 2.5\n"));
  Ref c(fx.compile("x = 1.5\n\n"));
  Ref d(fx.compile("\nx = 1.5\n"));
  std::string why;
  CHECK(codecache_equal(fx.ts, a.get(), c.get()));
  CHECK_FALSE(codecache_equal(fx.ts, a.get(), b.get(), &why));
  CHECK(why.find("floats") != std::string::npos);
  CHECK_FALSE(codecache_equal(fx.ts, a.get(), d.get(), &why));  // positions differ
}

TEST_CASE("codecache: blobs of another format, truncated or padded are refused quietly") {
  CodecacheFixture fx;
  Ref code(fx.compile("def f(a):\n    return [a, 1.5, 'x', b'y', 2**100]\nresult = f(3)\n"));
  std::string blob = fx.dump(code.get());
  REQUIRE(codecache_compatible(reinterpret_cast<const unsigned char*>(blob.data()), blob.size()));
  std::string other = blob;
  other[5] = char(other[5] ^ 1);  // another fingerprint: another compiler
  CHECK_FALSE(codecache_compatible(reinterpret_cast<const unsigned char*>(other.data()), other.size()));
  CHECK_FALSE(fx.load(other));
  CHECK_FALSE(err_occurred(fx.ts));
  for (size_t n = 0; n < blob.size(); ++n) {
    Ref r(fx.load(blob.substr(0, n)));
    CHECK_FALSE(r);
    CHECK_FALSE(err_occurred(fx.ts));
  }
  CHECK_FALSE(fx.load(blob + "x"));
  CHECK_FALSE(err_occurred(fx.ts));
}

TEST_CASE("codecache: frozen_module_code uses the blob, else the source; -X frozen_modules=off compiles") {
  const char* source = "result = 'from source'\n";
  auto blob_of = [](CodecacheFixture& fx, const char* src, const char* filename) {
    Ref code(compile_source(fx.ts, src, filename, CompileMode::Exec));
    std::string blob;
    REQUIRE(codecache_dump(fx.ts, code.get(), &blob));
    return blob;
  };
  {
    CodecacheFixture fx;
    CHECK(frozen_bytecode_enabled(fx.ts));
    std::string blob = blob_of(fx, "result = 'from bytecode'\n", "<frozen m>");
    FrozenModule fm{"m", source, std::strlen(source), 0, reinterpret_cast<const unsigned char*>(blob.data()),
                    blob.size()};
    Ref code(frozen_module_code(fx.ts, &fm, "<frozen m>"));
    CHECK(fx.run(code.get()) == "'from bytecode'");
    // A blob made under another name is not trusted.
    Ref other(frozen_module_code(fx.ts, &fm, "<frozen n>"));
    CHECK(fx.run(other.get()) == "'from source'");
    // Neither is a damaged one, nor a missing one.
    std::string damaged = blob.substr(0, blob.size() / 2);
    FrozenModule fd = fm;
    fd.code = reinterpret_cast<const unsigned char*>(damaged.data());
    fd.code_size = damaged.size();
    Ref fromsrc(frozen_module_code(fx.ts, &fd, "<frozen m>"));
    CHECK(fx.run(fromsrc.get()) == "'from source'");
    fd.code = nullptr;
    fd.code_size = 0;
    Ref nocode(frozen_module_code(fx.ts, &fd, "<frozen m>"));
    CHECK(fx.run(nocode.get()) == "'from source'");
  }
  {
    CodecacheFixture fx({"frozen_modules=off"});
    CHECK_FALSE(frozen_bytecode_enabled(fx.ts));
    std::string blob = blob_of(fx, "result = 'from bytecode'\n", "<frozen m>");
    FrozenModule fm{"m", source, std::strlen(source), 0, reinterpret_cast<const unsigned char*>(blob.data()),
                    blob.size()};
    Ref code(frozen_module_code(fx.ts, &fm, "<frozen m>"));
    CHECK(fx.run(code.get()) == "'from source'");
  }
  {
    CodecacheFixture fx({"frozen_modules=off", "frozen_modules=on"});  // the last one wins
    CHECK(frozen_bytecode_enabled(fx.ts));
  }
}

TEST_CASE("codecache: every embedded module's bytecode is what this binary compiles from its source") {
  CodecacheFixture fx;
  int with_code = 0, total = 0;
  for (const FrozenModule* m = kFrozenModules; m->name; ++m) {
    total++;
    if (!m->code) continue;
    with_code++;
    CAPTURE(m->name);
    std::string filename = std::string("<frozen ") + m->name + ">";
    Ref loaded(codecache_load(fx.ts, m->code, m->code_size));
    REQUIRE_MESSAGE(loaded, "blob of another format: the frozen table is stale");
    Ref compiled(compile_source(fx.ts, std::string(m->source, m->size), filename, CompileMode::Exec));
    REQUIRE(compiled);
    std::string why;
    CHECK_MESSAGE(codecache_equal(fx.ts, compiled.get(), loaded.get(), &why), why);
  }
  MESSAGE(with_code << " of " << total << " embedded modules have bytecode");
  CHECK(with_code > 0);
}
