// runtime/obmalloc.cpp — the slow paths of the per-interpreter small-block
// allocator (obmalloc.h has the design and the inline fast paths): pools taken
// from and returned to arenas, arenas mapped and unmapped, malloc'd large
// blocks with their LargeHeader, realloc, accounting and statistics.
// Must not: keep process-wide mutable state, take locks, or know object types.
#include "runtime/obmalloc.h"

#include <sys/mman.h>

#include <cstdio>
#include <cstdlib>
#include <new>

namespace minipy {

struct ObmArena {
  char* base;              // kObmArenaSize bytes, aligned to kObmPoolSize
  ObmPool* free_pools;     // pools given back (their headers keep arena/owner)
  uint32_t nfree;          // free pools: in free_pools plus never carved
  uint32_t next_fresh;     // pools [next_fresh, kObmPoolsPerArena) were never carved
  ObmArena* next;          // the owner's `usable` list
  ObmArena* prev;
  ObmArena* all_next;      // the owner's `arenas` list
  ObmArena* all_prev;
};

namespace {

static_assert(kObmPoolSize - kObmFirstBlock >= 2 * kObmMaxSmall, "every pool must hold two blocks of any class");
static_assert(sizeof(void*) == 8, "the pool-block tag (bit 3) assumes 64-bit pointers and 16-byte malloc alignment");

// In front of every malloc'd block. The magic in the size word's top bits
// catches a block freed with mem_free/free_object that did not come from
// them (a mismatched std::malloc/std::free pair elsewhere) before it corrupts
// anything.
struct LargeHeader {
  ObmallocState* owner;    // null: allocated without an interpreter (unaccounted)
  uint64_t tagged_size;    // size | kLargeMagic
};
static_assert(sizeof(LargeHeader) == kObmLargeHeader);
constexpr uint64_t kLargeMagic = uint64_t(0x6d70) << 48;  // "mp"
constexpr uint64_t kLargeSizeMask = (uint64_t(1) << 48) - 1;

LargeHeader* large_header(void* p) { return reinterpret_cast<LargeHeader*>(static_cast<char*>(p) - kObmLargeHeader); }

LargeHeader* checked_header(void* p) {
  LargeHeader* h = large_header(p);
  if ((h->tagged_size & ~kLargeSizeMask) != kLargeMagic) {
    std::fprintf(stderr, "minipy: fatal: freeing %p, which mem_alloc/alloc_object did not allocate\n", p);
    std::abort();
  }
  return h;
}

// Every byte an interpreter takes passes here (pools in kObmPoolSize steps,
// large blocks exactly), so the memory cap is this one check.
bool charge(ObmallocState* a, size_t n) {
  if (__builtin_expect(a->limit != 0, 0)) {
    size_t cap = a->limit + (a->overdraft ? kObmCapReserve : 0);
    if (n > cap || a->charged_bytes > cap - n) return false;
  }
  a->charged_bytes += n;
  if (a->charged_bytes > a->peak_charged_bytes) a->peak_charged_bytes = a->charged_bytes;
  return true;
}
void uncharge(ObmallocState* a, size_t n) { a->charged_bytes -= n; }

uint32_t class_capacity(uint32_t c) { return uint32_t((kObmPoolSize - kObmFirstBlock) / ((c + 1) * kObmClassStep)); }

// ---------------------------------------------------------------- arenas
void usable_push(ObmallocState* a, ObmArena* ar) {
  ar->prev = nullptr;
  ar->next = a->usable;
  if (a->usable) a->usable->prev = ar;
  a->usable = ar;
}

void usable_remove(ObmallocState* a, ObmArena* ar) {
  if (ar->prev) ar->prev->next = ar->next;
  else a->usable = ar->next;
  if (ar->next) ar->next->prev = ar->prev;
  ar->next = ar->prev = nullptr;
}

ObmArena* arena_new(ObmallocState* a) {
  // Map one pool more than needed and trim, so the arena is pool-aligned.
  size_t len = kObmArenaSize + kObmPoolSize;
  void* m = ::mmap(nullptr, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED) return nullptr;
  uintptr_t start = reinterpret_cast<uintptr_t>(m);
  uintptr_t base = (start + kObmPoolSize - 1) & ~uintptr_t(kObmPoolSize - 1);
  if (base > start) ::munmap(m, base - start);
  uintptr_t tail = start + len - (base + kObmArenaSize);
  if (tail) ::munmap(reinterpret_cast<void*>(base + kObmArenaSize), tail);
  auto* ar = static_cast<ObmArena*>(std::malloc(sizeof(ObmArena)));
  if (!ar) {
    ::munmap(reinterpret_cast<void*>(base), kObmArenaSize);
    return nullptr;
  }
  *ar = ObmArena{reinterpret_cast<char*>(base), nullptr, uint32_t(kObmPoolsPerArena), 0,
                 nullptr, nullptr, a->arenas, nullptr};
  if (a->arenas) a->arenas->all_prev = ar;
  a->arenas = ar;
  ++a->narenas;
  usable_push(a, ar);
  return ar;
}

// An empty arena (so it is on the usable list) goes back to the system.
void arena_unmap(ObmallocState* a, ObmArena* ar) {
  usable_remove(a, ar);
  if (ar->all_prev) ar->all_prev->all_next = ar->all_next;
  else a->arenas = ar->all_next;
  if (ar->all_next) ar->all_next->all_prev = ar->all_prev;
  --a->narenas;
  ::munmap(ar->base, kObmArenaSize);
  std::free(ar);
}

// ---------------------------------------------------------------- pools
// Make a fresh pool of class c the head of partial[c] (which is empty).
bool pool_acquire(ObmallocState* a, uint32_t c) {
  ObmArena* ar = a->usable;
  if (!ar && !(ar = arena_new(a))) return false;
  ObmPool* p;
  if (ar->free_pools) {
    p = ar->free_pools;
    ar->free_pools = p->next;
  } else {
    p = reinterpret_cast<ObmPool*>(ar->base + size_t(ar->next_fresh++) * kObmPoolSize);
    p->arena = ar;
    p->owner = a;
  }
  if (--ar->nfree == 0) usable_remove(a, ar);
  if (a->spare == ar) a->spare = nullptr;
  p->freelist = nullptr;
  p->used = 0;
  p->capacity = class_capacity(c);
  p->next_offset = uint32_t(kObmFirstBlock);
  p->cls = c;
  p->next = p->prev = nullptr;
  a->partial[c] = p;
  ++a->pools_in_use;
  return true;
}

// An empty pool goes back to its arena, free for any class.
void pool_release(ObmallocState* a, ObmPool* p) {
  ObmPool** head = &a->partial[p->cls];
  if (p->prev) p->prev->next = p->next;
  else *head = p->next;
  if (p->next) p->next->prev = p->prev;
  ObmArena* ar = p->arena;
  p->capacity = 0;  // marks the pool free for obmalloc_stats
  p->prev = nullptr;
  p->next = ar->free_pools;
  ar->free_pools = p;
  --a->pools_in_use;
  uncharge(a, kObmPoolSize);
  // A full arena that gets a pool back goes to the head of `usable`: it is
  // nearly full, and filling it first lets emptier arenas drain.
  if (ar->nfree++ == 0) usable_push(a, ar);
  if (ar->nfree == kObmPoolsPerArena) {
    if (!a->spare) a->spare = ar;  // keep one empty arena against map/unmap churn
    else arena_unmap(a, ar);
  }
}

// ---------------------------------------------------------------- large blocks
void* large_alloc(ObmallocState* a, size_t n, bool zero) {
  if (n > kLargeSizeMask - kObmLargeHeader) return nullptr;
  size_t total = n + kObmLargeHeader;
  if (a && !charge(a, total)) return nullptr;
  void* m = zero ? std::calloc(1, total) : std::malloc(total);
  if (!m) {
    if (a) uncharge(a, total);
    return nullptr;
  }
  auto* h = static_cast<LargeHeader*>(m);
  h->owner = a;
  h->tagged_size = n | kLargeMagic;
  if (a) {
    ++a->large_blocks;
    a->large_bytes += n;
  }
  return h + 1;
}

}  // namespace

// ---------------------------------------------------------------- public
ObmallocState* obmalloc_create(bool bypass) {
  auto* a = new (std::nothrow) ObmallocState();
  if (!a) return nullptr;
  a->bypass = bypass || kObmCompiledBypass;
  a->small_max = a->bypass ? 0 : kObmMaxSmall;
  return a;
}

void obmalloc_destroy(ObmallocState* a) {
  if (!a) return;
  for (ObmArena* ar = a->arenas; ar;) {
    ObmArena* next = ar->all_next;
    ::munmap(ar->base, kObmArenaSize);
    std::free(ar);
    ar = next;
  }
  delete a;
}

void* obmalloc_alloc_slow(ObmallocState* a, size_t n, bool zero) {
  if (n == 0) n = 1;
  if (a && n <= a->small_max) {
    uint32_t c = uint32_t((n - 1) >> 4);
    if (!a->partial[c]) {
      if (!charge(a, kObmPoolSize)) return nullptr;
      if (!pool_acquire(a, c)) {
        uncharge(a, kObmPoolSize);
        return large_alloc(a, n, zero);  // no arena could be mapped: malloc still may work
      }
    }
    void* b = obmalloc_try_small(a, n);
    if (zero) std::memset(b, 0, n);
    return b;
  }
  return large_alloc(a, n, zero);
}

void obmalloc_free_large(void* p) {
  LargeHeader* h = checked_header(p);
  if (ObmallocState* a = h->owner) {
    size_t n = h->tagged_size & kLargeSizeMask;
    uncharge(a, n + kObmLargeHeader);
    --a->large_blocks;
    a->large_bytes -= n;
  }
  std::free(h);
}

void obmalloc_pool_transition(ObmPool* p, uint32_t used_before) {
  ObmallocState* a = p->owner;
  if (used_before == p->capacity) {
    // It was full: back to the head of its class list, so the next
    // allocation reuses the block just freed (warm in the cache).
    ObmPool** head = &a->partial[p->cls];
    p->prev = nullptr;
    p->next = *head;
    if (*head) (*head)->prev = p;
    *head = p;
    return;
  }
  // Now empty. The only pool of its class stays, so a class whose one object
  // comes and goes does not take and return a pool every time.
  if (a->partial[p->cls] == p && !p->next) return;
  pool_release(a, p);
}

void* obmalloc_realloc(ObmallocState* a, void* p, size_t n) {
  if (!p) return a ? obmalloc_alloc(a, n) : large_alloc(nullptr, n ? n : 1, false);
  if (n == 0) n = 1;
  if (obmalloc_is_pool_block(p)) {
    ObmPool* pool = obmalloc_pool_of(p);
    if (((n - 1) >> 4) == pool->cls) return p;  // same class: nothing to do
    size_t old = (pool->cls + 1) * kObmClassStep;
    void* q = obmalloc_alloc(pool->owner, n);
    if (!q) return nullptr;
    std::memcpy(q, p, n < old ? n : old);
    obmalloc_free(p);
    return q;
  }
  LargeHeader* h = checked_header(p);
  ObmallocState* owner = h->owner;
  size_t old = h->tagged_size & kLargeSizeMask;
  if (owner && n <= owner->small_max) {
    // Shrunk to a small size: move into a pool (frees the malloc'd block).
    void* q = obmalloc_alloc(owner, n);
    if (!q) return nullptr;
    std::memcpy(q, p, n < old ? n : old);
    obmalloc_free_large(p);
    return q;
  }
  if (n > kLargeSizeMask - kObmLargeHeader) return nullptr;
  if (owner && n > old && !charge(owner, n - old)) return nullptr;
  void* m = std::realloc(h, n + kObmLargeHeader);
  if (!m) {
    if (owner && n > old) uncharge(owner, n - old);
    return nullptr;
  }
  h = static_cast<LargeHeader*>(m);
  h->tagged_size = n | kLargeMagic;
  if (owner) {
    if (n < old) uncharge(owner, old - n);
    owner->large_bytes = owner->large_bytes - old + n;
  }
  return h + 1;
}

size_t obmalloc_block_size(const void* p) {
  if (obmalloc_is_pool_block(p)) return (obmalloc_pool_of(p)->cls + 1) * kObmClassStep;
  return checked_header(const_cast<void*>(p))->tagged_size & kLargeSizeMask;
}

ObmallocState* obmalloc_owner(const void* p) {
  if (obmalloc_is_pool_block(p)) return obmalloc_pool_of(p)->owner;
  return checked_header(const_cast<void*>(p))->owner;
}

void obmalloc_stats(const ObmallocState* a, ObmallocStats* out) {
  *out = ObmallocStats();
  out->bypass = a->bypass;
  out->arenas = a->narenas;
  out->arena_bytes = a->narenas * kObmArenaSize;
  out->large_blocks = a->large_blocks;
  out->large_bytes = a->large_bytes;
  out->charged_bytes = a->charged_bytes;
  out->peak_charged_bytes = a->peak_charged_bytes;
  for (const ObmArena* ar = a->arenas; ar; ar = ar->all_next) {
    out->pools_fresh += kObmPoolsPerArena - ar->next_fresh;
    for (uint32_t i = 0; i < ar->next_fresh; ++i) {
      const auto* p = reinterpret_cast<const ObmPool*>(ar->base + size_t(i) * kObmPoolSize);
      if (p->capacity == 0) {
        ++out->pools_free;
        continue;
      }
      ++out->pools_in_use;
      out->class_blocks[p->cls] += p->used;
      out->small_blocks += p->used;
      out->small_bytes += size_t(p->used) * (p->cls + 1) * kObmClassStep;
    }
  }
}

}  // namespace minipy
