// runtime/memory.cpp — allocation of objects and object-owned buffers, and the
// dealloc dispatch when a reference count reaches zero.
//
// Objects of kTypeHasGC types are preceded by a GcHead linking them into the
// interpreter's list of container objects (the cycle collector, gc.cpp, walks it).
// Must not: know any concrete type.
#include <cstdlib>
#include <cstring>

#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/weakrefobject.h"

namespace minipy {

namespace {
inline size_t gc_head_size() { return sizeof(GcHead); }
}  // namespace

Object* alloc_object(ThreadState* ts, TypeObject* type, size_t extra) {
  size_t size = type->basicsize + extra;
  bool gc = type_has(type, kTypeHasGC);
  // Subclasses of variable-size built-ins keep the __dict__ pointer in front (objects.h).
  size_t front = type->dictoffset == kDictBeforeHeader ? sizeof(DictObject*) : 0;
  size_t total = size + (gc ? gc_head_size() : 0) + front;
  char* mem = static_cast<char*>(std::calloc(1, total));
  if (!mem) {
    raise_no_memory(ts);
    return nullptr;
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
    std::free(type->dictoffset == kDictBeforeHeader ? reinterpret_cast<char*>(head) - sizeof(DictObject*)
                                                     : reinterpret_cast<char*>(head));
  } else {
    std::free(o);
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

void* mem_alloc(size_t n) { return std::malloc(n ? n : 1); }
void* mem_realloc(void* p, size_t n) { return std::realloc(p, n ? n : 1); }
void mem_free(void* p) { std::free(p); }

}  // namespace minipy
