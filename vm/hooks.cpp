// vm/hooks.cpp — the VM services the runtime reaches through hook functions
// declared in runtime/objects.h: globals()/locals(), exec/eval/compile,
// __build_class__, zero-argument super(), sys._getframe, and frame objects.
#include "vm/trace.h"
#include "vm/vm.h"

namespace minipy {

// ---------------------------------------------------------------- frame objects
// frameobj_saved (vm/frame.h): the values start right after the struct.
static_assert(sizeof(FrameObject) % alignof(Value) == 0);

namespace {

// The values a finished function frame left (frame_object_detach) dropped.
void frameobj_drop_saved(FrameObject* fo) {
  int32_t n = fo->nsaved;
  fo->nsaved = 0;
  Value* saved = frameobj_saved(fo);
  for (int32_t i = 0; i < n; ++i) {
    Value v = saved[i];
    saved[i] = Value();
    decref(v);
  }
}

void frameobj_clear_refs(Object* o) {
  auto* fo = static_cast<FrameObject*>(o);
  frameobj_drop_saved(fo);
  Value t = fo->trace, l = fo->locals, b = fo->back;
  fo->trace = Value();
  fo->locals = Value();
  fo->back = Value();
  decref(t);
  decref(l);
  decref(b);
}

void frameobj_dealloc(Object* o) {
  auto* fo = static_cast<FrameObject*>(o);
  if (fo->frame) fo->frame->frame_obj = Value();
  frameobj_clear_refs(o);
  decref(fo->code);
  decref(fo->globals);
  free_object(o);
}

void frameobj_traverse(Object* o, VisitFn visit, void* arg) {
  auto* fo = static_cast<FrameObject*>(o);
  for (Value v : {fo->code, fo->globals, fo->back, fo->trace, fo->locals})
    if (v.is_obj()) visit(v.obj(), arg);
  Value* saved = frameobj_saved(fo);
  for (int32_t i = 0; i < fo->nsaved; ++i)
    if (saved[i].is_obj()) visit(saved[i].obj(), arg);
}

// f_lineno: the line of the instruction being run; at a frame's 'call' event
// (lasti -1, vm/profile.cpp) the first line of its code (0 for a module).
int frameobj_lineno(FrameObject* fo) {
  if (!fo->frame) return fo->lineno;
  Frame* f = fo->frame;
  if (f->lasti < 0 && f->code) {
    std::string_view n = str_view(f->code->name);
    return n == "<module>" ? 0 : f->code->firstlineno;
  }
  return frame_lineno(f);
}

Value frameobj_repr(ThreadState* ts, Value v) {
  auto* fo = v.as<FrameObject>();
  auto* co = fo->code.as<CodeObject>();
  int line = frameobj_lineno(fo);
  return str_new(ts, strf("<frame at %p, file '%s', line %d, code %s>", static_cast<void*>(fo),
                          std::string(str_view(co->filename)).c_str(), line, std::string(str_view(co->name)).c_str()));
}

Value fo_get_code(ThreadState* ts, Value self) { return newref(self.as<FrameObject>()->code); }
Value fo_get_globals(ThreadState* ts, Value self) { return newref(self.as<FrameObject>()->globals); }
Value fo_get_lineno(ThreadState* ts, Value self) { return Value::small_int(frameobj_lineno(self.as<FrameObject>())); }
Value fo_get_lasti(ThreadState* ts, Value self) {
  auto* fo = self.as<FrameObject>();
  if (!fo->frame) return Value::small_int(fo->lineno >= 0 ? fo->lasti_done * 2 : -1);
  return Value::small_int(fo->frame->lasti * 2);
}
Value fo_get_back(ThreadState* ts, Value self) {
  auto* fo = self.as<FrameObject>();
  if (fo->frame) {
    if (Frame* back = frame_back(fo->frame)) return frame_object_of(ts, back);  // chains: vm/frame.h
  }
  return fo->back ? newref(fo->back) : Value::none();
}
Value locals_of_frame(ThreadState* ts, Frame* f);
Value fo_get_locals(ThreadState* ts, Value self) {
  auto* fo = self.as<FrameObject>();
  if (!fo->frame) {
    if (fo->nsaved && !fo->locals) {
      // The values the function frame left (frame_object_detach): the dict now.
      auto* co = fo->code.as<CodeObject>();
      Value* saved = frameobj_saved(fo);
      DictObject* d = dict_new(ts);
      if (!d) return Value();
      Ref keep(Value::from_obj(d));
      for (int32_t i = 0; i < fo->nsaved && i < co->nlocalsplus; ++i)
        if (saved[i] && !dict_set(ts, d, tuple_item(co->localsplusnames, i), saved[i])) return Value();
      fo->locals = keep.release();
      frameobj_drop_saved(fo);
    }
    if (fo->locals) return newref(fo->locals);
    return Value::from_obj(dict_new(ts));
  }
  if (fo->frame->locals) return newref(fo->frame->locals);
  // A function frame: one dict per frame object, brought up to date on each
  // access (CPython's PyFrame_FastToLocals), written back after each trace
  // function call (frame_locals_to_fast).
  if (!fo->locals) {
    DictObject* d = dict_new(ts);
    if (!d) return Value();
    fo->locals = Value::from_obj(d);
  }
  if (!frame_fast_to_locals(ts, fo)) return Value();
  return newref(fo->locals);
}
Value fo_get_builtins(ThreadState* ts, Value self) {
  auto* fo = self.as<FrameObject>();
  if (fo->frame && fo->frame->builtins) return newref(fo->frame->builtins);
  return newref(ts->interp->builtins_dict);
}
Value fo_get_trace(ThreadState* ts, Value self) {
  Value t = self.as<FrameObject>()->trace;
  return t ? newref(t) : Value::none();
}
bool fo_set_trace(ThreadState* ts, Value self, Value v) {
  auto* fo = self.as<FrameObject>();
  Value old = fo->trace;
  fo->trace = v && !v.is_none() ? newref(v) : Value();
  decref(old);
  return true;
}
Value fo_get_trace_lines(ThreadState*, Value self) { return Value::boolean(self.as<FrameObject>()->trace_lines); }
Value fo_get_trace_opcodes(ThreadState*, Value self) { return Value::boolean(self.as<FrameObject>()->trace_opcodes); }
bool fo_set_bool(ThreadState* ts, Value v, bool* out, const char* what) {
  if (!v) return raisef(ts, Exc::AttributeError, "cannot delete attribute"), false;
  if (!v.is_bool()) return raisef(ts, Exc::TypeError, "attribute value type must be bool"), false;
  *out = v.is_true();
  (void)what;
  return true;
}
bool fo_set_trace_lines(ThreadState* ts, Value self, Value v) {
  return fo_set_bool(ts, v, &self.as<FrameObject>()->trace_lines, "f_trace_lines");
}
bool fo_set_trace_opcodes(ThreadState* ts, Value self, Value v) {
  return fo_set_bool(ts, v, &self.as<FrameObject>()->trace_opcodes, "f_trace_opcodes");
}

// frame.clear(): drop what a finished frame keeps; a running one cannot be cleared.
Value fo_clear(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "clear", kwnames) || !check_nargs(ts, "clear", nargs, 0, 0)) return Value();
  auto* fo = self.as<FrameObject>();
  if (fo->frame) {
    Frame* f = fo->frame;
    if (f->owner == FrameOwner::Generator && f->gen && f->state == FrameState::Suspended) {
      // A suspended generator's frame: close the generator (CPython does).
      Ref r(call_method(ts, f->gen, ts->interp->names.close, nullptr, 0));
      if (!r) return Value();
      return Value::none();
    }
    if (f->state != FrameState::Completed) return raise(ts, Exc::RuntimeError, "cannot clear an executing frame");
  }
  Value t = fo->trace, l = fo->locals;
  fo->trace = Value();
  fo->locals = Value();
  decref(t);
  decref(l);
  frameobj_drop_saved(fo);
  return Value::none();
}

const MethodDef frame_methods[] = {
    {"clear", fo_clear, kMethNormal, "F.clear(): clear most references held by the frame"},
    {nullptr, nullptr},
};

const GetSetDef frame_getsets[] = {
    {"f_code", fo_get_code},       {"f_globals", fo_get_globals}, {"f_lineno", fo_get_lineno, frame_set_lineno},
    {"f_lasti", fo_get_lasti},     {"f_back", fo_get_back},       {"f_locals", fo_get_locals},
    {"f_builtins", fo_get_builtins},
    {"f_trace", fo_get_trace, fo_set_trace},
    {"f_trace_lines", fo_get_trace_lines, fo_set_trace_lines},
    {"f_trace_opcodes", fo_get_trace_opcodes, fo_set_trace_opcodes},
    {nullptr, nullptr},
};

}  // namespace

// The fast locals of a live function frame into fo->locals (names of unset
// locals removed).
bool frame_fast_to_locals(ThreadState* ts, FrameObject* fo) {
  Frame* f = fo->frame;
  if (!f || f->locals || !fo->locals) return true;
  auto* d = fo->locals.as<DictObject>();
  CodeObject* co = f->code;
  for (int32_t i = 0; i < co->nlocalsplus; ++i) {
    Value v = f->localsplus[i];
    uint8_t kind = co->localspluskinds[i];
    if (v && (kind & (kLocalCell | kLocalFree)) && v.is_obj() && v.obj()->type == ts->interp->types.cell)
      v = v.as<CellObject>()->ref;
    Value name = tuple_item(co->localsplusnames, i);
    if (v) {
      if (!dict_set(ts, d, name, v)) return false;
    } else if (dict_del(ts, d, name) < 0) {
      return false;
    }
  }
  return true;
}

// fo->locals back into the live frame's fast locals (CPython's
// PyFrame_LocalsToFast(frame, 1), after a trace function ran): what a
// debugger assigned through frame.f_locals takes effect.
void frame_locals_to_fast(ThreadState* ts, FrameObject* fo) {
  Frame* f = fo->frame;
  if (!f || f->locals || !fo->locals) return;
  auto* d = fo->locals.as<DictObject>();
  CodeObject* co = f->code;
  for (int32_t i = 0; i < co->nlocalsplus; ++i) {
    Value v = dict_get(ts, d, tuple_item(co->localsplusnames, i));
    if (!v && err_occurred(ts)) {
      err_clear(ts);
      continue;
    }
    uint8_t kind = co->localspluskinds[i];
    Value cur = f->localsplus[i];
    if (cur && (kind & (kLocalCell | kLocalFree)) && cur.is_obj() && cur.obj()->type == ts->interp->types.cell) {
      auto* cell = cur.as<CellObject>();
      if (cell->ref == v) continue;
      Value old = cell->ref;
      cell->ref = v ? newref(v) : Value();
      decref(old);
      continue;
    }
    if (cur == v) continue;
    f->localsplus[i] = v ? newref(v) : Value();
    decref(cur);
  }
}

namespace {

// The locals of a frame as a new dict (a snapshot for optimized frames).
Value locals_of_frame(ThreadState* ts, Frame* f) {
  if (f->locals) return newref(f->locals);
  DictObject* d = dict_new(ts);
  if (!d) return Value();
  CodeObject* co = f->code;
  for (int32_t i = 0; i < co->nlocalsplus; ++i) {
    Value v = f->localsplus[i];
    if (!v) continue;
    uint8_t kind = co->localspluskinds[i];
    if (kind & (kLocalCell | kLocalFree)) {
      // Before MAKE_CELL runs, an argument slot still holds the plain value.
      if (v.is_obj() && v.obj()->type == ts->interp->types.cell) {
        v = v.as<CellObject>()->ref;
        if (!v) continue;
      }
    }
    if (!dict_set(ts, d, tuple_item(co->localsplusnames, i), v)) {
      decref(d);
      return Value();
    }
  }
  return Value::from_obj(d);
}

}  // namespace

const TypeSpec frame_type_spec = {
    .name = "frame",
    .basicsize = sizeof(FrameObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = frameobj_dealloc, .traverse = frameobj_traverse, .clear = frameobj_clear_refs,
              .repr = frameobj_repr},
    .methods = frame_methods,
    .getsets = frame_getsets,
};

Value frame_object_of(ThreadState* ts, Frame* f) {
  if (f->frame_obj) return newref(f->frame_obj);
  // A function frame's object has room for its fast locals (frame_object_detach).
  int32_t nslots = f->locals ? 0 : f->code->nlocalsplus;
  auto* fo = reinterpret_cast<FrameObject*>(
      alloc_object(ts, ts->interp->types.frame, size_t(nslots) * sizeof(Value)));
  if (!fo) return Value();
  fo->nslots = nslots;
  fo->frame = f;
  fo->code = newref(Value::from_obj(f->code));
  fo->globals = newref(Value::from_obj(f->globals));
  fo->trace_lines = true;
  fo->line_event_at = -1;
  f->frame_obj = Value::from_obj(fo);  // the frame owns one reference
  return newref(Value::from_obj(fo));
}

void frame_object_detach(ThreadState* ts, Frame* f) {
  Value fv = f->frame_obj;
  if (!fv) return;
  auto* fo = fv.as<FrameObject>();
  f->frame_obj = Value();
  fo->frame = nullptr;
  fo->lineno = frame_lineno(f);
  fo->lasti_done = f->lasti;
  if (fv.obj()->refcnt > 1) {
    // Someone keeps the frame object (a traceback, a debugger): it keeps
    // what CPython's frame object takes over from a finishing frame.
    CodeObject* co = f->code;
    if (!fo->locals && !f->locals && fo->nslots == co->nlocalsplus && !fo->nsaved) {
      // The values only, moved out of the finishing frame (frame_clear comes
      // next) into the room after the object; cells are read now. f_locals
      // makes the dict if asked.
      Value* saved = frameobj_saved(fo);
      TypeObject* cell_type = ts->interp->types.cell;
      for (int32_t i = 0; i < co->nlocalsplus; ++i) {
        Value v = f->localsplus[i];
        if (!v) continue;
        if ((co->localspluskinds[i] & (kLocalCell | kLocalFree)) && v.is_obj() && v.obj()->type == cell_type) {
          Value c = v.as<CellObject>()->ref;
          saved[i] = c ? newref(c) : Value();
        } else {
          saved[i] = v;
          f->localsplus[i] = Value();
        }
      }
      fo->nsaved = co->nlocalsplus;
      Frame* back = fo->back ? nullptr : frame_back(f);
      if (back && back->frame_obj) {
        fo->back = newref(back->frame_obj);
        back = nullptr;
      }
      if (!back) {
        decref(fv);
        return;
      }
    }
    Value saved = err_fetch(ts);
    if (!fo->locals && f->locals) {
      fo->locals = newref(f->locals);  // module / class body: the namespace itself
    } else if (fo->locals && !f->locals && !frame_fast_to_locals(ts, fo)) {
      err_clear(ts);
    }
    if (!fo->back) {
      if (Frame* back = frame_back(f)) {
        fo->back = frame_object_of(ts, back);
        if (!fo->back) err_clear(ts);
      }
    }
    err_restore(ts, saved);
  }
  decref(fv);
}

// ---------------------------------------------------------------- globals(), locals(), exec, eval
Value vm_globals(ThreadState* ts) {
  if (!ts->frame) return Value::none();
  return newref(ts->frame->globals);
}

Value vm_locals(ThreadState* ts) {
  if (!ts->frame) return raise(ts, Exc::SystemError, "frame does not exist");
  return locals_of_frame(ts, ts->frame);
}

Value vm_getframe(ThreadState* ts, int depth) {
  Frame* f = ts->frame;
  for (int i = 0; i < depth && f; ++i) f = f->previous;
  if (!f) return raise(ts, Exc::ValueError, "call stack is not deep enough");
  return frame_object_of(ts, f);
}

static CompileMode mode_from(ThreadState* ts, Value mode, bool* ok) {
  *ok = true;
  std::string_view m = is_str(ts, mode) ? str_view(mode) : std::string_view();
  if (m == "exec") return CompileMode::Exec;
  if (m == "eval") return CompileMode::Eval;
  if (m == "single") return CompileMode::Single;
  *ok = false;
  raise(ts, Exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  return CompileMode::Exec;
}

static bool source_text(ThreadState* ts, Value src, const char* fname, std::string* out) {
  if (is_str(ts, src)) {
    *out = std::string(str_view(src));
    return true;
  }
  std::string_view b;
  if (bytes_like_view(ts, src, &b)) {
    *out = std::string(b);
    return true;
  }
  err_clear(ts);
  raisef(ts, Exc::TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
  return false;
}

Value vm_compile(ThreadState* ts, Value source, Value filename, Value mode, int flags, int optimize) {
  if (is_code(ts, source)) return newref(source);
  bool ok;
  CompileMode cm = mode_from(ts, mode, &ok);
  if (!ok) return Value();
  std::string text;
  if (!source_text(ts, source, "compile", &text)) return Value();
  std::string fname = is_str(ts, filename) ? std::string(str_view(filename)) : "<string>";
  return compile_source_opts(ts, text, fname, cm, CompileOptions{flags, optimize});
}

Value vm_exec(ThreadState* ts, Value source_or_code, Value globals, Value locals, bool eval_mode) {
  const char* fname = eval_mode ? "eval" : "exec";
  Ref g, l;
  if (!globals || globals.is_none()) {
    if (!ts->frame) return raise(ts, Exc::SystemError, "no current frame");
    g = Ref::borrow(Value::from_obj(ts->frame->globals));
    if (!locals || locals.is_none()) {
      l = Ref(locals_of_frame(ts, ts->frame));
      if (!l) return Value();
    }
  } else {
    if (!is_dict(ts, globals))
      return raisef(ts, Exc::TypeError, eval_mode ? "globals must be a dict" : "exec() globals must be a dict, not %s",
                    type_name(ts, globals));
    g = Ref::borrow(globals);
  }
  if (locals && !locals.is_none()) l = Ref::borrow(locals);
  if (!l) l = Ref::borrow(g.get());
  Ref code;
  if (is_code(ts, source_or_code)) {
    code = Ref::borrow(source_or_code);
  } else {
    std::string text;
    if (!source_text(ts, source_or_code, fname, &text)) return Value();
    if (eval_mode) {
      size_t s = 0;
      while (s < text.size() && (text[s] == ' ' || text[s] == '\t')) ++s;
      text = text.substr(s);
    }
    code = Ref(compile_source(ts, text, "<string>", eval_mode ? CompileMode::Eval : CompileMode::Exec));
    if (!code) return Value();
  }
  Value r = run_code(ts, code.get(), g.as<DictObject>(), l.get());
  if (!r) return Value();
  if (!eval_mode) {
    decref(r);
    return Value::none();
  }
  return r;
}

// ---------------------------------------------------------------- __build_class__
static TypeObject* calculate_metaclass(ThreadState* ts, TypeObject* meta, Value bases) {
  TypeObject* winner = meta;
  for (int64_t i = 0; i < tuple_size(bases); ++i) {
    TypeObject* t = type_of(ts, tuple_item(bases, i));
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(ts, Exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of "
          "all its bases");
    return nullptr;
  }
  return winner;
}

Value vm_build_class(ThreadState* ts, const Value* args, size_t nargs, TupleObject* kwnames) {
  Interpreter* interp = ts->interp;
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  size_t npos = nargs;
  if (npos < 2) return raise(ts, Exc::TypeError, "__build_class__: not enough arguments");
  Value func = args[0];
  Value name = args[1];
  if (!is_function(ts, func)) return raise(ts, Exc::TypeError, "__build_class__: func must be a function");
  if (!is_str(ts, name)) return raise(ts, Exc::TypeError, "__build_class__: name is not a string");
  Ref orig_bases(tuple_from(ts, args + 2, int64_t(npos - 2)));
  if (!orig_bases) return Value();
  // PEP 560: __mro_entries__ on non-type bases.
  Ref bases = Ref::borrow(orig_bases.get());
  {
    bool changed = false;
    ListObject* nb = list_new(ts);
    Ref nbref(Value::from_obj(nb));
    for (int64_t i = 0; i < tuple_size(orig_bases.get()); ++i) {
      Value b = tuple_item(orig_bases.get(), i);
      if (type_has(type_of(ts, b), kTypeTypeSubclass)) {
        list_append(ts, nb, b);
        continue;
      }
      Ref me(getattr_opt(ts, b, interp->names.__mro_entries__));
      if (!me) {
        if (err_occurred(ts)) return Value();
        list_append(ts, nb, b);
        continue;
      }
      Ref entries(call1(ts, me.get(), orig_bases.get()));
      if (!entries) return Value();
      if (!is_tuple(ts, entries.get())) return raise(ts, Exc::TypeError, "__mro_entries__ must return a tuple");
      for (int64_t j = 0; j < tuple_size(entries.get()); ++j) list_append(ts, nb, tuple_item(entries.get(), j));
      changed = true;
    }
    if (changed) bases = Ref(list_as_tuple(ts, nb));
  }
  // Keyword arguments: metaclass= and the rest for the metaclass.
  Value meta;
  std::vector<Value> kwvals;
  std::vector<Value> kwn;
  for (size_t i = 0; i < nkw; ++i) {
    Value k = kwnames->items[i];
    if (str_view(k) == "metaclass")
      meta = args[npos + i];
    else {
      kwn.push_back(k);
      kwvals.push_back(args[npos + i]);
    }
  }
  Ref kwn_tuple;
  if (!kwn.empty()) kwn_tuple = Ref(tuple_from(ts, kwn.data(), int64_t(kwn.size())));
  bool is_class_meta = false;
  Ref metaref;
  if (!meta) {
    meta = tuple_size(bases.get()) ? Value::from_obj(type_of(ts, tuple_item(bases.get(), 0))) : Value::from_obj(interp->types.type);
    is_class_meta = true;
  } else {
    is_class_meta = type_has(type_of(ts, meta), kTypeTypeSubclass);
  }
  if (is_class_meta) {
    TypeObject* w = calculate_metaclass(ts, meta.as<TypeObject>(), bases.get());
    if (!w) return Value();
    meta = Value::from_obj(w);
  }
  metaref = Ref::borrow(meta);
  // __prepare__
  Ref ns;
  {
    Ref prep(getattr_opt(ts, meta, interp->names.__prepare__));
    if (!prep && err_occurred(ts)) return Value();
    if (prep) {
      std::vector<Value> pargs = {name, bases.get()};
      for (Value v : kwvals) pargs.push_back(v);
      ns = Ref(call(ts, prep.get(), pargs.data(), 2, kwn_tuple ? kwn_tuple.as<TupleObject>() : nullptr));
      if (!ns) return Value();
    } else {
      ns = Ref(Value::from_obj(dict_new(ts)));
    }
  }
  Ref cell(call_with_locals(ts, func.as<FunctionObject>(), ns.get()));
  if (!cell) return Value();
  if (bases.get() != orig_bases.get()) {
    if (!setitem(ts, ns.get(), Value::from_obj(interp->names.__orig_bases__), orig_bases.get())) return Value();
  }
  std::vector<Value> margs = {name, bases.get(), ns.get()};
  for (Value v : kwvals) margs.push_back(v);
  Value cls = call(ts, meta, margs.data(), 3, kwn_tuple ? kwn_tuple.as<TupleObject>() : nullptr);
  if (!cls) return Value();
  if (cell.get().is_obj() && cell.obj()->type == interp->types.cell) {
    auto* c = cell.as<CellObject>();
    if (!c->ref) {
      c->ref = newref(cls);
    } else if (c->ref != cls) {
      decref(cls);
      return raisef(ts, Exc::TypeError, "__class__ set to %s defining %s as %s", "<cell>", std::string(str_view(name)).c_str(),
                    "<class>");
    }
  }
  return cls;
}

// ---------------------------------------------------------------- super()
bool super_zero_args(ThreadState* ts, TypeObject** type, Value* obj) {
  Frame* f = ts->frame;
  if (!f) {
    raise(ts, Exc::RuntimeError, "super(): no current frame");
    return false;
  }
  CodeObject* co = f->code;
  if (co->argcount == 0 && !(co->flags & kCoVarargs)) {
    raise(ts, Exc::RuntimeError, "super(): no arguments");
    return false;
  }
  Value first = f->localsplus[0];
  if (first && (co->localspluskinds[0] & kLocalCell) && first.is_obj() && first.obj()->type == ts->interp->types.cell)
    first = first.as<CellObject>()->ref;
  if (!first) {
    raise(ts, Exc::RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (int32_t i = 0; i < co->nlocalsplus; ++i) {
    if (!(co->localspluskinds[i] & kLocalFree)) continue;
    if (str_view(tuple_item(co->localsplusnames, i)) != "__class__") continue;
    Value cell = f->localsplus[i];
    Value cls = cell ? cell.as<CellObject>()->ref : Value();
    if (!cls) {
      raise(ts, Exc::RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!type_has(type_of(ts, cls), kTypeTypeSubclass)) {
      raisef(ts, Exc::RuntimeError, "super(): __class__ is not a type (%s)", type_name(ts, cls));
      return false;
    }
    *type = cls.as<TypeObject>();
    *obj = first;
    return true;
  }
  raise(ts, Exc::RuntimeError, "super(): __class__ cell not found");
  return false;
}

}  // namespace minipy
