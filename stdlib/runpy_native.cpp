// stdlib/runpy_native.cpp — the native `_runpy` helper of runpy.py: read the
// source of a module embedded in the binary (the frozen stdlib), which
// runpy.run_module needs to run such a module without importing it.
// Must not: execute anything (runpy.py runs the code).
#include "stdlib/modules.h"
#include "vm/frozen.h"

namespace minipy {

namespace {

// frozen_source(name) -> (source, is_package) or None
Value rp_frozen_source(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "frozen_source", kw) || !check_nargs(ts, "frozen_source", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "frozen_source() argument must be str, not %s", type_name(ts, args[0]));
  std::string_view name = str_view(args[0]);
  for (const FrozenModule* m = kFrozenModules; m->name; ++m) {
    if (name == m->name) {
      Ref src(str_new(ts, std::string_view(m->source, m->size)));
      if (!src) return Value();
      return tuple_pack(ts, {src.get(), Value::boolean(m->is_package != 0)});
    }
  }
  return Value::none();
}

const MethodDef kMethods[] = {
    {"frozen_source", rp_frozen_source, kMethNormal, "Source of an embedded stdlib module, or None."},
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef runpy_native_module_def = {
    .name = "_runpy",
    .doc = "Helpers for runpy: access to the stdlib modules embedded in minipy.",
    .methods = kMethods,
};

}  // namespace minipy
