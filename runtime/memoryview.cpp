// runtime/memoryview.cpp — a minimal memoryview: one-dimensional, format 'B',
// over a bytes or bytearray object (a window into it). Enough for the common
// uses: indexing, slicing, tobytes/tolist/hex, comparison, iteration, writing
// through to a bytearray, release / context manager.
// Must not: support multi-dimensional buffers or cast() (not implemented).
#include <cstring>

#include "runtime/bytes_internal.h"

namespace minipy {

bool is_memoryview(ThreadState* ts, Value v) { return v.is_obj() && v.obj()->type == ts->interp->types.memoryview; }

std::string_view memoryview_view(MemoryViewObject* m) {
  std::string_view whole;
  Object* o = m->obj.obj();
  if (type_has(o->type, kTypeBytesSubclass)) whole = static_cast<BytesObject*>(o)->view();
  else whole = static_cast<ByteArrayObject*>(o)->view();
  if (m->start >= int64_t(whole.size())) return std::string_view();
  return whole.substr(size_t(m->start), size_t(std::min<int64_t>(m->length, int64_t(whole.size()) - m->start)));
}

namespace {

MemoryViewObject* mv(Value v) { return v.as<MemoryViewObject>(); }

bool check_live(ThreadState* ts, Value self) {
  if (mv(self)->released) {
    raise(ts, Exc::ValueError, "operation forbidden on released memoryview object");
    return false;
  }
  return true;
}

Value make_view(ThreadState* ts, Value obj, int64_t start, int64_t length) {
  MemoryViewObject* m = static_cast<MemoryViewObject*>(alloc_object(ts, ts->interp->types.memoryview));
  if (!m) return Value();
  m->obj = newref(obj);
  m->start = start;
  m->length = length;
  if (is_bytearray(ts, obj)) obj.as<ByteArrayObject>()->exports++;
  return Value::from_obj(m);
}

void release(MemoryViewObject* m) {
  if (m->released) return;
  m->released = true;
  Object* o = m->obj.obj();
  if (!type_has(o->type, kTypeBytesSubclass)) static_cast<ByteArrayObject*>(o)->exports--;
}

void mv_dealloc(Object* o) {
  MemoryViewObject* m = static_cast<MemoryViewObject*>(o);
  release(m);
  decref(m->obj);
  free_object(o);
}

Value mv_new(ThreadState* ts, TypeObject*, const Value* args, size_t nargs, TupleObject* kwnames) {
  static constexpr const char* kNames[] = {"object"};
  Value a[1] = {};
  if (!parse_args(ts, "memoryview", args, nargs, kwnames, kNames, 1, 0, 1, 1, a)) return Value();
  Value obj = a[0];
  if (is_memoryview(ts, obj)) {
    if (!check_live(ts, obj)) return Value();
    return make_view(ts, mv(obj)->obj, mv(obj)->start, mv(obj)->length);
  }
  if (!bytes_is_buffer(ts, obj))
    return raisef(ts, Exc::TypeError, "memoryview: a bytes-like object is required, not '%s'", type_name(ts, obj));
  std::string_view v;
  bytes_like_view(ts, obj, &v);
  return make_view(ts, obj, 0, int64_t(v.size()));
}

Value mv_repr(ThreadState* ts, Value self) {
  return str_new(ts, strf(mv(self)->released ? "<released memory at %p>" : "<memory at %p>",
                          static_cast<void*>(self.obj())));
}

bool mv_len(ThreadState* ts, Value self, int64_t* out) {
  if (!check_live(ts, self)) return false;
  *out = int64_t(memoryview_view(mv(self)).size());
  return true;
}

bool mv_hash(ThreadState* ts, Value self, int64_t* out) {
  if (!check_live(ts, self)) return false;
  if (!type_has(mv(self)->obj.obj()->type, kTypeBytesSubclass)) {
    raise(ts, Exc::ValueError, "cannot hash writable memoryview object");
    return false;
  }
  *out = hash_bytes(memoryview_view(mv(self)));
  return true;
}

Value mv_richcompare(ThreadState* ts, Value a, Value b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Value::not_implemented();
  if (!bytes_is_buffer(ts, a) || !bytes_is_buffer(ts, b)) return Value::not_implemented();
  if ((is_memoryview(ts, a) && mv(a)->released) || (is_memoryview(ts, b) && mv(b)->released))
    return Value::boolean((a == b) == (op == CmpOp::Eq));
  std::string_view x, y;
  bytes_like_view(ts, a, &x);
  bytes_like_view(ts, b, &y);
  return compare_views(x, y, op);
}

Value mv_getitem(ThreadState* ts, Value self, Value key) {
  if (!check_live(ts, self)) return Value();
  MemoryViewObject* m = mv(self);
  std::string_view v = memoryview_view(m);
  int64_t n = int64_t(v.size());
  if (key.is_obj() && key.obj()->type == ts->interp->types.slice) {
    int64_t start, stop, step, len;
    if (!slice_indices(ts, key.as<SliceObject>(), n, &start, &stop, &step, &len)) return Value();
    if (len < 0) len = 0;
    if (step == 1) return make_view(ts, m->obj, m->start + start, len);
    std::string copy(size_t(len), '\0');
    for (int64_t k = 0, j = start; k < len; ++k, j += step) copy[size_t(k)] = v[size_t(j)];
    Ref b(bytes_new(ts, copy));
    if (!b) return Value();
    return make_view(ts, b.get(), 0, len);
  }
  if (!(key.is_small_int() || is_int(ts, key) || type_of(ts, key)->slots.index))
    return raise(ts, Exc::TypeError, "memoryview: invalid slice key");
  int64_t i;
  if (!index_i64(ts, key, &i)) return Value();
  if (i < 0) i += n;
  if (i < 0 || i >= n) return raise(ts, Exc::IndexError, "index out of bounds on dimension 1");
  return Value::small_int(uint8_t(v[size_t(i)]));
}

bool mv_setitem(ThreadState* ts, Value self, Value key, Value value) {
  if (!check_live(ts, self)) return false;
  MemoryViewObject* m = mv(self);
  if (type_has(m->obj.obj()->type, kTypeBytesSubclass)) {
    raise(ts, Exc::TypeError, "cannot modify read-only memory");
    return false;
  }
  if (!value) {
    raise(ts, Exc::TypeError, "cannot delete memory");
    return false;
  }
  ByteArrayObject* ba = m->obj.as<ByteArrayObject>();
  int64_t n = int64_t(memoryview_view(m).size());
  if (key.is_obj() && key.obj()->type == ts->interp->types.slice) {
    int64_t start, stop, step, len;
    if (!slice_indices(ts, key.as<SliceObject>(), n, &start, &stop, &step, &len)) return false;
    std::string_view src;
    if (!bytes_like_view(ts, value, &src)) return false;
    if (int64_t(src.size()) != std::max<int64_t>(len, 0)) {
      raise(ts, Exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return false;
    }
    std::string copy(src);
    for (int64_t k = 0, j = start; k < len; ++k, j += step) ba->data[m->start + j] = copy[size_t(k)];
    return true;
  }
  int64_t i;
  if (!index_i64(ts, key, &i)) return false;
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise(ts, Exc::IndexError, "index out of bounds on dimension 1");
    return false;
  }
  uint8_t b;
  if (!byte_value(ts, value, &b)) return false;
  ba->data[m->start + i] = char(b);
  return true;
}

Value mv_iter(ThreadState* ts, Value self) {
  if (!check_live(ts, self)) return Value();
  // Iterate a snapshot of the bytes (a bytes iterator over a copy).
  Ref b(bytes_new(ts, memoryview_view(mv(self))));
  if (!b) return Value();
  return get_iter(ts, b.get());
}

// ---- methods
bool no_args(ThreadState* ts, const char* name, size_t nargs, TupleObject* kw) {
  return no_kwargs(ts, name, kw) && check_nargs(ts, name, nargs, 0, 0);
}
Value m_tobytes(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_args(ts, "tobytes", nargs, kw) || !check_live(ts, self)) return Value();
  return bytes_new(ts, memoryview_view(mv(self)));
}
Value m_tolist(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_args(ts, "tolist", nargs, kw) || !check_live(ts, self)) return Value();
  std::string_view v = memoryview_view(mv(self));
  ListObject* l = list_new(ts, int64_t(v.size()));
  if (!l) return Value();
  for (size_t i = 0; i < v.size(); ++i) l->items[i] = Value::small_int(uint8_t(v[i]));
  return Value::from_obj(l);
}
Value m_hex(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_live(ts, self)) return Value();
  Ref b(bytes_new(ts, memoryview_view(mv(self))));
  if (!b) return Value();
  StrObject* name = intern(ts, "hex");
  return call_method(ts, b.get(), name, args, nargs, kw);
}
Value m_release(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_args(ts, "release", nargs, kw)) return Value();
  release(mv(self));
  return Value::none();
}
Value m_enter(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!check_live(ts, self)) return Value();
  return newref(self);
}
Value m_exit(ThreadState*, Value self, const Value*, size_t, TupleObject*) {
  release(mv(self));
  return Value::none();
}

const MethodDef mv_methods[] = {
    {"tobytes", m_tobytes},
    {"tolist", m_tolist},
    {"hex", m_hex},
    {"release", m_release},
    {"__enter__", m_enter},
    {"__exit__", m_exit},
    {nullptr, nullptr},
};

Value g_obj(ThreadState* ts, Value self) {
  if (!check_live(ts, self)) return Value();
  return newref(mv(self)->obj);
}
Value g_nbytes(ThreadState* ts, Value self) {
  if (!check_live(ts, self)) return Value();
  return Value::small_int(int64_t(memoryview_view(mv(self)).size()));
}
Value g_readonly(ThreadState* ts, Value self) {
  if (!check_live(ts, self)) return Value();
  return Value::boolean(type_has(mv(self)->obj.obj()->type, kTypeBytesSubclass));
}
Value g_itemsize(ThreadState*, Value) { return Value::small_int(1); }
Value g_ndim(ThreadState*, Value) { return Value::small_int(1); }
Value g_format(ThreadState* ts, Value) { return str_new(ts, "B"); }
Value g_shape(ThreadState* ts, Value self) {
  if (!check_live(ts, self)) return Value();
  return tuple_pack(ts, {Value::small_int(int64_t(memoryview_view(mv(self)).size()))});
}
Value g_strides(ThreadState* ts, Value) { return tuple_pack(ts, {Value::small_int(1)}); }
Value g_released(ThreadState*, Value self) { return Value::boolean(mv(self)->released); }

const GetSetDef mv_getsets[] = {
    {"obj", g_obj},
    {"nbytes", g_nbytes},
    {"readonly", g_readonly},
    {"itemsize", g_itemsize},
    {"ndim", g_ndim},
    {"format", g_format},
    {"shape", g_shape},
    {"strides", g_strides},
    {"released", g_released},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec memoryview_type_spec = {
    .name = "memoryview",
    .basicsize = sizeof(MemoryViewObject),
    .flags = 0,
    .slots = {
        .dealloc = mv_dealloc,
        .repr = mv_repr,
        .hash = mv_hash,
        .richcompare = mv_richcompare,
        .iter = mv_iter,
        .new_ = mv_new,
        .len = mv_len,
        .getitem = mv_getitem,
        .setitem = mv_setitem,
    },
    .methods = mv_methods,
    .getsets = mv_getsets,
    .doc = "Create a new memoryview object which references the given object.",
};

}  // namespace minipy
