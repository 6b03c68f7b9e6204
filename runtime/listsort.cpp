// runtime/listsort.cpp — list.sort(): CPython 3.11's timsort (count_run,
// binary insertion to minrun, powersort merge policy, galloping merges with an
// adaptive min_gallop), so the sequence of comparisons — visible when a key or
// __lt__ prints — is CPython's. Pre-sort type checks pick specialised "<" for
// all-small-int, all-float, all-str and tuple keys.
// Must not: touch the list's storage while sorting (the list is emptied, and
// "list modified during sort" is detected afterwards).
#include <algorithm>
#include <cstring>

#include "runtime/containers_impl.h"

namespace minipy {

namespace {

constexpr int kMaxMergePending = 85;
constexpr int64_t kMinGallop = 7;
constexpr int64_t kMergeTempSize = 256;

// One ordering predicate per kind of keys; each returns 1 (a < b), 0, or -1 on error.
enum class KeyKind { Generic, SmallInt, Float, Str };

inline int str_lt(Value a, Value b) {
  std::string_view x = str_view(a), y = str_view(b);
  size_t n = std::min(x.size(), y.size());
  int c = n ? std::memcmp(x.data(), y.data(), n) : 0;
  return c < 0 || (c == 0 && x.size() < y.size());
}

inline int kind_lt(ThreadState* ts, KeyKind k, Value a, Value b) {
  switch (k) {
    case KeyKind::SmallInt: return int64_t(a.bits()) < int64_t(b.bits());
    case KeyKind::Float: return float_value(a) < float_value(b);
    case KeyKind::Str: return str_lt(a, b);
    case KeyKind::Generic: break;
  }
  return richcompare_bool(ts, a, b, CmpOp::Lt);
}

struct LtGeneric {
  ThreadState* ts;
  int operator()(Value a, Value b) const { return richcompare_bool(ts, a, b, CmpOp::Lt); }
};
struct LtSmallInt {
  int operator()(Value a, Value b) const { return int64_t(a.bits()) < int64_t(b.bits()); }
};
struct LtFloat {
  int operator()(Value a, Value b) const { return float_value(a) < float_value(b); }
};
struct LtStr {
  int operator()(Value a, Value b) const { return str_lt(a, b); }
};
// Non-empty exact tuples: find the first differing item with ==, then "<" on it
// (the first items use the specialised kind when they were all the same type).
struct LtTuple {
  ThreadState* ts;
  KeyKind first;
  int operator()(Value a, Value b) const {
    auto *v = a.as<TupleObject>(), *w = b.as<TupleObject>();
    int64_t i = 0;
    for (; i < v->size && i < w->size; i++) {
      int k = eq_fast(ts, v->items[i], w->items[i]);
      if (k < 0) return -1;
      if (!k) break;
    }
    if (i >= v->size || i >= w->size) return v->size < w->size;
    if (i == 0) return kind_lt(ts, first, v->items[0], w->items[0]);
    return richcompare_bool(ts, v->items[i], w->items[i], CmpOp::Lt);
  }
};

struct SortSlice {
  Value* keys;
  Value* values;  // null when sorting without a key function
};

inline void ss_advance(SortSlice* s, int64_t n) {
  s->keys += n;
  if (s->values) s->values += n;
}
inline void ss_copy(SortSlice* d, int64_t i, SortSlice* s, int64_t j) {
  d->keys[i] = s->keys[j];
  if (d->values) d->values[i] = s->values[j];
}
inline void ss_copy_incr(SortSlice* d, SortSlice* s) {
  *d->keys++ = *s->keys++;
  if (d->values) *d->values++ = *s->values++;
}
inline void ss_copy_decr(SortSlice* d, SortSlice* s) {
  *d->keys-- = *s->keys--;
  if (d->values) *d->values-- = *s->values--;
}
inline void ss_memcpy(SortSlice* d, int64_t i, SortSlice* s, int64_t j, int64_t n) {
  std::memcpy(static_cast<void*>(d->keys + i), s->keys + j, size_t(n) * sizeof(Value));
  if (d->values) std::memcpy(static_cast<void*>(d->values + i), s->values + j, size_t(n) * sizeof(Value));
}
inline void ss_memmove(SortSlice* d, int64_t i, SortSlice* s, int64_t j, int64_t n) {
  std::memmove(static_cast<void*>(d->keys + i), s->keys + j, size_t(n) * sizeof(Value));
  if (d->values) std::memmove(static_cast<void*>(d->values + i), s->values + j, size_t(n) * sizeof(Value));
}

void reverse_slice(Value* lo, Value* hi) { std::reverse(lo, hi); }

int64_t compute_minrun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

// Depth of the boundary between two adjacent runs in the powersort merge tree.
int powerloop(int64_t s1, int64_t n1, int64_t n2, int64_t n) {
  int result = 0;
  int64_t a = 2 * s1 + n1;
  int64_t b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

template <class Lt>
struct MergeState {
  ThreadState* ts;
  Lt lt;
  int64_t min_gallop = kMinGallop;
  int64_t listlen = 0;
  Value* basekeys = nullptr;
  SortSlice a{};          // temp storage
  int64_t alloced = 0;
  Value temparray[kMergeTempSize * 2];
  int n = 0;
  struct Run { SortSlice base; int64_t len; int power; } pending[kMaxMergePending];

  MergeState(ThreadState* t, Lt l, int64_t len, bool has_keys, Value* bk) : ts(t), lt(l), listlen(len), basekeys(bk) {
    alloced = has_keys ? kMergeTempSize : 2 * kMergeTempSize;
    a.keys = temparray;
    a.values = has_keys ? temparray + kMergeTempSize : nullptr;
  }
  ~MergeState() { freemem(); }
  void freemem() {
    if (a.keys != temparray) mem_free(a.keys);
    a.keys = temparray;
  }
  bool getmem(int64_t need) {
    bool multiply = a.values != nullptr;
    if (need <= alloced) return true;
    freemem();
    Value* p = static_cast<Value*>(mem_alloc(size_t(need) * sizeof(Value) * (multiply ? 2 : 1)));
    if (!p) {
      raise_no_memory(ts);
      return false;
    }
    alloced = need;
    a.keys = p;
    if (multiply) a.values = p + need;
    return true;
  }

  // Length of the run starting at lo; *descending when strictly descending.
  int64_t count_run(Value* lo, Value* hi, bool* descending) {
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    int64_t n = 2;
    int k = lt(*lo, *(lo - 1));
    if (k < 0) return -1;
    if (k) {
      *descending = true;
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = lt(*lo, *(lo - 1));
        if (k < 0) return -1;
        if (!k) break;
      }
    } else {
      for (lo = lo + 1; lo < hi; ++lo, ++n) {
        k = lt(*lo, *(lo - 1));
        if (k < 0) return -1;
        if (k) break;
      }
    }
    return n;
  }

  bool binarysort(SortSlice lo, Value* hi, Value* start) {
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
      Value* l = lo.keys;
      Value* r = start;
      Value pivot = *r;
      do {
        Value* p = l + ((r - l) >> 1);
        int k = lt(pivot, *p);
        if (k < 0) return false;
        if (k) r = p;
        else l = p + 1;
      } while (l < r);
      for (Value* p = start; p > l; --p) *p = *(p - 1);
      *l = pivot;
      if (lo.values) {
        Value* vp = lo.values + (start - lo.keys);
        Value vpivot = *vp;
        Value* vl = lo.values + (l - lo.keys);
        for (; vp > vl; --vp) *vp = *(vp - 1);
        *vl = vpivot;
      }
    }
    return true;
  }

  int64_t gallop_left(Value key, Value* a0, int64_t n, int64_t hint) {
    Value* a = a0 + hint;
    int64_t lastofs = 0, ofs = 1;
    int k = lt(*a, key);
    if (k < 0) return -1;
    if (k) {
      const int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        k = lt(a[ofs], key);
        if (k < 0) return -1;
        if (k) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    } else {
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        k = lt(*(a - ofs), key);
        if (k < 0) return -1;
        if (k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    }
    a = a0;
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      k = lt(a[m], key);
      if (k < 0) return -1;
      if (k) lastofs = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  int64_t gallop_right(Value key, Value* a0, int64_t n, int64_t hint) {
    Value* a = a0 + hint;
    int64_t lastofs = 0, ofs = 1;
    int k = lt(key, *a);
    if (k < 0) return -1;
    if (k) {
      const int64_t maxofs = hint + 1;
      while (ofs < maxofs) {
        k = lt(key, *(a - ofs));
        if (k < 0) return -1;
        if (k) {
          lastofs = ofs;
          ofs = (ofs << 1) + 1;
        } else {
          break;
        }
      }
      if (ofs > maxofs) ofs = maxofs;
      int64_t t = lastofs;
      lastofs = hint - ofs;
      ofs = hint - t;
    } else {
      const int64_t maxofs = n - hint;
      while (ofs < maxofs) {
        k = lt(key, a[ofs]);
        if (k < 0) return -1;
        if (k) break;
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > maxofs) ofs = maxofs;
      lastofs += hint;
      ofs += hint;
    }
    a = a0;
    ++lastofs;
    while (lastofs < ofs) {
      int64_t m = lastofs + ((ofs - lastofs) >> 1);
      k = lt(key, a[m]);
      if (k < 0) return -1;
      if (k) ofs = m;
      else lastofs = m + 1;
    }
    return ofs;
  }

  int merge_lo(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
    if (!getmem(na)) return -1;
    ss_memcpy(&a, 0, &ssa, 0, na);
    SortSlice dest = ssa;
    ssa = a;
    int result = -1;
    int64_t mg;
    ss_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) goto Succeed;
    if (na == 1) goto CopyB;
    mg = min_gallop;
    for (;;) {
      int64_t acount = 0, bcount = 0;
      for (;;) {
        int k = lt(ssb.keys[0], ssa.keys[0]);
        if (k) {
          if (k < 0) goto Fail;
          ss_copy_incr(&dest, &ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 0) goto Succeed;
          if (bcount >= mg) break;
        } else {
          ss_copy_incr(&dest, &ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 1) goto CopyB;
          if (acount >= mg) break;
        }
      }
      ++mg;
      do {
        mg -= mg > 1;
        min_gallop = mg;
        int64_t k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
        acount = k;
        if (k) {
          if (k < 0) goto Fail;
          ss_memcpy(&dest, 0, &ssa, 0, k);
          ss_advance(&dest, k);
          ss_advance(&ssa, k);
          na -= k;
          if (na == 1) goto CopyB;
          if (na == 0) goto Succeed;
        }
        ss_copy_incr(&dest, &ssb);
        --nb;
        if (nb == 0) goto Succeed;
        k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
        bcount = k;
        if (k) {
          if (k < 0) goto Fail;
          ss_memmove(&dest, 0, &ssb, 0, k);
          ss_advance(&dest, k);
          ss_advance(&ssb, k);
          nb -= k;
          if (nb == 0) goto Succeed;
        }
        ss_copy_incr(&dest, &ssa);
        --na;
        if (na == 1) goto CopyB;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++mg;
      min_gallop = mg;
    }
  Succeed:
    result = 0;
  Fail:
    if (na) ss_memcpy(&dest, 0, &ssa, 0, na);
    return result;
  CopyB:
    ss_memmove(&dest, 0, &ssb, 0, nb);
    ss_copy(&dest, nb, &ssa, 0);
    return 0;
  }

  int merge_hi(SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb) {
    if (!getmem(nb)) return -1;
    SortSlice dest = ssb;
    ss_advance(&dest, nb - 1);
    ss_memcpy(&a, 0, &ssb, 0, nb);
    SortSlice basea = ssa;
    SortSlice baseb = a;
    ssb.keys = a.keys + nb - 1;
    if (ssb.values) ssb.values = a.values + nb - 1;
    ss_advance(&ssa, na - 1);
    int result = -1;
    int64_t mg;
    ss_copy_decr(&dest, &ssa);
    --na;
    if (na == 0) goto Succeed;
    if (nb == 1) goto CopyA;
    mg = min_gallop;
    for (;;) {
      int64_t acount = 0, bcount = 0;
      for (;;) {
        int k = lt(ssb.keys[0], ssa.keys[0]);
        if (k) {
          if (k < 0) goto Fail;
          ss_copy_decr(&dest, &ssa);
          ++acount;
          bcount = 0;
          --na;
          if (na == 0) goto Succeed;
          if (acount >= mg) break;
        } else {
          ss_copy_decr(&dest, &ssb);
          ++bcount;
          acount = 0;
          --nb;
          if (nb == 1) goto CopyA;
          if (bcount >= mg) break;
        }
      }
      ++mg;
      do {
        mg -= mg > 1;
        min_gallop = mg;
        int64_t k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
        if (k < 0) goto Fail;
        k = na - k;
        acount = k;
        if (k) {
          ss_advance(&dest, -k);
          ss_advance(&ssa, -k);
          ss_memmove(&dest, 1, &ssa, 1, k);
          na -= k;
          if (na == 0) goto Succeed;
        }
        ss_copy_decr(&dest, &ssb);
        --nb;
        if (nb == 1) goto CopyA;
        k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
        if (k < 0) goto Fail;
        k = nb - k;
        bcount = k;
        if (k) {
          ss_advance(&dest, -k);
          ss_advance(&ssb, -k);
          ss_memcpy(&dest, 1, &ssb, 1, k);
          nb -= k;
          if (nb == 1) goto CopyA;
          if (nb == 0) goto Succeed;
        }
        ss_copy_decr(&dest, &ssa);
        --na;
        if (na == 0) goto Succeed;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      ++mg;
      min_gallop = mg;
    }
  Succeed:
    result = 0;
  Fail:
    if (nb) ss_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
  CopyA:
    ss_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    ss_advance(&dest, -na);
    ss_advance(&ssa, -na);
    ss_copy(&dest, 0, &ssb, 0);
    return 0;
  }

  int merge_at(int i) {
    SortSlice ssa = pending[i].base;
    int64_t na = pending[i].len;
    SortSlice ssb = pending[i + 1].base;
    int64_t nb = pending[i + 1].len;
    pending[i].len = na + nb;
    if (i == n - 3) pending[i + 1] = pending[i + 2];
    --n;
    int64_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ss_advance(&ssa, k);
    na -= k;
    if (na == 0) return 0;
    nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return int(nb);
    if (na <= nb) return merge_lo(ssa, na, ssb, nb);
    return merge_hi(ssa, na, ssb, nb);
  }

  int found_new_run(int64_t n2) {
    if (n) {
      int64_t s1 = pending[n - 1].base.keys - basekeys;
      int64_t n1 = pending[n - 1].len;
      int power = powerloop(s1, n1, n2, listlen);
      while (n > 1 && pending[n - 2].power > power)
        if (merge_at(n - 2) < 0) return -1;
      pending[n - 1].power = power;
    }
    return 0;
  }

  int force_collapse() {
    while (n > 1) {
      int i = n - 2;
      if (i > 0 && pending[i - 1].len < pending[i + 1].len) --i;
      if (merge_at(i) < 0) return -1;
    }
    return 0;
  }

  bool run(SortSlice lo, int64_t nremaining) {
    int64_t minrun = compute_minrun(nremaining);
    do {
      bool descending;
      int64_t r = count_run(lo.keys, lo.keys + nremaining, &descending);
      if (r < 0) return false;
      if (descending) {
        reverse_slice(lo.keys, lo.keys + r);
        if (lo.values) reverse_slice(lo.values, lo.values + r);
      }
      if (r < minrun) {
        const int64_t force = nremaining <= minrun ? nremaining : minrun;
        if (!binarysort(lo, lo.keys + force, lo.keys + r)) return false;
        r = force;
      }
      if (found_new_run(r) < 0) return false;
      pending[n].base = lo;
      pending[n].len = r;
      pending[n].power = 0;
      ++n;
      ss_advance(&lo, r);
      nremaining -= r;
    } while (nremaining);
    return force_collapse() == 0;
  }
};

template <class Lt>
bool do_sort(ThreadState* ts, Lt lt, SortSlice lo, int64_t n, bool has_keys) {
  // MergeState is big (a temp array); keep it off deep recursion paths by heap-allocating.
  auto* ms = new MergeState<Lt>(ts, lt, n, has_keys, lo.keys);
  bool ok = ms->run(lo, n);
  delete ms;
  return ok;
}

KeyKind kind_of(ThreadState* ts, Value v) {
  if (v.is_small_int()) return KeyKind::SmallInt;
  if (!v.is_obj()) return KeyKind::Generic;
  TypeObject* t = v.obj()->type;
  if (t == ts->interp->types.float_) return KeyKind::Float;
  if (t == ts->interp->types.str) return KeyKind::Str;
  return KeyKind::Generic;
}

// The specialised "<" that is valid for every key, or Generic.
KeyKind common_kind(ThreadState* ts, const Value* keys, int64_t n, bool in_tuples) {
  auto first = [&](int64_t i) { return in_tuples ? keys[i].as<TupleObject>()->items[0] : keys[i]; };
  KeyKind k = kind_of(ts, first(0));
  if (k == KeyKind::Generic) return k;
  for (int64_t i = 1; i < n; i++)
    if (kind_of(ts, first(i)) != k) return KeyKind::Generic;
  return k;
}

}  // namespace

bool list_sort(ThreadState* ts, ListObject* self, Value keyfunc, bool reverse) {
  if (keyfunc && keyfunc.is_none()) keyfunc = Value();
  int64_t saved_size = self->size;
  Value* saved_items = self->items;
  int64_t saved_alloc = self->capacity;
  self->size = 0;
  self->items = nullptr;
  self->capacity = -1;  // any mutation during the sort resets it

  Value* keys = nullptr;
  bool ok = true;
  SortSlice lo;
  if (!keyfunc) {
    lo.keys = saved_items;
    lo.values = nullptr;
  } else {
    keys = static_cast<Value*>(mem_alloc(size_t(saved_size ? saved_size : 1) * sizeof(Value)));
    if (!keys) {
      raise_no_memory(ts);
      ok = false;
    } else {
      for (int64_t i = 0; i < saved_size; i++) {
        keys[i] = call1(ts, keyfunc, saved_items[i]);
        if (!keys[i]) {
          for (int64_t j = 0; j < i; j++) decref(keys[j]);
          mem_free(keys);
          keys = nullptr;
          ok = false;
          break;
        }
      }
    }
    lo.keys = keys;
    lo.values = saved_items;
  }

  if (ok && saved_size > 1) {
    if (reverse) {
      if (keys) reverse_slice(keys, keys + saved_size);
      reverse_slice(saved_items, saved_items + saved_size);
    }
    TypeObject* tuple_t = ts->interp->types.tuple;
    bool in_tuples = true;
    for (int64_t i = 0; i < saved_size; i++) {
      Value k = lo.keys[i];
      if (!(k.is_obj() && k.obj()->type == tuple_t && k.as<TupleObject>()->size > 0)) { in_tuples = false; break; }
    }
    bool has_keys = keys != nullptr;
    if (in_tuples) {
      KeyKind first = common_kind(ts, lo.keys, saved_size, true);
      ok = do_sort(ts, LtTuple{ts, first}, lo, saved_size, has_keys);
    } else {
      switch (common_kind(ts, lo.keys, saved_size, false)) {
        case KeyKind::SmallInt: ok = do_sort(ts, LtSmallInt{}, lo, saved_size, has_keys); break;
        case KeyKind::Float: ok = do_sort(ts, LtFloat{}, lo, saved_size, has_keys); break;
        case KeyKind::Str: ok = do_sort(ts, LtStr{}, lo, saved_size, has_keys); break;
        case KeyKind::Generic: ok = do_sort(ts, LtGeneric{ts}, lo, saved_size, has_keys); break;
      }
    }
    if (reverse) {
      // Undo the initial reversal (stable reverse sort) — also after an error, like CPython.
      reverse_slice(saved_items, saved_items + saved_size);
    }
  }
  if (keys) {
    for (int64_t i = 0; i < saved_size; i++) decref(keys[i]);
    mem_free(keys);
  }
  if (ok && self->capacity != -1) {
    raise(ts, Exc::ValueError, "list modified during sort");
    ok = false;
  }
  Value* final_items = self->items;
  int64_t final_size = self->size;
  self->size = saved_size;
  self->items = saved_items;
  self->capacity = saved_alloc;
  if (final_items) {
    for (int64_t i = final_size; i-- > 0;) decref(final_items[i]);
    mem_free(final_items);
  }
  return ok;
}

}  // namespace minipy
