// vm/code.h — code objects (compiled bytecode + metadata) and function objects,
// and the compiler's entry points. The compiler produces CodeObjects; the
// evaluation loop runs them in frames (vm/frame.h).
#pragma once
#include <string>
#include <vector>

#include "grammar/ast.h"
#include "runtime/runtime.h"
#include "vm/opcodes.h"

namespace minipy {

// CodeObject::flags (CPython's values).
enum CodeFlags : uint32_t {
  kCoOptimized = 0x1,
  kCoNewLocals = 0x2,
  kCoVarargs = 0x4,
  kCoVarkeywords = 0x8,
  kCoNested = 0x10,
  kCoGenerator = 0x20,
  kCoNoFree = 0x40,
  kCoCoroutine = 0x80,
  kCoIterableCoroutine = 0x100,
  kCoAsyncGenerator = 0x200,
};

// Kinds of localsplus slots (bit flags, like CPython 3.11's CO_FAST_*).
enum LocalKind : uint8_t {
  kLocalFast = 0x20,   // a plain local (arguments included)
  kLocalCell = 0x40,   // a cell variable (may also be kLocalFast for an argument captured by a closure)
  kLocalFree = 0x80,   // a free variable (copied from the closure)
};

// One row of the exception table: an exception raised by an instruction in
// [start, end) unwinds the value stack to `depth` items, pushes the offset of
// the raising instruction as an int if `lasti`, pushes the exception and
// continues at `handler`. Rows are sorted by start; ranges do not overlap (the
// innermost handler is chosen by the compiler).
struct ExceptionTableEntry {
  uint32_t start, end, handler;
  uint32_t depth;
  bool lasti;
};

// Source span of one instruction word (for tracebacks with carets). line 0 = none.
struct Position {
  int32_t line = 0, end_line = 0;
  int32_t col = -1, end_col = -1;   // 0-based UTF-8 byte columns; -1 = unknown
};

struct CodeObject : Object {
  uint32_t* code;              // ncode instruction words (cache words included), mem_alloc'd
  int32_t ncode;
  Position* positions;         // one per code word, mem_alloc'd
  ExceptionTableEntry* exctable;  // mem_alloc'd
  int32_t nexctable;
  Value consts;                // tuple
  Value names;                 // tuple of interned str (globals, attributes, imports)
  Value localsplusnames;       // tuple of interned str
  uint8_t* localspluskinds;    // LocalKind per localsplus slot, mem_alloc'd
  int32_t nlocalsplus;
  int32_t nlocals;             // slots that are kLocalFast (they come first)
  int32_t ncellvars;           // slots with kLocalCell and not kLocalFast
  int32_t nfreevars;           // the last nfreevars slots
  int32_t argcount;            // positional args (incl. positional-only)
  int32_t posonlyargcount;
  int32_t kwonlyargcount;
  int32_t stacksize;           // maximum value stack depth
  uint32_t flags;              // CodeFlags
  int32_t firstlineno;
  Value name;                  // str
  Value qualname;              // str
  Value filename;              // str
  void* vm_data;               // evaluation loop's per-code data (e.g. quickening state), owned by vm
};

// Positional args come first in localsplus (argcount + kwonlyargcount, then
// *args if kCoVarargs, then **kwargs if kCoVarkeywords).
int32_t code_total_args(const CodeObject* co);

// A plain description of a code object, filled by the compiler and turned into
// a CodeObject by code_new (so the compiler never deals with raw layouts).
struct CodeDesc {
  std::vector<uint32_t> code;
  std::vector<Position> positions;       // same length as code
  std::vector<ExceptionTableEntry> exctable;
  std::vector<Value> consts;             // owned references; code_new steals them
  std::vector<StrObject*> names;         // interned
  std::vector<StrObject*> localsplusnames;  // interned
  std::vector<uint8_t> localspluskinds;
  int32_t nlocals = 0, ncellvars = 0, nfreevars = 0;
  int32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int32_t stacksize = 0;
  uint32_t flags = 0;
  int32_t firstlineno = 1;
  std::string name, qualname, filename;
};
// Build a CodeObject (new reference), taking ownership of desc.consts.
Value code_new(ThreadState* ts, CodeDesc& desc);
bool is_code(ThreadState* ts, Value v);

struct FunctionObject : Object {
  Value code;          // CodeObject
  Value globals;       // DictObject
  Value builtins;      // DictObject (builtins of the defining module)
  Value name;          // str (__name__)
  Value qualname;      // str
  Value defaults;      // tuple or null
  Value kwdefaults;    // dict or null
  Value closure;       // tuple of cells or null
  Value doc;           // __doc__ (None when absent)
  Value module;        // __module__
  Value annotations;   // dict or null
  DictObject* dict;    // __dict__ (function attributes), may be null
  uint32_t version;    // for call-site caches
};
Value function_new(ThreadState* ts, Value code, Value globals, Value qualname = Value());
bool is_function(ThreadState* ts, Value v);

// ---------------------------------------------------------------- compiler (vm/compiler*.cpp)
enum class CompileMode : uint8_t { Exec, Eval, Single };
// Compile a parsed module into a code object (new reference). On error raises
// SyntaxError (with filename, lineno, offset, text) and returns null.
Value compile_ast(ThreadState* ts, const ast::Module& mod, const std::string& filename, CompileMode mode,
                  const std::string& source);
// Parse + compile source text (raises SyntaxError/IndentationError on parse errors).
Value compile_source(ThreadState* ts, const std::string& source, const std::string& filename, CompileMode mode);
// compile()'s arguments beyond the mode (helper-42): `optimize` -1 = the
// interpreter's -O level, else 0/1/2 (asserts, __debug__, docstrings);
// `flags` = CPython's PyCF_* / CO_FUTURE_* bits (PyCF_ALLOW_TOP_LEVEL_AWAIT
// 0x2000 lets module-level code await; the code object then has CO_COROUTINE).
struct CompileOptions {
  int flags = 0;
  int optimize = -1;
};
Value compile_source_opts(ThreadState* ts, const std::string& source, const std::string& filename, CompileMode mode,
                          const CompileOptions& opts);
Value compile_ast_opts(ThreadState* ts, const ast::Module& mod, const std::string& filename, CompileMode mode,
                       const std::string& source, const CompileOptions& opts);

// ---------------------------------------------------------------- disassembler (vm/dis.cpp)
// Text listing of a code object and its nested code objects, for `minipy --dis`.
std::string disassemble(ThreadState* ts, Value code);

}  // namespace minipy
