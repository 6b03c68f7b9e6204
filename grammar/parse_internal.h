// grammar/parse_internal.h — state shared by the bison parser, the AST builders
// (build.cpp), string/f-string decoding (strings.cpp) and parse.cpp.
//
// Must not: be included from outside grammar/.
#pragma once

#include <string>
#include <vector>

#include "grammar/ast.h"
#include "grammar/lexer.h"

namespace minipy::ast::detail {

// The original source, for error texts (f-string fields are re-lexed from a
// copy but report lines of the original).
struct SourceText {
  const std::string* text = nullptr;
  std::vector<size_t> line_starts;   // byte offset of each line (index 0 = line 1)
  std::string line(int n) const;     // without the line break
};

// Thrown inside the parser/actions and caught by parse(); never escapes.
struct ParseFailure {
  SyntaxErrorInfo info;
  bool fstring_mapped = false;   // positions already made relative to an f-string field
  int tok_line = 0;              // the tokenizer's line when CPython raised it (0 = the error's)
};

struct ParseCtx {
  std::string buf;               // NUL-terminated buffer the tokens index into
  std::vector<Token> toks;
  size_t pos = 0;
  int start_token = 0;           // parser token kind injected first
  bool started = false;
  AstArena* arena = nullptr;
  const SourceText* src = nullptr;
  int fstring_depth = 0;         // nesting of f-strings inside replacement fields
  std::vector<ParseWarning>* warnings = nullptr;   // Module::warnings of the parse
  bool in_report = false;        // the error comes from report_syntax_error (not a grammar action)
  // Results.
  std::vector<Stmt*> body;
  Expr* expr = nullptr;

  const IdentNormalizer* normalize = nullptr;       // NFKC for non-ASCII names (may be null)
  std::vector<std::pair<uint32_t, std::string>> normalized;   // (token begin, NFKC name), sorted
  std::string text(int tok) const {
    if (!normalized.empty() && toks[tok].kind == Tok::Name)
      for (const auto& [b, s] : normalized)
        if (b == toks[tok].begin) return s;
    return buf.substr(toks[tok].begin, toks[tok].end - toks[tok].begin);
  }
  const Loc& loc(int tok) const { return toks[tok].loc; }
};

[[noreturn]] void raise_error(const ParseCtx& ctx, const Loc& loc, const std::string& msg,
                              const char* kind = "SyntaxError");
// Same, with CPython's convention for errors whose end is unknown (end_col = 0).
[[noreturn]] void raise_error_point(const ParseCtx& ctx, int line, int col1, const std::string& msg,
                                    int end_col1 = -2, const char* kind = "SyntaxError");

// ---- helper value types used as bison semantic values
struct ExprList {
  std::vector<Expr*> v;
  bool comma = false;            // a trailing comma, or more than one element
};

struct ArgItem {
  enum Kind { Pos, Star, Kw, DStar, Gen } kind = Pos;
  Loc loc;
  Expr* value = nullptr;
  Expr* key = nullptr;           // Kw: the expression before '='
  std::vector<Comprehension> gens;
};

struct ParamItem {
  enum Kind { Plain, Slash, BareStar, VarArg, KwArg } kind = Plain;
  Loc loc;
  Arg arg;
  Expr* def = nullptr;
};

struct TLComp {                  // contents of (...), [...] or {...} without ':'
  ExprList list;
  std::vector<Comprehension> gens;   // non-empty: a comprehension of list.v[0]
};

struct CompareRest {
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
};

struct DictItems {
  std::vector<Expr*> keys, values;
};

struct Handlers {
  std::vector<ExceptHandler> v;
  bool star = false, plain = false;
  Loc star_loc;
  bool mixed = false;   // `except` and `except*` in one try: where the second kind starts
  Loc mixed_loc;
};

struct PatList {
  std::vector<Pattern*> v;
  bool comma = false;
};

struct ClassArgs {
  std::vector<Pattern*> patterns;
  std::vector<std::string> kwd_attrs;
  std::vector<Pattern*> kwd_patterns;
};

struct MapItems {
  std::vector<Expr*> keys;
  std::vector<Pattern*> patterns;
  std::string rest;
};

struct AssignRhs {               // the chain `= a = b` of an assignment
  std::vector<Expr*> v;
};

// ---- builders (build.cpp)
Expr* make_name(ParseCtx& ctx, int tok);
Expr* make_number(ParseCtx& ctx, int tok);
Expr* make_const(ParseCtx& ctx, ConstKind k, const Loc& loc);
Expr* make_strings(ParseCtx& ctx, const std::vector<int>& toks);    // strings.cpp
Expr* make_tuple(ParseCtx& ctx, std::vector<Expr*> elts, const Loc& loc);
Expr* make_binop(ParseCtx& ctx, Expr* l, BinOpKind op, Expr* r, const Loc& loc);
Expr* make_unary(ParseCtx& ctx, UnaryOpKind op, Expr* operand, const Loc& loc);
Expr* make_boolop(ParseCtx& ctx, Expr* l, BoolOpKind op, Expr* r, const Loc& loc);
Expr* make_compare(ParseCtx& ctx, Expr* left, CompareRest rest, const Loc& loc);
Expr* make_named(ParseCtx& ctx, Expr* target, Expr* value, const Loc& loc);
Expr* make_call(ParseCtx& ctx, Expr* func, std::vector<ArgItem> args, const Loc& loc, const Loc& close_paren);
Expr* make_paren(ParseCtx& ctx, TLComp c, const Loc& loc);           // (...)
Expr* make_list(ParseCtx& ctx, TLComp c, const Loc& loc);            // [...]
Expr* make_set(ParseCtx& ctx, TLComp c, const Loc& loc);             // {...}
Expr* make_subscript_slice(ParseCtx& ctx, ExprList l, const Loc& loc);
Expr* list_to_expr(ParseCtx& ctx, ExprList l, const Loc& loc);       // tuple if comma
// `close_paren`: CPython reports argument-order errors at the token after the arguments.
void check_call_args(ParseCtx& ctx, const std::vector<ArgItem>& args, bool class_def, const Loc& close_paren);
void split_call_args(ParseCtx& ctx, std::vector<ArgItem> args, std::vector<Expr*>& pos, std::vector<Keyword>& kws);
Arguments* make_arguments(ParseCtx& ctx, std::vector<ParamItem> items, bool is_lambda);
Arguments* empty_arguments(ParseCtx& ctx);

enum class TargetKind { Store, Del, For, With, Comp };
// Sets ctx=Store/Del on an assignment/del/for target, or raises CPython's error.
void set_target(ParseCtx& ctx, Expr* e, TargetKind kind);
Stmt* make_assign(ParseCtx& ctx, Expr* first, AssignRhs rhs, const Loc& loc);
Stmt* make_annassign(ParseCtx& ctx, Expr* target, Expr* ann, Expr* value, const Loc& loc);
Stmt* make_augassign(ParseCtx& ctx, Expr* target, BinOpKind op, Expr* value, const Loc& loc);
Stmt* make_delete(ParseCtx& ctx, ExprList targets, const Loc& loc);
Stmt* make_stmt(ParseCtx& ctx, StmtKind k, const Loc& loc);
Stmt* make_try(ParseCtx& ctx, std::vector<Stmt*> body, Handlers h, std::vector<Stmt*> orelse,
               std::vector<Stmt*> finalbody, const Loc& loc);
const char* expr_name(const Expr* e);

// Patterns.
Pattern* make_capture(ParseCtx& ctx, Expr* name_or_attr, const Loc& loc);
Pattern* make_literal_pattern(ParseCtx& ctx, Expr* value, const Loc& loc);
Pattern* make_seq_pattern(ParseCtx& ctx, PatList l, bool brackets, const Loc& loc);
Pattern* make_star_pattern(ParseCtx& ctx, int name_tok, const Loc& loc);
Pattern* make_as_pattern(ParseCtx& ctx, Pattern* p, int name_tok, const Loc& loc);
Pattern* make_class_pattern(ParseCtx& ctx, Expr* cls, ClassArgs a, const Loc& loc);

// parse.cpp: the extent of `A, B` in `except A, B:` (from A's location).
Loc except_types_range(const ParseCtx& ctx, const Loc& first);
// parse.cpp: parses one f-string replacement field `text` (its first byte is
// at line/col of the original source) as `(expr)`.
Expr* parse_fstring_expr(ParseCtx& parent, const std::string& text, int line, int col);

// Called at the end of a parse (build.cpp): the tree's depth (ast::tree_depth)
// in *depth; false when CPython's parser would have run out of its stack on
// this input (MemoryError), with the position in `where`.
bool check_tree(const std::vector<Stmt*>& body, const Expr* expr, int* depth, Loc& where);

}  // namespace minipy::ast::detail
