// runtime/builtins_internal.h — functions of the builtins module implemented in
// builtins2.cpp (shared with builtins.cpp's method table). Private to those files.
#pragma once
#include "runtime/runtime.h"

namespace minipy {
Value builtin_aiter(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value builtin_anext(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value builtin_compile(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value builtin_dir(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value builtin_eval(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value builtin_exec(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value builtin_input(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value builtin_vars(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
// The default dir(obj) listing (object.__dir__ / type.__dir__ / module.__dir__ semantics), unsorted.
Value default_dir(ThreadState* ts, Value obj);
}  // namespace minipy
