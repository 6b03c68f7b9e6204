// tests/unit/attr_cache_test.cpp — the attribute inline caches (vm/attr_cache.h):
// which form a site takes for each kind of receiver, that hits give the
// generic protocol's answers, and that a class change makes the site miss.
#include <doctest/doctest.h>

#include <string>

#include "runtime/runtime.h"
#include "vm/attr_cache.h"
#include "vm/code.h"
#include "vm/vm.h"

using namespace minipy;
namespace ac = minipy::attr_cache;

namespace {

struct Fixture {
  Interpreter* interp;
  ThreadState* ts;
  DictObject* globals;
  Fixture() {
    InterpreterConfig cfg;
    interp = interpreter_create(cfg);
    ts = interpreter_main_thread(interp);
    globals = dict_new(ts);
    dict_set(ts, globals, Value::from_obj(interp->names.__builtins__), Value::from_obj(interp->builtins));
  }
  ~Fixture() {
    decref(globals);
    interpreter_destroy(interp);
  }
  bool run(const std::string& src) {
    Ref code(compile_source(ts, src, "<test>", CompileMode::Exec));
    if (!code) return false;
    Ref r(run_code(ts, code.get(), globals, Value::from_obj(globals)));
    if (!r) err_clear(ts);
    return bool(r);
  }
  Value global(const char* name) { return dict_get_str(globals, intern(ts, name)); }
  // The cache words of the first `op` instruction in function `fn`.
  uint32_t* cache_of(const char* fn, Op op) {
    Value f = global(fn);
    REQUIRE(f);
    auto* co = f.as<FunctionObject>()->code.as<CodeObject>();
    for (int32_t i = 0; i < co->ncode; i += 1 + kOpCacheWords[uint8_t(insn_op(co->code[i]))])
      if (insn_op(co->code[i]) == op) return co->code + i + 1;
    FAIL("no such instruction");
    return nullptr;
  }
  int64_t int_global(const char* name) {
    Value v = global(name);
    REQUIRE(v);
    REQUIRE(v.is_small_int());
    return v.as_small_int();
  }
};

}  // namespace

TEST_CASE("attr cache: instance dict, methods, slots and modules specialise") {
  Fixture fx;
  REQUIRE(fx.run("class C:\n"
                 "    def __init__(self): self.x = 1; self.y = 2\n"
                 "    def m(self): return self.y\n"
                 "class S:\n"
                 "    __slots__ = ('a',)\n"
                 "def getx(o): return o.x\n"
                 "def callm(o): return o.m()\n"
                 "def geta(o): return o.a\n"
                 "def seta(o, v): o.a = v\n"
                 "def sety(o, v): o.y = v\n"
                 "import math\n"
                 "def modattr(): return math.pi\n"
                 "c = C(); s = S()\n"
                 "for i in range(5):\n"
                 "    getx(c); callm(c); seta(s, i); geta(s); sety(c, i); modattr()\n"));
  CHECK(ac::kind_of(fx.cache_of("getx", Op::LOAD_ATTR)) == ac::kInstanceValue);
  CHECK(ac::kind_of(fx.cache_of("callm", Op::LOAD_METHOD)) == ac::kMethod);
  CHECK(ac::kind_of(fx.cache_of("geta", Op::LOAD_ATTR)) == ac::kSlotValue);
  CHECK(ac::kind_of(fx.cache_of("seta", Op::STORE_ATTR)) == ac::kStoreSlot);
  CHECK(ac::kind_of(fx.cache_of("sety", Op::STORE_ATTR)) == ac::kStoreInstance);
  CHECK(ac::kind_of(fx.cache_of("modattr", Op::LOAD_ATTR)) == ac::kInstanceValue);
  // The hint of o.x is the entry index of 'x' in c.__dict__ (first key).
  CHECK(fx.cache_of("getx", Op::LOAD_ATTR)[1] == 0);
}

TEST_CASE("attr cache: class changes make specialised sites answer anew") {
  Fixture fx;
  REQUIRE(fx.run("class B:\n"
                 "    def m(self): return 1\n"
                 "class D(B): pass\n"
                 "def callm(o): return o.m()\n"
                 "d = D()\n"
                 "for i in range(10): r1 = callm(d)\n"
                 "B.m = lambda self: 2\n"
                 "r2 = callm(d)\n"
                 "D.m = lambda self: 3\n"
                 "r3 = callm(d)\n"
                 "d.m = lambda: 4\n"
                 "r4 = callm(d)\n"
                 "del d.m\n"
                 "r5 = callm(d)\n"));
  CHECK(fx.int_global("r1") == 1);
  CHECK(fx.int_global("r2") == 2);
  CHECK(fx.int_global("r3") == 3);
  CHECK(fx.int_global("r4") == 4);
  CHECK(fx.int_global("r5") == 3);
}

TEST_CASE("attr cache: one site serves several subclasses, and megamorphic sites back off") {
  Fixture fx;
  REQUIRE(fx.run("class Base:\n"
                 "    def __init__(self, v): self.v = v\n"
                 "def getv(o): return o.v\n"
                 "ks = [type('K%d' % i, (Base,), {}) for i in range(12)]\n"
                 "objs = [k(i) for i, k in enumerate(ks)]\n"
                 "t = 0\n"
                 "for o in objs[:4] * 5: t += getv(o)\n"));
  uint32_t* c = fx.cache_of("getv", Op::LOAD_ATTR);
  CHECK(ac::kind_of(c) == ac::kInstanceValue);
  CHECK(fx.int_global("t") == 5 * (0 + 1 + 2 + 3));
  // Four classes fit the four version slots: no slot repeats another.
  for (int i = 0; i < 4; i++)
    for (int j = i + 1; j < 4; j++) CHECK(c[ac::kFirstVersion + i] != c[ac::kFirstVersion + j]);
  REQUIRE(fx.run("t = 0\nfor o in objs * 50: t += getv(o)\n"));
  CHECK(fx.int_global("t") == 50 * 66);
}

TEST_CASE("attr cache: __getattribute__ and non-generic getattr are never cached") {
  Fixture fx;
  REQUIRE(fx.run("class G:\n"
                 "    def __getattribute__(self, n): return 7\n"
                 "def get(o): return o.anything\n"
                 "g = G()\n"
                 "for i in range(5): r = get(g)\n"));
  CHECK(ac::kind_of(fx.cache_of("get", Op::LOAD_ATTR)) == ac::kUnspecialised);
  CHECK(fx.int_global("r") == 7);
}
