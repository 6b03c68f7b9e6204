// stdlib/random_mt.cpp — the native `_random` module: `_random.Random`, the
// Mersenne Twister (MT19937) core that random.py builds on. Seeding from an int
// uses init_by_array over the int's 32-bit words (little-endian), exactly like
// CPython, so random.seed(n) reproduces CPython's sequences.
// Must not: implement the distributions (random.py does that in Python).
#include <sys/random.h>

#include <cmath>
#include <cstring>
#include <ctime>
#include <unistd.h>
#include <vector>

#include "stdlib/modules.h"

namespace minipy {

namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpper = 0x80000000U;
constexpr uint32_t kLower = 0x7fffffffU;

struct RandomObject : Object {
  uint32_t state[kN];
  int index;
  int pad;
};

inline RandomObject* as_rand(Value v) { return v.as<RandomObject>(); }

void init_genrand(RandomObject* r, uint32_t s) {
  uint32_t* mt = r->state;
  mt[0] = s;
  for (int i = 1; i < kN; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + uint32_t(i);
  r->index = kN;
}

void init_by_array(RandomObject* r, const uint32_t* key, size_t len) {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218U);
  size_t i = 1, j = 0;
  size_t k = kN > len ? kN : len;
  for (; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
    i++;
    j++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (k = kN - 1; k; k--) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
    i++;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;
}

uint32_t genrand(RandomObject* r) {
  uint32_t* mt = r->state;
  uint32_t y;
  if (r->index >= kN) {
    int kk;
    for (kk = 0; kk < kN - kM; kk++) {
      y = (mt[kk] & kUpper) | (mt[kk + 1] & kLower);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    }
    for (; kk < kN - 1; kk++) {
      y = (mt[kk] & kUpper) | (mt[kk + 1] & kLower);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    }
    y = (mt[kN - 1] & kUpper) | (mt[0] & kLower);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    r->index = 0;
  }
  y = mt[r->index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

bool seed_from_int(ThreadState* ts, RandomObject* r, Value n) {
  mpz_t z;
  mpz_init(z);
  int_to_mpz(ts, n, z);
  mpz_abs(z, z);
  size_t words = (mpz_sizeinbase(z, 2) + 31) / 32;
  if (words == 0) words = 1;
  std::vector<uint32_t> key(words, 0);
  size_t count = 0;
  mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, z);
  mpz_clear(z);
  init_by_array(r, key.data(), words);
  return true;
}

void seed_from_os(RandomObject* r) {
  uint32_t key[kN];
  if (getrandom(key, sizeof key, GRND_NONBLOCK) != ssize_t(sizeof key)) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    uint32_t k2[4] = {uint32_t(t.tv_sec), uint32_t(t.tv_nsec), uint32_t(getpid()), uint32_t(t.tv_sec >> 32)};
    init_by_array(r, k2, 4);
    return;
  }
  init_by_array(r, key, kN);
}

#define METH(name) Value name(ThreadState* ts, Value self, [[maybe_unused]] const Value* args, size_t nargs, TupleObject* kw)

// seed(n=None): None seeds from the OS; ints use their absolute value; other
// hashable objects (random.py converts str/bytes/float first) use hash().
METH(r_seed) {
  if (!no_kwargs(ts, "seed", kw) || !check_nargs(ts, "seed", nargs, 0, 1)) return Value();
  RandomObject* r = as_rand(self);
  if (!nargs || args[0].is_none()) {
    seed_from_os(r);
    return Value::none();
  }
  Value n = args[0];
  if (is_int(ts, n)) {
    seed_from_int(ts, r, n);
    return Value::none();
  }
  int64_t h;
  if (!hash(ts, n, &h)) return Value();
  Ref hv(int_from_i64(ts, h));
  if (!hv) return Value();
  seed_from_int(ts, r, hv.get());
  return Value::none();
}

METH(r_random) {
  if (nargs || kw) {
    if (!no_kwargs(ts, "random", kw) || !check_nargs(ts, "random", nargs, 0, 0)) return Value();
  }
  RandomObject* r = as_rand(self);
  uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
  return float_new(ts, (double(a) * 67108864.0 + double(b)) * (1.0 / 9007199254740992.0));
}

METH(r_getrandbits) {
  if (!no_kwargs(ts, "getrandbits", kw) || !check_nargs(ts, "getrandbits", nargs, 1, 1)) return Value();
  int64_t k;
  if (!index_i64(ts, args[0], &k)) return Value();
  if (k < 0) return raise(ts, Exc::ValueError, "number of bits must be non-negative");
  RandomObject* r = as_rand(self);
  if (k == 0) return Value::small_int(0);
  if (k <= 32) return Value::small_int(genrand(r) >> (32 - k));
  size_t words = size_t((k - 1) / 32 + 1);
  std::vector<uint32_t> w(words);
  for (size_t i = 0; i < words; i++, k -= 32) {
    uint32_t v = genrand(r);
    if (k < 32) v >>= (32 - k);
    w[i] = v;
  }
  mpz_t z;
  mpz_init(z);
  mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w.data());
  Value out = int_from_mpz(ts, z);
  mpz_clear(z);
  return out;
}

// _randbelow(n): CPython's _randbelow_with_getrandbits, in C++ for speed (n > 0 int).
METH(r_randbelow) {
  if (!no_kwargs(ts, "_randbelow", kw) || !check_nargs(ts, "_randbelow", nargs, 1, 1)) return Value();
  RandomObject* r = as_rand(self);
  int64_t n;
  if (args[0].is_small_int() && (n = args[0].as_small_int()) > 0 && n <= (int64_t(1) << 32)) {
    int k = 64 - __builtin_clzll(uint64_t(n));  // bit_length
    if (k <= 32) {
      while (true) {
        uint32_t v = genrand(r) >> (32 - k);
        if (int64_t(v) < n) return Value::small_int(v);
      }
    }
  }
  // Generic path: bit_length + getrandbits loop.
  mpz_t z, v;
  mpz_init(z);
  int_to_mpz(ts, args[0], z);
  if (mpz_sgn(z) <= 0) {
    mpz_clear(z);
    return raise(ts, Exc::ValueError, "empty range for randrange()");
  }
  size_t k = mpz_sizeinbase(z, 2);
  size_t words = (k - 1) / 32 + 1;
  std::vector<uint32_t> w(words);
  mpz_init(v);
  do {
    int64_t kk = int64_t(k);
    for (size_t i = 0; i < words; i++, kk -= 32) {
      uint32_t x = genrand(r);
      if (kk < 32) x >>= (32 - kk);
      w[i] = x;
    }
    mpz_import(v, words, -1, sizeof(uint32_t), 0, 0, w.data());
  } while (mpz_cmp(v, z) >= 0);
  Value out = int_from_mpz(ts, v);
  mpz_clear(z);
  mpz_clear(v);
  return out;
}

METH(r_getstate) {
  if (!no_kwargs(ts, "getstate", kw) || !check_nargs(ts, "getstate", nargs, 0, 0)) return Value();
  RandomObject* r = as_rand(self);
  TupleObject* t = tuple_new(ts, kN + 1);
  if (!t) return Value();
  for (int i = 0; i < kN; i++) t->items[i] = int_from_u64(ts, r->state[i]);
  t->items[kN] = Value::small_int(r->index);
  return Value::from_obj(t);
}

METH(r_setstate) {
  if (!no_kwargs(ts, "setstate", kw) || !check_nargs(ts, "setstate", nargs, 1, 1)) return Value();
  Value st = args[0];
  if (!is_tuple(ts, st)) return raise(ts, Exc::TypeError, "state vector must be a tuple");
  if (tuple_size(st) != kN + 1) return raise(ts, Exc::ValueError, "state vector is the wrong size");
  RandomObject* r = as_rand(self);
  uint32_t tmp[kN];
  for (int i = 0; i < kN; i++) {
    int64_t v;
    if (!int_as_i64(ts, tuple_item(st, i), &v)) return Value();
    tmp[i] = uint32_t(v);
  }
  int64_t idx;
  if (!int_as_i64(ts, tuple_item(st, kN), &idx)) return Value();
  if (idx < 0 || idx > kN) return raise(ts, Exc::ValueError, "invalid state");
  memcpy(r->state, tmp, sizeof tmp);
  r->index = int(idx);
  return Value::none();
}

Value r_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  Ref hold(Value::from_obj(o));
  auto* r = static_cast<RandomObject*>(o);
  if (nargs >= 1 && !args[0].is_none()) {
    Value a[1] = {args[0]};
    Ref res(r_seed(ts, hold.get(), a, 1, nullptr));
    if (!res) return Value();
  } else {
    seed_from_os(r);
  }
  return hold.release();
}

bool r_init(ThreadState*, Value, const Value*, size_t, TupleObject*) { return true; }

const MethodDef kRandomMethods[] = {
    {"seed", r_seed},
    {"random", r_random, kMethNormal, "random() -> x in the interval [0, 1)."},
    {"getrandbits", r_getrandbits},
    {"_randbelow", r_randbelow},
    {"getstate", r_getstate},
    {"setstate", r_setstate},
    {nullptr, nullptr},
};

#undef METH

}  // namespace

const TypeSpec random_type_spec = {
    .name = "_random.Random",
    .basicsize = sizeof(RandomObject),
    .flags = kTypeBaseType,
    .slots = {
        .new_ = r_new,
        .init = r_init,
    },
    .methods = kRandomMethods,
    .doc = "Random() -> create a random number generator with its own internal state.",
};

namespace {

bool random_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* t = type_from_spec(ts, &random_type_spec, ts->interp->types.object_);
  if (!t) return false;
  return module_add(ts, m, "Random", Value::from_obj(t));
}

const MethodDef kModuleMethods[] = {
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef random_module_def = {
    .name = "_random",
    .doc = "Module implements the Mersenne Twister random number generator.",
    .methods = kModuleMethods,
    .init = random_init,
};

}  // namespace minipy
