// tests/unit/generator_test.cpp — delegation chains (vm/generator.cpp): a
// suspended yield-from chain is cached at its root (chain_leaf) and resumed
// there without touching the levels in between; the thread's frame pointer and
// Python depth come back exactly after every resume; throw(), a resume of a
// delegate from outside the chain, and a resume past the recursion limit turn
// the chain back into frames suspended one by one.
#include <doctest/doctest.h>

#include <string>

#include "runtime/runtime.h"
#include "vm/vm.h"

using namespace minipy;

namespace {

struct Interp {
  Interpreter* interp;
  ThreadState* ts;
  Interp() {
    InterpreterConfig cfg;
    interp = interpreter_create(cfg);
    ts = interpreter_main_thread(interp);
  }
  ~Interp() { interpreter_destroy(interp); }
};

const char* const kChainSource =
    "import sys\n"
    "sys.setrecursionlimit(5000)\n"
    "levels = []\n"
    "def leaf():\n"
    "    x = 0\n"
    "    while True:\n"
    "        got = yield x\n"
    "        if got is None:\n"
    "            return x\n"
    "        x += got\n"
    "def level(n):\n"
    "    g = leaf() if n == 0 else level(n - 1)\n"
    "    levels.append(g)\n"
    "    return (yield from g)\n"
    "top = level(300)\n"
    "levels.append(top)\n"
    "first = next(top)\n";

GenObject* global_gen(ThreadState* ts, DictObject* g, const char* name) {
  Value v = dict_get_str(g, intern(ts, name));
  REQUIRE(v);
  REQUIRE(is_generator_like(ts, v));
  return v.as<GenObject>();
}

int64_t send_int(ThreadState* ts, GenObject* g, int64_t v) {
  bool returned = false;
  Ref r(gen_send_ex(ts, g, Value::small_int(v), &returned));
  REQUIRE(r);
  CHECK(!returned);
  REQUIRE(r.get().is_small_int());
  return r.get().as_small_int();
}

}  // namespace

TEST_CASE("a suspended yield-from chain is cached at its root and resumed there") {
  Interp I;
  Ref glob(run_source(I.ts, kChainSource, "<test>"));
  REQUIRE(glob);
  auto* globals = glob.as<DictObject>();
  GenObject* top = global_gen(I.ts, globals, "top");
  Frame* root = top->frame;
  REQUIRE(root);
  CHECK(root->state == FrameState::Suspended);
  REQUIRE(root->chain_leaf);
  CHECK(root->chain_leaf->chain_depth == 301);  // 300 levels below the root, then the leaf
  CHECK(str_view(root->chain_leaf->code->name) == "leaf");

  const int depth0 = I.ts->py_depth;
  Frame* frame0 = I.ts->frame;
  Frame* leaf = root->chain_leaf;
  int64_t total = 0;
  for (int i = 1; i <= 50; ++i) {
    total += i;
    CHECK(send_int(I.ts, top, i) == total);
    CHECK(I.ts->py_depth == depth0);
    CHECK(I.ts->frame == frame0);
    CHECK(root->chain_leaf == leaf);     // the same innermost frame each time
    CHECK(root->previous == nullptr);    // a suspended root has no caller
  }
  // The levels in between were not touched: still waiting at their SEND.
  Frame* mid = leaf->previous;
  CHECK(mid->chained);
  CHECK(insn_op(*mid->ip) == Op::SEND);

  // throw() visits every level: the chain is undone first, then rebuilt by the next resume.
  Ref exc(call0(I.ts, Value::from_obj(exc_type(I.ts, Exc::KeyError))));
  REQUIRE(exc);
  Value r = call_method1(I.ts, Value::from_obj(top), "throw", exc.get());
  CHECK(!r);
  CHECK(err_matches(I.ts, Exc::KeyError));
  err_clear(I.ts);
  CHECK(top->frame == nullptr);
  CHECK(I.ts->py_depth == depth0);
  CHECK(I.ts->frame == frame0);
}

TEST_CASE("resuming a delegate from outside its chain, and past the recursion limit") {
  Interp I;
  Ref glob(run_source(I.ts, kChainSource, "<test>"));
  REQUIRE(glob);
  auto* globals = glob.as<DictObject>();
  GenObject* top = global_gen(I.ts, globals, "top");
  REQUIRE(top->frame->chain_leaf);
  const int depth0 = I.ts->py_depth;

  // The middle level, driven directly: the chain is undone, the middle becomes a root of its own.
  Value levels = dict_get_str(globals, intern(I.ts, "levels"));
  REQUIRE(levels);
  Ref midv(getitem(I.ts, levels, Value::small_int(150)));
  REQUIRE(midv);
  auto* mid = midv.as<GenObject>();
  CHECK(mid->frame->chained);
  CHECK(send_int(I.ts, mid, 5) == 5);
  CHECK(top->frame->chain_leaf == nullptr);
  CHECK(!mid->frame->chained);
  CHECK(mid->frame->chain_leaf != nullptr);
  CHECK(I.ts->py_depth == depth0);

  // The top again: its levels are resumed one by one, then cached anew.
  CHECK(send_int(I.ts, top, 1) == 6);
  CHECK(top->frame->chain_leaf != nullptr);
  CHECK(mid->frame->chained);
  CHECK(send_int(I.ts, top, 1) == 7);
  CHECK(I.ts->py_depth == depth0);

  // A cached chain deeper than the recursion limit allows: RecursionError, as
  // when each level is resumed in turn.
  int saved = I.interp->recursion_limit;
  I.interp->recursion_limit = 100;
  bool returned = false;
  Value r = gen_send_ex(I.ts, top, Value::small_int(1), &returned);
  CHECK(!r);
  CHECK(err_matches(I.ts, Exc::RecursionError));
  err_clear(I.ts);
  I.interp->recursion_limit = saved;
  CHECK(I.ts->py_depth == depth0);
  CHECK(top->frame == nullptr);
}
