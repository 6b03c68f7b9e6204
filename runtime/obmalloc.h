// runtime/obmalloc.h — the per-interpreter small-block allocator behind
// alloc_object/free_object and mem_alloc/mem_realloc/mem_free (memory.cpp).
//
// Design (docs/architecture.md, "Small-object allocator"):
//  * Requests of 1..512 bytes are rounded up to one of 32 size classes (16-byte
//    steps) and carved from 16 KiB pools; a pool serves one class at a time and
//    keeps its free blocks in a list threaded through the blocks themselves.
//    Pools come from 1 MiB arenas obtained with mmap; an emptied pool goes back
//    to its arena for any class, and an emptied arena is unmapped (one spare
//    is kept to avoid map/unmap churn).
//  * Larger requests (and every request when bypassed) go to malloc with a
//    16-byte LargeHeader in front (owner + size) so they are accounted too.
//  * Telling the two apart needs no lookup: pool blocks sit at addresses that
//    are 8 modulo 16 (the pool header is 56 bytes and block sizes are
//    multiples of 16) while malloc'd blocks are 16-aligned, so bit 3 of the
//    address decides. A pool block finds its pool header by masking the
//    address with the pool size, and the header names the owning allocator:
//    a block always returns to the interpreter that allocated it, wherever it
//    is freed, and free needs no ThreadState.
//  * No locks: an ObmallocState belongs to one Interpreter and is only used by
//    the thread holding that interpreter's GIL (the same rule as refcounts).
//  * Accounting is kept off the fast path: `charged_bytes` moves only when a
//    pool is taken from / returned to an arena (16 KiB steps) and when a large
//    block is allocated, resized or freed, so a memory cap is one comparison
//    in obmalloc_charge() (obmalloc.cpp). Exact block counts are computed on
//    demand by obmalloc_stats().
//  * Bypass (plain malloc for every block): always under ASan/UBSan and TSan
//    builds, and at run time with MINIPYMALLOC=malloc / PYTHONMALLOC=malloc or
//    -X malloc (memory.cpp decides), for valgrind.
// Must not: keep process-wide mutable state, take locks, or know object types.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace minipy {

constexpr size_t kObmPoolSize = size_t(16) << 10;    // one size class per pool
constexpr size_t kObmArenaSize = size_t(1) << 20;    // pools are carved from arenas
constexpr size_t kObmPoolsPerArena = kObmArenaSize / kObmPoolSize;
constexpr size_t kObmMaxSmall = 512;                 // larger requests use malloc
constexpr size_t kObmClassStep = 16;
constexpr size_t kObmClasses = kObmMaxSmall / kObmClassStep;
constexpr size_t kObmLargeHeader = 16;               // in front of every malloc'd block
constexpr size_t kObmCapReserve = size_t(1) << 20;   // how far past the memory cap an overdraft may go
constexpr size_t kObmCapSmallBuffer = size_t(64) << 10;  // mem_alloc requests up to this size may use it

#if defined(MINIPY_SANITIZE) || defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kObmCompiledBypass = true;   // sanitizers must see every block
#else
constexpr bool kObmCompiledBypass = false;
#endif

struct ObmArena;
struct ObmallocState;

// At the start of every pool (the pool's address is a multiple of kObmPoolSize).
struct ObmPool {
  void* freelist;          // freed blocks of this pool, linked through their first word
  uint32_t used;           // blocks handed out
  uint32_t capacity;       // blocks of the current class that fit in the pool
  uint32_t next_offset;    // never-used blocks start here (carved lazily)
  uint32_t cls;            // size class: blocks of (cls + 1) * 16 bytes
  ObmPool* next;           // in the owner's partial[cls] list, or the arena's free list
  ObmPool* prev;           // in partial[cls] (null at the head)
  ObmArena* arena;
  ObmallocState* owner;
};
// Blocks start right after the header: 56 ≡ 8 (mod 16) gives every block an
// address ≡ 8 (mod 16), which is how frees recognise pool blocks.
constexpr size_t kObmFirstBlock = sizeof(ObmPool);
static_assert(kObmFirstBlock % 16 == 8, "pool blocks must sit at 8 mod 16");

struct ObmallocState {
  // Per size class, the pools that have room (a pool leaves the list when it
  // fills up and comes back, at the head, when one of its blocks is freed).
  ObmPool* partial[kObmClasses] = {};
  // Requests of 1..small_max bytes take the pool path: kObmMaxSmall, or 0
  // when bypassed (then every request falls to the slow path and malloc).
  size_t small_max = kObmMaxSmall;
  // Bytes this interpreter holds: pools in use × kObmPoolSize + large blocks
  // (size + header). The quantity a memory cap compares.
  size_t charged_bytes = 0;
  size_t peak_charged_bytes = 0;
  // The memory cap (vm/budget.cpp sets it; 0 = none): a charge that would pass
  // it fails, so the allocation fails and MemoryError is raised. While
  // `overdraft` is set a charge may go kObmCapReserve past the cap: for the
  // MemoryError itself and for small buffers (memory.cpp), which some callers
  // do not check, so a program at its cap gets MemoryError, not a crash.
  size_t limit = 0;
  bool overdraft = false;
  size_t large_blocks = 0;        // live malloc'd blocks (this interpreter's)
  size_t large_bytes = 0;         // their requested sizes
  size_t pools_in_use = 0;
  ObmArena* arenas = nullptr;     // every mapped arena
  ObmArena* usable = nullptr;     // arenas with a free pool (most recently filled first)
  ObmArena* spare = nullptr;      // an entirely free arena kept mapped
  size_t narenas = 0;
  bool bypass = false;
};

// What obmalloc_stats reports (exact counts are gathered by walking the pools).
struct ObmallocStats {
  bool bypass = false;
  size_t arenas = 0, arena_bytes = 0;          // mapped
  size_t pools_in_use = 0;
  size_t pools_free = 0;                       // used before, now empty (their pages are resident)
  size_t pools_fresh = 0;                      // never used (no memory touched)
  size_t small_blocks = 0, small_bytes = 0;    // live pool blocks and their class sizes
  size_t large_blocks = 0, large_bytes = 0;
  size_t charged_bytes = 0, peak_charged_bytes = 0;
  size_t class_blocks[kObmClasses] = {};       // live blocks per size class
};

// A new allocator (null when even that fails). bypass: malloc for everything.
ObmallocState* obmalloc_create(bool bypass);
// Unmap every arena and free the state. Pool blocks still live become
// dangling: call only when nothing of the interpreter is left (embedders'
// full teardown; tests). Large blocks are left to their owners.
void obmalloc_destroy(ObmallocState* a);
void obmalloc_stats(const ObmallocState* a, ObmallocStats* out);

// Slow paths (obmalloc.cpp). `a` may be null (no interpreter: plain malloc,
// unaccounted). Return null when memory is exhausted.
void* obmalloc_alloc_slow(ObmallocState* a, size_t n, bool zero);
void obmalloc_free_large(void* p);
void obmalloc_pool_transition(ObmPool* p, uint32_t used_before);
// realloc: the block keeps its owner (`a` serves only when p is null).
void* obmalloc_realloc(ObmallocState* a, void* p, size_t n);

inline bool obmalloc_is_pool_block(const void* p) { return (reinterpret_cast<uintptr_t>(p) & 8) != 0; }
inline ObmPool* obmalloc_pool_of(const void* p) {
  return reinterpret_cast<ObmPool*>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t(kObmPoolSize - 1));
}
// Usable size of a block (its class size, or the requested size of a large block).
size_t obmalloc_block_size(const void* p);
// The allocator a block belongs to (null for an unowned malloc'd block).
ObmallocState* obmalloc_owner(const void* p);

// The hot path: a block from the head pool of its class, or null when the
// request needs the slow path (no partial pool, large, zero, bypassed).
inline void* obmalloc_try_small(ObmallocState* a, size_t n) {
  if (n - 1 >= a->small_max) return nullptr;  // n == 0 wraps around
  uint32_t c = uint32_t((n - 1) >> 4);
  ObmPool* p = a->partial[c];
  if (!p) return nullptr;
  void* b = p->freelist;
  if (b) {
    p->freelist = *static_cast<void**>(b);
  } else {  // a pool on the list always has room: carve the next block
    b = reinterpret_cast<char*>(p) + p->next_offset;
    p->next_offset += (c + 1) << 4;
  }
  if (++p->used == p->capacity) {  // full: leave the list (it is the head)
    ObmPool* nx = p->next;
    a->partial[c] = nx;
    if (nx) nx->prev = nullptr;
    p->next = nullptr;
  }
  return b;
}

inline void* obmalloc_alloc(ObmallocState* a, size_t n) {
  if (void* b = obmalloc_try_small(a, n)) return b;
  return obmalloc_alloc_slow(a, n, false);
}

// Zero-filled (calloc).
inline void* obmalloc_calloc(ObmallocState* a, size_t n) {
  if (void* b = obmalloc_try_small(a, n)) {
    std::memset(b, 0, n);
    return b;
  }
  return obmalloc_alloc_slow(a, n, true);
}

inline void obmalloc_free(void* b) {
  if (!obmalloc_is_pool_block(b)) {
    if (b) obmalloc_free_large(b);
    return;
  }
  ObmPool* p = obmalloc_pool_of(b);
  *static_cast<void**>(b) = p->freelist;
  p->freelist = b;
  uint32_t u = p->used--;
  // Was full (rejoins its class list) or is now empty (may go back to the arena).
  if (u == p->capacity || u == 1) obmalloc_pool_transition(p, u);
}

}  // namespace minipy
