// stdlib/hash_algos.h — message digests written for minipy: MD5, SHA-1,
// SHA-224/256/384/512, SHA-3/SHAKE (Keccak-f[1600]) and BLAKE2b/BLAKE2s, as
// plain C++ state machines (init / update / final) over one HashState.
// Used by stdlib/hashlib_native.cpp (_hashlib, _blake2) and nothing else.
// Must not: touch Python objects (pure byte-level code).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace minipy::hashing {

enum class Algo : uint8_t {
  MD5, SHA1, SHA224, SHA256, SHA384, SHA512,
  SHA3_224, SHA3_256, SHA3_384, SHA3_512, SHAKE128, SHAKE256,
  BLAKE2B, BLAKE2S,
};

// BLAKE2 parameters (hashlib.blake2b(...) keywords).
struct Blake2Params {
  int digest_size = 0;       // 0 = the maximum
  std::string_view key, salt, person;
  uint32_t fanout = 1, depth = 1;
  uint32_t leaf_size = 0;
  uint64_t node_offset = 0;
  uint32_t node_depth = 0, inner_size = 0;
  bool last_node = false;
};

struct HashState {
  Algo algo;
  uint8_t digest_size;   // bytes (0 for SHAKE: variable)
  uint16_t block_size;   // bytes (the rate for SHA-3)
  uint32_t buflen;
  bool last_node;        // BLAKE2
  uint64_t count_lo, count_hi;  // bytes processed (128-bit for SHA-512 / BLAKE2b)
  uint64_t h[25];        // chaining value (32-bit algorithms use the low halves) or Keccak lanes
  uint8_t buf[168];
};

// Name ("md5", "sha3_256", "shake_128", "blake2b"...) -> algorithm; false if unknown.
bool algo_from_name(std::string_view name, Algo* out);
const char* algo_name(Algo a);

void hash_init(HashState* s, Algo a);
void blake2_init(HashState* s, Algo a, const Blake2Params& p);  // caller validated the sizes
void hash_update(HashState* s, const void* data, size_t n);
// Digest of the state so far (the state is not modified). For SHAKE, `length` bytes.
std::string hash_final(const HashState& s, size_t length = 0);

}  // namespace minipy::hashing
