// stdlib/_io_module.cpp — the native `_io` module: the abstract stream types
// _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase with CPython 3.11's
// default method implementations (what Python subclasses of io.IOBase & co.
// inherit: context manager, iteration, readline over read/peek, readlines,
// writelines, close-on-finalise...), and the module table that also exports
// StringIO and BytesIO (_io_stringio.cpp, _io_bytesio.cpp).
// stdlib/io.py builds the public io module on top (ABCs, file type names).
// Must not: keep per-process state; the file objects of open() are
// runtime/fileio.cpp's.
#include <cstring>

#include "stdlib/_io_internal.h"
#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

// ---------------------------------------------------------------- shared helpers

void iobase_drop_dict(IOBaseObject* o) {
  DictObject* d = o->dict;
  o->dict = nullptr;
  if (d) decref(d);
}

void iobase_visit_dict(IOBaseObject* o, VisitFn visit, void* arg) {
  if (o->dict) visit(o->dict, arg);
}

Value iobase_get_dict(ThreadState* ts, Value self) {
  IOBaseObject* o = self.as<IOBaseObject>();
  if (!o->dict) {
    o->dict = dict_new(ts);
    if (!o->dict) return Value();
  }
  return newref(Value::from_obj(o->dict));
}

bool iobase_set_dict(ThreadState* ts, Value self, Value v) {
  if (!v) return raise(ts, Exc::TypeError, "__dict__ may not be deleted"), false;
  if (!is_dict(ts, v))
    return raisef(ts, Exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(ts, v)), false;
  IOBaseObject* o = self.as<IOBaseObject>();
  DictObject* old = o->dict;
  o->dict = v.as<DictObject>();
  incref(v);
  if (old) decref(old);
  return true;
}

bool io_optional_size(ThreadState* ts, Value v, int64_t* out) {
  if (!v || v.is_none()) return true;
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return true;
  }
  if (!type_of(ts, v)->slots.index && !is_int(ts, v)) {
    raisef(ts, Exc::TypeError, "argument should be integer or None, not '%s'", type_name(ts, v));
    return false;
  }
  return index_i64(ts, v, out);
}

bool io_check_args(ThreadState* ts, const char* qualname, size_t nargs, TupleObject* kw, size_t lo, size_t hi) {
  if (kw && kw->size) {
    raisef(ts, Exc::TypeError, "%s() takes no keyword arguments", qualname);
    return false;
  }
  if (nargs >= lo && nargs <= hi) return true;
  if (hi == 0) {
    raisef(ts, Exc::TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
  } else if (lo == 1 && hi == 1) {
    raisef(ts, Exc::TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
  } else {
    const char* dot = std::strrchr(qualname, '.');
    check_nargs(ts, dot ? dot + 1 : qualname, nargs, lo, hi);
  }
  return false;
}

bool io_check_closed(ThreadState* ts, Value self) {
  Ref c(getattr(ts, self, intern(ts, "closed")));
  if (!c) return false;
  int t = truthy(ts, c.get());
  if (t < 0) return false;
  if (t) {
    raise(ts, Exc::ValueError, "I/O operation on closed file.");
    return false;
  }
  return true;
}

Value iobase_readlines(ThreadState* ts, Value self, int64_t hint) {
  Ref result(Value::from_obj(list_new(ts, 0)));
  if (!result) return Value();
  if (hint <= 0) {
    if (!list_extend(ts, result.as<ListObject>(), self)) return Value();
    return result.release();
  }
  Ref it(get_iter(ts, self));
  if (!it) return Value();
  int64_t total = 0;
  while (true) {
    Ref line(iter_next(ts, it.get()));
    if (!line) {
      if (err_occurred(ts)) return Value();
      break;
    }
    if (!list_append(ts, result.as<ListObject>(), line.get())) return Value();
    int64_t n;
    if (!length(ts, line.get(), &n)) return Value();
    if (n > hint - total) break;
    total += n;
  }
  return result.release();
}

namespace {

#define METH(name) \
  Value name(ThreadState* ts, Value self, [[maybe_unused]] const Value* args, [[maybe_unused]] size_t nargs, \
             [[maybe_unused]] TupleObject* kw)
#define NOARGS(fname) \
  if ((nargs || kw) && !io_check_args(ts, "_IOBase." fname, nargs, kw, 0, 0)) return Value()
#define ARGS(qualname, lo, hi) \
  if ((kw || size_t(nargs - (lo)) > size_t((hi) - (lo))) && !io_check_args(ts, qualname, nargs, kw, lo, hi)) return Value()

IOBaseObject* B(Value v) { return v.as<IOBaseObject>(); }

// ---------------------------------------------------------------- _IOBase

Value iobase_new(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  return Value::from_obj(o);
}

void iobase_dealloc(Object* o) {
  iobase_drop_dict(static_cast<IOBaseObject*>(o));
  free_object(o);
}
void iobase_traverse(Object* o, VisitFn visit, void* arg) { iobase_visit_dict(static_cast<IOBaseObject*>(o), visit, arg); }
void iobase_clear(Object* o) { iobase_drop_dict(static_cast<IOBaseObject*>(o)); }

METH(iob_seek) { return io_raise_unsupported(ts, "seek"); }
METH(iob_truncate) { return io_raise_unsupported(ts, "truncate"); }
METH(iob_fileno) { return io_raise_unsupported(ts, "fileno"); }

METH(iob_tell) {
  NOARGS("tell");
  Value a[2] = {Value::small_int(0), Value::small_int(1)};
  return call_method(ts, self, intern(ts, "seek"), a, 2);
}

METH(iob_flush) {
  NOARGS("flush");
  if (B(self)->iobase_closed) return raise(ts, Exc::ValueError, "I/O operation on closed file.");
  return Value::none();
}

METH(iob_close) {
  NOARGS("close");
  if (B(self)->iobase_closed) return Value::none();
  Ref r(call_method(ts, self, ts->interp->names.flush, nullptr, 0));
  B(self)->iobase_closed = true;
  if (!r) return Value();
  return Value::none();
}

Value iob_closed(ThreadState*, Value self) { return Value::boolean(B(self)->iobase_closed); }

METH(iob_false) { return Value::False(); }

METH(iob_check_closed) {
  if (!io_check_closed(ts, self)) return Value();
  return Value::none();
}

Value check_ability(ThreadState* ts, Value self, const char* meth, const char* msg) {
  Ref r(call_method(ts, self, intern(ts, meth), nullptr, 0));
  if (!r) return Value();
  if (!r.get().is_true()) return io_raise_unsupported(ts, msg);
  return r.release();
}
METH(iob_check_seekable) { return check_ability(ts, self, "seekable", "File or stream is not seekable."); }
METH(iob_check_readable) { return check_ability(ts, self, "readable", "File or stream is not readable."); }
METH(iob_check_writable) { return check_ability(ts, self, "writable", "File or stream is not writable."); }

METH(iob_enter) {
  NOARGS("__enter__");
  if (!io_check_closed(ts, self)) return Value();
  return newref(self);
}

METH(iob_exit) { return call_method(ts, self, ts->interp->names.close, nullptr, 0); }

METH(iob_isatty) {
  NOARGS("isatty");
  if (!io_check_closed(ts, self)) return Value();
  return Value::False();
}

// The generic readline: bytes from read(n), sized by peek() when the stream has one.
METH(iob_readline) {
  ARGS("_IOBase.readline", 0, 1);
  int64_t limit = -1;
  if (nargs && !io_optional_size(ts, args[0], &limit)) return Value();
  Ref peek(getattr_opt(ts, self, intern(ts, "peek")));
  if (!peek && err_occurred(ts)) return Value();
  std::string buf;
  while (limit < 0 || int64_t(buf.size()) < limit) {
    int64_t nreadahead = 1;
    if (peek) {
      Ref ra(call1(ts, peek.get(), Value::small_int(1)));
      if (!ra) return Value();
      if (!is_bytes(ts, ra.get()))
        return raisef(ts, Exc::OSError, "peek() should have returned a bytes object, not '%s'",
                      type_name(ts, ra.get()));
      std::string_view v = ra.as<BytesObject>()->view();
      if (!v.empty()) {
        int64_t n = 0, size = int64_t(v.size());
        while (n < size && (limit < 0 || n < limit))
          if (v[size_t(n++)] == '\n') break;
        nreadahead = n;
      }
    }
    Value a = Value::small_int(nreadahead);
    Ref b(call_method(ts, self, ts->interp->names.read, &a, 1));
    if (!b) return Value();
    if (!is_bytes(ts, b.get()))
      return raisef(ts, Exc::OSError, "read() should have returned a bytes object, not '%s'", type_name(ts, b.get()));
    std::string_view v = b.as<BytesObject>()->view();
    if (v.empty()) break;
    buf.append(v);
    if (buf.back() == '\n') break;
  }
  return bytes_new(ts, buf);
}

METH(iob_readlines) {
  ARGS("_IOBase.readlines", 0, 1);
  int64_t hint = -1;
  if (nargs && !io_optional_size(ts, args[0], &hint)) return Value();
  return iobase_readlines(ts, self, hint);
}

METH(iob_writelines) {
  ARGS("_IOBase.writelines", 1, 1);
  if (!io_check_closed(ts, self)) return Value();
  Ref it(get_iter(ts, args[0]));
  if (!it) return Value();
  const TypeSpec* spec = self.obj()->type->spec;
  while (true) {
    Ref item(iter_next(ts, it.get()));
    if (!item) {
      if (err_occurred(ts)) return Value();
      return Value::none();
    }
    if (spec == &stringio_type_spec) {
      if (!stringio_write_value(ts, self, item.get())) return Value();
    } else if (spec == &bytesio_type_spec) {
      if (!bytesio_write_value(ts, self, item.get())) return Value();
    } else {
      Value a = item.get();
      Ref r(call_method(ts, self, ts->interp->names.write, &a, 1));
      if (!r) return Value();
    }
  }
}

// CPython's iobase_finalize: close() a stream that is not closed yet, ignoring errors.
METH(iob_del) {
  Value saved = err_fetch(ts);
  Ref c(getattr(ts, self, intern(ts, "closed")));
  int closed = c ? truthy(ts, c.get()) : -1;
  if (closed == 0) {
    if (!setattr(ts, self, intern(ts, "_finalizing"), Value::True())) err_clear(ts);
    Ref r(call_method(ts, self, ts->interp->names.close, nullptr, 0));
  }
  err_clear(ts);
  err_restore(ts, saved);
  return Value::none();
}

Value iob_iter(ThreadState* ts, Value self) {
  if (!io_check_closed(ts, self)) return Value();
  return newref(self);
}

Value iob_iternext(ThreadState* ts, Value self) {
  Ref line(call_method(ts, self, ts->interp->names.readline, nullptr, 0));
  if (!line) return Value();
  int64_t n;
  if (!length(ts, line.get(), &n)) return Value();
  if (n == 0) return Value();
  return line.release();
}

const MethodDef kIOBaseMethods[] = {
    {"seek", iob_seek},
    {"tell", iob_tell},
    {"truncate", iob_truncate},
    {"flush", iob_flush},
    {"close", iob_close},
    {"seekable", iob_false},
    {"readable", iob_false},
    {"writable", iob_false},
    {"_checkClosed", iob_check_closed},
    {"_checkSeekable", iob_check_seekable},
    {"_checkReadable", iob_check_readable},
    {"_checkWritable", iob_check_writable},
    {"fileno", iob_fileno},
    {"isatty", iob_isatty},
    {"__enter__", iob_enter},
    {"__exit__", iob_exit},
    {"readline", iob_readline},
    {"readlines", iob_readlines},
    {"writelines", iob_writelines},
    {"__del__", iob_del},
    {nullptr, nullptr},
};

const GetSetDef kIOBaseGetSets[] = {
    {"closed", iob_closed},
    {"__dict__", iobase_get_dict, iobase_set_dict},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- _RawIOBase

METH(raw_read) {
  ARGS("_RawIOBase.read", 0, 1);
  int64_t n = -1;
  if (nargs && !io_optional_size(ts, args[0], &n)) return Value();
  if (n < 0) return call_method(ts, self, intern(ts, "readall"), nullptr, 0);
  Ref b(bytearray_new(ts, std::string(size_t(n), '\0')));
  if (!b) return Value();
  Value bv = b.get();
  Ref res(call_method(ts, self, intern(ts, "readinto"), &bv, 1));
  if (!res) return Value();
  if (res.get().is_none()) return res.release();
  int64_t got;
  if (!index_i64(ts, res.get(), &got)) return Value();
  if (got < 0 || got > n)
    return raisef(ts, Exc::ValueError, "readinto returned %lld outside buffer size %lld", (long long)got,
                  (long long)n);
  ByteArrayObject* ba = b.as<ByteArrayObject>();
  return bytes_new(ts, std::string_view(ba->data, size_t(std::min(got, ba->size))));
}

METH(raw_readall) {
  ARGS("_RawIOBase.readall", 0, 0);
  std::string out;
  bool any = false;
  while (true) {
    Value a = Value::small_int(8192);
    Ref data(call_method(ts, self, ts->interp->names.read, &a, 1));
    if (!data) return Value();
    if (data.get().is_none()) {
      if (!any) return data.release();
      break;
    }
    if (!is_bytes(ts, data.get())) return raise(ts, Exc::TypeError, "read() should return bytes");
    std::string_view v = data.as<BytesObject>()->view();
    if (v.empty()) break;
    any = true;
    out.append(v);
  }
  return bytes_new(ts, out);
}

METH(raw_not_implemented) { return raise_value(ts, Value::from_obj(exc_type(ts, Exc::NotImplementedError))); }

const MethodDef kRawIOBaseMethods[] = {
    {"read", raw_read},
    {"readall", raw_readall},
    {"readinto", raw_not_implemented},
    {"write", raw_not_implemented},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- _BufferedIOBase

METH(buf_detach) { return io_raise_unsupported(ts, "detach"); }
METH(buf_read) { return io_raise_unsupported(ts, "read"); }
METH(buf_read1) { return io_raise_unsupported(ts, "read1"); }
METH(buf_write) { return io_raise_unsupported(ts, "write"); }

bool writable_view(ThreadState* ts, Value v, const char* fname, char** data, int64_t* len) {
  if (write_buffer(ts, v, data, len)) return true;
  err_clear(ts);
  raisef(ts, Exc::TypeError, "%s() argument must be read-write bytes-like object, not %s", fname, type_name(ts, v));
  return false;
}

Value readinto_generic(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw, bool one) {
  const char* fname = one ? "readinto1" : "readinto";
  if (!io_check_args(ts, one ? "_BufferedIOBase.readinto1" : "_BufferedIOBase.readinto", nargs, kw, 1, 1))
    return Value();
  char* data;
  int64_t len;
  if (!writable_view(ts, args[0], fname, &data, &len)) return Value();
  Value a = Value::small_int(len);
  Ref r(call_method(ts, self, one ? intern(ts, "read1") : ts->interp->names.read, &a, 1));
  if (!r) return Value();
  if (!is_bytes(ts, r.get())) return raise(ts, Exc::TypeError, "read() should return bytes");
  std::string_view v = r.as<BytesObject>()->view();
  if (int64_t(v.size()) > len)
    return raisef(ts, Exc::ValueError, "read() returned too much data: %lld bytes requested, %zu returned",
                  (long long)len, v.size());
  // The buffer may have moved while read() ran Python code: look it up again.
  if (!writable_view(ts, args[0], fname, &data, &len)) return Value();
  if (int64_t(v.size()) > len) return raise(ts, Exc::BufferError, "buffer changed size during readinto()");
  if (!v.empty()) memcpy(data, v.data(), v.size());
  return Value::small_int(int64_t(v.size()));
}
METH(buf_readinto) { return readinto_generic(ts, self, args, nargs, kw, false); }
METH(buf_readinto1) { return readinto_generic(ts, self, args, nargs, kw, true); }

const MethodDef kBufferedIOBaseMethods[] = {
    {"detach", buf_detach},
    {"read", buf_read},
    {"read1", buf_read1},
    {"readinto", buf_readinto},
    {"readinto1", buf_readinto1},
    {"write", buf_write},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- _TextIOBase

METH(txt_detach) { return io_raise_unsupported(ts, "detach"); }
METH(txt_read) { return io_raise_unsupported(ts, "read"); }
METH(txt_readline) { return io_raise_unsupported(ts, "readline"); }
METH(txt_write) { return io_raise_unsupported(ts, "write"); }
// encoding/newlines/errors are None on _TextIOBase. CPython's getsets are
// read-only; these also accept assignment (kept in the instance __dict__)
// because minipy's own Python text wrappers (stdlib/_compression.py) set them.
Value txt_attr(ThreadState* ts, Value self, const char* name) {
  DictObject* d = B(self)->dict;
  Value v = d ? dict_get_str(d, intern(ts, name)) : Value();
  return v ? newref(v) : Value::none();
}
bool txt_set_attr(ThreadState* ts, Value self, const char* name, Value v) {
  IOBaseObject* o = B(self);
  if (!o->dict && !(o->dict = dict_new(ts))) return false;
  if (!v) {
    int r = dict_del(ts, o->dict, Value::from_obj(intern(ts, name)));
    if (r == 0) raisef(ts, Exc::AttributeError, "%s", name);
    return r > 0;
  }
  return dict_set(ts, o->dict, Value::from_obj(intern(ts, name)), v);
}
Value txt_encoding(ThreadState* ts, Value self) { return txt_attr(ts, self, "encoding"); }
Value txt_newlines(ThreadState* ts, Value self) { return txt_attr(ts, self, "newlines"); }
Value txt_errors(ThreadState* ts, Value self) { return txt_attr(ts, self, "errors"); }
bool txt_set_encoding(ThreadState* ts, Value self, Value v) { return txt_set_attr(ts, self, "encoding", v); }
bool txt_set_newlines(ThreadState* ts, Value self, Value v) { return txt_set_attr(ts, self, "newlines", v); }
bool txt_set_errors(ThreadState* ts, Value self, Value v) { return txt_set_attr(ts, self, "errors", v); }

const MethodDef kTextIOBaseMethods[] = {
    {"detach", txt_detach},
    {"read", txt_read},
    {"readline", txt_readline},
    {"write", txt_write},
    {nullptr, nullptr},
};

const GetSetDef kTextIOBaseGetSets[] = {
    {"encoding", txt_encoding, txt_set_encoding, "Encoding of the text stream.\n\nSubclasses should override.\n"},
    {"newlines", txt_newlines, txt_set_newlines, "Line endings translated so far.\n\nOnly line endings translated during reading are considered.\n\nSubclasses should override.\n"},
    {"errors", txt_errors, txt_set_errors, "The error setting of the decoder or encoder.\n\nSubclasses should override.\n"},
    {nullptr, nullptr},
};

}  // namespace

// ---------------------------------------------------------------- the type specs

const TypeSpec iobase_type_spec = {
    .name = "_io._IOBase",
    .basicsize = sizeof(IOBaseObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = iobase_dealloc, .traverse = iobase_traverse, .clear = iobase_clear,
              .iter = iob_iter, .iternext = iob_iternext, .new_ = iobase_new},
    .methods = kIOBaseMethods,
    .getsets = kIOBaseGetSets,
    .doc = "The abstract base class for all I/O classes.",
};

const TypeSpec rawiobase_type_spec = {
    .name = "_io._RawIOBase",
    .basicsize = sizeof(IOBaseObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = iobase_dealloc, .traverse = iobase_traverse, .clear = iobase_clear},
    .methods = kRawIOBaseMethods,
    .doc = "Base class for raw binary I/O.",
};

const TypeSpec bufferediobase_type_spec = {
    .name = "_io._BufferedIOBase",
    .basicsize = sizeof(IOBaseObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = iobase_dealloc, .traverse = iobase_traverse, .clear = iobase_clear},
    .methods = kBufferedIOBaseMethods,
    .doc = "Base class for buffered IO objects.",
};

const TypeSpec textiobase_type_spec = {
    .name = "_io._TextIOBase",
    .basicsize = sizeof(IOBaseObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = iobase_dealloc, .traverse = iobase_traverse, .clear = iobase_clear},
    .methods = kTextIOBaseMethods,
    .getsets = kTextIOBaseGetSets,
    .doc = "Base class for text I/O.",
};

namespace {

TypeObject* make_type(ThreadState* ts, ModuleObject* m, const TypeSpec* spec, TypeObject* base, const char* name) {
  TypeObject* t = type_from_spec(ts, spec, base);
  if (!t) return nullptr;
  if (type_has(t, kTypeHasGC)) t->flags |= kTypeWeakrefable;
  // The module keeps the creation reference for the interpreter's lifetime.
  if (!module_add(ts, m, name, Value::from_obj(t))) return nullptr;
  decref(t);
  return t;
}

bool io_module_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* iobase = type_from_spec(ts, &iobase_type_spec, ts->interp->types.object_);
  if (!iobase) return false;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
  iobase->dictoffset = int64_t(offsetof(IOBaseObject, dict));  // inherited by every _io type
#pragma GCC diagnostic pop
  iobase->flags |= kTypeWeakrefable;
  if (!module_add(ts, m, "_IOBase", Value::from_obj(iobase))) return false;
  decref(iobase);
  TypeObject* raw = make_type(ts, m, &rawiobase_type_spec, iobase, "_RawIOBase");
  TypeObject* buffered = make_type(ts, m, &bufferediobase_type_spec, iobase, "_BufferedIOBase");
  TypeObject* text = make_type(ts, m, &textiobase_type_spec, iobase, "_TextIOBase");
  if (!raw || !buffered || !text) return false;
  if (!make_type(ts, m, &stringio_type_spec, text, "StringIO")) return false;
  if (!make_type(ts, m, &bytesio_type_spec, buffered, "BytesIO")) return false;
  Value unsupported = io_unsupported_class(ts);
  if (!unsupported || !module_add(ts, m, "UnsupportedOperation", unsupported)) return false;
  if (!module_add(ts, m, "DEFAULT_BUFFER_SIZE", Value::small_int(8192))) return false;
  Value open = dict_get_str(ts->interp->builtins_dict, intern(ts, "open"));
  if (open && !module_add(ts, m, "open", open)) return false;
  return module_add(ts, m, "BlockingIOError", Value::from_obj(exc_type(ts, Exc::BlockingIOError)));
}

const MethodDef kIOModuleMethods[] = {
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef io_native_module_def = {
    .name = "_io",
    .doc = "The io module provides the Python interfaces to stream handling.",
    .methods = kIOModuleMethods,
    .init = io_module_init,
};

}  // namespace minipy
