// vm/symtable.h — the symbol table pass the compiler runs before code
// generation: for every scope (module, class, function, lambda, comprehension)
// it decides whether each name is local, global (explicit/implicit), free or a
// cell, following CPython 3.11's symtable.c rules. Internal to the compiler.
//
// Must not: touch the object model (no Values); errors are reported as
// SymtableError (message + AST location) for the compiler to turn into SyntaxError.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "grammar/ast.h"

namespace minipy::symtable {

// Flags gathered while visiting a scope (CPython's DEF_*).
enum SymFlags : uint32_t {
  kDefGlobal = 1,       // `global` statement
  kDefLocal = 2,        // assigned in this scope
  kDefParam = 4,        // parameter
  kDefNonlocal = 8,     // `nonlocal` statement
  kUse = 16,            // read
  kDefFree = 32,
  kDefFreeClass = 64,   // free in a method, bound in the class body
  kDefImport = 128,
  kDefAnnot = 256,      // annotated (x: int)
  kDefCompIter = 512,   // comprehension iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

enum class Scope : uint8_t { Unknown, Local, GlobalExplicit, GlobalImplicit, Free, Cell };
enum class BlockType : uint8_t { Module, Class, Function };
enum class CompKind : uint8_t { None, List, Set, Dict, Gen };

struct Symbol {
  std::string name;
  uint32_t flags = 0;
  Scope scope = Scope::Unknown;
};

struct Entry {
  BlockType type = BlockType::Module;
  std::string name;                 // function/class name, "<lambda>", "<listcomp>", "top"
  const void* node = nullptr;       // the AST node that opened the scope
  ast::Loc loc;
  Entry* parent = nullptr;
  std::vector<std::unique_ptr<Entry>> children;
  std::vector<Symbol> symbols;      // in order of first appearance
  std::unordered_map<std::string, size_t> index;
  std::vector<std::string> varnames;   // parameters in order, then other fast locals (computed)
  std::unordered_map<std::string, ast::Loc> directives;  // global/nonlocal locations
  bool nested = false;
  bool is_generator = false;
  bool is_coroutine = false;        // async def, or a comprehension using await/async for
  bool is_async_def = false;
  bool is_lambda = false;
  CompKind comprehension = CompKind::None;
  bool has_varargs = false, has_varkeywords = false;
  bool returns_value = false;
  bool has_free = false;
  bool child_free = false;
  bool needs_class_closure = false; // class body: methods use __class__/super
  int comp_iter_target = 0;         // visiting a comprehension target
  int comp_iter_expr = 0;           // visiting a comprehension iterable
  std::string private_name;         // class name used for mangling (inherited)

  const Symbol* lookup(const std::string& name) const {
    auto it = index.find(name);
    return it == index.end() ? nullptr : &symbols[it->second];
  }
  uint32_t flags_of(const std::string& name) const { auto* s = lookup(name); return s ? s->flags : 0; }
  Scope scope_of(const std::string& name) const { auto* s = lookup(name); return s ? s->scope : Scope::Unknown; }
  bool is_function_like() const { return type == BlockType::Function; }
};

struct SymtableError {
  std::string msg;
  ast::Loc loc;
};

class SymbolTable {
 public:
  // Build the table for a module (mode Eval uses mod.expression). Throws SymtableError.
  void build(const ast::Module& mod);
  Entry* top() const { return top_.get(); }
  // The scope opened by a FunctionDef/ClassDef Stmt, or a Lambda/comprehension Expr.
  Entry* lookup(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }

 private:
  friend struct Builder;
  std::unique_ptr<Entry> top_;
  std::unordered_map<const void*, Entry*> by_node_;
};

// CPython's private name mangling: __x inside class C -> _C__x.
std::string mangle(const std::string& private_name, const std::string& name);

}  // namespace minipy::symtable
