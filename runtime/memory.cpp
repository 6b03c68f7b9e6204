// runtime/memory.cpp — allocation of objects and object-owned buffers, and the
// dealloc dispatch when a reference count reaches zero.
//
// Objects of kTypeHasGC types are preceded by a GcHead linking them into the
// interpreter's list of container objects (the cycle collector, gc.cpp, walks it).
// Memory comes from the interpreter's small-block allocator (obmalloc.h):
// objects from the interpreter alloc_object is given, buffers from the
// interpreter of the calling thread; every block goes back to the allocator
// that produced it, so frees need no ThreadState.
// Must not: know any concrete type.
#include <cstdlib>
#include <cstring>

#include "runtime/gc.h"
#include "runtime/obmalloc.h"
#include "runtime/runtime.h"
#include "runtime/weakrefobject.h"

namespace minipy {

namespace {
inline size_t gc_head_size() { return sizeof(GcHead); }

// Plain malloc for every block (valgrind users): -X malloc (or -X malloc=malloc),
// else MINIPYMALLOC / PYTHONMALLOC set to malloc or malloc_debug. -X malloc=pymalloc
// (or =pools) forces the pools whatever the environment says.
bool bypass_requested(const Interpreter* interp) {
  for (const std::string& x : interp->config.xoptions) {
    if (x == "malloc" || x == "malloc=malloc") return true;
    if (x == "malloc=pymalloc" || x == "malloc=pools") return false;
  }
  const char* e = std::getenv("MINIPYMALLOC");
  if (!e || !*e) e = std::getenv("PYTHONMALLOC");
  return e && (std::strcmp(e, "malloc") == 0 || std::strcmp(e, "malloc_debug") == 0);
}

// The interpreter's allocator, created on first use (the first object of
// interpreter_create). Null only if that creation failed: callers then use
// unaccounted malloc'd blocks.
__attribute__((noinline)) ObmallocState* allocator_create(Interpreter* interp) {
  interp->obmalloc = obmalloc_create(bypass_requested(interp));
  return interp->obmalloc;
}
inline ObmallocState* allocator_of(Interpreter* interp) {
  ObmallocState* a = interp->obmalloc;
  if (__builtin_expect(a != nullptr, 1)) return a;
  return allocator_create(interp);
}
}  // namespace

Object* alloc_object(ThreadState* ts, TypeObject* type, size_t extra) {
  size_t size = type->basicsize + extra;
  bool gc = type_has(type, kTypeHasGC);
  // Subclasses of variable-size built-ins keep the __dict__ pointer in front (objects.h).
  size_t front = type->dictoffset == kDictBeforeHeader ? sizeof(DictObject*) : 0;
  size_t total = size + (gc ? gc_head_size() : 0) + front;
  ObmallocState* a = allocator_of(ts->interp);
  char* mem = static_cast<char*>(a ? obmalloc_calloc(a, total) : obmalloc_alloc_slow(nullptr, total, true));
  if (!mem) {
    if (a && a->limit && !a->overdraft) {
      // Over the memory cap: the MemoryError (and the traceback entries it
      // gathers) may still be made, past the cap, or none could be raised.
      TypeObject* me = ts->interp->exc_types[size_t(Exc::MemoryError)];
      if ((me && is_subtype(type, me)) || type == ts->interp->types.traceback) {
        a->overdraft = true;
        mem = static_cast<char*>(obmalloc_calloc(a, total));
        a->overdraft = false;
      }
    }
    if (!mem) {
      raise_no_memory(ts);
      return nullptr;
    }
  }
  mem += front;
  Object* o;
  if (gc) {
    auto* head = reinterpret_cast<GcHead*>(mem);
    o = reinterpret_cast<Object*>(mem + gc_head_size());
    gc_track(ts->interp, head);
  } else {
    o = reinterpret_cast<Object*>(mem);
  }
  o->refcnt = 1;
  o->type = type;
  if (type_has(type, kTypeHeapType)) incref(type);
  return o;
}

void free_object(Object* o) {
  TypeObject* type = o->type;
  if (type_has(type, kTypeHasGC)) {
    GcHead* head = gc_head_of(o);
    if (head->next) {
      gc_untrack(head);
      if (ThreadState* ts = current_thread_state()) gc_note_free(ts->interp);
    }
    obmalloc_free(type->dictoffset == kDictBeforeHeader ? reinterpret_cast<char*>(head) - sizeof(DictObject*)
                                                         : reinterpret_cast<char*>(head));
  } else {
    obmalloc_free(o);
  }
  if (type_has(type, kTypeHeapType)) decref(type);
}

void dealloc_object(Object* o) {
  TypeObject* t = o->type;
  // Weak references die (and their callbacks run) before the object's members
  // are released, as in CPython. Instances of classes do it in subtype_dealloc,
  // after __del__.
  constexpr uint32_t kWeakMask = kTypeWeakrefable | kTypeHasGC | kTypeHeapType;
  if ((t->flags & kWeakMask) == (kTypeWeakrefable | kTypeHasGC) && (gc_head_of(o)->flags & kGcHasWeakrefs) &&
      !weakref_dealloc_hook(o))
    return;  // resurrected by a callback
  t->slots.dealloc(o);
}

// Buffers are charged to the interpreter of the calling thread (the GIL
// holder); with no current thread they are plain, unaccounted malloc blocks.
// Under a memory cap, small buffers may use the reserve past it (obmalloc.h):
// not every caller checks them, and the cap is enforced by the objects and
// the large buffers anyway.
__attribute__((noinline)) void* capped_buffer(ObmallocState* a, void* p, size_t n) {
  const bool saved = a->overdraft;
  if (n <= kObmCapSmallBuffer) a->overdraft = true;
  void* r = p ? obmalloc_realloc(nullptr, p, n) : obmalloc_alloc(a, n);
  a->overdraft = saved;
  return r;
}

void* mem_alloc(size_t n) {
  ThreadState* ts = current_thread_state();
  ObmallocState* a = ts ? allocator_of(ts->interp) : nullptr;
  if (!a) return obmalloc_alloc_slow(nullptr, n, false);
  if (__builtin_expect(a->limit != 0, 0)) return capped_buffer(a, nullptr, n);
  return obmalloc_alloc(a, n);
}
void* mem_realloc(void* p, size_t n) {
  if (!p) return mem_alloc(n);
  ObmallocState* a = obmalloc_is_pool_block(p) ? obmalloc_pool_of(p)->owner : obmalloc_owner(p);
  if (a && __builtin_expect(a->limit != 0, 0)) return capped_buffer(a, p, n);
  return obmalloc_realloc(nullptr, p, n);
}
void mem_free(void* p) { obmalloc_free(p); }

}  // namespace minipy
