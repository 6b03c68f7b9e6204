// vm/compiler.h — internal declarations of the bytecode compiler (AST ->
// CodeObject), shared by compiler.cpp (units, names, constants, functions,
// classes, entry points), compiler_stmt.cpp, compiler_expr.cpp,
// compiler_match.cpp and assemble.cpp. Follows CPython 3.11's compile.c.
//
// Instructions are collected per code unit as a flat list with labels and
// pseudo instructions (label marks, handler set-up marks, direction-free jumps);
// assemble.cpp turns them into words, the exception table and the stack depth.
// Each instruction records the innermost exception handler active where it was
// emitted (the compiler keeps that handler stack lexically, mirroring CPython's
// SETUP_*/POP_BLOCK pairs).
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/code.h"
#include "vm/symtable.h"

namespace minipy::compiler {

// Loc::end_col of an error CPython reports without an end (end_offset None).
constexpr int kNoEndCol = -1000000;

using namespace minipy::ast;

// Pseudo opcodes (never in the final code).
enum PseudoOp : int {
  kOpLabel = 256,   // arg: label id
  kOpSetup,         // arg: handler index (start of a protected region; depth snapshot)
  kOpJump,          // unconditional jump, becomes JUMP_FORWARD or JUMP_BACKWARD
};

struct Instr {
  int op;
  uint32_t arg;
  int target;       // label id for jumps, -1 otherwise
  Position pos;
  int handler;      // index into Unit::handlers of the innermost handler, -1 = none
};

// One exception handler: where to go, whether lasti is pushed, and how the
// stack depth recorded in the table relates to the depth at the set-up point
// (`with` leaves out the __enter__ result: adjust = -1).
struct Handler {
  int label;
  bool lasti;
  int adjust;
};

enum class FBlockType : uint8_t {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup,
  PopValue, ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
};

struct FBlock {
  FBlockType type;
  int block = -1;   // loop start label (continue)
  int exit = -1;    // loop exit label (break)
  const std::vector<Stmt*>* finalbody = nullptr;
  const std::string* name = nullptr;   // HandlerCleanup: the `as` name (or null)
  Loc loc;
};

enum class ScopeType : uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

struct Unit {
  symtable::Entry* ste = nullptr;
  ScopeType scope = ScopeType::Module;
  std::vector<Instr> instrs;
  std::vector<Handler> handlers;
  std::vector<int> hstack;        // active handlers, innermost last
  int nlabels = 0;
  std::vector<Value> consts;      // owned
  std::unordered_map<std::string, int> const_index;
  std::vector<StrObject*> names;
  std::unordered_map<StrObject*, int> name_index;
  // localsplus: varnames (fast locals, args first), then cell-only vars, then free vars.
  std::vector<std::string> varnames, cellonly, freevars;
  std::vector<std::string> cellvars;   // all cells (args included)
  std::unordered_map<std::string, int> fast_index, deref_index;
  std::vector<FBlock> fblocks;
  Position pos;
  std::string name, qualname, private_name;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int firstlineno = 1;
  bool in_async_comprehension = false;

  ~Unit() { for (Value v : consts) decref(v); }
};

// Thrown inside the compiler (never escapes compile_ast). `pending` means a
// Python exception is already set (e.g. MemoryError while building a constant).
struct CompileError {
  std::string msg;
  Loc loc;
  bool pending = false;
};

// The source text of an expression, as CPython's compiler writes it for
// postponed annotations (vm/ast_unparse.cpp). False + Python error on failure.
bool unparse_expr(ThreadState* ts, const Expr* e, std::string* out);

class Compiler {
 public:
  Compiler(ThreadState* ts, const std::string& filename, const std::string& source, CompileMode mode)
      : ts_(ts), filename_(filename), source_(source), mode_(mode) {}
  ~Compiler();
  // Returns the module code object (new reference); throws CompileError.
  Value compile_module(const Module& mod);

  // ---- units and emission (compiler.cpp)
  ThreadState* ts_;
  std::string filename_;
  const std::string& source_;
  CompileMode mode_;
  int optimize_ = -1;    // compile(optimize=N); -1 = the interpreter's -O level
  int cf_flags_ = 0;     // compile(flags=...)
  int optimize_level() const;
  // compile(flags=PyCF_ALLOW_TOP_LEVEL_AWAIT) and the current unit is the module.
  bool top_level_await() const {
    return (cf_flags_ & 0x2000) && u_ && u_->ste && u_->ste->type == symtable::BlockType::Module;
  }
  symtable::SymbolTable st_;
  std::vector<Unit*> units_;
  Unit* u_ = nullptr;
  bool interactive_ = false;
  // `from __future__ import annotations` (PEP 563): annotations compile to
  // their source text (vm/ast_unparse.cpp) instead of being evaluated.
  bool future_annotations_ = false;
  std::vector<const Stmt*> future_imports_;  // the module's leading __future__ imports
  void check_future_imports(const Module& mod);
  void visit_annotation(const Expr* e);
  // SyntaxWarnings of CPython's compiler ("is" with a literal, calling or
  // subscripting a literal, assert on a tuple), through the warnings module;
  // a warning turned into an error becomes a SyntaxError (compiler.cpp).
  void warn(const std::string& msg, const Loc& loc);
  void check_is_operands(const Expr* left, CmpOpKind op, const Expr* right);
  void check_caller(const Expr* func);
  void check_subscript(const Expr* e);

  [[noreturn]] void error(const std::string& msg, const Loc& loc);
  [[noreturn]] void pending_error();
  void enter_scope(const std::string& name, ScopeType scope, const void* node, int firstlineno);
  Value exit_scope();   // assembles the unit and pops it; returns the code object (new ref)
  int new_label() { return u_->nlabels++; }
  void bind(int label) { emit_raw(kOpLabel, uint32_t(label), -1); }
  void emit_raw(int op, uint32_t arg, int target);
  void emit(Op op, uint32_t arg = 0) { emit_raw(int(op), arg, -1); }
  void emit_jump(Op op, int label) { emit_raw(int(op), 0, label); }
  void emit_jump_any(int label) { emit_raw(kOpJump, 0, label); }
  void set_loc(const Loc& loc);
  void no_loc() { u_->pos = Position{}; }
  // CPython's UNSET_LOC followed by its line propagation: the following
  // instructions take the line of the last instruction emitted with one.
  void inherit_loc();
  // Exception handler stack (SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH).
  void push_handler(int label, bool lasti, int adjust = 0);
  void pop_handler() { u_->hstack.pop_back(); }
  void push_fblock(FBlockType t, int block, int exit, const std::vector<Stmt*>* finalbody = nullptr,
                   const std::string* name = nullptr, Loc loc = {});
  void pop_fblock() { u_->fblocks.pop_back(); }

  int add_const(Value v);            // steals v
  void load_const(Value v) { emit(Op::LOAD_CONST, uint32_t(add_const(v))); }   // steals v
  void load_none() { load_const(Value::none()); }
  int add_name(const std::string& name);
  Value make_str(const std::string& s);
  std::string mangle(const std::string& name) const { return symtable::mangle(u_->private_name, name); }

  // Names (compiler.cpp).
  enum class NameCtx { Load, Store, Del };
  void nameop(const std::string& name, NameCtx ctx);
  void load_global_for_call(const std::string& name);  // LOAD_GLOBAL with the NULL bit, or PUSH_NULL + load
  int deref_index(const std::string& name);

  // Functions, classes (compiler.cpp).
  void compile_function(const Stmt* s);
  void compile_class(const Stmt* s);
  void compile_lambda(const Expr* e);
  int compile_defaults(const Arguments* a);
  bool compile_annotations(const Arguments* a, const Expr* returns);
  void make_closure(Value code, uint32_t flags, const Loc& loc);
  void setup_args(const Arguments* a);
  void prologue();
  std::string qualname_for(const std::string& name, bool is_function);
  void compile_body_stmts(const std::vector<Stmt*>& body, bool docstring_to_name);

  // Statements (compiler_stmt.cpp).
  void visit_stmts(const std::vector<Stmt*>& v) { for (auto* s : v) visit_stmt(s); }
  void visit_stmt(const Stmt* s);
  void compile_if(const Stmt* s);
  void compile_while(const Stmt* s);
  void compile_for(const Stmt* s);
  void compile_async_for(const Stmt* s);
  void compile_return(const Stmt* s);
  void compile_break(const Stmt* s);
  void compile_continue(const Stmt* s);
  void compile_try(const Stmt* s);
  void compile_try_except(const Stmt* s);
  void compile_try_finally(const Stmt* s);
  void compile_try_star(const Stmt* s);
  void compile_try_star_except(const Stmt* s);
  void compile_with(const Stmt* s, size_t pos);
  void compile_async_with(const Stmt* s, size_t pos);
  void with_except_finish(int cleanup);
  void call_exit_with_nones();
  void compile_import(const Stmt* s);
  void compile_import_from(const Stmt* s);
  void compile_assign(const Stmt* s);
  void compile_augassign(const Stmt* s);
  void compile_annassign(const Stmt* s);
  void compile_delete(const Expr* e);
  void compile_assert(const Stmt* s);
  void compile_raise(const Stmt* s);
  void unwind_fblock(const FBlock& fb, bool preserve_tos);
  const FBlock* unwind_fblock_stack(bool preserve_tos, bool want_loop, const Loc& loc);
  void pop_except_and_reraise();
  bool find_ann(const std::vector<Stmt*>& body);

  // Expressions (compiler_expr.cpp).
  void visit_expr(const Expr* e);
  void visit_expr_inner(const Expr* e);
  void store_target(const Expr* e);
  void unpack_store(const Expr* e);
  void jump_if(const Expr* e, int label, bool cond);
  void compile_boolop(const Expr* e);
  void compile_compare(const Expr* e);
  void compile_call(const Expr* e);
  void call_helper(int n_pushed, const std::vector<Expr*>& args, const std::vector<Keyword>& keywords, const Loc& loc);
  bool compile_method_call(const Expr* e);
  void starunpack(const std::vector<Expr*>& elts, int pushed, Op build, Op add, Op extend, bool to_tuple);
  void compile_dict(const Expr* e);
  void compile_comprehension(const Expr* e);
  void comprehension_generator(const Expr* e, size_t gen_index, int depth, int kind);
  void async_comprehension_generator(const Expr* e, size_t gen_index, int depth, int kind);
  void comprehension_element(const Expr* e, int depth, int kind);
  void compile_slice(const Expr* e);
  void compile_yield_from_loop(bool await);
  void compile_joined_str(const Expr* e);
  void compile_formatted_value(const Expr* e);
  void emit_compare_op(CmpOpKind op);
  Value constant_value(const Expr* e);   // new ref or null: literal constants, folded tuples and -const
  Value literal(const Expr* e);          // a Constant node's value (new ref)
  void check_keywords(const std::vector<Keyword>& kws);

  // Pattern matching (compiler_match.cpp).
  struct PatternContext {
    std::vector<std::string> stores;  // names bound so far, in order
    bool allow_irrefutable = false;
    std::vector<int> fail_pop;        // labels: fail_pop[i] pops i items then fails
    int on_top = 0;                   // items on the stack above the subject copies
  };
  void compile_match(const Stmt* s);
  void compile_pattern(const Pattern* p, PatternContext& pc);
  void pattern_helper_store_name(const std::string& name, PatternContext& pc, const Loc& loc);
  void pattern_subpattern(const Pattern* p, PatternContext& pc);
  void pattern_sequence(const Pattern* p, PatternContext& pc);
  void pattern_mapping(const Pattern* p, PatternContext& pc);
  void pattern_class(const Pattern* p, PatternContext& pc);
  void pattern_or(const Pattern* p, PatternContext& pc);
  void pattern_value(const Pattern* p, PatternContext& pc);
  void pattern_as(const Pattern* p, PatternContext& pc);
  void pattern_star(const Pattern* p, PatternContext& pc);
  void pattern_sequence_unpack(const std::vector<Pattern*>& pats, int star, PatternContext& pc);
  void pattern_sequence_subscr(const std::vector<Pattern*>& pats, int star, PatternContext& pc);
  void pattern_rotate(int count);
  void ensure_fail_pop(PatternContext& pc, int n);
  void jump_to_fail_pop(PatternContext& pc, int op);
  void emit_and_reset_fail_pop(PatternContext& pc);
  void pattern_store_names(PatternContext& pc, const Loc& loc);

  // Assembly (assemble.cpp).
  Value assemble(Unit* u, uint32_t flags);
  uint32_t compute_flags(Unit* u);
};

// Stack effect of an instruction (assemble.cpp); `jump`: along the branch.
int stack_effect(Op op, uint32_t arg, bool jump);
bool is_jump_op(Op op);
BinOp binop_of(BinOpKind k);

}  // namespace minipy::compiler

namespace minipy {
// PEP 3131 NFKC of a non-ASCII identifier through unicodedata (vm/compiler.cpp):
// the ast::IdentNormalizer of compile() and of ast.parse() (stdlib/_astconv.cpp).
// ctx is the ThreadState.
bool nfkc_identifier(void* ctx, const std::string& in, std::string& out);
// The tokenizer's/parser's warnings of a parsed module through warnings.warn_explicit
// (compile() and ast.parse()); false + pending exception (-W error: SyntaxError).
bool emit_parse_warnings(ThreadState* ts, const ast::Module& mod, const std::string& filename);
}  // namespace minipy
