// stdlib/_io_bytesio.cpp — _io.BytesIO: an in-memory binary stream with
// CPython 3.11's semantics (overseek padding, getbuffer() exports that forbid
// resizing, pickling state, subclassing).
//
// The data lives either in an exact `bytes` shared with the caller (after
// BytesIO(b) or getvalue(): no copy until the next change, like CPython's
// shared buffer) or in a private bytearray whose size is the stream's size;
// getbuffer() hands out a memoryview of that bytearray, whose export count
// is what refuses resizing ("Existing exports of data...").
// Must not: let a shared bytes object be modified.
#include <cstring>

#include "runtime/bytes_internal.h"
#include "stdlib/_io_internal.h"
#include "stdlib/modutil.h"

namespace minipy {

namespace {

struct BytesIOObject : IOBaseObject {
  Value buf;     // null when closed; exact bytes (shared, immutable) or a bytearray (owned)
  int64_t pos;   // may be past the end (overseek)
};

BytesIOObject* BI(Value v) { return v.as<BytesIOObject>(); }

bool shared(const BytesIOObject* b) { return type_has(b->buf.obj()->type, kTypeBytesSubclass); }

std::string_view data_of(const BytesIOObject* b) {
  if (shared(b)) return b->buf.as<BytesObject>()->view();
  return b->buf.as<ByteArrayObject>()->view();
}

int64_t size_of(const BytesIOObject* b) { return int64_t(data_of(b).size()); }

int64_t exports_of(const BytesIOObject* b) {
  return b->buf && !shared(b) ? b->buf.as<ByteArrayObject>()->exports : 0;
}

bool check_closed(ThreadState* ts, BytesIOObject* b) {
  if (!b->buf) {
    raise(ts, Exc::ValueError, "I/O operation on closed file.");
    return false;
  }
  return true;
}

bool check_exports(ThreadState* ts, BytesIOObject* b) {
  if (exports_of(b) > 0) {
    raise(ts, Exc::BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

// Make the data a private bytearray (copying a shared bytes object).
ByteArrayObject* unshare(ThreadState* ts, BytesIOObject* b) {
  if (!shared(b)) return b->buf.as<ByteArrayObject>();
  Value ba = bytearray_new(ts, data_of(b));
  if (!ba) return nullptr;
  decref(b->buf);
  b->buf = ba;
  return ba.as<ByteArrayObject>();
}

// write_bytes: the caller checked closed/exports.
bool put_bytes(ThreadState* ts, BytesIOObject* b, std::string_view data) {
  if (data.empty()) return true;
  int64_t n = int64_t(data.size());
  std::string copy;
  if (!shared(b)) {
    // The data may be a view of our own buffer, which may move when it grows.
    ByteArrayObject* a = b->buf.as<ByteArrayObject>();
    if (data.data() >= a->data && data.data() < a->data + a->capacity) {
      copy.assign(data);
      data = copy;
    }
  }
  ByteArrayObject* a = unshare(ts, b);
  if (!a) return false;
  int64_t end = b->pos + n;
  if (end > a->size) {
    if (!bytearray_reserve(ts, a, end)) return false;
    if (b->pos > a->size) memset(a->data + a->size, 0, size_t(b->pos - a->size));
    a->size = end;
    a->data[end] = 0;
  }
  memcpy(a->data + b->pos, data.data(), size_t(n));
  b->pos = end;
  return true;
}

bool bytes_arg(ThreadState* ts, Value v, std::string_view* out) {
  if (is_str(ts, v) || !read_buffer(ts, v, out)) {
    if (!is_str(ts, v) && buffer_export_error(ts, v)) return false;
    err_clear(ts);
    raisef(ts, Exc::TypeError, "a bytes-like object is required, not '%s'", type_name(ts, v));
    return false;
  }
  return true;
}

Value write_impl(ThreadState* ts, BytesIOObject* b, Value v) {
  if (!check_closed(ts, b) || !check_exports(ts, b)) return Value();
  std::string_view data;
  if (!bytes_arg(ts, v, &data)) return Value();
  if (!put_bytes(ts, b, data)) return Value();
  return Value::small_int(int64_t(data.size()));
}

// Read n bytes at pos (n already clamped); shares the whole buffer when it can.
Value read_bytes(ThreadState* ts, BytesIOObject* b, int64_t n) {
  if (n <= 0) return bytes_new(ts, std::string_view());
  std::string_view d = data_of(b);
  Value r;
  if (b->pos == 0 && n == int64_t(d.size()) && shared(b) && b->buf.obj()->type == ts->interp->types.bytes)
    r = newref(b->buf);
  else
    r = bytes_new(ts, d.substr(size_t(b->pos), size_t(n)));
  if (r) b->pos += n;
  return r;
}

// Length of the line at pos (through '\n'), at most `limit` bytes when limit >= 0.
int64_t scan_eol(const BytesIOObject* b, int64_t limit) {
  std::string_view d = data_of(b);
  int64_t avail = int64_t(d.size()) - b->pos;
  if (avail <= 0) return 0;
  if (limit >= 0 && limit < avail) avail = limit;
  const char* start = d.data() + b->pos;
  const void* nl = memchr(start, '\n', size_t(avail));
  return nl ? static_cast<const char*>(nl) - start + 1 : avail;
}

// ---------------------------------------------------------------- construction

Value bytesio_new(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* b = static_cast<BytesIOObject*>(o);
  b->buf = bytes_new(ts, std::string_view());
  if (!b->buf) {
    decref(o);
    return Value();
  }
  return Value::from_obj(o);
}

void bytesio_dealloc(Object* o) {
  auto* b = static_cast<BytesIOObject*>(o);
  Value buf = b->buf;
  b->buf = Value();
  decref(buf);
  iobase_drop_dict(b);
  free_object(o);
}
void bytesio_traverse(Object* o, VisitFn visit, void* arg) {
  iobase_visit_dict(static_cast<IOBaseObject*>(o), visit, arg);
}
void bytesio_clear(Object* o) { iobase_drop_dict(static_cast<IOBaseObject*>(o)); }

bool reset(ThreadState* ts, BytesIOObject* b) {
  Value empty = bytes_new(ts, std::string_view());
  if (!empty) return false;
  Value old = b->buf;
  b->buf = empty;
  decref(old);
  b->pos = 0;
  return true;
}

bool bytesio_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"initial_bytes"};
  Value a[1] = {};
  if (!parse_args(ts, "BytesIO", args, nargs, kw, kNames, 1, 0, 1, 0, a)) return false;
  BytesIOObject* b = BI(self);
  b->pos = 0;
  if (exports_of(b) > 0) {
    // CPython empties the stream before it finds the exports.
    b->buf.as<ByteArrayObject>()->size = 0;
    raise(ts, Exc::BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  if (!reset(ts, b)) return false;
  Value init = a[0];
  if (!init || init.is_none()) return true;
  if (init.is_obj() && init.obj()->type == ts->interp->types.bytes) {
    decref(b->buf);
    b->buf = newref(init);
    return true;
  }
  Ref r(write_impl(ts, b, init));
  if (!r) return false;
  b->pos = 0;
  return true;
}

// ---------------------------------------------------------------- methods

#define METH(name) \
  Value name(ThreadState* ts, Value self, [[maybe_unused]] const Value* args, [[maybe_unused]] size_t nargs, \
             [[maybe_unused]] TupleObject* kw)
#define ARGS(fname, lo, hi) \
  if ((kw || size_t(nargs - (lo)) > size_t((hi) - (lo))) && !io_check_args(ts, "BytesIO." fname, nargs, kw, lo, hi)) return Value()

METH(b_getvalue) {
  ARGS("getvalue", 0, 0);
  BytesIOObject* b = BI(self);
  if (!check_closed(ts, b)) return Value();
  if (shared(b)) {
    if (b->buf.obj()->type == ts->interp->types.bytes) return newref(b->buf);
    return bytes_new(ts, data_of(b));
  }
  Value r = bytes_new(ts, data_of(b));
  if (!r) return Value();
  if (exports_of(b) == 0 && size_of(b) > 1) {
    // Share the result until the next change (repeated getvalue() costs nothing).
    decref(b->buf);
    b->buf = newref(r);
  }
  return r;
}

METH(b_getbuffer) {
  ARGS("getbuffer", 0, 0);
  BytesIOObject* b = BI(self);
  if (!check_closed(ts, b)) return Value();
  if (!unshare(ts, b)) return Value();
  Value v = b->buf;
  return call(ts, Value::from_obj(ts->interp->types.memoryview), &v, 1);
}

METH(b_read) {
  ARGS("read", 0, 1);
  BytesIOObject* b = BI(self);
  int64_t size = -1;
  if (nargs && !io_optional_size(ts, args[0], &size)) return Value();
  if (!check_closed(ts, b)) return Value();
  int64_t n = size_of(b) - b->pos;
  if (size < 0 || size > n) size = n < 0 ? 0 : n;
  return read_bytes(ts, b, size);
}

METH(b_readline) {
  ARGS("readline", 0, 1);
  BytesIOObject* b = BI(self);
  int64_t size = -1;
  if (nargs && !io_optional_size(ts, args[0], &size)) return Value();
  if (!check_closed(ts, b)) return Value();
  return read_bytes(ts, b, scan_eol(b, size));
}

METH(b_readlines) {
  ARGS("readlines", 0, 1);
  BytesIOObject* b = BI(self);
  int64_t hint = -1;
  if (nargs && !args[0].is_none()) {
    if (!is_int(ts, args[0]) && !type_of(ts, args[0])->slots.index)
      return raisef(ts, Exc::TypeError, "integer argument expected, got '%s'", type_name(ts, args[0]));
    if (!index_i64(ts, args[0], &hint)) return Value();
  }
  if (!check_closed(ts, b)) return Value();
  Ref result(Value::from_obj(list_new(ts, 0)));
  if (!result) return Value();
  int64_t total = 0;
  while (int64_t n = scan_eol(b, -1)) {
    Ref line(bytes_new(ts, data_of(b).substr(size_t(b->pos), size_t(n))));
    if (!line || !list_append(ts, result.as<ListObject>(), line.get())) return Value();
    b->pos += n;
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return result.release();
}

METH(b_readinto) {
  ARGS("readinto", 1, 1);
  BytesIOObject* b = BI(self);
  char* dst;
  int64_t len;
  if (!write_buffer(ts, args[0], &dst, &len)) {
    if (err_matches(ts, Exc::TypeError)) {
      err_clear(ts);
      return raisef(ts, Exc::TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                    type_name(ts, args[0]));
    }
    return Value();
  }
  if (!check_closed(ts, b)) return Value();
  int64_t n = size_of(b) - b->pos;
  if (n < 0) n = 0;
  if (len > n) len = n;
  if (len > 0) memcpy(dst, data_of(b).data() + b->pos, size_t(len));
  b->pos += len;
  return Value::small_int(len);
}

METH(b_write) {
  ARGS("write", 1, 1);
  return write_impl(ts, BI(self), args[0]);
}

METH(b_writelines) {
  ARGS("writelines", 1, 1);
  BytesIOObject* b = BI(self);
  if (!check_closed(ts, b)) return Value();
  Ref it(get_iter(ts, args[0]));
  if (!it) return Value();
  while (true) {
    Ref item(iter_next(ts, it.get()));
    if (!item) {
      if (err_occurred(ts)) return Value();
      return Value::none();
    }
    Ref r(write_impl(ts, b, item.get()));
    if (!r) return Value();
  }
}

METH(b_tell) {
  ARGS("tell", 0, 0);
  if (!check_closed(ts, BI(self))) return Value();
  return Value::small_int(BI(self)->pos);
}

METH(b_seek) {
  ARGS("seek", 1, 2);
  BytesIOObject* b = BI(self);
  int64_t pos, whence = 0;
  if (!index_i64(ts, args[0], &pos)) return Value();
  if (nargs > 1 && !index_i64(ts, args[1], &whence)) return Value();
  if (!check_closed(ts, b)) return Value();
  if (pos < 0 && whence == 0) return raisef(ts, Exc::ValueError, "negative seek value %lld", (long long)pos);
  if (whence == 1) {
    pos += b->pos;
  } else if (whence == 2) {
    pos += size_of(b);
  } else if (whence != 0) {
    return raisef(ts, Exc::ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  }
  if (pos < 0) pos = 0;
  b->pos = pos;
  return Value::small_int(pos);
}

METH(b_truncate) {
  ARGS("truncate", 0, 1);
  BytesIOObject* b = BI(self);
  if (!check_closed(ts, b)) return Value();
  int64_t size = b->pos;
  if (nargs && !args[0].is_none()) {
    if (!is_int(ts, args[0]) && !type_of(ts, args[0])->slots.index)
      return raisef(ts, Exc::TypeError, "argument should be integer or None, not '%s'", type_name(ts, args[0]));
    if (!index_i64(ts, args[0], &size)) return Value();
  }
  if (!check_exports(ts, b)) return Value();
  if (size < 0) return raisef(ts, Exc::ValueError, "negative size value %lld", (long long)size);
  if (size < size_of(b)) {
    ByteArrayObject* a = unshare(ts, b);
    if (!a) return Value();
    a->size = size;
    a->data[size] = 0;
  }
  return Value::small_int(size);
}

#define ABILITY(fn, name, result)                  \
  METH(fn) {                                        \
    ARGS(name, 0, 0);                               \
    if (!check_closed(ts, BI(self))) return Value(); \
    return result;                                  \
  }
ABILITY(b_readable, "readable", Value::True())
ABILITY(b_writable, "writable", Value::True())
ABILITY(b_seekable, "seekable", Value::True())
ABILITY(b_isatty, "isatty", Value::False())
METH(b_flush) {
  ARGS("flush", 0, 0);
  if (!check_closed(ts, BI(self))) return Value();
  return Value::none();
}

METH(b_close) {
  ARGS("close", 0, 0);
  BytesIOObject* b = BI(self);
  if (!check_exports(ts, b)) return Value();
  Value buf = b->buf;
  b->buf = Value();
  decref(buf);
  return Value::none();
}

const char* tp_name(Value self) {
  TypeObject* t = self.obj()->type;
  if (t->spec) return t->spec->name;
  return t->name->data;
}

METH(b_getstate) {
  ARGS("__getstate__", 0, 0);
  BytesIOObject* b = BI(self);
  Ref value(b_getvalue(ts, self, nullptr, 0, nullptr));
  if (!value) return Value();
  Ref dict;
  if (b->dict) {
    dict = Ref(Value::from_obj(dict_copy(ts, b->dict)));
    if (!dict) return Value();
  } else {
    dict = Ref(Value::none());
  }
  return tuple_pack(ts, {value.get(), Value::small_int(b->pos), dict.get()});
}

METH(b_setstate) {
  ARGS("__setstate__", 1, 1);
  BytesIOObject* b = BI(self);
  Value state = args[0];
  if (!is_tuple(ts, state) || tuple_size(state) < 3)
    return raisef(ts, Exc::TypeError, "%s.__setstate__ argument should be 3-tuple, got %s", tp_name(self),
                  type_name(ts, state));
  if (!check_exports(ts, b)) return Value();
  if (!reset(ts, b)) return Value();
  Ref r(write_impl(ts, b, tuple_item(state, 0)));
  if (!r) return Value();
  Value p = tuple_item(state, 1);
  if (!is_int(ts, p))
    return raisef(ts, Exc::TypeError, "second item of state must be an integer, not %s", type_name(ts, p));
  int64_t pos;
  if (!int_as_i64(ts, p, &pos)) return Value();
  if (pos < 0) return raise(ts, Exc::ValueError, "position value cannot be negative");
  b->pos = pos;
  Value d = tuple_item(state, 2);
  if (!d.is_none()) {
    if (!is_dict(ts, d))
      return raisef(ts, Exc::TypeError, "third item of state should be a dict, got a %s", type_name(ts, d));
    if (b->dict) {
      if (!dict_update(ts, b->dict, d)) return Value();
    } else {
      b->dict = d.as<DictObject>();
      incref(d);
    }
  }
  return Value::none();
}

METH(b_sizeof) {
  BytesIOObject* b = BI(self);
  int64_t n = int64_t(sizeof(BytesIOObject));
  if (b->buf && !shared(b)) n += b->buf.as<ByteArrayObject>()->capacity;
  else if (b->buf) n += size_of(b) + 1;
  return Value::small_int(n);
}

Value g_closed(ThreadState*, Value self) { return Value::boolean(!BI(self)->buf); }

// CPython's BytesIO iterates itself without the closed check of _IOBase.__iter__,
// and its __next__ never calls a subclass's readline.
Value bytesio_iter(ThreadState*, Value self) { return newref(self); }

Value bytesio_iternext(ThreadState* ts, Value self) {
  BytesIOObject* b = BI(self);
  if (!check_closed(ts, b)) return Value();
  int64_t n = scan_eol(b, -1);
  if (n == 0) return Value();
  return read_bytes(ts, b, n);
}

const MethodDef kBytesIOMethods[] = {
    {"readable", b_readable},
    {"seekable", b_seekable},
    {"writable", b_writable},
    {"close", b_close},
    {"flush", b_flush},
    {"isatty", b_isatty},
    {"tell", b_tell},
    {"write", b_write},
    {"writelines", b_writelines},
    {"read1", b_read},
    {"readinto", b_readinto},
    {"readline", b_readline},
    {"readlines", b_readlines},
    {"read", b_read},
    {"getbuffer", b_getbuffer},
    {"getvalue", b_getvalue},
    {"seek", b_seek},
    {"truncate", b_truncate},
    {"__getstate__", b_getstate},
    {"__setstate__", b_setstate},
    {"__sizeof__", b_sizeof},
    {nullptr, nullptr},
};

const GetSetDef kBytesIOGetSets[] = {
    {"closed", g_closed, nullptr, "True if the file is closed."},
    {nullptr, nullptr},
};

}  // namespace

bool bytesio_write_value(ThreadState* ts, Value self, Value b) {
  Ref r(write_impl(ts, BI(self), b));
  return bool(r);
}

const TypeSpec bytesio_type_spec = {
    .name = "_io.BytesIO",
    .basicsize = sizeof(BytesIOObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = bytesio_dealloc, .traverse = bytesio_traverse, .clear = bytesio_clear,
              .iter = bytesio_iter, .iternext = bytesio_iternext, .new_ = bytesio_new, .init = bytesio_init},
    .methods = kBytesIOMethods,
    .getsets = kBytesIOGetSets,
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
};

}  // namespace minipy
