// runtime/errors.cpp — raising and inspecting the pending exception on a
// ThreadState (the "errors" section of object.h), plus OSError-from-errno and
// the unraisable-exception hook.
//
// Owns: how an exception becomes pending (including implicit __context__
// chaining, as CPython's _PyErr_SetObject does), and the one path of the
// errors that cannot propagate (write_unraisable_msg: sys.unraisablehook and
// CPython's default unraisable printer). Must not: print anything except
// through that path, or use C++ exceptions.
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

// ---------------------------------------------------------------- unraisable exceptions
// Every error that cannot propagate (in __del__, weakref and gc callbacks,
// generator finalisation, atexit callbacks...) goes through
// write_unraisable_msg, as CPython's _PyErr_WriteUnraisableMsg: the hook
// sys.unraisablehook gets an UnraisableHookArgs (exc_type, exc_value,
// exc_traceback, err_msg, object); when it is missing or None, or is the
// built-in one, the default printer writes the report to sys.stderr; when the
// hook itself fails, its error is printed by the default printer as
// "Exception ignored in sys.unraisablehook: <hook>".

namespace {

// "Traceback (most recent call last):" and the frames of `tb`, exactly as the
// exception printer shows them (source lines, carets, repeats, tracebacklimit):
// the report of a bare BaseException carrying `tb`, without its last line.
std::string format_traceback_only(ThreadState* ts, Value tb) {
  Value dummy = exception_new(ts, exc_type(ts, Exc::BaseException), nullptr, 0);
  if (!dummy) {
    err_clear(ts);
    return std::string();
  }
  Ref hold(dummy);
  dummy.as<BaseExceptionObject>()->traceback = newref(tb);
  std::string text = format_exception(ts, dummy);
  static constexpr std::string_view kTail = "BaseException\n";
  if (text.size() >= kTail.size() && std::string_view(text).substr(text.size() - kTail.size()) == kTail)
    text.resize(text.size() - kTail.size());
  return text;
}

std::string str_or(ThreadState* ts, Value v, const char* fallback, bool use_repr) {
  Value s = use_repr ? repr(ts, v) : str(ts, v);
  if (!s) {
    err_clear(ts);
    return fallback;
  }
  std::string out(str_view(s));
  decref(s);
  return out;
}

bool is_traceback(ThreadState* ts, Value v) { return v && v.is_obj() && type_of(ts, v) == ts->interp->types.traceback; }

}  // namespace

bool unraisable_print_default(ThreadState* ts, Value exc_type_v, Value exc_value, Value exc_tb, Value err_msg,
                              Value obj) {
  Value saved = err_fetch(ts);
  Value file = current_std_stream(ts, 2);
  if (file && file.is_none()) {  // sys.stderr = None: nothing is shown (CPython)
    err_restore(ts, saved);
    return true;
  }
  std::string out;
  bool have_msg = err_msg && !err_msg.is_none();
  if (obj && !obj.is_none()) {
    out += have_msg ? str_or(ts, err_msg, "", false) + ": " : std::string("Exception ignored in: ");
    out += str_or(ts, obj, "<object repr() failed>", true);
    out += "\n";
  } else if (have_msg) {
    out += str_or(ts, err_msg, "", false) + ":\n";
  }
  if (is_traceback(ts, exc_tb)) out += format_traceback_only(ts, exc_tb);
  if (exc_type_v && !exc_type_v.is_none()) {
    // The type as "module.qualname" (no module for builtins and __main__),
    // then ": " and str(value) whenever there is a value, even an empty one.
    Ref mod(getattr_opt(ts, exc_type_v, ts->interp->names.__module__));
    err_clear(ts);
    if (!mod || !is_str(ts, mod.get())) {
      out += "<unknown>";
    } else {
      std::string_view m = str_view(mod.get());
      if (m != "builtins" && m != "__main__") {
        out += m;
        out += ".";
      }
    }
    Ref qual(getattr_opt(ts, exc_type_v, ts->interp->names.__qualname__));
    err_clear(ts);
    if (qual && is_str(ts, qual.get())) out += str_view(qual.get());
    else if (exc_type_v.is_obj() && type_has(type_of(ts, exc_type_v), kTypeTypeSubclass)) out += exc_type_v.as<TypeObject>()->name->view();
    if (exc_value && !exc_value.is_none()) {
      out += ": ";
      out += str_or(ts, exc_value, "<exception str() failed>", false);
    }
    out += "\n";
  }
  write_stderr(ts, out);
  err_restore(ts, saved);
  return true;
}

void write_unraisable_msg(ThreadState* ts, const char* context, Value obj) {
  Value exc = err_fetch(ts);
  if (!exc) return;
  Ref excref(exc);
  Ref msg;
  if (context) {
    msg = Ref(str_new(ts, std::string("Exception ignored ") + context));
    if (!msg) err_clear(ts);
  }
  Value type = Value::from_obj(type_of(ts, exc));
  Value tb = is_exception_instance(ts, exc) ? exc.as<BaseExceptionObject>()->traceback : Value();
  Value none = Value::none();
  Interpreter* in = ts->interp;
  Value hook = in->sys ? dict_get_str(in->sys->dict, intern(ts, "unraisablehook")) : Value();
  Value dflt = in->sys ? dict_get_str(in->sys->dict, intern(ts, "__unraisablehook__")) : Value();
  if (hook && !hook.is_none() && hook != dflt && in->unraisable_args_type) {
    Ref hook_hold = Ref::borrow(hook);
    Ref items(tuple_pack(ts, {type, exc, tb ? tb : none, msg ? msg.get() : none, obj ? obj : none}));
    Value iv = items.get();
    Ref args(items ? call(ts, Value::from_obj(in->unraisable_args_type), &iv, 1) : Value());
    Value av = args.get();
    Ref r(args ? call(ts, hook, &av, 1) : Value());
    if (r) return;
    // The hook failed: report its own error with the default printer.
    Value exc2 = err_fetch(ts);
    Ref exc2ref(exc2);
    if (!exc2) return;
    Ref msg2(str_new(ts, "Exception ignored in sys.unraisablehook"));
    if (!msg2) err_clear(ts);
    Value tb2 = is_exception_instance(ts, exc2) ? exc2.as<BaseExceptionObject>()->traceback : Value();
    unraisable_print_default(ts, Value::from_obj(type_of(ts, exc2)), exc2, tb2 ? tb2 : none,
                             msg2 ? msg2.get() : none, hook);
    err_clear(ts);
    return;
  }
  unraisable_print_default(ts, type, exc, tb ? tb : none, msg ? msg.get() : none, obj ? obj : none);
  err_clear(ts);
}

void write_unraisable(ThreadState* ts, Value obj) { write_unraisable_msg(ts, nullptr, obj); }

}  // namespace minipy
