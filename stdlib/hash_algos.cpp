// stdlib/hash_algos.cpp — the digest algorithms of hash_algos.h. The round
// constants of SHA-2 and MD5 are the standard tables (the SHA-2 ones are the
// fractional parts of the cube/square roots of the first primes, MD5's are
// floor(|sin(i+1)| * 2**32)); Keccak's round constants and rotation offsets are
// generated at compile time from their defining LFSR / recurrence.
#include "stdlib/hash_algos.h"

#include <array>
#include <cstring>

namespace minipy::hashing {

namespace {

constexpr uint32_t kSha256K[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u, 0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u, 0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u, 0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};
constexpr uint32_t kSha256Init[8] = {
    0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au, 0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u,
};
constexpr uint32_t kSha224Init[8] = {
    0xc1059ed8u, 0x367cd507u, 0x3070dd17u, 0xf70e5939u, 0xffc00b31u, 0x68581511u, 0x64f98fa7u, 0xbefa4fa4u,
};
constexpr uint64_t kSha512K[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};
constexpr uint64_t kSha512Init[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
    0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};
constexpr uint64_t kSha384Init[8] = {
    0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull, 0x152fecd8f70e5939ull,
    0x67332667ffc00b31ull, 0x8eb44a8768581511ull, 0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull,
};
constexpr uint32_t kMd5T[64] = {
    0xd76aa478u, 0xe8c7b756u, 0x242070dbu, 0xc1bdceeeu, 0xf57c0fafu, 0x4787c62au, 0xa8304613u, 0xfd469501u,
    0x698098d8u, 0x8b44f7afu, 0xffff5bb1u, 0x895cd7beu, 0x6b901122u, 0xfd987193u, 0xa679438eu, 0x49b40821u,
    0xf61e2562u, 0xc040b340u, 0x265e5a51u, 0xe9b6c7aau, 0xd62f105du, 0x02441453u, 0xd8a1e681u, 0xe7d3fbc8u,
    0x21e1cde6u, 0xc33707d6u, 0xf4d50d87u, 0x455a14edu, 0xa9e3e905u, 0xfcefa3f8u, 0x676f02d9u, 0x8d2a4c8au,
    0xfffa3942u, 0x8771f681u, 0x6d9d6122u, 0xfde5380cu, 0xa4beea44u, 0x4bdecfa9u, 0xf6bb4b60u, 0xbebfbc70u,
    0x289b7ec6u, 0xeaa127fau, 0xd4ef3085u, 0x04881d05u, 0xd9d4d039u, 0xe6db99e5u, 0x1fa27cf8u, 0xc4ac5665u,
    0xf4292244u, 0x432aff97u, 0xab9423a7u, 0xfc93a039u, 0x655b59c3u, 0x8f0ccc92u, 0xffeff47du, 0x85845dd1u,
    0x6fa87e4fu, 0xfe2ce6e0u, 0xa3014314u, 0x4e0811a1u, 0xf7537e82u, 0xbd3af235u, 0x2ad7d2bbu, 0xeb86d391u,
};
constexpr int kMd5Shift[4][4] = {{7, 12, 17, 22}, {5, 9, 14, 20}, {4, 11, 16, 23}, {6, 10, 15, 21}};

constexpr uint8_t kBlake2Sigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

// Keccak round constants: bit 2**j - 1 of RC[i] is rc(j + 7*i), rc being the
// output of the LFSR x^8 + x^6 + x^5 + x^4 + 1.
constexpr std::array<uint64_t, 24> make_keccak_rc() {
  std::array<uint64_t, 24> rc{};
  uint8_t r = 1;
  for (int i = 0; i < 24; i++) {
    for (int j = 0; j < 7; j++) {
      if (r & 1) rc[size_t(i)] |= uint64_t(1) << ((1 << j) - 1);
      r = uint8_t((r << 1) ^ ((r & 0x80) ? 0x71 : 0));
    }
  }
  return rc;
}
constexpr auto kKeccakRC = make_keccak_rc();

// Rotation offset of lane (x, y): walk (x, y) -> (y, 2x + 3y) from (1, 0) with
// offsets (t+1)(t+2)/2 mod 64.
constexpr std::array<int, 25> make_keccak_rot() {
  std::array<int, 25> rot{};
  int x = 1, y = 0;
  for (int t = 0; t < 24; t++) {
    rot[size_t(x + 5 * y)] = ((t + 1) * (t + 2) / 2) % 64;
    int nx = y, ny = (2 * x + 3 * y) % 5;
    x = nx;
    y = ny;
  }
  return rot;
}
constexpr auto kKeccakRot = make_keccak_rot();

inline uint32_t rotl32(uint32_t x, int n) { return (x << n) | (x >> ((32 - n) & 31)); }
inline uint32_t rotr32(uint32_t x, int n) { return (x >> n) | (x << ((32 - n) & 31)); }
inline uint64_t rotl64(uint64_t x, int n) { return (x << n) | (x >> ((64 - n) & 63)); }
inline uint64_t rotr64(uint64_t x, int n) { return (x >> n) | (x << ((64 - n) & 63)); }

inline uint32_t load_le32(const uint8_t* p) { return uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24; }
inline uint32_t load_be32(const uint8_t* p) { return uint32_t(p[3]) | uint32_t(p[2]) << 8 | uint32_t(p[1]) << 16 | uint32_t(p[0]) << 24; }
inline uint64_t load_le64(const uint8_t* p) { return uint64_t(load_le32(p)) | uint64_t(load_le32(p + 4)) << 32; }
inline uint64_t load_be64(const uint8_t* p) { return uint64_t(load_be32(p)) << 32 | uint64_t(load_be32(p + 4)); }

// The block functions keep the working variables in locals and run the four
// phases of each algorithm as separate loops, so the compiler can keep
// everything in registers (no per-round branching).

void md5_block(HashState* s, const uint8_t* p) {
  uint32_t m[16];
  for (int i = 0; i < 16; i++) m[i] = load_le32(p + 4 * i);
  uint32_t a = uint32_t(s->h[0]), b = uint32_t(s->h[1]), c = uint32_t(s->h[2]), d = uint32_t(s->h[3]);
  auto step = [&](uint32_t f, int i, int g) {
    f += a + kMd5T[i] + m[g];
    a = d;
    d = c;
    c = b;
    b += rotl32(f, kMd5Shift[i >> 4][i & 3]);
  };
  for (int i = 0; i < 16; i++) step(d ^ (b & (c ^ d)), i, i);
  for (int i = 16; i < 32; i++) step(c ^ (d & (b ^ c)), i, (5 * i + 1) & 15);
  for (int i = 32; i < 48; i++) step(b ^ c ^ d, i, (3 * i + 5) & 15);
  for (int i = 48; i < 64; i++) step(c ^ (b | ~d), i, (7 * i) & 15);
  s->h[0] = uint32_t(s->h[0] + a);
  s->h[1] = uint32_t(s->h[1] + b);
  s->h[2] = uint32_t(s->h[2] + c);
  s->h[3] = uint32_t(s->h[3] + d);
}

void sha1_block(HashState* s, const uint8_t* p) {
  // The message schedule is kept as a rolling window of 16 words.
  uint32_t w[16];
  for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
  uint32_t a = uint32_t(s->h[0]), b = uint32_t(s->h[1]), c = uint32_t(s->h[2]), d = uint32_t(s->h[3]),
           e = uint32_t(s->h[4]);
  auto word = [&](int i) -> uint32_t {
    if (i < 16) return w[i];
    uint32_t x = rotl32(w[(i - 3) & 15] ^ w[(i - 8) & 15] ^ w[(i - 14) & 15] ^ w[i & 15], 1);
    w[i & 15] = x;
    return x;
  };
  auto step = [&](uint32_t f, uint32_t k, int i) {
    uint32_t t = rotl32(a, 5) + f + e + k + word(i);
    e = d;
    d = c;
    c = rotl32(b, 30);
    b = a;
    a = t;
  };
  for (int i = 0; i < 20; i++) step(d ^ (b & (c ^ d)), 0x5a827999u, i);
  for (int i = 20; i < 40; i++) step(b ^ c ^ d, 0x6ed9eba1u, i);
  for (int i = 40; i < 60; i++) step((b & c) | (d & (b | c)), 0x8f1bbcdcu, i);
  for (int i = 60; i < 80; i++) step(b ^ c ^ d, 0xca62c1d6u, i);
  s->h[0] = uint32_t(s->h[0] + a);
  s->h[1] = uint32_t(s->h[1] + b);
  s->h[2] = uint32_t(s->h[2] + c);
  s->h[3] = uint32_t(s->h[3] + d);
  s->h[4] = uint32_t(s->h[4] + e);
}

void sha256_block(HashState* s, const uint8_t* p) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++) w[i] = load_be32(p + 4 * i);
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = rotr32(w[i - 15], 7) ^ rotr32(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = rotr32(w[i - 2], 17) ^ rotr32(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = uint32_t(s->h[0]), b = uint32_t(s->h[1]), c = uint32_t(s->h[2]), d = uint32_t(s->h[3]);
  uint32_t e = uint32_t(s->h[4]), f = uint32_t(s->h[5]), g = uint32_t(s->h[6]), h = uint32_t(s->h[7]);
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = h + (rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25)) + (g ^ (e & (f ^ g))) + kSha256K[i] + w[i];
    uint32_t t2 = (rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22)) + ((a & b) | (c & (a | b)));
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  s->h[0] = uint32_t(s->h[0] + a);
  s->h[1] = uint32_t(s->h[1] + b);
  s->h[2] = uint32_t(s->h[2] + c);
  s->h[3] = uint32_t(s->h[3] + d);
  s->h[4] = uint32_t(s->h[4] + e);
  s->h[5] = uint32_t(s->h[5] + f);
  s->h[6] = uint32_t(s->h[6] + g);
  s->h[7] = uint32_t(s->h[7] + h);
}

void sha512_block(HashState* s, const uint8_t* p) {
  uint64_t w[80];
  for (int i = 0; i < 16; i++) w[i] = load_be64(p + 8 * i);
  for (int i = 16; i < 80; i++) {
    uint64_t s0 = rotr64(w[i - 15], 1) ^ rotr64(w[i - 15], 8) ^ (w[i - 15] >> 7);
    uint64_t s1 = rotr64(w[i - 2], 19) ^ rotr64(w[i - 2], 61) ^ (w[i - 2] >> 6);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint64_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4], f = s->h[5], g = s->h[6], h = s->h[7];
  for (int i = 0; i < 80; i++) {
    uint64_t t1 = h + (rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41)) + (g ^ (e & (f ^ g))) + kSha512K[i] + w[i];
    uint64_t t2 = (rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39)) + ((a & b) | (c & (a | b)));
    h = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = b;
    b = a;
    a = t1 + t2;
  }
  s->h[0] += a;
  s->h[1] += b;
  s->h[2] += c;
  s->h[3] += d;
  s->h[4] += e;
  s->h[5] += f;
  s->h[6] += g;
  s->h[7] += h;
}

// Lane permutation of Keccak's rho+pi step: lane x + 5y moves to y + 5((2x + 3y) % 5).
constexpr std::array<int, 25> make_keccak_dest() {
  std::array<int, 25> dest{};
  for (int x = 0; x < 5; x++)
    for (int y = 0; y < 5; y++) dest[size_t(x + 5 * y)] = y + 5 * ((2 * x + 3 * y) % 5);
  return dest;
}
constexpr auto kKeccakDest = make_keccak_dest();

void keccak_f(uint64_t* a) {
  uint64_t b[25], c[5], d[5];
  for (int round = 0; round < 24; round++) {
    for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
    d[0] = c[4] ^ rotl64(c[1], 1);
    d[1] = c[0] ^ rotl64(c[2], 1);
    d[2] = c[1] ^ rotl64(c[3], 1);
    d[3] = c[2] ^ rotl64(c[4], 1);
    d[4] = c[3] ^ rotl64(c[0], 1);
    for (int y = 0; y < 25; y += 5)
      for (int x = 0; x < 5; x++) a[y + x] ^= d[x];
    for (int i = 0; i < 25; i++) b[kKeccakDest[size_t(i)]] = rotl64(a[i], kKeccakRot[size_t(i)]);
    for (int y = 0; y < 25; y += 5) {
      uint64_t b0 = b[y], b1 = b[y + 1], b2 = b[y + 2], b3 = b[y + 3], b4 = b[y + 4];
      a[y] = b0 ^ (~b1 & b2);
      a[y + 1] = b1 ^ (~b2 & b3);
      a[y + 2] = b2 ^ (~b3 & b4);
      a[y + 3] = b3 ^ (~b4 & b0);
      a[y + 4] = b4 ^ (~b0 & b1);
    }
    a[0] ^= kKeccakRC[size_t(round)];
  }
}

void keccak_absorb_block(HashState* s, const uint8_t* p) {
  for (int i = 0; i < s->block_size / 8; i++) s->h[i] ^= load_le64(p + 8 * i);
  keccak_f(s->h);
}

template <class W, int kRounds>
void blake2_compress(HashState* s, const uint8_t* p, bool last, const W* iv, int r1, int r2, int r3, int r4) {
  W m[16], v[16];
  for (int i = 0; i < 16; i++) {
    if constexpr (sizeof(W) == 8) m[i] = load_le64(p + 8 * i);
    else m[i] = load_le32(p + 4 * i);
  }
  for (int i = 0; i < 8; i++) {
    v[i] = W(s->h[i]);
    v[i + 8] = iv[i];
  }
  if constexpr (sizeof(W) == 8) {
    v[12] ^= s->count_lo;
    v[13] ^= s->count_hi;
  } else {
    v[12] ^= W(s->count_lo);
    v[13] ^= W(s->count_lo >> 32);
  }
  if (last) {
    v[14] = ~v[14];
    if (s->last_node) v[15] = ~v[15];
  }
  auto rotr = [](W x, int n) -> W {
    constexpr int bits = int(sizeof(W) * 8);
    return W((x >> n) | (x << (bits - n)));
  };
  auto g = [&](int a, int b, int c, int d, W x, W y) {
    v[a] = W(v[a] + v[b] + x);
    v[d] = rotr(W(v[d] ^ v[a]), r1);
    v[c] = W(v[c] + v[d]);
    v[b] = rotr(W(v[b] ^ v[c]), r2);
    v[a] = W(v[a] + v[b] + y);
    v[d] = rotr(W(v[d] ^ v[a]), r3);
    v[c] = W(v[c] + v[d]);
    v[b] = rotr(W(v[b] ^ v[c]), r4);
  };
  for (int r = 0; r < kRounds; r++) {
    const uint8_t* sg = kBlake2Sigma[r % 10];
    g(0, 4, 8, 12, m[sg[0]], m[sg[1]]);
    g(1, 5, 9, 13, m[sg[2]], m[sg[3]]);
    g(2, 6, 10, 14, m[sg[4]], m[sg[5]]);
    g(3, 7, 11, 15, m[sg[6]], m[sg[7]]);
    g(0, 5, 10, 15, m[sg[8]], m[sg[9]]);
    g(1, 6, 11, 12, m[sg[10]], m[sg[11]]);
    g(2, 7, 8, 13, m[sg[12]], m[sg[13]]);
    g(3, 4, 9, 14, m[sg[14]], m[sg[15]]);
  }
  for (int i = 0; i < 8; i++) s->h[i] = W(s->h[i]) ^ v[i] ^ v[i + 8];
}

bool is_keccak(Algo a) { return a >= Algo::SHA3_224 && a <= Algo::SHAKE256; }
bool is_blake2(Algo a) { return a == Algo::BLAKE2B || a == Algo::BLAKE2S; }

void blake2_block(HashState* s, const uint8_t* p, bool last) {
  if (s->algo == Algo::BLAKE2B) blake2_compress<uint64_t, 12>(s, p, last, kSha512Init, 32, 24, 16, 63);
  else blake2_compress<uint32_t, 10>(s, p, last, kSha256Init, 16, 12, 8, 7);
}

void process_block(HashState* s, const uint8_t* p) {
  switch (s->algo) {
    case Algo::MD5: md5_block(s, p); break;
    case Algo::SHA1: sha1_block(s, p); break;
    case Algo::SHA224: case Algo::SHA256: sha256_block(s, p); break;
    case Algo::SHA384: case Algo::SHA512: sha512_block(s, p); break;
    default: keccak_absorb_block(s, p); break;
  }
}

void blake2_add_count(HashState* s, uint64_t n) {
  s->count_lo += n;
  if (s->count_lo < n) s->count_hi++;
}

}  // namespace

bool algo_from_name(std::string_view name, Algo* out) {
  struct { const char* n; Algo a; } table[] = {
      {"md5", Algo::MD5}, {"sha1", Algo::SHA1}, {"sha224", Algo::SHA224}, {"sha256", Algo::SHA256},
      {"sha384", Algo::SHA384}, {"sha512", Algo::SHA512}, {"sha3_224", Algo::SHA3_224},
      {"sha3_256", Algo::SHA3_256}, {"sha3_384", Algo::SHA3_384}, {"sha3_512", Algo::SHA3_512},
      {"shake_128", Algo::SHAKE128}, {"shake_256", Algo::SHAKE256}, {"blake2b", Algo::BLAKE2B},
      {"blake2s", Algo::BLAKE2S},
  };
  for (auto& e : table) {
    if (name == e.n) {
      *out = e.a;
      return true;
    }
  }
  return false;
}

const char* algo_name(Algo a) {
  switch (a) {
    case Algo::MD5: return "md5";
    case Algo::SHA1: return "sha1";
    case Algo::SHA224: return "sha224";
    case Algo::SHA256: return "sha256";
    case Algo::SHA384: return "sha384";
    case Algo::SHA512: return "sha512";
    case Algo::SHA3_224: return "sha3_224";
    case Algo::SHA3_256: return "sha3_256";
    case Algo::SHA3_384: return "sha3_384";
    case Algo::SHA3_512: return "sha3_512";
    case Algo::SHAKE128: return "shake_128";
    case Algo::SHAKE256: return "shake_256";
    case Algo::BLAKE2B: return "blake2b";
    case Algo::BLAKE2S: return "blake2s";
  }
  return "?";
}

void hash_init(HashState* s, Algo a) {
  memset(s, 0, sizeof *s);
  s->algo = a;
  switch (a) {
    case Algo::MD5:
      s->digest_size = 16; s->block_size = 64;
      s->h[0] = 0x67452301u; s->h[1] = 0xefcdab89u; s->h[2] = 0x98badcfeu; s->h[3] = 0x10325476u;
      break;
    case Algo::SHA1:
      s->digest_size = 20; s->block_size = 64;
      s->h[0] = 0x67452301u; s->h[1] = 0xefcdab89u; s->h[2] = 0x98badcfeu; s->h[3] = 0x10325476u; s->h[4] = 0xc3d2e1f0u;
      break;
    case Algo::SHA224:
    case Algo::SHA256:
      s->digest_size = a == Algo::SHA224 ? 28 : 32; s->block_size = 64;
      for (int i = 0; i < 8; i++) s->h[i] = a == Algo::SHA224 ? kSha224Init[i] : kSha256Init[i];
      break;
    case Algo::SHA384:
    case Algo::SHA512:
      s->digest_size = a == Algo::SHA384 ? 48 : 64; s->block_size = 128;
      for (int i = 0; i < 8; i++) s->h[i] = a == Algo::SHA384 ? kSha384Init[i] : kSha512Init[i];
      break;
    case Algo::SHA3_224: s->digest_size = 28; s->block_size = 144; break;
    case Algo::SHA3_256: s->digest_size = 32; s->block_size = 136; break;
    case Algo::SHA3_384: s->digest_size = 48; s->block_size = 104; break;
    case Algo::SHA3_512: s->digest_size = 64; s->block_size = 72; break;
    case Algo::SHAKE128: s->digest_size = 0; s->block_size = 168; break;
    case Algo::SHAKE256: s->digest_size = 0; s->block_size = 136; break;
    case Algo::BLAKE2B:
    case Algo::BLAKE2S:
      blake2_init(s, a, Blake2Params{});
      break;
  }
}

void blake2_init(HashState* s, Algo a, const Blake2Params& p) {
  memset(s, 0, sizeof *s);
  s->algo = a;
  bool big = a == Algo::BLAKE2B;
  int maxd = big ? 64 : 32;
  s->digest_size = uint8_t(p.digest_size ? p.digest_size : maxd);
  s->block_size = uint16_t(big ? 128 : 64);
  s->last_node = p.last_node;
  uint8_t param[64] = {};
  param[0] = s->digest_size;
  param[1] = uint8_t(p.key.size());
  param[2] = uint8_t(p.fanout);
  param[3] = uint8_t(p.depth);
  for (int i = 0; i < 4; i++) param[4 + i] = uint8_t(p.leaf_size >> (8 * i));
  if (big) {
    for (int i = 0; i < 8; i++) param[8 + i] = uint8_t(p.node_offset >> (8 * i));
    param[16] = uint8_t(p.node_depth);
    param[17] = uint8_t(p.inner_size);
    if (!p.salt.empty()) memcpy(param + 32, p.salt.data(), p.salt.size());
    if (!p.person.empty()) memcpy(param + 48, p.person.data(), p.person.size());
    for (int i = 0; i < 8; i++) s->h[i] = kSha512Init[i] ^ load_le64(param + 8 * i);
  } else {
    for (int i = 0; i < 6; i++) param[8 + i] = uint8_t(p.node_offset >> (8 * i));
    param[14] = uint8_t(p.node_depth);
    param[15] = uint8_t(p.inner_size);
    if (!p.salt.empty()) memcpy(param + 16, p.salt.data(), p.salt.size());
    if (!p.person.empty()) memcpy(param + 24, p.person.data(), p.person.size());
    for (int i = 0; i < 8; i++) s->h[i] = kSha256Init[i] ^ load_le32(param + 4 * i);
  }
  if (!p.key.empty()) {
    uint8_t block[128] = {};
    memcpy(block, p.key.data(), p.key.size());
    hash_update(s, block, s->block_size);
  }
}

void hash_update(HashState* s, const void* data, size_t n) {
  if (n == 0) return;
  const uint8_t* p = static_cast<const uint8_t*>(data);
  size_t bs = s->block_size;
  if (is_blake2(s->algo)) {
    // BLAKE2 keeps the last block back: it must be compressed with the final flag.
    while (n > 0) {
      if (s->buflen == bs) {
        blake2_add_count(s, bs);
        blake2_block(s, s->buf, false);
        s->buflen = 0;
      }
      size_t take = std::min(n, bs - s->buflen);
      memcpy(s->buf + s->buflen, p, take);
      s->buflen += uint32_t(take);
      p += take;
      n -= take;
    }
    return;
  }
  if (!is_keccak(s->algo)) {
    uint64_t before = s->count_lo;
    s->count_lo += n;
    if (s->count_lo < before) s->count_hi++;
  }
  if (s->buflen) {
    size_t take = std::min(n, bs - s->buflen);
    memcpy(s->buf + s->buflen, p, take);
    s->buflen += uint32_t(take);
    p += take;
    n -= take;
    if (s->buflen < bs) return;
    process_block(s, s->buf);
    s->buflen = 0;
  }
  while (n >= bs) {
    process_block(s, p);
    p += bs;
    n -= bs;
  }
  if (n) memcpy(s->buf, p, n);
  s->buflen = uint32_t(n);
}

std::string hash_final(const HashState& st, size_t length) {
  HashState s = st;
  std::string out;
  if (is_blake2(s.algo)) {
    blake2_add_count(&s, s.buflen);
    memset(s.buf + s.buflen, 0, s.block_size - s.buflen);
    blake2_block(&s, s.buf, true);
    for (int i = 0; i < s.digest_size; i++) {
      int word = s.algo == Algo::BLAKE2B ? i / 8 : i / 4;
      int shift = s.algo == Algo::BLAKE2B ? 8 * (i % 8) : 8 * (i % 4);
      out.push_back(char(uint8_t(s.h[word] >> shift)));
    }
    return out;
  }
  if (is_keccak(s.algo)) {
    bool shake = s.algo == Algo::SHAKE128 || s.algo == Algo::SHAKE256;
    memset(s.buf + s.buflen, 0, s.block_size - s.buflen);
    s.buf[s.buflen] ^= shake ? 0x1f : 0x06;
    s.buf[s.block_size - 1] ^= 0x80;
    keccak_absorb_block(&s, s.buf);
    size_t want = shake ? length : s.digest_size;
    while (out.size() < want) {
      for (size_t i = 0; i < s.block_size && out.size() < want; i++) out.push_back(char(uint8_t(s.h[i / 8] >> (8 * (i % 8)))));
      if (out.size() < want) keccak_f(s.h);
    }
    return out;
  }
  // Merkle–Damgård padding: 0x80, zeros, then the bit length.
  size_t bs = s.block_size;
  size_t lenbytes = bs == 128 ? 16 : 8;
  uint64_t bits_lo = s.count_lo << 3, bits_hi = (s.count_hi << 3) | (s.count_lo >> 61);
  uint8_t pad[256] = {};
  size_t padlen = (s.buflen < bs - lenbytes) ? bs - lenbytes - s.buflen : 2 * bs - lenbytes - s.buflen;
  pad[0] = 0x80;
  uint8_t lenb[16] = {};
  if (s.algo == Algo::MD5) {
    for (int i = 0; i < 8; i++) lenb[i] = uint8_t(bits_lo >> (8 * i));
  } else if (lenbytes == 8) {
    for (int i = 0; i < 8; i++) lenb[7 - i] = uint8_t(bits_lo >> (8 * i));
  } else {
    for (int i = 0; i < 8; i++) {
      lenb[15 - i] = uint8_t(bits_lo >> (8 * i));
      lenb[7 - i] = uint8_t(bits_hi >> (8 * i));
    }
  }
  hash_update(&s, pad, padlen);
  hash_update(&s, lenb, lenbytes);
  for (int i = 0; i < s.digest_size; i++) {
    uint8_t b;
    if (s.algo == Algo::MD5) b = uint8_t(s.h[i / 4] >> (8 * (i % 4)));
    else if (bs == 64) b = uint8_t(s.h[i / 4] >> (8 * (3 - i % 4)));
    else b = uint8_t(s.h[i / 8] >> (8 * (7 - i % 8)));
    out.push_back(char(b));
  }
  return out;
}

}  // namespace minipy::hashing
