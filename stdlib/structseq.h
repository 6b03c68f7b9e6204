// stdlib/structseq.h — named-tuple-like "struct sequence" types for native
// modules (sys.version_info, sys.float_info, time.struct_time...): a tuple
// subclass whose fields are also attributes, with CPython's repr
// "sys.version_info(major=3, minor=11, ...)". Implemented in stdlib/sys.cpp;
// the inline helpers at the end (a module's struct-sequence types) are shared
// by posix, pwd/grp and time.
#pragma once
#include <cstring>

#include "runtime/runtime.h"

namespace minipy {

// Getter for field I of a struct sequence (use in a TypeSpec's getsets, in field order).
template <int I>
Value structseq_field(ThreadState*, Value self) {
  auto* t = self.as<TupleObject>();
  return I < t->size ? newref(t->items[I]) : Value::none();
}
Value structseq_repr(ThreadState* ts, Value self);
// __new__(cls, sequence): build from a sequence of exactly the number of getsets.
Value structseq_new_slot(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw);
// Create an instance of `type` (a struct-sequence type) from n values (increfs them).
Value structseq_new(ThreadState* ts, TypeObject* type, const Value* items, int64_t n);
// A struct sequence TypeSpec: name "module.type", fields given by getsets.
#define MINIPY_STRUCTSEQ_SPEC(NAME, GETSETS)                                                   \
  TypeSpec {                                                                                   \
    .name = NAME, .basicsize = 0, .flags = 0,                                                  \
    .slots = {.repr = structseq_repr, .new_ = structseq_new_slot}, .getsets = GETSETS,         \
    .base_name = "tuple"                                                                       \
  }

// The struct-sequence type `name` that a module's init stored in it (borrowed),
// or null when `module` is not a module or has no such type.
inline TypeObject* structseq_type_of(ThreadState* ts, Value module, const char* name) {
  if (!module.is_obj() || module.obj()->type != ts->interp->types.module) return nullptr;
  Value t = dict_get_str(module.as<ModuleObject>()->dict, intern(ts, name));
  return t && t.is_obj() && type_has(type_of(ts, t), kTypeTypeSubclass) ? t.as<TypeObject>() : nullptr;
}

// Module init: create the type of `spec` ("module.name", a tuple subclass)
// and add it to `m` under the part of its name after the last dot. The
// creation reference is kept for the interpreter's lifetime (instances point at it).
// The class attributes n_sequence_fields / n_fields / n_unnamed_fields are set
// as CPython has them: by default every getset is a sequence field.
inline bool structseq_add_type(ThreadState* ts, ModuleObject* m, const TypeSpec* spec, int64_t n_sequence = -1,
                               int64_t n_fields = -1) {
  TypeObject* t = type_from_spec(ts, spec, ts->interp->types.tuple);
  if (!t) return false;
  int64_t n = 0;
  for (const GetSetDef* g = spec->getsets; g && g->name; g++) n++;
  if (n_sequence < 0) n_sequence = n;
  if (n_fields < 0) n_fields = n;
  // Nothing has looked the type up yet, so its dict may be filled directly.
  if (!dict_set_str(ts, t->dict, "n_sequence_fields", Value::small_int(n_sequence)) ||
      !dict_set_str(ts, t->dict, "n_fields", Value::small_int(n_fields)) ||
      !dict_set_str(ts, t->dict, "n_unnamed_fields", Value::small_int(0)))
    return false;
  const char* dot = std::strrchr(spec->name, '.');
  return module_add(ts, m, dot ? dot + 1 : spec->name, Value::from_obj(t));
}

// An instance of the struct-sequence type `type_name` of `module`, from n
// OWNED items, which are released here in every case (a null item means its
// construction failed: its error is pending and null is returned).
inline Value structseq_build(ThreadState* ts, Value module, const char* type_name, Value* items, int64_t n) {
  bool ok = true;
  for (int64_t i = 0; i < n; i++) ok = ok && bool(items[i]);
  Value r;
  if (ok) {
    TypeObject* t = structseq_type_of(ts, module, type_name);
    r = t ? structseq_new(ts, t, items, n) : raisef(ts, Exc::SystemError, "%s type is missing", type_name);
  }
  for (int64_t i = 0; i < n; i++) decref(items[i]);
  return r;
}

}  // namespace minipy
