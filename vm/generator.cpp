// vm/generator.cpp — generators and coroutines: the GenObject protocol
// (send/throw/close, PEP 479, finalisation, "never awaited" warnings), the
// coroutine_wrapper of coroutine.__await__(), and inline resumption. A
// suspended generator is its frame (owned by the GenObject). send()/next()
// re-enter the evaluation loop with that frame as the entry frame; a SEND
// (yield from / await) on a generator or coroutine instead runs the delegate's
// frame inside the same loop (gen_resume_inline), descending at once through
// delegates that are themselves suspended in SEND loops, so chains thousands
// of levels deep use no C++ stack per level. Async generator objects are in
// vm/async_generator.cpp.
#include <cstdlib>
#include <fstream>
#include <string>

#include "vm/generator_internal.h"

namespace minipy {

namespace {

enum class GenKind { Generator, Coroutine, AsyncGenerator };

GenKind kind_of(ThreadState* ts, GenObject* g) {
  TypeObject* t = g->type;
  if (t == ts->interp->types.coroutine) return GenKind::Coroutine;
  if (t == ts->interp->types.async_generator) return GenKind::AsyncGenerator;
  return GenKind::Generator;
}

const char* kind_name(GenKind k) {
  switch (k) {
    case GenKind::Coroutine: return "coroutine";
    case GenKind::AsyncGenerator: return "async generator";
    default: return "generator";
  }
}

bool finished(GenObject* g) { return !g->frame || g->frame->state == FrameState::Completed; }

void release_frame(GenObject* g) {
  if (!g->frame) return;
  Frame* f = g->frame;
  g->frame = nullptr;
  frame_clear(f);
  std::free(f);
}

// The delegate of a generator suspended in a yield-from/await loop, or null.
Value delegate_of(GenObject* g) {
  Frame* f = g->frame;
  if (!f || f->state != FrameState::Suspended || !f->yield_from) return Value();
  return f->sp[-1];
}

// Move a generator suspended in a SEND loop past that loop, as if the delegate
// had returned: pop the delegate and continue at the SEND's exit target.
void skip_send_loop(Frame* f) {
  uint32_t* p = f->ip;
  uint32_t* end = f->code->code + f->code->ncode;
  while (p < end && insn_op(*p) == Op::NOP) ++p;
  if (p >= end || insn_op(*p) != Op::JUMP_BACKWARD_NO_INTERRUPT) return;
  uint32_t* send = f->code->code + insn_arg(*p);
  if (insn_op(*send) != Op::SEND) return;
  Value sub = *--f->sp;
  decref(sub);
  f->ip = f->code->code + insn_arg(*send);
  f->yield_from = false;
}

Value stop_iteration_with(ThreadState* ts, Value v) {
  if (v.is_none()) return raise_value(ts, Value::from_obj(exc_type(ts, Exc::StopIteration)));
  Value exc = exception_new(ts, exc_type(ts, Exc::StopIteration), &v, 1);
  if (!exc) return Value();
  raise_value(ts, exc);
  decref(exc);
  return Value();
}

// PEP 479: StopIteration (StopAsyncIteration in async generators) escaping a
// generator becomes RuntimeError, chained to it.
void pep479(ThreadState* ts, GenKind kind) {
  bool agen = kind == GenKind::AsyncGenerator;
  if (!err_matches(ts, Exc::StopIteration) && !(agen && err_matches(ts, Exc::StopAsyncIteration))) return;
  Value exc = err_fetch(ts);
  const char* what = kind == GenKind::Coroutine ? "coroutine raised StopIteration"
                     : !agen                    ? "generator raised StopIteration"
                     : is_subtype(type_of(ts, exc), exc_type(ts, Exc::StopAsyncIteration))
                         ? "async generator raised StopAsyncIteration"
                         : "async generator raised StopIteration";
  raise(ts, Exc::RuntimeError, what);
  auto* e = ts->curexc.as<BaseExceptionObject>();
  e->cause = newref(exc);
  e->context = exc;
  e->suppress_context = true;
}

}  // namespace

bool is_generator_like(ThreadState* ts, Value v) {
  if (!v.is_obj()) return false;
  TypeObject* t = v.obj()->type;
  return t == ts->interp->types.generator || t == ts->interp->types.coroutine;
}

Value gen_new(ThreadState* ts, Frame* f, FunctionObject* fn) {
  auto* co = f->code;
  TypeObject* t = ts->interp->types.generator;
  if (co->flags & kCoCoroutine) t = ts->interp->types.coroutine;
  if (co->flags & kCoAsyncGenerator) t = ts->interp->types.async_generator;
  auto* g = reinterpret_cast<GenObject*>(alloc_object(ts, t));
  if (!g) {
    frame_clear(f);
    std::free(f);
    return Value();
  }
  g->frame = f;
  f->gen = Value::from_obj(g);
  f->state = FrameState::Created;
  g->code = newref(Value::from_obj(co));
  g->name = newref(fn ? fn->name : co->name);
  g->qualname = newref(fn ? fn->qualname : co->qualname);
  return Value::from_obj(g);
}

Value gen_send_ex(ThreadState* ts, GenObject* g, Value v, bool* returned, bool throwing) {
  *returned = false;
  GenKind kind = kind_of(ts, g);
  if (g->running) return raisef(ts, Exc::ValueError, "%s already executing", kind_name(kind));
  if (finished(g)) {
    if (kind == GenKind::Coroutine && !throwing)
      return raise(ts, Exc::RuntimeError, "cannot reuse already awaited coroutine");
    if (throwing) return Value();  // the pending exception propagates
    *returned = true;
    return Value::none();
  }
  Frame* f = g->frame;
  if (f->state == FrameState::Created && throwing) {
    // Thrown into a generator that never started: it finishes at once, no
    // code of its body runs (its try blocks were never entered).
    traceback_add(ts, ts->curexc, Value(), Value::from_obj(f->code), 0, f->code->firstlineno);
    release_frame(g);
    return Value();
  }
  if (f->state == FrameState::Created) {
    if (!throwing && !v.is_none()) {
      return raisef(ts, Exc::TypeError, "can't send non-None value to a just-started %s", kind_name(kind));
    }
  } else {
    *f->sp++ = newref(throwing ? Value::none() : v);
  }
  g->awaited = true;
  // The generator's own handled exception (if it yielded inside an except block).
  Value saved_handled = ts->handled_exc;
  if (g->handled_exc) {
    ts->handled_exc = g->handled_exc;
    g->handled_exc = Value();
  }
  // A thrown exception is chained to the exception the generator is handling
  // (else the resumer's), like CPython's _PyErr_ChainStackItem.
  if (throwing && ts->curexc) chain_context(ts, ts->curexc);
  g->running = true;
  Value r = eval_frame(ts, f, throwing);
  g->running = false;
  if (f->state == FrameState::Suspended) {
    if (ts->handled_exc != saved_handled) {
      g->handled_exc = ts->handled_exc;  // still inside an except block in the generator
      ts->handled_exc = saved_handled;
    }
    return r;
  }
  // Finished: restore the caller's handled exception.
  if (ts->handled_exc != saved_handled) {
    decref(ts->handled_exc);
    ts->handled_exc = saved_handled;
  }
  release_frame(g);
  if (r) {
    *returned = true;
    return r;
  }
  pep479(ts, kind);
  return Value();
}

Frame* gen_resume_inline(ThreadState* ts, Frame* caller, GenObject* g, Value v) {
  if (g->running || !g->frame) return nullptr;
  Frame* f = g->frame;
  if (f->state != FrameState::Suspended && (f->state != FrameState::Created || !v.is_none())) return nullptr;
  TypeObject* gen_t = ts->interp->types.generator;
  TypeObject* coro_t = ts->interp->types.coroutine;
  const int32_t limit = ts->interp->recursion_limit;
  for (;;) {
    f = g->frame;
    bool suspended = f->state == FrameState::Suspended;
    g->awaited = true;
    g->resumer_exc = ts->handled_exc;
    if (g->handled_exc) {
      ts->handled_exc = g->handled_exc;
      g->handled_exc = Value();
    }
    g->running = true;
    f->is_entry = false;
    f->state = FrameState::Running;
    f->previous = caller;
    ++ts->py_depth;
    // Suspended in its own SEND loop on a suspended generator-like delegate:
    // go straight down to the delegate (as if the loop had run its SEND).
    if (suspended && f->yield_from && insn_op(*f->ip) == Op::JUMP_BACKWARD_NO_INTERRUPT &&
        ts->py_depth < limit) {
      uint32_t* send = f->code->code + insn_arg(*f->ip);
      Value d = f->sp[-1];
      if (insn_op(send[0]) == Op::SEND && insn_op(send[1]) == Op::YIELD_VALUE && d.is_obj() &&
          (d.obj()->type == gen_t || d.obj()->type == coro_t)) {
        auto* dg = d.as<GenObject>();
        if (!dg->running && dg->frame && dg->frame->state == FrameState::Suspended) {
          f->ip = send;
          f->lasti = int32_t(send - f->code->code);
          caller = f;
          g = dg;
          continue;
        }
      }
    }
    if (suspended) *f->sp++ = newref(v);
    return f;
  }
}

void gen_suspend_inline(ThreadState* ts, Frame* f) {
  auto* g = f->gen.as<GenObject>();
  g->running = false;
  f->state = FrameState::Suspended;
  if (ts->handled_exc != g->resumer_exc) {
    g->handled_exc = ts->handled_exc;
    ts->handled_exc = g->resumer_exc;
  }
  g->resumer_exc = Value();
}

void gen_finish_inline(ThreadState* ts, Frame* f, bool raised) {
  auto* g = f->gen.as<GenObject>();
  g->running = false;
  f->state = FrameState::Completed;
  if (ts->handled_exc != g->resumer_exc) {
    decref(ts->handled_exc);
    ts->handled_exc = g->resumer_exc;
  }
  g->resumer_exc = Value();
  GenKind kind = kind_of(ts, g);
  release_frame(g);
  if (raised) pep479(ts, kind);
}

namespace {

Value gen_throw_impl(ThreadState* ts, GenObject* g, Value exc, bool close_on_genexit);

// Close a delegate (yield from / await target) when GeneratorExit is thrown.
bool close_delegate(ThreadState* ts, Value sub) {
  if (is_generator_like(ts, sub)) {
    Value r = call_method0(ts, sub, "close");
    if (!r) return false;
    decref(r);
    return true;
  }
  Value closem = getattr_opt(ts, sub, ts->interp->names.close);
  if (!closem) return !err_occurred(ts);
  Value r = call0(ts, closem);
  decref(closem);
  if (!r) return false;
  decref(r);
  return true;
}

// A generator's return value seen by send()/throw() is StopIteration(value).
Value returned_as_stop(ThreadState* ts, Value r, bool returned) {
  if (r && returned) {
    Value x = stop_iteration_with(ts, r);
    decref(r);
    return x;
  }
  return r;
}

// Raise the pending exception inside g at its suspension point.
Value resume_throwing(ThreadState* ts, GenObject* g) {
  bool returned = false;
  Value r = gen_send_ex(ts, g, Value::none(), &returned, true);
  return returned_as_stop(ts, r, returned);
}

Value gen_throw_impl(ThreadState* ts, GenObject* g, Value exc, bool close_on_genexit) {
  bool returned = false;
  Value sub = delegate_of(g);
  if (sub) {
    incref(sub);
    Ref subref(sub);
    if (is_subtype(type_of(ts, exc), exc_type(ts, Exc::GeneratorExit))) {
      g->running = true;
      bool ok = close_delegate(ts, sub);
      g->running = false;
      if (!ok) {
        // The delegate's error is thrown into this generator instead.
        Value e = err_fetch(ts);
        Ref eref(e);
        err_restore(ts, newref(e));
        return resume_throwing(ts, g);
      }
      err_restore(ts, newref(exc));
      return resume_throwing(ts, g);
    }
    Value r;
    g->running = true;
    if (is_generator_like(ts, sub)) {
      r = gen_throw_impl(ts, sub.as<GenObject>(), exc, close_on_genexit);
    } else {
      Value throwm = getattr_opt(ts, sub, ts->interp->names.throw_);
      if (!throwm) {
        g->running = false;
        if (err_occurred(ts)) return Value();
        err_restore(ts, newref(exc));
        return resume_throwing(ts, g);
      }
      r = call1(ts, throwm, exc);
      decref(throwm);
    }
    g->running = false;
    if (r) return r;  // the delegate yielded again
    // The delegate finished: with StopIteration its value resumes us after the loop.
    if (err_matches(ts, Exc::StopIteration)) {
      Value e = err_fetch(ts);
      Value val = e.as<StopIterationObject>()->value;
      Value v = val ? newref(val) : Value::none();
      decref(e);
      skip_send_loop(g->frame);
      Value res = gen_send_ex(ts, g, v, &returned, false);
      decref(v);
      return returned_as_stop(ts, res, returned);
    }
    // Any other exception is raised inside this generator at the yield.
    return resume_throwing(ts, g);
  }
  err_restore(ts, newref(exc));
  return resume_throwing(ts, g);
}

// Normalise throw(type[, value[, tb]]) arguments into an exception instance.
Value make_throw_exc(ThreadState* ts, const Value* args, size_t nargs) {
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value::none();
  Value tb = nargs > 2 ? args[2] : Value::none();
  if (!tb.is_none() && type_of(ts, tb) != ts->interp->types.traceback)
    return raise(ts, Exc::TypeError, "throw() third argument must be a traceback object");
  Value exc;
  if (is_exception_class(ts, typ)) {
    if (is_exception_instance(ts, val)) {
      exc = newref(val);
    } else if (val.is_none()) {
      exc = call0(ts, typ);
    } else if (is_tuple(ts, val)) {
      exc = call_tuple_dict(ts, typ, val.as<TupleObject>(), nullptr);
    } else {
      exc = call1(ts, typ, val);
    }
    if (!exc) return Value();
  } else if (is_exception_instance(ts, typ)) {
    if (!val.is_none()) return raise(ts, Exc::TypeError, "instance exception may not have a separate value");
    exc = newref(typ);
  } else {
    return raisef(ts, Exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                  type_name(ts, typ));
  }
  if (!tb.is_none()) {
    auto* e = exc.as<BaseExceptionObject>();
    decref(e->traceback);
    e->traceback = newref(tb);
  }
  return exc;
}

Value gen_close_impl(ThreadState* ts, GenObject* g) {
  if (finished(g)) {
    release_frame(g);
    return Value::none();
  }
  if (g->frame->state == FrameState::Created) {
    release_frame(g);
    return Value::none();
  }
  Value exc = call0(ts, Value::from_obj(exc_type(ts, Exc::GeneratorExit)));
  if (!exc) return Value();
  Value r = gen_throw_impl(ts, g, exc, true);
  decref(exc);
  if (r) {
    decref(r);
    if (kind_of(ts, g) == GenKind::AsyncGenerator)
      return raise(ts, Exc::RuntimeError, "async generator ignored GeneratorExit");
    return raisef(ts, Exc::RuntimeError, "%s ignored GeneratorExit", kind_name(kind_of(ts, g)));
  }
  if (err_matches(ts, Exc::GeneratorExit) || err_matches(ts, Exc::StopIteration)) {
    err_clear(ts);
    return Value::none();
  }
  if (!err_occurred(ts)) return Value::none();
  return Value();
}

// ---------------------------------------------------------------- methods
Value gen_m_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "send", kwnames) || !check_nargs(ts, "send", nargs, 1, 1)) return Value();
  bool returned = false;
  Value r = gen_send_ex(ts, self.as<GenObject>(), args[0], &returned);
  if (r && returned) {
    Value x = stop_iteration_with(ts, r);
    decref(r);
    return x;
  }
  return r;
}

Value gen_m_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "throw", kwnames) || !check_nargs(ts, "throw", nargs, 1, 3)) return Value();
  Value exc = make_throw_exc(ts, args, nargs);
  if (!exc) return Value();
  Value r = gen_throw_impl(ts, self.as<GenObject>(), exc, false);
  decref(exc);
  return r;
}

Value gen_m_close(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "close", kwnames) || !check_nargs(ts, "close", nargs, 0, 0)) return Value();
  return gen_close_impl(ts, self.as<GenObject>());
}

Value gen_iternext(ThreadState* ts, Value self) {
  bool returned = false;
  Value r = gen_send_ex(ts, self.as<GenObject>(), Value::none(), &returned);
  if (r && returned) {
    // Exhausted: the return value is dropped by plain iteration (StopIteration(value) for send()).
    if (!r.is_none()) {
      Value x = stop_iteration_with(ts, r);
      decref(r);
      return x;
    }
    decref(r);
    return Value();
  }
  return r;
}

Value gen_iter(ThreadState* ts, Value self) { return newref(self); }

Value gen_repr_impl(ThreadState* ts, Value self) {
  auto* g = self.as<GenObject>();
  GenKind k = kind_of(ts, g);
  return str_new(ts, strf("<%s object %s at %p>", k == GenKind::AsyncGenerator ? "async_generator" : kind_name(k), std::string(str_view(g->qualname)).c_str(),
                          static_cast<void*>(g)));
}

// The line of `filename` (1-based) stripped of surrounding blanks, or "".
std::string source_line(const std::string& filename, int lineno) {
  if (filename.empty() || filename[0] == '<' || lineno <= 0) return std::string();
  std::ifstream in(filename, std::ios::binary);
  std::string line;
  for (int i = 0; i < lineno; ++i)
    if (!std::getline(in, line)) return std::string();
  size_t b = line.find_first_not_of(" \t\f\v\r\n");
  if (b == std::string::npos) return std::string();
  size_t e = line.find_last_not_of(" \t\f\v\r\n");
  return line.substr(b, e - b + 1);
}

// CPython's RuntimeWarning for a coroutine collected before it ever ran, as
// the warnings module shows it: "file:line: RuntimeWarning: coroutine 'f' was
// never awaited", the source line, and the tracemalloc hint; once per
// (text, line) of the running frame's module (its __warningregistry__, the
// "default" action). With no Python frame running (interpreter shutdown) the
// location is "sys:1" and only the first line is shown.
void warn_never_awaited(ThreadState* ts, GenObject* g) {
  // An imported warnings module decides (filters, showwarning), as in CPython.
  if (ts->interp->modules) {
    Value wm = dict_get(ts, ts->interp->modules, Value::from_obj(intern(ts, "warnings")));
    if (wm) {
      Ref fn(getattr_opt(ts, wm, intern(ts, "_warn_unawaited_coroutine")));
      if (fn) {
        Ref r(call1(ts, fn.get(), Value::from_obj(g)));
        if (!r) write_unraisable(ts, fn.get());
        return;
      }
    }
    err_clear(ts);
  }
  std::string text = strf("coroutine '%s' was never awaited", std::string(str_view(g->qualname)).c_str());
  std::string out;
  Frame* f = ts->frame;
  if (!f || !f->code) {
    out = "sys:1: RuntimeWarning: " + text + "\n";
  } else {
    int lineno = frame_lineno(f);
    if (f->globals) {
      Value regname = Value::from_obj(intern(ts, "__warningregistry__"));
      Value reg = dict_get(ts, f->globals, regname);  // borrowed
      if (!reg && err_occurred(ts)) return;
      if (!reg) {
        Ref d(Value::from_obj(dict_new(ts)));
        if (!d || !dict_set(ts, f->globals, regname, d.get())) return;
        reg = d.get();
      }
      if (type_of(ts, reg) == ts->interp->types.dict) {
        Ref t(str_new(ts, text));
        Ref ln(int_from_i64(ts, lineno));
        if (!t || !ln) return;
        Ref key(tuple_pack(ts, {t.get(), Value::from_obj(exc_type(ts, Exc::RuntimeWarning)), ln.get()}));
        if (!key) return;
        Value seen = dict_get(ts, reg.as<DictObject>(), key.get());
        if (seen) return;
        if (err_occurred(ts) || !dict_set(ts, reg.as<DictObject>(), key.get(), Value::True())) return;
      }
    }
    std::string filename(str_view(f->code->filename));
    out = strf("%s:%d: RuntimeWarning: ", filename.c_str(), lineno) + text + "\n";
    std::string line = source_line(filename, lineno);
    if (!line.empty()) out += "  " + line + "\n";
    out += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
  }
  Ref err(getattr_str(ts, Value::from_obj(ts->interp->sys), "stderr"));
  if (!err || err.get().is_none()) return;
  Ref s(str_new(ts, out));
  if (!s) return;
  Ref r(call_method1(ts, err.get(), "write", s.get()));
}

void gen_dealloc_impl(Object* o) {
  auto* g = static_cast<GenObject*>(o);
  ThreadState* ts = current_thread_state();
  if (g->frame && ts) {
    if (g->frame->state == FrameState::Suspended) {
      // Finalise an unfinished generator: close() runs its finally blocks.
      o->refcnt = 1;  // resurrect while closing
      Value saved = err_fetch(ts);
      Value r = gen_close_impl(ts, g);
      if (!r) write_unraisable(ts, Value::from_obj(o));
      else decref(r);
      err_restore(ts, saved);
      if (--o->refcnt > 0) return;  // resurrected by the finaliser
    } else if (g->frame->state == FrameState::Created && kind_of(ts, g) == GenKind::Coroutine) {
      o->refcnt = 1;  // resurrect: warnings._warn_unawaited_coroutine receives it
      Value saved = err_fetch(ts);
      warn_never_awaited(ts, g);
      err_clear(ts);
      err_restore(ts, saved);
      if (--o->refcnt > 0) return;
    }
  }
  release_frame(g);
  decref(g->name);
  decref(g->qualname);
  decref(g->code);
  decref(g->handled_exc);
  decref(g->origin_or_finalizer);
  free_object(o);
}

void gen_traverse_impl(Object* o, VisitFn visit, void* arg) {
  auto* g = static_cast<GenObject*>(o);
  if (g->frame) {
    Frame* f = g->frame;
    for (Value* p = f->localsplus; p < f->sp; ++p)
      if (p->is_obj()) visit(p->obj(), arg);
    if (f->func) visit(f->func, arg);
    if (f->locals.is_obj()) visit(f->locals.obj(), arg);
  }
  if (g->handled_exc.is_obj()) visit(g->handled_exc.obj(), arg);
}

void gen_clear_impl(Object* o) {
  auto* g = static_cast<GenObject*>(o);
  if (g->frame && g->frame->state != FrameState::Running) release_frame(g);
  Value h = g->handled_exc;
  g->handled_exc = Value();
  decref(h);
}

Value gen_get_running(ThreadState* ts, Value self) { return Value::boolean(self.as<GenObject>()->running); }
// coroutine.__await__() returns a coroutine_wrapper: an iterator over the coroutine.
struct CoroWrapper : Object {
  Value coro;
};

Value cw_iternext(ThreadState* ts, Value self) {
  bool returned = false;
  Value r = gen_send_ex(ts, static_cast<CoroWrapper*>(self.obj())->coro.as<GenObject>(), Value::none(), &returned);
  return returned_as_stop(ts, r, returned);
}
Value cw_iter(ThreadState* ts, Value self) { return newref(self); }
Value gen_m_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value gen_m_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value gen_m_close(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
Value cw_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return gen_m_send(ts, static_cast<CoroWrapper*>(self.obj())->coro, args, nargs, kwnames);
}
Value cw_throw(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return gen_m_throw(ts, static_cast<CoroWrapper*>(self.obj())->coro, args, nargs, kwnames);
}
Value cw_close(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  return gen_m_close(ts, static_cast<CoroWrapper*>(self.obj())->coro, args, nargs, kwnames);
}
void cw_dealloc(Object* o) {
  decref(static_cast<CoroWrapper*>(o)->coro);
  free_object(o);
}
void cw_traverse(Object* o, VisitFn visit, void* arg) {
  Value c = static_cast<CoroWrapper*>(o)->coro;
  if (c.is_obj()) visit(c.obj(), arg);
}
void cw_clear(Object* o) {
  auto* w = static_cast<CoroWrapper*>(o);
  Value c = w->coro;
  w->coro = Value();
  decref(c);
}
const MethodDef coroutine_wrapper_methods[] = {
    {"send", cw_send},
    {"throw", cw_throw},
    {"close", cw_close},
    {nullptr, nullptr},
};
const TypeSpec coroutine_wrapper_type_spec = {
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapper),
    .flags = kTypeHasGC,
    .slots = {.dealloc = cw_dealloc, .traverse = cw_traverse, .clear = cw_clear, .iter = cw_iter, .iternext = cw_iternext},
    .methods = coroutine_wrapper_methods,
};

Value coro_await(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "__await__", kwnames) || !check_nargs(ts, "__await__", nargs, 0, 0)) return Value();
  TypeObject*& t = ts->interp->types.coroutine_wrapper;
  if (!t) t = type_from_spec(ts, &coroutine_wrapper_type_spec, nullptr);
  if (!t) return Value();
  auto* w = static_cast<CoroWrapper*>(alloc_object(ts, t));
  if (!w) return Value();
  w->coro = newref(self);
  return Value::from_obj(w);
}

const MethodDef generator_methods[] = {
    {"send", gen_m_send},
    {"throw", gen_m_throw},
    {"close", gen_m_close},
    {nullptr, nullptr},
};
const MethodDef coroutine_methods[] = {
    {"send", gen_m_send},
    {"throw", gen_m_throw},
    {"close", gen_m_close},
    {"__await__", coro_await},
    {nullptr, nullptr},
};
const GetSetDef generator_getsets[] = {
    {"__name__", gen_get_name},
    {"__qualname__", gen_get_qualname},
    {"gi_running", gen_get_running},
    {"gi_code", gen_get_code},
    {"gi_frame", gen_get_frame},
    {"gi_yieldfrom", gen_get_yieldfrom},
    {"gi_suspended", gen_get_suspended},
    {nullptr, nullptr},
};
const GetSetDef coroutine_getsets[] = {
    {"__name__", gen_get_name},
    {"__qualname__", gen_get_qualname},
    {"cr_running", gen_get_running},
    {"cr_code", gen_get_code},
    {"cr_frame", gen_get_frame},
    {"cr_await", gen_get_yieldfrom},
    {"cr_suspended", gen_get_suspended},
    {nullptr, nullptr},
};

}  // namespace

Value gen_throw_exc(ThreadState* ts, GenObject* g, Value exc, bool close_on_genexit) {
  return gen_throw_impl(ts, g, exc, close_on_genexit);
}
Value gen_make_throw_exc(ThreadState* ts, const Value* args, size_t nargs) { return make_throw_exc(ts, args, nargs); }
Value gen_stop_iteration_with(ThreadState* ts, Value v) { return stop_iteration_with(ts, v); }
bool gen_finished(GenObject* g) { return finished(g); }
Value gen_get_name(ThreadState* ts, Value self) { return newref(self.as<GenObject>()->name); }
Value gen_get_qualname(ThreadState* ts, Value self) { return newref(self.as<GenObject>()->qualname); }
Value gen_get_code(ThreadState* ts, Value self) { return newref(self.as<GenObject>()->code); }
Value gen_get_frame(ThreadState* ts, Value self) {
  auto* g = self.as<GenObject>();
  if (finished(g)) return Value::none();
  return frame_object_of(ts, g->frame);
}
Value gen_get_yieldfrom(ThreadState* ts, Value self) {
  Value d = delegate_of(self.as<GenObject>());
  return d ? newref(d) : Value::none();
}
Value gen_get_suspended(ThreadState* ts, Value self) {
  auto* g = self.as<GenObject>();
  return Value::boolean(g->frame && g->frame->state == FrameState::Suspended);
}
Value gen_repr(ThreadState* ts, Value self) { return gen_repr_impl(ts, self); }
void gen_dealloc(Object* o) { gen_dealloc_impl(o); }
void gen_traverse(Object* o, VisitFn visit, void* arg) { gen_traverse_impl(o, visit, arg); }
void gen_clear(Object* o) { gen_clear_impl(o); }

const TypeSpec generator_type_spec = {
    .name = "generator",
    .basicsize = sizeof(GenObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = gen_dealloc,
              .traverse = gen_traverse,
              .clear = gen_clear,
              .repr = gen_repr,
              .iter = gen_iter,
              .iternext = gen_iternext},
    .methods = generator_methods,
    .getsets = generator_getsets,
};

const TypeSpec coroutine_type_spec = {
    .name = "coroutine",
    .basicsize = sizeof(GenObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = gen_dealloc, .traverse = gen_traverse, .clear = gen_clear, .repr = gen_repr},
    .methods = coroutine_methods,
    .getsets = coroutine_getsets,
};


}  // namespace minipy
