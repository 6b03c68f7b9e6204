// grammar/build.cpp — AST construction helpers called from parser.y actions.
//
// Owns: turning parsed pieces into ast.h nodes and the checks CPython makes on
// the "superset" the LALR grammar accepts (targets, call arguments, parameter
// lists, patterns), with CPython 3.11's error messages.
// Must not: decode string literals (strings.cpp) or touch parser state.
#include <algorithm>
#include <cstdlib>
#include <string>

#include "grammar/parse_internal.h"

namespace minipy::ast::detail {

std::string SourceText::line(int n) const {
  if (!text || n < 1 || size_t(n) > line_starts.size()) return {};
  size_t b = line_starts[n - 1];
  size_t e = b;
  while (e < text->size() && (*text)[e] != '\n' && (*text)[e] != '\r') ++e;
  return text->substr(b, e - b);
}

void raise_error(const ParseCtx& ctx, const Loc& loc, const std::string& msg, const char* kind) {
  ParseFailure f;
  f.info.kind = kind;
  f.info.msg = msg;
  f.info.line = loc.line;
  f.info.col = loc.col + 1;
  f.info.end_line = loc.end_line;
  f.info.end_col = loc.end_col + 1;
  if (ctx.src) f.info.text = ctx.src->line(loc.line);
  throw f;
}

void raise_error_point(const ParseCtx& ctx, int line, int col1, const std::string& msg, int end_col1,
                       const char* kind) {
  ParseFailure f;
  f.info.kind = kind;
  f.info.msg = msg;
  f.info.line = line;
  f.info.col = col1;
  f.info.end_line = line;
  f.info.end_col = end_col1 == -2 ? col1 : end_col1;
  if (ctx.src) f.info.text = ctx.src->line(line);
  throw f;
}


Expr* make_name(ParseCtx& ctx, int tok) {
  Expr* e = ctx.arena->expr(ExprKind::Name, ctx.loc(tok));
  e->id = ctx.text(tok);
  return e;
}

Expr* make_number(ParseCtx& ctx, int tok) {
  std::string raw = ctx.text(tok), t;
  for (char c : raw)
    if (c != '_') t += c;
  Expr* e = ctx.arena->expr(ExprKind::Constant, ctx.loc(tok));
  char last = t.back();
  bool prefixed = t.size() > 1 && t[0] == '0' && std::string("xXoObB").find(t[1]) != std::string::npos;
  if (last == 'j' || last == 'J') {
    e->ckind = ConstKind::Imag;
    e->fval = std::strtod(t.substr(0, t.size() - 1).c_str(), nullptr);
  } else if (!prefixed && t.find_first_of(".eE") != std::string::npos) {
    e->ckind = ConstKind::Float;
    e->fval = std::strtod(t.c_str(), nullptr);
  } else {
    e->ckind = ConstKind::Int;
    e->text = t;
  }
  return e;
}

Expr* make_const(ParseCtx& ctx, ConstKind k, const Loc& loc) {
  Expr* e = ctx.arena->expr(ExprKind::Constant, loc);
  e->ckind = k;
  return e;
}

Expr* make_tuple(ParseCtx& ctx, std::vector<Expr*> elts, const Loc& loc) {
  Expr* e = ctx.arena->expr(ExprKind::Tuple, loc);
  e->elts = std::move(elts);
  return e;
}

Expr* make_binop(ParseCtx& ctx, Expr* l, BinOpKind op, Expr* r, const Loc& loc) {
  Expr* e = ctx.arena->expr(ExprKind::BinOp, loc);
  e->left = l;
  e->binop = op;
  e->right = r;
  return e;
}

Expr* make_unary(ParseCtx& ctx, UnaryOpKind op, Expr* operand, const Loc& loc) {
  Expr* e = ctx.arena->expr(ExprKind::UnaryOp, loc);
  e->unop = op;
  e->value = operand;
  return e;
}

Expr* make_boolop(ParseCtx& ctx, Expr* l, BoolOpKind op, Expr* r, const Loc& loc) {
  if (l->kind == ExprKind::BoolOp && l->boolop == op && !l->parenthesized) {
    l->elts.push_back(r);
    l->loc = loc;
    return l;
  }
  Expr* e = ctx.arena->expr(ExprKind::BoolOp, loc);
  e->boolop = op;
  e->elts = {l, r};
  return e;
}

Expr* make_compare(ParseCtx& ctx, Expr* left, CompareRest rest, const Loc& loc) {
  Expr* e = ctx.arena->expr(ExprKind::Compare, loc);
  e->left = left;
  e->ops = std::move(rest.ops);
  e->elts = std::move(rest.comparators);
  return e;
}

const char* expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (e->ckind) {
        case ConstKind::None: return "None";
        case ConstKind::True: return "True";
        case ConstKind::False: return "False";
        case ConstKind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

Expr* make_named(ParseCtx& ctx, Expr* target, Expr* value, const Loc& loc) {
  if (target->kind != ExprKind::Name)
    raise_error(ctx, target->loc, std::string("cannot use assignment expressions with ") + expr_name(target));
  target->ctx = ExprCtx::Store;
  Expr* e = ctx.arena->expr(ExprKind::NamedExpr, loc);
  e->target = target;
  e->value = value;
  return e;
}

// The first sub-expression that cannot be a target (CPython's
// _PyPegen_get_invalid_target), or nullptr.
static Expr* invalid_target(Expr* e, TargetKind kind) {
  switch (e->kind) {
    case ExprKind::Name: case ExprKind::Attribute: case ExprKind::Subscript: return nullptr;
    case ExprKind::Tuple: case ExprKind::List:
      for (Expr* x : e->elts)
        if (Expr* bad = invalid_target(x, kind)) return bad;
      return nullptr;
    case ExprKind::Starred:
      if (kind == TargetKind::Del) return e;
      return invalid_target(e->value, kind);
    case ExprKind::Compare:
      if ((kind == TargetKind::For || kind == TargetKind::Comp) && e->ops[0] == CmpOpKind::In)
        return invalid_target(e->left, kind);
      return e;
    default: return e;
  }
}

static void apply_ctx(Expr* e, ExprCtx c) {
  e->ctx = c;
  if (e->kind == ExprKind::Tuple || e->kind == ExprKind::List)
    for (Expr* x : e->elts) apply_ctx(x, c);
  else if (e->kind == ExprKind::Starred)
    apply_ctx(e->value, c);
}

void set_target(ParseCtx& ctx, Expr* e, TargetKind kind) {
  if (Expr* bad = invalid_target(e, kind)) {
    std::string msg = kind == TargetKind::Del ? "cannot delete " : "cannot assign to ";
    raise_error(ctx, bad->loc, msg + expr_name(bad));
  }
  apply_ctx(e, kind == TargetKind::Del ? ExprCtx::Del : ExprCtx::Store);
}

static bool bitwise_or_level(const Expr* e) {
  if (e->parenthesized) return true;
  switch (e->kind) {
    case ExprKind::IfExp: case ExprKind::Lambda: case ExprKind::BoolOp: case ExprKind::Compare:
    case ExprKind::NamedExpr: case ExprKind::Starred:
      return false;
    case ExprKind::UnaryOp: return e->unop != UnaryOpKind::Not;
    default: return true;
  }
}

Stmt* make_assign(ParseCtx& ctx, Expr* first, AssignRhs rhs, const Loc& loc) {
  std::vector<Expr*> targets{first};
  for (size_t i = 0; i + 1 < rhs.v.size(); ++i) targets.push_back(rhs.v[i]);
  for (Expr* t : targets) {
    if ((t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom) && !t->parenthesized)
      raise_error(ctx, t->loc, "assignment to yield expression not possible");
    Expr* bad = invalid_target(t, TargetKind::Store);
    if (!bad) continue;
    std::string msg = std::string("cannot assign to ") + expr_name(bad);
    bool direct = bad == t || (t->kind == ExprKind::Tuple && !t->parenthesized &&
                               std::find(t->elts.begin(), t->elts.end(), bad) != t->elts.end());
    bool excluded = bad->kind == ExprKind::List || bad->kind == ExprKind::Tuple ||
                    bad->kind == ExprKind::GeneratorExp ||
                    (bad->kind == ExprKind::Constant &&
                     (bad->ckind == ConstKind::None || bad->ckind == ConstKind::True || bad->ckind == ConstKind::False));
    if (targets.size() == 1 && direct && !excluded && bitwise_or_level(bad))
      msg += " here. Maybe you meant '==' instead of '='?";
    raise_error(ctx, bad->loc, msg);
  }
  for (Expr* t : targets) apply_ctx(t, ExprCtx::Store);
  Stmt* s = ctx.arena->stmt(StmtKind::Assign, loc);
  s->targets = std::move(targets);
  s->value = rhs.v.back();
  return s;
}

Stmt* make_annassign(ParseCtx& ctx, Expr* target, Expr* ann, Expr* value, const Loc& loc) {
  if (target->kind == ExprKind::Tuple && !target->parenthesized)
    raise_error(ctx, target->elts[0]->loc, "only single target (not tuple) can be annotated");
  if (target->kind == ExprKind::Tuple || target->kind == ExprKind::List)
    raise_error(ctx, target->loc, std::string("only single target (not ") +
                                      (target->kind == ExprKind::Tuple ? "tuple" : "list") + ") can be annotated");
  if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute && target->kind != ExprKind::Subscript)
    raise_error(ctx, target->loc, "illegal target for annotation");
  target->ctx = ExprCtx::Store;
  Stmt* s = ctx.arena->stmt(StmtKind::AnnAssign, loc);
  s->target = target;
  s->annotation = ann;
  s->value = value;
  s->simple = target->kind == ExprKind::Name && !target->parenthesized;
  return s;
}

Stmt* make_augassign(ParseCtx& ctx, Expr* target, BinOpKind op, Expr* value, const Loc& loc) {
  if (target->kind != ExprKind::Name && target->kind != ExprKind::Attribute && target->kind != ExprKind::Subscript)
    raise_error(ctx, target->loc,
                std::string("'") + expr_name(target) + "' is an illegal expression for augmented assignment");
  target->ctx = ExprCtx::Store;
  Stmt* s = ctx.arena->stmt(StmtKind::AugAssign, loc);
  s->target = target;
  s->op = op;
  s->value = value;
  return s;
}

Stmt* make_delete(ParseCtx& ctx, ExprList targets, const Loc& loc) {
  for (Expr* t : targets.v) set_target(ctx, t, TargetKind::Del);
  Stmt* s = ctx.arena->stmt(StmtKind::Delete, loc);
  s->targets = std::move(targets.v);
  return s;
}

Stmt* make_stmt(ParseCtx& ctx, StmtKind k, const Loc& loc) { return ctx.arena->stmt(k, loc); }

Stmt* make_try(ParseCtx& ctx, std::vector<Stmt*> body, Handlers h, std::vector<Stmt*> orelse,
               std::vector<Stmt*> finalbody, const Loc& loc) {
  if (h.star && h.plain) raise_error(ctx, h.star_loc, "cannot have both 'except' and 'except*' on the same 'try'");
  Stmt* s = ctx.arena->stmt(h.star ? StmtKind::TryStar : StmtKind::Try, loc);
  s->body = std::move(body);
  s->handlers = std::move(h.v);
  s->orelse = std::move(orelse);
  s->finalbody = std::move(finalbody);
  return s;
}

Expr* list_to_expr(ParseCtx& ctx, ExprList l, const Loc& loc) {
  if (l.comma) return make_tuple(ctx, std::move(l.v), loc);
  return l.v[0];
}

static Expr* make_comp(ParseCtx& ctx, ExprKind k, TLComp& c, const Loc& loc) {
  Expr* elt = c.list.v[0];
  if (elt->kind == ExprKind::Starred)
    raise_error(ctx, elt->loc, "iterable unpacking cannot be used in comprehension");
  Expr* e = ctx.arena->expr(k, loc);
  e->elt = elt;
  e->generators = std::move(c.gens);
  return e;
}

Expr* make_paren(ParseCtx& ctx, TLComp c, const Loc& loc) {
  if (!c.gens.empty()) {
    Expr* e = make_comp(ctx, ExprKind::GeneratorExp, c, loc);
    e->parenthesized = true;
    return e;
  }
  if (c.list.comma) {
    Expr* e = make_tuple(ctx, std::move(c.list.v), loc);
    e->parenthesized = true;
    return e;
  }
  Expr* e = c.list.v[0];
  if (e->kind == ExprKind::Starred) raise_error(ctx, e->loc, "cannot use starred expression here");
  e->parenthesized = true;
  return e;
}

Expr* make_list(ParseCtx& ctx, TLComp c, const Loc& loc) {
  if (!c.gens.empty()) return make_comp(ctx, ExprKind::ListComp, c, loc);
  Expr* e = ctx.arena->expr(ExprKind::List, loc);
  e->elts = std::move(c.list.v);
  return e;
}

Expr* make_set(ParseCtx& ctx, TLComp c, const Loc& loc) {
  if (!c.gens.empty()) return make_comp(ctx, ExprKind::SetComp, c, loc);
  Expr* e = ctx.arena->expr(ExprKind::Set, loc);
  e->elts = std::move(c.list.v);
  return e;
}

Expr* make_subscript_slice(ParseCtx& ctx, ExprList l, const Loc& loc) {
  if (!l.comma && l.v[0]->kind != ExprKind::Starred) return l.v[0];
  return make_tuple(ctx, std::move(l.v), loc);
}

void check_call_args(ParseCtx& ctx, const std::vector<ArgItem>& args, bool class_def, const Loc& close_paren) {
  bool kw = false, dstar = false;
  for (const ArgItem& a : args) {
    switch (a.kind) {
      case ArgItem::Gen:
        if (class_def) raise_error(ctx, a.gens[0].target->loc, "invalid syntax");
        if (args.size() > 1) raise_error(ctx, a.loc, "Generator expression must be parenthesized");
        break;
      case ArgItem::Pos:
        if (dstar) raise_error(ctx, close_paren, "positional argument follows keyword argument unpacking");
        if (kw) raise_error(ctx, close_paren, "positional argument follows keyword argument");
        break;
      case ArgItem::Star:
        if (dstar) raise_error(ctx, a.loc, "iterable argument unpacking follows keyword argument unpacking");
        break;
      case ArgItem::Kw:
        if (a.key->kind == ExprKind::Constant &&
            (a.key->ckind == ConstKind::True || a.key->ckind == ConstKind::False || a.key->ckind == ConstKind::None))
          raise_error(ctx, a.loc, std::string("cannot assign to ") + expr_name(a.key));
        if (a.key->kind != ExprKind::Name || a.key->parenthesized)
          raise_error(ctx, a.loc, "expression cannot contain assignment, perhaps you meant \"==\"?");
        kw = true;
        break;
      case ArgItem::DStar:
        dstar = true;
        break;
    }
  }
}

void split_call_args(ParseCtx& ctx, std::vector<ArgItem> args, std::vector<Expr*>& pos, std::vector<Keyword>& kws) {
  for (ArgItem& a : args) {
    switch (a.kind) {
      case ArgItem::Pos: case ArgItem::Star: pos.push_back(a.value); break;
      case ArgItem::Gen: {
        Expr* e = ctx.arena->expr(ExprKind::GeneratorExp, a.loc);
        e->elt = a.value;
        e->generators = std::move(a.gens);
        pos.push_back(e);
        break;
      }
      case ArgItem::Kw: kws.push_back(Keyword{a.loc, a.key->id, a.value}); break;
      case ArgItem::DStar: kws.push_back(Keyword{a.loc, std::string(), a.value}); break;
    }
  }
}

Expr* make_call(ParseCtx& ctx, Expr* func, std::vector<ArgItem> args, const Loc& loc, const Loc& close_paren) {
  check_call_args(ctx, args, false, close_paren);
  Expr* e = ctx.arena->expr(ExprKind::Call, loc);
  e->func = func;
  // CPython gives a sole generator argument the call's parentheses.
  if (args.size() == 1 && args[0].kind == ArgItem::Gen) {
    Loc l = args[0].loc;
    l.col -= 1;
    l.end_col += 1;
    args[0].loc = Loc{l.line, l.col, loc.end_line, loc.end_col};
  }
  split_call_args(ctx, std::move(args), e->elts, e->keywords);
  return e;
}

Arguments* empty_arguments(ParseCtx& ctx) { return ctx.arena->arguments(); }

Arguments* make_arguments(ParseCtx& ctx, std::vector<ParamItem> items, bool is_lambda) {
  Arguments* a = ctx.arena->arguments();
  bool seen_slash = false, seen_star = false, seen_kwarg = false, seen_default = false;
  for (size_t i = 0; i < items.size(); ++i) {
    ParamItem& it = items[i];
    if (seen_kwarg) raise_error(ctx, it.loc, "arguments cannot follow var-keyword argument");
    switch (it.kind) {
      case ParamItem::Plain:
        if (!seen_star) {
          if (it.def) {
            seen_default = true;
            a->defaults.push_back(it.def);
          } else if (seen_default) {
            raise_error(ctx, it.loc, "non-default argument follows default argument");
          }
          a->args.push_back(std::move(it.arg));
        } else {
          a->kwonlyargs.push_back(std::move(it.arg));
          a->kw_defaults.push_back(it.def);
        }
        break;
      case ParamItem::Slash:
        if (seen_slash) raise_error(ctx, it.loc, "/ may appear only once");
        if (seen_star) raise_error(ctx, it.loc, "/ must be ahead of *");
        if (a->args.empty()) {
          if (items.size() == 1) raise_error(ctx, it.loc, "invalid syntax");
          raise_error(ctx, it.loc, "at least one argument must precede /");
        }
        a->posonlyargs = std::move(a->args);
        a->args.clear();
        seen_slash = true;
        break;
      case ParamItem::BareStar: case ParamItem::VarArg:
        if (seen_star) raise_error(ctx, it.loc, "* argument may appear only once");
        seen_star = true;
        if (it.kind == ParamItem::VarArg) {
          a->vararg = ctx.arena->arg(std::move(it.arg));
        } else if (i + 1 == items.size() || items[i + 1].kind == ParamItem::KwArg) {
          raise_error(ctx, it.loc, "named arguments must follow bare *");
        }
        break;
      case ParamItem::KwArg:
        if (it.def) raise_error(ctx, it.loc, "var-keyword argument cannot have default value");
        a->kwarg = ctx.arena->arg(std::move(it.arg));
        seen_kwarg = true;
        break;
    }
  }
  (void)is_lambda;
  return a;
}

// ---------------------------------------------------------------- patterns
Pattern* make_capture(ParseCtx& ctx, Expr* e, const Loc& loc) {
  if (e->kind == ExprKind::Attribute) {
    Pattern* p = ctx.arena->pattern(PatternKind::MatchValue, loc);
    p->value = e;
    return p;
  }
  Pattern* p = ctx.arena->pattern(PatternKind::MatchAs, loc);
  if (e->id != "_") p->name = e->id;
  return p;
}

Pattern* make_literal_pattern(ParseCtx& ctx, Expr* value, const Loc& loc) {
  if (value->kind == ExprKind::JoinedStr)
    raise_error(ctx, loc, "patterns may only match literals and attribute lookups");
  if (value->kind == ExprKind::BinOp) {
    Expr* l = value->left->kind == ExprKind::UnaryOp ? value->left->value : value->left;
    if (l->ckind == ConstKind::Imag) raise_error(ctx, value->left->loc, "real number required in complex literal");
    if (value->right->ckind != ConstKind::Imag)
      raise_error(ctx, value->right->loc, "imaginary number required in complex literal");
  }
  bool singleton = value->kind == ExprKind::Constant &&
                   (value->ckind == ConstKind::None || value->ckind == ConstKind::True || value->ckind == ConstKind::False);
  Pattern* p = ctx.arena->pattern(singleton ? PatternKind::MatchSingleton : PatternKind::MatchValue, loc);
  p->value = value;
  return p;
}

Pattern* make_seq_pattern(ParseCtx& ctx, PatList l, bool brackets, const Loc& loc) {
  int stars = 0;
  for (Pattern* p : l.v)
    if (p->kind == PatternKind::MatchStar && ++stars > 1)
      raise_error(ctx, p->loc, "multiple starred names in sequence pattern");
  (void)brackets;
  Pattern* p = ctx.arena->pattern(PatternKind::MatchSequence, loc);
  p->patterns = std::move(l.v);
  return p;
}

Pattern* make_star_pattern(ParseCtx& ctx, int name_tok, const Loc& loc) {
  Pattern* p = ctx.arena->pattern(PatternKind::MatchStar, loc);
  std::string n = ctx.text(name_tok);
  if (n != "_") p->name = n;
  return p;
}

Pattern* make_as_pattern(ParseCtx& ctx, Pattern* inner, int name_tok, const Loc& loc) {
  std::string n = ctx.text(name_tok);
  if (n == "_") raise_error(ctx, ctx.loc(name_tok), "cannot use '_' as a target");
  Pattern* p = ctx.arena->pattern(PatternKind::MatchAs, loc);
  p->pattern = inner;
  p->name = n;
  return p;
}

Pattern* make_class_pattern(ParseCtx& ctx, Expr* cls, ClassArgs a, const Loc& loc) {
  Pattern* p = ctx.arena->pattern(PatternKind::MatchClass, loc);
  p->cls = cls;
  p->patterns = std::move(a.patterns);
  p->kwd_attrs = std::move(a.kwd_attrs);
  p->kwd_patterns = std::move(a.kwd_patterns);
  return p;
}

// ---------------------------------------------------------------- depth bound
namespace {
constexpr int kMaxDepth = 2000;

struct DepthCheck {
  Loc where;
  bool ok = true;
  bool expr(const Expr* e, int d);
  bool stmts(const std::vector<Stmt*>& v, int d);
  bool pattern(const Pattern* p, int d);
  bool args(const Arguments* a, int d) {
    if (!a) return true;
    for (auto* v : {&a->posonlyargs, &a->args, &a->kwonlyargs})
      for (const Arg& x : *v)
        if (!expr(x.annotation, d)) return false;
    for (const Arg* x : {a->vararg, a->kwarg})
      if (x && !expr(x->annotation, d)) return false;
    for (auto* v : {&a->kw_defaults, &a->defaults})
      for (const Expr* x : *v)
        if (!expr(x, d)) return false;
    return true;
  }
};

bool DepthCheck::expr(const Expr* e, int d) {
  if (!e) return true;
  if (d > kMaxDepth) { where = e->loc; return ok = false; }
  for (const Expr* c : {e->left, e->right, e->value, e->target, e->test, e->body, e->orelse, e->func, e->elt,
                        e->slice, e->lower, e->upper, e->step, e->format_spec})
    if (!expr(c, d + 1)) return false;
  for (const Expr* c : e->elts)
    if (!expr(c, d + 1)) return false;
  for (const Expr* c : e->keys)
    if (!expr(c, d + 1)) return false;
  for (const Keyword& k : e->keywords)
    if (!expr(k.value, d + 1)) return false;
  for (const Comprehension& c : e->generators) {
    if (!expr(c.target, d + 1) || !expr(c.iter, d + 1)) return false;
    for (const Expr* x : c.ifs)
      if (!expr(x, d + 1)) return false;
  }
  return args(e->args, d + 1);
}

bool DepthCheck::pattern(const Pattern* p, int d) {
  if (!p) return true;
  if (d > kMaxDepth) { where = p->loc; return ok = false; }
  if (!expr(p->value, d + 1) || !expr(p->cls, d + 1) || !pattern(p->pattern, d + 1)) return false;
  for (const Expr* k : p->keys)
    if (!expr(k, d + 1)) return false;
  for (auto* v : {&p->patterns, &p->kwd_patterns})
    for (const Pattern* x : *v)
      if (!pattern(x, d + 1)) return false;
  return true;
}

bool DepthCheck::stmts(const std::vector<Stmt*>& v, int d) {
  for (const Stmt* s : v) {
    if (d > kMaxDepth) { where = s->loc; return ok = false; }
    int n = d + 1;
    for (const Expr* e : {s->returns, s->target, s->value, s->annotation, s->iter, s->test, s->msg, s->subject,
                          s->exc, s->cause})
      if (!expr(e, n)) return false;
    for (auto* l : {&s->decorator_list, &s->bases, &s->targets})
      for (const Expr* e : *l)
        if (!expr(e, n)) return false;
    for (const Keyword& k : s->keywords)
      if (!expr(k.value, n)) return false;
    if (!args(s->args, n)) return false;
    for (const WithItem& w : s->items)
      if (!expr(w.context_expr, n) || !expr(w.optional_vars, n)) return false;
    for (const MatchCase& c : s->cases)
      if (!pattern(c.pattern, n) || !expr(c.guard, n) || !stmts(c.body, n)) return false;
    for (const ExceptHandler& h : s->handlers)
      if (!expr(h.type, n) || !stmts(h.body, n)) return false;
    if (!stmts(s->body, n) || !stmts(s->orelse, n) || !stmts(s->finalbody, n)) return false;
  }
  return true;
}
}  // namespace

bool check_depth(const std::vector<Stmt*>& body, const Expr* expr, Loc& where) {
  DepthCheck c;
  bool ok = c.stmts(body, 0) && c.expr(expr, 0);
  where = c.where;
  return ok;
}

}  // namespace minipy::ast::detail
