// runtime/errors.cpp — raising and inspecting the pending exception on a
// ThreadState (the "errors" section of object.h), plus OSError-from-errno and
// the unraisable-exception hook.
//
// Owns: how an exception becomes pending (including implicit __context__
// chaining, as CPython's _PyErr_SetObject does). Must not: print anything
// except through write_unraisable, or use C++ exceptions.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "runtime/runtime.h"

namespace minipy {

namespace {

// Make `exc` (stolen, an exception instance) the pending exception. Like
// CPython, an exception raised while another is being handled gets that one as
// its __context__ (cutting any cycle the new link would create).
void set_pending(ThreadState* ts, Value exc) {
  Value handled = ts->handled_exc;
  if (handled && !handled.is_none() && handled != exc && is_exception_instance(ts, handled)) {
    // Break a cycle: if exc already appears in handled's context chain, cut it there.
    Value o = handled;
    int guard = 0;
    while (true) {
      Value ctx = o.as<BaseExceptionObject>()->context;
      if (!ctx || ctx.is_none()) break;
      if (ctx == exc) {
        o.as<BaseExceptionObject>()->context = Value();
        decref(ctx);
        break;
      }
      o = ctx;
      if (++guard > 100000) break;
    }
    auto* e = exc.as<BaseExceptionObject>();
    Value old = e->context;
    e->context = newref(handled);
    decref(old);
  }
  Value prev = ts->curexc;
  ts->curexc = exc;
  decref(prev);
}

}  // namespace

TypeObject* exc_type(ThreadState* ts, Exc e) { return ts->interp->exc_types[size_t(e)]; }

Value raise(ThreadState* ts, TypeObject* type, std::string_view msg) {
  Value s = str_new(ts, msg);
  if (!s) return Value();
  Value e = exception_new(ts, type, &s, 1);
  decref(s);
  if (!e) return Value();
  if (!is_exception_instance(ts, e)) {
    decref(e);
    return raise(ts, Exc::TypeError, "exceptions must derive from BaseException");
  }
  set_pending(ts, e);
  return Value();
}

Value raise(ThreadState* ts, Exc type, std::string_view msg) { return raise(ts, exc_type(ts, type), msg); }

std::string strf(const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return std::string();
  if (size_t(n) < sizeof buf) return std::string(buf, size_t(n));
  std::string out(size_t(n) + 1, '\0');
  va_start(ap, fmt);
  vsnprintf(out.data(), out.size(), fmt, ap);
  va_end(ap);
  out.resize(size_t(n));
  return out;
}

Value raisef(ThreadState* ts, Exc type, const char* fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return raise(ts, type, "");
  if (size_t(n) < sizeof buf) return raise(ts, type, std::string_view(buf, size_t(n)));
  std::string out(size_t(n) + 1, '\0');
  va_start(ap, fmt);
  vsnprintf(out.data(), out.size(), fmt, ap);
  va_end(ap);
  out.resize(size_t(n));
  return raise(ts, type, out);
}

Value raise_value(ThreadState* ts, Value v) {
  if (is_exception_class(ts, v)) {
    Value inst = call(ts, v, nullptr, 0);
    if (!inst) return Value();
    if (!is_exception_instance(ts, inst)) {
      std::string msg = strf("calling %s should have returned an instance of BaseException, not %s",
                             std::string(v.as<TypeObject>()->name->view()).c_str(), type_name(ts, inst));
      decref(inst);
      return raise(ts, Exc::TypeError, msg);
    }
    set_pending(ts, inst);
    return Value();
  }
  if (is_exception_instance(ts, v)) {
    set_pending(ts, newref(v));
    return Value();
  }
  return raise(ts, Exc::TypeError, "exceptions must derive from BaseException");
}

Value raise_key_error(ThreadState* ts, Value key) {
  Value e = exception_new(ts, exc_type(ts, Exc::KeyError), &key, 1);
  if (!e) return Value();
  set_pending(ts, e);
  return Value();
}

Value raise_no_memory(ThreadState* ts) {
  Value e = exception_new(ts, exc_type(ts, Exc::MemoryError), nullptr, 0);
  if (!e) return Value();  // allocation failed again: nothing better to do
  set_pending(ts, e);
  return Value();
}

Value raise_errno(ThreadState* ts, int err, Value filename, Value filename2) {
  Value args[5];
  size_t n = 2;
  args[0] = Value::small_int(err);
  Value msg = str_from_cstr(ts, strerror(err));
  if (!msg) return Value();
  args[1] = msg;
  if (filename) {
    args[2] = filename;
    n = 3;
    if (filename2) {
      args[3] = Value::none();
      args[4] = filename2;
      n = 5;
    }
  }
  Value e = exception_new(ts, exc_type(ts, Exc::OSError), args, n);
  decref(msg);
  if (!e) return Value();
  set_pending(ts, e);
  return Value();
}

bool err_occurred(ThreadState* ts) { return bool(ts->curexc); }

bool err_matches(ThreadState* ts, TypeObject* type) {
  Value e = ts->curexc;
  if (!e) return false;
  return is_subtype(type_of(ts, e), type);
}

bool err_matches(ThreadState* ts, Exc type) { return err_matches(ts, exc_type(ts, type)); }

void err_clear(ThreadState* ts) {
  Value e = ts->curexc;
  ts->curexc = Value();
  decref(e);
}

Value err_fetch(ThreadState* ts) {
  Value e = ts->curexc;
  ts->curexc = Value();
  return e;
}

void err_restore(ThreadState* ts, Value exc) {
  Value prev = ts->curexc;
  ts->curexc = exc;
  decref(prev);
}

void write_unraisable(ThreadState* ts, Value obj) {
  Value exc = err_fetch(ts);
  if (!exc) return;
  std::string text;
  if (obj) {
    text = "Exception ignored in: ";
    Value r = repr(ts, obj);
    if (r) {
      text += str_view(r);
      decref(r);
    } else {
      err_clear(ts);
      text += "<object repr() failed>";
    }
    text += "\n";
  }
  text += format_exception(ts, exc);
  err_clear(ts);
  write_stderr(ts, text);
  decref(exc);
}

}  // namespace minipy
