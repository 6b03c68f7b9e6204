// tests/unit/memory_test.cpp — the small-object allocator (runtime/obmalloc.h)
// used directly (sizes, interleaved frees, reuse, realloc, zero-fill, pools and
// arenas given back, statistics, two allocators, bypass) and through
// interpreters (objects go back to the interpreter that allocated them,
// _minipy.mem_stats). Sanitizer builds bypass the pools: the pool-specific
// expectations are skipped there.
#include <doctest/doctest.h>

#include <cstring>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "runtime/gc.h"
#include "runtime/obmalloc.h"
#include "runtime/runtime.h"

using namespace minipy;

namespace {

ObmallocStats stats_of(const ObmallocState* a) {
  ObmallocStats s;
  obmalloc_stats(a, &s);
  return s;
}

// Fill a block with a pattern derived from its index, and check it later.
void fill(void* p, size_t n, unsigned seed) {
  auto* b = static_cast<unsigned char*>(p);
  for (size_t i = 0; i < n; ++i) b[i] = static_cast<unsigned char>(seed * 131 + i);
}
// The block of a container object starts at its GC header.
void* block_of(Value v) { return gc_head_of(v.obj()); }

bool intact(const void* p, size_t n, unsigned seed) {
  auto* b = static_cast<const unsigned char*>(p);
  for (size_t i = 0; i < n; ++i)
    if (b[i] != static_cast<unsigned char>(seed * 131 + i)) return false;
  return true;
}

}  // namespace

TEST_CASE("obmalloc: every size from 1 to 700 bytes, its class, owner and alignment") {
  ObmallocState* a = obmalloc_create(false);
  REQUIRE(a);
  std::vector<void*> blocks;
  for (size_t n = 1; n <= 700; ++n) {
    void* p = obmalloc_alloc(a, n);
    REQUIRE(p);
    CHECK(reinterpret_cast<uintptr_t>(p) % 8 == 0);
    CHECK(obmalloc_owner(p) == a);
    if (!kObmCompiledBypass && n <= kObmMaxSmall) {
      CHECK(obmalloc_is_pool_block(p));
      CHECK(obmalloc_block_size(p) == (n + 15) / 16 * 16);
    } else {
      CHECK(!obmalloc_is_pool_block(p));
      CHECK(obmalloc_block_size(p) == n);
    }
    fill(p, n, unsigned(n));
    blocks.push_back(p);
  }
  for (size_t n = 1; n <= 700; ++n) CHECK(intact(blocks[n - 1], n, unsigned(n)));
  ObmallocStats s = stats_of(a);
  if (!kObmCompiledBypass) {
    CHECK(s.small_blocks == kObmMaxSmall);
    CHECK(s.large_blocks == 700 - kObmMaxSmall);
    for (size_t c = 0; c < kObmClasses; ++c) CHECK(s.class_blocks[c] == 16);
    CHECK(s.pools_in_use == kObmClasses);
    CHECK(s.charged_bytes == kObmClasses * kObmPoolSize + s.large_bytes + s.large_blocks * kObmLargeHeader);
  } else {
    CHECK(s.large_blocks == 700);
  }
  // Free the odd sizes, then the even ones.
  for (size_t n = 1; n <= 700; n += 2) obmalloc_free(blocks[n - 1]);
  for (size_t n = 2; n <= 700; n += 2) CHECK(intact(blocks[n - 1], n, unsigned(n)));
  for (size_t n = 2; n <= 700; n += 2) obmalloc_free(blocks[n - 1]);
  s = stats_of(a);
  CHECK(s.small_blocks == 0);
  CHECK(s.large_blocks == 0);
  CHECK(s.large_bytes == 0);
  obmalloc_free(nullptr);  // like free(NULL)
  obmalloc_destroy(a);
}

TEST_CASE("obmalloc: a freed block is reused first, and calloc zero-fills reused blocks") {
  ObmallocState* a = obmalloc_create(false);
  void* x = obmalloc_alloc(a, 40);
  void* y = obmalloc_alloc(a, 48);  // same class (48 bytes)
  std::memset(x, 0xAB, 40);
  obmalloc_free(x);
  void* z = obmalloc_calloc(a, 33);
  if (!kObmCompiledBypass) CHECK(z == x);
  const auto* zb = static_cast<const unsigned char*>(z);
  bool zero = true;
  for (int i = 0; i < 33; ++i) zero = zero && zb[i] == 0;
  CHECK(zero);
  obmalloc_free(y);
  obmalloc_free(z);
  obmalloc_destroy(a);
}

TEST_CASE("obmalloc: full pools rejoin their class, empty pools and arenas go back") {
  if (kObmCompiledBypass) return;
  ObmallocState* a = obmalloc_create(false);
  const size_t size = 256;
  const size_t per_pool = (kObmPoolSize - kObmFirstBlock) / size;
  // Three arenas' worth of 256-byte blocks.
  const size_t count = 3 * kObmPoolsPerArena * per_pool;
  std::vector<void*> blocks(count);
  for (size_t i = 0; i < count; ++i) {
    blocks[i] = obmalloc_alloc(a, size);
    REQUIRE(blocks[i]);
    *static_cast<size_t*>(blocks[i]) = i;
  }
  ObmallocStats s = stats_of(a);
  CHECK(s.arenas == 3);
  CHECK(s.pools_in_use == 3 * kObmPoolsPerArena);
  CHECK(s.small_blocks == count);
  CHECK(s.charged_bytes == 3 * kObmArenaSize);
  CHECK(s.peak_charged_bytes == 3 * kObmArenaSize);
  // Every pool is full: freeing one block puts its pool back in service and
  // the next allocation of the class takes exactly that block.
  void* victim = blocks[per_pool + 3];
  obmalloc_free(victim);
  void* again = obmalloc_alloc(a, size - 5);
  CHECK(again == victim);
  // Free everything but one block per pool of the first arena, in an
  // interleaved order: the other arenas empty out and are unmapped (one spare
  // stays mapped).
  auto kept = [&](size_t i) { return i < kObmPoolsPerArena * per_pool && i % per_pool == 0; };
  for (size_t i = 0; i < count; i += 2)
    if (!kept(i)) obmalloc_free(blocks[i]);
  for (size_t i = 1; i < count; i += 2)
    if (!kept(i)) obmalloc_free(blocks[i]);
  s = stats_of(a);
  CHECK(s.small_blocks == kObmPoolsPerArena);
  CHECK(s.pools_in_use == kObmPoolsPerArena);
  CHECK(s.arenas == 2);  // the survivors' arena and one spare
  CHECK(s.charged_bytes == kObmArenaSize);
  for (size_t i = 0; i < kObmPoolsPerArena * per_pool; i += per_pool) {
    CHECK(*static_cast<size_t*>(blocks[i]) == i);
    obmalloc_free(blocks[i]);
  }
  s = stats_of(a);
  CHECK(s.small_blocks == 0);
  CHECK(s.pools_in_use <= 1);  // the class keeps its last pool
  CHECK(s.arenas <= 2);
  // Pools given back are reused for another class.
  std::vector<void*> other;
  for (size_t i = 0; i < 4 * per_pool; ++i) other.push_back(obmalloc_alloc(a, 24));
  CHECK(stats_of(a).arenas <= 2);
  for (void* p : other) obmalloc_free(p);
  obmalloc_destroy(a);
}

TEST_CASE("obmalloc: realloc keeps the contents across classes and into malloc'd blocks") {
  ObmallocState* a = obmalloc_create(false);
  void* p = obmalloc_realloc(a, nullptr, 8);
  REQUIRE(p);
  fill(p, 8, 1);
  void* q = obmalloc_realloc(a, p, 12);  // same class: same block
  if (!kObmCompiledBypass) CHECK(q == p);
  CHECK(intact(q, 8, 1));
  size_t n = 12;
  fill(q, n, 2);
  for (size_t m : {40, 100, 511, 512, 513, 4000, 100000, 700, 300, 16, 1}) {
    q = obmalloc_realloc(a, q, m);
    REQUIRE(q);
    CHECK(intact(q, std::min(n, m), 2));
    CHECK(obmalloc_owner(q) == a);
    fill(q, m, 2);
    n = m;
  }
  obmalloc_free(q);
  ObmallocStats s = stats_of(a);
  CHECK(s.small_blocks == 0);
  CHECK(s.large_blocks == 0);
  CHECK(s.large_bytes == 0);
  obmalloc_destroy(a);
}

TEST_CASE("obmalloc: random interleaving against a shadow copy") {
  ObmallocState* a = obmalloc_create(false);
  std::mt19937 rng(12345);
  struct Live { void* p; size_t n; unsigned seed; };
  std::vector<Live> live;
  for (int step = 0; step < 200000; ++step) {
    unsigned r = rng();
    if (live.empty() || r % 100 < 55) {
      size_t n = (r >> 8) % 8 == 0 ? 1 + (r >> 12) % 3000 : 1 + (r >> 12) % 512;
      void* p = (r >> 20) % 4 == 0 ? obmalloc_calloc(a, n) : obmalloc_alloc(a, n);
      REQUIRE(p);
      fill(p, n, unsigned(step));
      live.push_back({p, n, unsigned(step)});
    } else if (r % 100 < 90) {
      size_t i = (r >> 8) % live.size();
      REQUIRE(intact(live[i].p, live[i].n, live[i].seed));
      obmalloc_free(live[i].p);
      live[i] = live.back();
      live.pop_back();
    } else {
      size_t i = (r >> 8) % live.size();
      size_t n = 1 + (r >> 16) % 1200;
      void* q = obmalloc_realloc(a, live[i].p, n);
      REQUIRE(q);
      REQUIRE(intact(q, std::min(n, live[i].n), live[i].seed));
      fill(q, n, live[i].seed);
      live[i].p = q;
      live[i].n = n;
    }
  }
  size_t small = 0, large = 0, large_bytes = 0;
  for (const Live& l : live) {
    if (!kObmCompiledBypass && l.n <= kObmMaxSmall) ++small;
    else { ++large; large_bytes += l.n; }
  }
  ObmallocStats s = stats_of(a);
  CHECK(s.small_blocks == small);
  CHECK(s.large_blocks == large);
  CHECK(s.large_bytes == large_bytes);
  for (const Live& l : live) {
    CHECK(intact(l.p, l.n, l.seed));
    obmalloc_free(l.p);
  }
  s = stats_of(a);
  CHECK(s.small_blocks == 0);
  CHECK(s.large_blocks == 0);
  CHECK(s.charged_bytes == s.pools_in_use * kObmPoolSize);
  obmalloc_destroy(a);
}

TEST_CASE("obmalloc: two allocators keep their blocks apart; bypass uses malloc") {
  ObmallocState* a = obmalloc_create(false);
  ObmallocState* b = obmalloc_create(true);
  std::vector<void*> pa, pb;
  for (int i = 0; i < 1000; ++i) {
    pa.push_back(obmalloc_alloc(a, 1 + i % 300));
    pb.push_back(obmalloc_alloc(b, 1 + i % 300));
  }
  for (int i = 0; i < 1000; ++i) {
    CHECK(obmalloc_owner(pa[i]) == a);
    CHECK(obmalloc_owner(pb[i]) == b);
    CHECK(!obmalloc_is_pool_block(pb[i]));
  }
  ObmallocStats sb = stats_of(b);
  CHECK(sb.bypass);
  CHECK(sb.arenas == 0);
  CHECK(sb.large_blocks == 1000);
  // Free in one interleaved sweep: each block returns to its own allocator.
  for (int i = 0; i < 1000; ++i) {
    obmalloc_free(pb[999 - i]);
    obmalloc_free(pa[i]);
  }
  CHECK(stats_of(a).small_blocks + stats_of(a).large_blocks == 0);
  sb = stats_of(b);
  CHECK(sb.large_blocks == 0);
  CHECK(sb.charged_bytes == 0);
  // Unowned blocks (no interpreter) are plain malloc'd blocks.
  void* u = obmalloc_alloc_slow(nullptr, 100, true);
  CHECK(obmalloc_owner(u) == nullptr);
  obmalloc_free(u);
  obmalloc_destroy(a);
  obmalloc_destroy(b);
}

TEST_CASE("obmalloc: objects return to the interpreter that allocated them") {
  InterpreterConfig cfg;
  Interpreter* ia = interpreter_create(cfg);
  ThreadState* ta = interpreter_main_thread(ia);
  Interpreter* ib = interpreter_create(cfg);  // now current on this thread
  ThreadState* tb = interpreter_main_thread(ib);
  REQUIRE(ia->obmalloc);
  REQUIRE(ib->obmalloc);
  CHECK(ia->obmalloc != ib->obmalloc);

  ObmallocStats before_a = stats_of(ia->obmalloc), before_b = stats_of(ib->obmalloc);
  std::vector<Value> objs;
  for (int i = 0; i < 500; ++i) {
    Value l = Value::from_obj(list_new(ta, 0));
    REQUIRE(list_append(ta, l.as<ListObject>(), Value::small_int(i)));  // a mem_alloc'd item array
    objs.push_back(l);
    objs.push_back(Value::from_obj(tuple_new(ta, 3)));
  }
  for (Value v : objs) CHECK(obmalloc_owner(block_of(v)) == ia->obmalloc);
  // (The lists' item arrays are buffers: they came from the current thread's
  // interpreter, B.)
  ObmallocStats mid_a = stats_of(ia->obmalloc);
  CHECK(mid_a.small_blocks + mid_a.large_blocks >= before_a.small_blocks + before_a.large_blocks + 1000);
  // Free them while B is current and while no interpreter is.
  for (size_t i = 0; i < objs.size(); ++i) {
    Value v = objs[i];
    if (v.obj()->type == ia->types.tuple)
      for (int k = 0; k < 3; ++k) v.as<TupleObject>()->items[k] = Value::none();
    set_current_thread_state(i % 2 ? tb : nullptr);
    decref(v);
  }
  set_current_thread_state(tb);
  ObmallocStats after_a = stats_of(ia->obmalloc), after_b = stats_of(ib->obmalloc);
  CHECK(after_a.small_blocks + after_a.large_blocks <= before_a.small_blocks + before_a.large_blocks + 10);
  CHECK(after_b.small_blocks + after_b.large_blocks <= before_b.small_blocks + before_b.large_blocks + 10);

  // mem_alloc without a current thread state: an unowned malloc'd block.
  set_current_thread_state(nullptr);
  void* u = mem_alloc(64);
  CHECK(obmalloc_owner(u) == nullptr);
  mem_free(u);
  set_current_thread_state(ta);
  void* w = mem_alloc(64);
  CHECK(obmalloc_owner(w) == ia->obmalloc);
  w = mem_realloc(w, 2000);
  CHECK(obmalloc_owner(w) == ia->obmalloc);
  mem_free(w);

  // _minipy.mem_stats() sees the interpreter's own allocator.
  Ref d(run_source(ta,
                   "import _minipy\n"
                   "s0 = _minipy.mem_stats()\n"
                   "keep = [[i] for i in range(20000)]\n"
                   "s1 = _minipy.mem_stats()\n"
                   "grew = s1['small_blocks'] - s0['small_blocks']\n"
                   "charged = s1['bytes_in_use'] >= s1['small_bytes']\n"
                   "classes = sum(s1['size_classes'].values()) == s1['small_blocks']\n",
                   "<memtest>"));
  REQUIRE(d);
  auto* g = d.as<DictObject>();
  Value grew = dict_get_str(g, intern(ta, "grew"));
  REQUIRE(grew.is_small_int());
  if (!ia->obmalloc->bypass) CHECK(grew.as_small_int() >= 40000);  // a list and its item array each
  CHECK(dict_get_str(g, intern(ta, "charged")) == Value::True());
  CHECK(dict_get_str(g, intern(ta, "classes")) == Value::True());
  d.reset();
  interpreter_destroy(ia);
  set_current_thread_state(tb);
  interpreter_destroy(ib);
}

TEST_CASE("obmalloc: -X malloc bypasses the pools at run time") {
  InterpreterConfig cfg;
  cfg.xoptions.push_back("malloc");
  Interpreter* in = interpreter_create(cfg);
  ThreadState* ts = interpreter_main_thread(in);
  REQUIRE(in->obmalloc);
  CHECK(in->obmalloc->bypass);
  Value t = Value::from_obj(tuple_new(ts, 1));
  t.as<TupleObject>()->items[0] = Value::none();
  CHECK(!obmalloc_is_pool_block(block_of(t)));
  CHECK(obmalloc_owner(block_of(t)) == in->obmalloc);
  CHECK(stats_of(in->obmalloc).arenas == 0);
  CHECK(stats_of(in->obmalloc).large_blocks > 0);
  decref(t);
  interpreter_destroy(in);
}

TEST_CASE("obmalloc: interpreters on two threads allocate at the same time") {
  // Each thread has its own interpreter (own GIL, own pools): nothing shared,
  // no lock on the allocation path.
  auto work = [](int seed, int64_t* result, size_t* arenas) {
    InterpreterConfig cfg;
    Interpreter* in = interpreter_create(cfg);
    ThreadState* ts = interpreter_main_thread(in);
    std::string src = "keep = []\n"
                      "for i in range(60000):\n"
                      "    keep.append({'k': [i] * (i % 30), 's': str(i) * (i % 7)})\n"
                      "    if i % 3 == 0: keep.pop(0)\n"
                      "result = sum(len(d['k']) for d in keep) + " + std::to_string(seed) + "\n";
    Ref d(run_source(ts, src, "<threads>"));
    Value r = d ? dict_get_str(d.as<DictObject>(), intern(ts, "result")) : Value();
    *result = r.is_small_int() ? r.as_small_int() : -1;
    *arenas = stats_of(in->obmalloc).arenas;
    d.reset();
    interpreter_destroy(in);
  };
  int64_t r1 = 0, r2 = 0;
  size_t a1 = 0, a2 = 0;
  std::thread t1(work, 1, &r1, &a1), t2(work, 2, &r2, &a2);
  t1.join();
  t2.join();
  CHECK(r1 > 0);
  CHECK(r2 == r1 + 1);
  if (!kObmCompiledBypass) {
    CHECK(a1 > 0);
    CHECK(a2 > 0);
  }
}
