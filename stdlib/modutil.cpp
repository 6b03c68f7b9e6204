// stdlib/modutil.cpp — helpers of stdlib/modutil.h (exception classes for
// native modules, module attribute lookup, buffer access).
#include "stdlib/modutil.h"

#include "runtime/bytes_internal.h"

namespace minipy {

Value make_exception_class(ThreadState* ts, std::string_view module, std::string_view name, TypeObject* base) {
  Ref n(str_new(ts, name));
  Ref bases(tuple_pack(ts, {Value::from_obj(base)}));
  Ref dict(Value::from_obj(dict_new(ts)));
  Ref mod(str_new(ts, module));
  if (!n || !bases || !dict || !mod || !dict_set_str(ts, dict.as<DictObject>(), "__module__", mod.get()))
    return Value();
  return type_new_class(ts, ts->interp->types.type, n.get(), bases.get(), dict.get());
}

Value module_attr(ThreadState* ts, std::string_view module, std::string_view name) {
  DictObject* mods = ts->interp->modules;
  if (!mods) return Value();
  Value m = dict_get_str(mods, intern(ts, module));
  if (!m || !m.is_obj() || m.obj()->type != ts->interp->types.module) return Value();
  DictObject* d = m.as<ModuleObject>()->dict;
  return d ? dict_get_str(d, intern(ts, name)) : Value();
}

Value raise_module_error(ThreadState* ts, std::string_view module, std::string_view name, Exc fallback,
                         std::string_view msg) {
  Value cls = module_attr(ts, module, name);
  if (cls && cls.is_obj() && type_has(cls.obj()->type, kTypeTypeSubclass))
    return raise(ts, cls.as<TypeObject>(), msg);
  return raise(ts, fallback, msg);
}

bool read_buffer(ThreadState* ts, Value v, std::string_view* out) {
  char* data;
  int64_t len;
  if (array_buffer(ts, v, &data, &len)) {
    *out = std::string_view(data, size_t(len));
    return true;
  }
  return bytes_like_view(ts, v, out);
}

bool buffer_export_error(ThreadState* ts, Value v) {
  if (type_of(ts, v) != ts->interp->types.memoryview) return false;
  err_clear(ts);
  BufferView bv;
  if (buffer_get(ts, v, &bv, kBufSimple)) {
    buffer_release(ts, &bv);
    return false;
  }
  return true;
}

bool write_buffer(ThreadState* ts, Value v, char** data, int64_t* len) {
  if (array_buffer(ts, v, data, len)) return true;
  return writable_buffer_view(ts, v, data, len);  // the buffer protocol (bytes.cpp)
}

bool fd_from_object(ThreadState* ts, Value v, int* out) {
  int64_t fd;
  if (is_int(ts, v)) {
    if (!int_as_i64(ts, v, &fd)) return false;
  } else {
    Ref f(getattr_opt(ts, v, intern(ts, "fileno")));
    if (!f) {
      if (!err_occurred(ts)) raise(ts, Exc::TypeError, "argument must be an int, or have a fileno() method.");
      return false;
    }
    Ref r(call0(ts, f.get()));
    if (!r) return false;
    if (!is_int(ts, r.get())) {
      raise(ts, Exc::TypeError, "fileno() returned a non-integer");
      return false;
    }
    if (!int_as_i64(ts, r.get(), &fd)) return false;
  }
  if (fd < 0) {
    raisef(ts, Exc::ValueError, "file descriptor cannot be a negative integer (%lld)", (long long)fd);
    return false;
  }
  if (fd > 0x7fffffff) {
    raise(ts, Exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(fd);
  return true;
}

}  // namespace minipy
