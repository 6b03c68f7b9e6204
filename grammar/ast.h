// grammar/ast.h — the abstract syntax tree: the contract between the parser
// (grammar/) and the compiler (vm/compiler*). It mirrors CPython's `ast` module
// closely so the compiler can follow CPython's semantics node by node.
//
// Must not: depend on the object model (runtime/) or the VM. Literal values are
// kept as plain C++ data (text, double, decoded UTF-8); the compiler turns them
// into objects.
//
// Memory: every node is owned by the Module's arena (AstArena) and freed with it;
// nodes refer to each other with raw pointers.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace minipy::ast {

// Source position, 1-based line, 0-based column in code points (like CPython's
// col_offset, which counts UTF-8 bytes; we count bytes too, for caret output).
struct Loc {
  int line = 0, col = 0, end_line = 0, end_col = 0;
};

enum class ExprCtx : uint8_t { Load, Store, Del };

enum class BinOpKind : uint8_t { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv };
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr;
struct Stmt;
struct Pattern;

// ---------------------------------------------------------------- expressions
enum class ExprKind : uint8_t {
  BoolOp,        // op, values (>= 2)
  NamedExpr,     // target (Name), value
  BinOp,         // left, binop, right
  UnaryOp,       // unop, operand
  Lambda,        // args, body
  IfExp,         // test, body, orelse
  Dict,          // keys (nullptr key = `**value`), values
  Set,           // elts
  ListComp,      // elt, generators
  SetComp,       // elt, generators
  DictComp,      // key, value, generators
  GeneratorExp,  // elt, generators
  Await,         // value
  Yield,         // value (may be null)
  YieldFrom,     // value
  Compare,       // left, ops, comparators
  Call,          // func, args (Starred allowed), keywords
  FormattedValue,// value, conversion (-1, 's', 'r', 'a'), format_spec (JoinedStr or null)
  JoinedStr,     // values (Constant str pieces and FormattedValue)
  Constant,      // see ConstKind
  Attribute,     // value, attr, ctx
  Subscript,     // value, slice, ctx
  Starred,       // value, ctx
  Name,          // id, ctx
  List,          // elts, ctx
  Tuple,         // elts, ctx
  Slice,         // lower, upper, step (each may be null)
};

enum class ConstKind : uint8_t {
  None, True, False, Ellipsis,
  Int,      // text: the literal as written, without underscores (e.g. "0x1F", "123")
  Float,    // fval
  Imag,     // fval (the imaginary part)
  Str,      // text: decoded UTF-8
  Bytes,    // text: raw bytes
};

struct Keyword {
  Loc loc;
  std::string arg;  // empty for `**value`
  Expr* value = nullptr;
};

struct Arg {
  Loc loc;
  std::string name;
  Expr* annotation = nullptr;
};

struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  Arg* vararg = nullptr;          // *args
  std::vector<Arg> kwonlyargs;
  std::vector<Expr*> kw_defaults; // same length as kwonlyargs; nullptr = no default
  Arg* kwarg = nullptr;           // **kwargs
  std::vector<Expr*> defaults;    // defaults of the last N of posonlyargs+args
};

struct Comprehension {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  bool is_async = false;
};

struct Expr {
  ExprKind kind;
  Loc loc;
  ExprCtx ctx = ExprCtx::Load;
  // Operators.
  BinOpKind binop = BinOpKind::Add;
  UnaryOpKind unop = UnaryOpKind::Not;
  BoolOpKind boolop = BoolOpKind::And;
  std::vector<CmpOpKind> ops;
  // Children; which ones are used depends on kind (see ExprKind).
  Expr* left = nullptr;      // BinOp.left, Compare.left
  Expr* right = nullptr;     // BinOp.right
  Expr* value = nullptr;     // NamedExpr, Await, Yield, YieldFrom, Attribute, Subscript, Starred, FormattedValue, DictComp.value, UnaryOp.operand
  Expr* target = nullptr;    // NamedExpr
  Expr* test = nullptr;      // IfExp
  Expr* body = nullptr;      // IfExp, Lambda
  Expr* orelse = nullptr;    // IfExp
  Expr* func = nullptr;      // Call
  Expr* elt = nullptr;       // ListComp/SetComp/GeneratorExp element, DictComp key
  Expr* slice = nullptr;     // Subscript
  Expr* lower = nullptr;     // Slice
  Expr* upper = nullptr;     // Slice
  Expr* step = nullptr;      // Slice
  Expr* format_spec = nullptr;  // FormattedValue
  int conversion = -1;          // FormattedValue
  std::vector<Expr*> elts;      // List, Tuple, Set, BoolOp.values, JoinedStr.values, Dict.values, Call.args, Compare.comparators
  std::vector<Expr*> keys;      // Dict.keys (nullptr for **)
  std::vector<Keyword> keywords;// Call
  std::vector<Comprehension> generators;
  Arguments* args = nullptr;    // Lambda
  std::string id;               // Name.id, Attribute.attr
  // Constant
  ConstKind ckind = ConstKind::None;
  std::string text;             // Int / Str / Bytes
  double fval = 0.0;            // Float / Imag
  bool is_unicode_kind = false; // u"..." prefix (irrelevant for semantics)
  // Added by the parser: the expression was written inside its own ( ).
  // Needed for checks such as AnnAssign.simple and `(a or b) or c` (no
  // flattening); the compiler can ignore it.
  bool parenthesized = false;
};

// ---------------------------------------------------------------- patterns (match)
enum class PatternKind : uint8_t {
  MatchValue,      // value
  MatchSingleton,  // value (Constant None/True/False)
  MatchSequence,   // patterns
  MatchMapping,    // keys, patterns, rest (name, may be empty)
  MatchClass,      // cls, patterns, kwd_attrs, kwd_patterns
  MatchStar,       // name (empty = `*_`)
  MatchAs,         // pattern (may be null), name (empty = `_`)
  MatchOr,         // patterns
};

struct Pattern {
  PatternKind kind;
  Loc loc;
  Expr* value = nullptr;
  Expr* cls = nullptr;
  std::vector<Expr*> keys;
  std::vector<Pattern*> patterns;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
  Pattern* pattern = nullptr;
  std::string name;   // MatchStar/MatchAs capture, MatchMapping rest
};

struct MatchCase {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  std::vector<Stmt*> body;
};

// ---------------------------------------------------------------- statements
enum class StmtKind : uint8_t {
  FunctionDef, AsyncFunctionDef, // name, args, body, decorator_list, returns
  ClassDef,      // name, bases, keywords, body, decorator_list
  Return,        // value (may be null)
  Delete,        // targets
  Assign,        // targets (a = b = value), value
  AugAssign,     // target, binop, value
  AnnAssign,     // target, annotation, value (may be null), simple
  For, AsyncFor, // target, iter, body, orelse
  While,         // test, body, orelse
  If,            // test, body, orelse
  With, AsyncWith, // items, body
  Match,         // subject, cases
  Raise,         // exc (may be null), cause (may be null)
  Try,           // body, handlers, orelse, finalbody
  TryStar,       // body, handlers, orelse, finalbody
  Assert,        // test, msg
  Import,        // names
  ImportFrom,    // module (may be empty), names, level
  Global,        // identifiers
  Nonlocal,      // identifiers
  ExprStmt,      // value
  Pass, Break, Continue,
};

struct Alias {
  Loc loc;
  std::string name;    // dotted name for Import; "*" for `from m import *`
  std::string asname;  // empty when absent
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;
};

struct ExceptHandler {
  Loc loc;
  Expr* type = nullptr;  // may be null (bare except)
  std::string name;      // empty when no `as`
  std::vector<Stmt*> body;
};

struct Stmt {
  StmtKind kind;
  Loc loc;
  std::string name;                    // FunctionDef/ClassDef name
  Arguments* args = nullptr;           // FunctionDef
  std::vector<Stmt*> body;
  std::vector<Stmt*> orelse;
  std::vector<Stmt*> finalbody;
  std::vector<Expr*> decorator_list;
  Expr* returns = nullptr;             // FunctionDef annotation
  std::vector<Expr*> bases;            // ClassDef
  std::vector<Keyword> keywords;       // ClassDef
  std::vector<Expr*> targets;          // Assign, Delete
  Expr* target = nullptr;              // AugAssign, AnnAssign, For
  Expr* value = nullptr;               // Return, Assign, AugAssign, AnnAssign, ExprStmt
  Expr* annotation = nullptr;          // AnnAssign
  bool simple = false;                 // AnnAssign: target is a plain Name, not in parens
  BinOpKind op = BinOpKind::Add;       // AugAssign
  Expr* iter = nullptr;                // For
  Expr* test = nullptr;                // While, If, Assert
  Expr* msg = nullptr;                 // Assert
  std::vector<WithItem> items;         // With
  Expr* subject = nullptr;             // Match
  std::vector<MatchCase> cases;        // Match
  Expr* exc = nullptr;                 // Raise
  Expr* cause = nullptr;               // Raise
  std::vector<ExceptHandler> handlers; // Try, TryStar
  std::vector<Alias> names;            // Import, ImportFrom
  std::string module;                  // ImportFrom
  int level = 0;                       // ImportFrom
  std::vector<std::string> identifiers;// Global, Nonlocal
};

// Owns every node of one parse.
class AstArena {
 public:
  Expr* expr(ExprKind k, Loc loc) { exprs_.emplace_back(new Expr{}); auto* e = exprs_.back().get(); e->kind = k; e->loc = loc; return e; }
  Stmt* stmt(StmtKind k, Loc loc) { stmts_.emplace_back(new Stmt{}); auto* s = stmts_.back().get(); s->kind = k; s->loc = loc; return s; }
  Pattern* pattern(PatternKind k, Loc loc) { pats_.emplace_back(new Pattern{}); auto* p = pats_.back().get(); p->kind = k; p->loc = loc; return p; }
  Arguments* arguments() { args_.emplace_back(new Arguments{}); return args_.back().get(); }
  Arg* arg(Arg a) { single_args_.emplace_back(new Arg(std::move(a))); return single_args_.back().get(); }

 private:
  std::vector<std::unique_ptr<Expr>> exprs_;
  std::vector<std::unique_ptr<Stmt>> stmts_;
  std::vector<std::unique_ptr<Pattern>> pats_;
  std::vector<std::unique_ptr<Arguments>> args_;
  std::vector<std::unique_ptr<Arg>> single_args_;
};

// The result of parsing a file or string.
// A warning the tokenizer/parser emits while reading the source (CPython:
// "invalid escape sequence" DeprecationWarning, "invalid decimal literal"
// SyntaxWarning); the compiler reports them through the warnings module.
struct ParseWarning {
  const char* category;   // "DeprecationWarning" or "SyntaxWarning"
  std::string msg;
  int line = 0;
};

struct Module {
  std::unique_ptr<AstArena> arena = std::make_unique<AstArena>();
  std::vector<ParseWarning> warnings;   // in source order, set by parse()
  std::vector<Stmt*> body;
  // For `eval` mode: the single expression (body is empty).
  Expr* expression = nullptr;
  // The tree's depth (tree_depth), set by parse(); -1 = not computed.
  int depth = -1;
};

// The most statements, expressions and patterns on one path from the root, as
// CPython's compiler counts its recursion (vm/compiler.cpp compares it with
// the recursion limit before its recursive passes run). Walks the tree
// without recursion when m.depth is not set.
int tree_depth(const Module& m);

// A syntax error as CPython reports it.
struct SyntaxErrorInfo {
  std::string kind = "SyntaxError";  // or "IndentationError", "TabError", "MemoryError" (CPython's parser stack overflowed; msg empty)
  std::string msg;                   // e.g. "invalid syntax", "'(' was never closed"
  int line = 0;                      // 1-based
  int col = 0;                       // 1-based column of the caret start (CPython's offset)
  int end_line = 0;
  int end_col = 0;                   // 1-based, exclusive; 0 = single caret
  std::string text;                  // the offending source line (without newline)
  // A tokenizer-level error: CPython's `text` is then the bare line; errors the
  // parser reports (and IndentationError/TabError) carry the line's newline.
  bool tokenizer = false;
};

enum class ParseMode : uint8_t { File, Eval, Single /* interactive statement */ };

// Parse `source` (UTF-8). On success returns true and fills `out`; on failure
// returns false and fills `err`. Never throws, never crashes on any input.
// NFKC normalisation of a non-ASCII identifier (PEP 3131), supplied by the
// caller because grammar/ has no Unicode database: writes `out` and returns
// true, or returns false to keep the name as written.
struct IdentNormalizer {
  bool (*fn)(void* ctx, const std::string& in, std::string& out) = nullptr;
  void* ctx = nullptr;
};

bool parse(const std::string& source, const std::string& filename, ParseMode mode,
           Module& out, SyntaxErrorInfo& err,
           const IdentNormalizer& normalize = IdentNormalizer{});

// Debug dump in the style of Python's ast.dump() (used by tests and --ast).
std::string dump(const Module& m);
std::string dump(const Expr* e);

}  // namespace minipy::ast
