// stdlib/astconv.h — between the two halves of the native `_astconv` module:
// stdlib/_astconv.cpp (C++ parse tree -> ast node objects, behind ast.parse)
// and stdlib/_astconv_compile.cpp (ast node objects -> C++ tree -> code object).
#pragma once
#include "stdlib/modules.h"

namespace minipy {

// _astconv.compile(tree, filename, mode): compile an ast tree (Module for
// 'exec', Expression for 'eval', Interactive for 'single') to a code object,
// with CPython's validation errors. The hook for compile(ast_object, ...).
Value astconv_compile(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);

}  // namespace minipy
