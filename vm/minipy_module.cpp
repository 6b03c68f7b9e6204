// vm/minipy_module.cpp — the `_minipy` native module: interpreter internals
// that the Python-source stdlib needs and CPython does in C (types.coroutine
// marking a generator function's code as an iterable coroutine), and the VM
// helper behind it (code_with_flags). Nothing here is public API.
#include "stdlib/modules.h"
#include "vm/vm.h"

namespace minipy {

Value code_with_flags(ThreadState* ts, CodeObject* co, uint32_t add_flags) {
  CodeDesc d;
  d.code.assign(co->code, co->code + co->ncode);
  d.positions.assign(co->positions, co->positions + co->ncode);
  d.exctable.assign(co->exctable, co->exctable + co->nexctable);
  for (int64_t i = 0; i < tuple_size(co->consts); ++i) d.consts.push_back(newref(tuple_item(co->consts, i)));
  for (int64_t i = 0; i < tuple_size(co->names); ++i) d.names.push_back(tuple_item(co->names, i).as<StrObject>());
  for (int64_t i = 0; i < tuple_size(co->localsplusnames); ++i)
    d.localsplusnames.push_back(tuple_item(co->localsplusnames, i).as<StrObject>());
  d.localspluskinds.assign(co->localspluskinds, co->localspluskinds + co->nlocalsplus);
  d.nlocals = co->nlocals;
  d.ncellvars = co->ncellvars;
  d.nfreevars = co->nfreevars;
  d.argcount = co->argcount;
  d.posonlyargcount = co->posonlyargcount;
  d.kwonlyargcount = co->kwonlyargcount;
  d.stacksize = co->stacksize - 2;  // code_new adds the handler's room again
  d.flags = co->flags | add_flags;
  d.firstlineno = co->firstlineno;
  d.name = std::string(str_view(co->name));
  d.qualname = std::string(str_view(co->qualname));
  d.filename = std::string(str_view(co->filename));
  return code_new(ts, d);
}

namespace {

// mark_iterable_coroutine(func): give a generator function a copy of its code
// flagged CO_ITERABLE_COROUTINE, so its generators can be awaited (CPython's
// types.coroutine does func.__code__ = co.replace(co_flags=...)). Returns func.
Value m_mark_iterable_coroutine(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "mark_iterable_coroutine", kwnames) || !check_nargs(ts, "mark_iterable_coroutine", nargs, 1, 1))
    return Value();
  Value fn = args[0];
  if (!is_function(ts, fn)) return raisef(ts, Exc::TypeError, "expected a function, not %s", type_name(ts, fn));
  auto* co = fn.as<FunctionObject>()->code.as<CodeObject>();
  if (!(co->flags & kCoIterableCoroutine)) {
    Ref nc(code_with_flags(ts, co, kCoIterableCoroutine));
    if (!nc || !setattr(ts, fn, ts->interp->names.__code__, nc.get())) return Value();
  }
  return newref(fn);
}

const MethodDef minipy_methods[] = {
    {"mark_iterable_coroutine", m_mark_iterable_coroutine},
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef minipy_module_def = {
    .name = "_minipy",
    .doc = "minipy interpreter internals used by the stdlib.",
    .methods = minipy_methods,
};

}  // namespace minipy
