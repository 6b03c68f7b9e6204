// runtime/hash.cpp — the hash of str and bytes: SipHash-1-3 keyed per
// interpreter, over the same bytes CPython 3.11 hashes, so that with the same
// PYTHONHASHSEED a set of strings iterates in CPython's order.
//
// The key (Interpreter::hash_key) follows CPython's _Py_HashRandomization_Init:
// seed 0 is the all-zero key (no randomisation), another seed fills the 24-byte
// secret from a linear congruential generator, and no seed (-1) reads it from
// the OS. CPython hashes a str over its internal representation: one byte per
// code point when all are below 256, two (little-endian) below 65536, else
// four; bytes are hashed as they are. '' and b'' hash to 0; -1 becomes -2.
#include <sys/random.h>

#include <cstring>

#include "runtime/unicode.h"

namespace minipy {

namespace {

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

struct SipState {
  uint64_t v0, v1, v2, v3;
  explicit SipState(const uint64_t* key)
      : v0(key[0] ^ 0x736f6d6570736575ull),
        v1(key[1] ^ 0x646f72616e646f6dull),
        v2(key[0] ^ 0x6c7967656e657261ull),
        v3(key[1] ^ 0x7465646279746573ull) {}
  void round() {
    v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);
    v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;
    v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;
    v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);
  }
  void word(uint64_t m) {  // one compression round per 8-byte word (the "1" of 1-3)
    v3 ^= m;
    round();
    v0 ^= m;
  }
  uint64_t finish(uint64_t tail, uint64_t total_len) {  // tail: the last 0-7 bytes
    uint64_t b = (total_len << 56) | tail;
    word(b);
    v2 ^= 0xff;
    round(); round(); round();
    return v0 ^ v1 ^ v2 ^ v3;
  }
};

inline int64_t finish_hash(uint64_t h) {
  int64_t r = int64_t(h);
  return r == -1 ? -2 : r;
}

const uint64_t* current_key() {
  static constexpr uint64_t kZeroKey[2] = {0, 0};
  ThreadState* ts = current_thread_state();
  return ts ? ts->interp->hash_key : kZeroKey;
}

// Feeds code points as fixed-width little-endian units into SipHash words.
struct UnitHasher {
  SipState st;
  uint64_t acc = 0;
  int nacc = 0;  // bytes in acc
  uint64_t total = 0;
  explicit UnitHasher(const uint64_t* key) : st(key) {}
  void byte(uint8_t c) {
    acc |= uint64_t(c) << (8 * nacc);
    ++total;
    if (++nacc == 8) {
      st.word(acc);
      acc = 0;
      nacc = 0;
    }
  }
  void unit(uint32_t cp, int width) {
    for (int i = 0; i < width; ++i) byte(uint8_t(cp >> (8 * i)));
  }
};

}  // namespace

int64_t hash_bytes_with_key(const uint64_t* key, std::string_view s) {
  if (s.empty()) return 0;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t n = s.size();
  SipState st(key);
  while (n >= 8) {
    uint64_t m;
    std::memcpy(&m, p, 8);  // little-endian words (x86-64, aarch64)
    st.word(m);
    p += 8;
    n -= 8;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < n; ++i) t |= uint64_t(p[i]) << (8 * i);
  return finish_hash(st.finish(t, s.size()));
}

int64_t hash_bytes(std::string_view s) { return hash_bytes_with_key(current_key(), s); }

int64_t hash_str_text(std::string_view utf8, bool ascii) {
  if (ascii) return hash_bytes(utf8);  // ASCII: the UTF-8 bytes are the 1-byte units
  // Widest code point decides the unit width, as CPython's string kinds do.
  uint32_t maxcp = 0;
  const char* end = utf8.data() + utf8.size();
  for (const char* p = utf8.data(); p < end;) {
    uint32_t cp = uni::utf8_next(p);
    if (cp > maxcp) maxcp = cp;
  }
  int width = maxcp < 0x100 ? 1 : maxcp < 0x10000 ? 2 : 4;
  UnitHasher h(current_key());
  for (const char* p = utf8.data(); p < end;) h.unit(uni::utf8_next(p), width);
  return finish_hash(h.st.finish(h.acc, h.total));
}

void hash_key_init(Interpreter* interp, int64_t seed) {
  uint8_t secret[24] = {};
  if (seed > 0) {
    uint32_t x = uint32_t(seed);
    for (uint8_t& b : secret) {
      x = x * 214013u + 2531011u;
      b = uint8_t((x >> 16) & 0xff);
    }
  } else if (seed < 0) {
    size_t got = 0;
    while (got < sizeof secret) {
      ssize_t r = getrandom(secret + got, sizeof secret - got, 0);
      if (r <= 0) break;  // no entropy source: keep what we have (zeros at worst)
      got += size_t(r);
    }
  }
  std::memcpy(&interp->hash_key[0], secret, 8);
  std::memcpy(&interp->hash_key[1], secret + 8, 8);
}

}  // namespace minipy
