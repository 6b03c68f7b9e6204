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
  if (target->kind == ExprKind::Starred)   // CPython's parser fails at the ':'
    raise_error(ctx, Loc{target->loc.end_line, target->loc.end_col, target->loc.end_line, target->loc.end_col + 1},
                "invalid syntax");
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
  if (h.star && h.plain)
    raise_error(ctx, h.mixed ? h.mixed_loc : h.star_loc, "cannot have both 'except' and 'except*' on the same 'try'");
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
        if (dstar)   // at the '*'
          raise_error(ctx, Loc{a.loc.line, a.loc.col, a.loc.line, a.loc.col + 1},
                      "iterable argument unpacking follows keyword argument unpacking");
        break;
      case ArgItem::Kw: {
        // CPython's range: the key and the '=' after it (the value follows it).
        Loc key_eq{a.key->loc.line, a.key->loc.col, a.key->loc.end_line, a.key->loc.end_col + 1};
        if (ctx.src && a.value && a.value->loc.line == a.key->loc.end_line) {
          std::string l = ctx.src->line(a.value->loc.line);
          int c = a.value->loc.col;
          while (c > 0 && size_t(c) <= l.size() && (l[c - 1] == ' ' || l[c - 1] == '\t')) --c;
          if (c > a.key->loc.end_col) key_eq.end_col = c;
        }
        if (a.key->kind == ExprKind::Constant &&
            (a.key->ckind == ConstKind::True || a.key->ckind == ConstKind::False || a.key->ckind == ConstKind::None))
          raise_error(ctx, key_eq, std::string("cannot assign to ") + expr_name(a.key));
        if (a.key->kind != ExprKind::Name || a.key->parenthesized)
          raise_error(ctx, key_eq, "expression cannot contain assignment, perhaps you meant \"==\"?");
        kw = true;
        break;
      }
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
    if (seen_kwarg) {   // CPython points at a following '*' / '**' / '/' token only
      Loc at = it.loc;
      if (it.kind == ParamItem::VarArg || it.kind == ParamItem::BareStar || it.kind == ParamItem::Slash)
        at.end_line = at.line, at.end_col = at.col + 1;
      else if (it.kind == ParamItem::KwArg)
        at.end_line = at.line, at.end_col = at.col + 2;
      else if (it.kind == ParamItem::Plain)   // the name (and annotation), not the default
        at = it.arg.annotation ? Loc{it.loc.line, it.loc.col, it.arg.annotation->loc.end_line,
                                     it.arg.annotation->loc.end_col}
                               : Loc{it.loc.line, it.loc.col, it.loc.line, it.loc.col + int(it.arg.name.size())};
      raise_error(ctx, at, "arguments cannot follow var-keyword argument");
    }
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
        if (seen_star)   // at the '*'
          raise_error(ctx, Loc{it.loc.line, it.loc.col, it.loc.line, it.loc.col + 1}, "* argument may appear only once");
        seen_star = true;
        if (it.kind == ParamItem::VarArg) {
          a->vararg = ctx.arena->arg(std::move(it.arg));
        } else if (i + 1 == items.size() || items[i + 1].kind == ParamItem::KwArg) {
          // def: at the '*'; lambda: at the token after it (CPython's two rules)
          raise_error(ctx, is_lambda ? Loc{it.loc.line, it.loc.col + 1, it.loc.line, it.loc.col + 2} : it.loc,
                      "named arguments must follow bare *");
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
  // Several starred names are the compiler's error in CPython (compiler_match.cpp).
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

// ---------------------------------------------------------------- depth of the tree
// Deep input must not crash the recursive consumers of the tree (the
// compiler, the symbol table, ast.dump), and must fail as CPython 3.11 fails:
//  * CPython's PEG parser gives up with MemoryError when its own recursion
//    passes 6000 rule calls (MAXSTACK). Only right-recursive constructs grow
//    it without brackets: `- - - 1`, `not not x`, `lambda: lambda: x`,
//    `a if b else c if d else ...`, `a ** b ** c`. Brackets (at most 200,
//    the tokenizer's limit) restart the descent from `expression`. The rule
//    calls are estimated per edge below, calibrated against CPython 3.11.
//  * Otherwise the compiler counts the statements, expressions and patterns
//    on each path (the tree depth), and raises RecursionError when that plus
//    three times the Python frames in progress passes three times the
//    recursion limit (vm/compiler.cpp, compile_ast).
// Both are computed here with an explicit stack: the tree may be 100,000 deep.
namespace {
constexpr int kPegMaxStack = 6000;  // CPython's MAXSTACK
constexpr int kPegBase = 24;        // rule calls from the start rule down to an expression
constexpr int kPegBracket = 29;     // a [ ] / { } display or a comprehension
constexpr int kPegParen = 28;       // ( expr )
constexpr int kPegCallArg = 24;     // f(expr)
constexpr int kPegSubscript = 24;   // a[expr]
constexpr int kPegKeyword = 27;     // f(x=expr)
constexpr int kPegDefault = 8;      // lambda x=expr: ...
constexpr int kPegFString = 29;     // f"{expr}", parsed by a parser of its own
constexpr int kPegStmtExpr = 6;     // a statement's expression
constexpr int kPegBlock = 6;        // a statement's block (8 for def / class)

struct TreeWalk {
  struct Item {
    const void* node;
    uint8_t what;  // 0 stmt, 1 expr, 2 pattern
    int depth;
    int peg;
  };
  std::vector<Item> stack;
  int max_depth = 0;
  bool check_peg = true;
  bool peg_overflow = false;
  Loc where;

  void expr(const Expr* e, int depth, int peg) {
    if (!e) return;
    if (e->parenthesized) peg += kPegParen;
    stack.push_back({e, 1, depth, peg});
  }
  void stmt(const Stmt* s, int depth, int peg) {
    if (s) stack.push_back({s, 0, depth, peg});
  }
  void pattern(const Pattern* p, int depth, int peg) {
    if (p) stack.push_back({p, 2, depth, peg});
  }
  void args(const Arguments* a, int depth, int peg) {
    if (!a) return;
    for (auto* v : {&a->posonlyargs, &a->args, &a->kwonlyargs})
      for (const Arg& x : *v) expr(x.annotation, depth, peg);
    for (const Arg* x : {a->vararg, a->kwarg})
      if (x) expr(x->annotation, depth, peg);
    for (auto* v : {&a->kw_defaults, &a->defaults})
      for (const Expr* x : *v) expr(x, depth, peg);
  }
  void stmts(const std::vector<Stmt*>& v, int depth, int peg) {
    // Pushed last first, so they are walked in source order.
    for (size_t i = v.size(); i-- > 0;) stmt(v[i], depth, peg);
  }

  void expr_children(const Expr* e, int d, int p) {
    int n = d + 1;
    switch (e->kind) {
      case ExprKind::UnaryOp: expr(e->value, n, p + 1); return;
      case ExprKind::Await: expr(e->value, n, p + 1); return;
      case ExprKind::Lambda:
        args(e->args, n, p + kPegDefault);
        expr(e->body, n, p + 2);
        return;
      case ExprKind::IfExp:
        expr(e->test, n, p + 1);
        expr(e->body, n, p + 1);
        expr(e->orelse, n, p + 1);
        return;
      case ExprKind::BinOp:
        expr(e->left, n, p);  // left recursion: a loop in the PEG parser
        expr(e->right, n, p + 2);
        return;
      case ExprKind::Attribute: expr(e->value, n, p); return;
      case ExprKind::Subscript:
        expr(e->value, n, p);
        expr(e->slice, n, p + kPegSubscript);
        return;
      case ExprKind::Call:
        expr(e->func, n, p);
        for (const Expr* x : e->elts) expr(x, n, p + kPegCallArg);
        for (const Keyword& k : e->keywords) expr(k.value, n, p + kPegKeyword);
        return;
      case ExprKind::FormattedValue:
        // A replacement field is parsed by a parser of its own.
        expr(e->value, n, kPegBase + kPegFString);
        expr(e->format_spec, n, kPegBase);
        return;
      case ExprKind::JoinedStr:
        for (const Expr* x : e->elts) expr(x, n, p);
        return;
      case ExprKind::List: case ExprKind::Set: case ExprKind::Dict:
        for (const Expr* x : e->keys) expr(x, n, p + kPegBracket);
        for (const Expr* x : e->elts) expr(x, n, p + kPegBracket);
        return;
      case ExprKind::Tuple:
        for (const Expr* x : e->elts) expr(x, n, p + (e->parenthesized ? kPegBracket - kPegParen : 2));
        return;
      case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
        expr(e->elt, n, p + kPegBracket);
        expr(e->value, n, p + kPegBracket);
        for (const Comprehension& c : e->generators) {
          expr(c.target, n, p + kPegBracket);
          expr(c.iter, n, p + kPegBracket);
          for (const Expr* x : c.ifs) expr(x, n, p + kPegBracket);
        }
        return;
      default:
        for (const Expr* c : {e->left, e->right, e->value, e->target, e->test, e->body, e->orelse, e->func,
                              e->elt, e->slice, e->lower, e->upper, e->step, e->format_spec})
          expr(c, n, p + 2);
        for (const Expr* c : e->elts) expr(c, n, p + 2);
        for (const Expr* c : e->keys) expr(c, n, p + 2);
        for (const Keyword& k : e->keywords) expr(k.value, n, p + kPegCallArg);
        for (const Comprehension& c : e->generators) {
          expr(c.target, n, p + kPegBracket);
          expr(c.iter, n, p + kPegBracket);
          for (const Expr* x : c.ifs) expr(x, n, p + kPegBracket);
        }
        args(e->args, n, p + kPegCallArg);
        return;
    }
  }

  void stmt_children(const Stmt* s, int d, int p) {
    int n = d + 1, pe = p + kPegStmtExpr;
    if (s->kind == StmtKind::Assign || s->kind == StmtKind::AugAssign) pe += 2;  // target '=' value
    if (s->kind == StmtKind::AnnAssign) pe += 3;
    bool def = s->kind == StmtKind::FunctionDef || s->kind == StmtKind::AsyncFunctionDef ||
               s->kind == StmtKind::ClassDef;
    int pb = p + (def ? kPegBlock + 2 : kPegBlock);
    for (const Expr* e : {s->returns, s->target, s->value, s->annotation, s->iter, s->test, s->msg, s->subject,
                          s->exc, s->cause})
      expr(e, n, pe);
    for (auto* l : {&s->decorator_list, &s->bases, &s->targets})
      for (const Expr* e : *l) expr(e, n, pe);
    for (const Keyword& k : s->keywords) expr(k.value, n, pe + kPegCallArg);
    args(s->args, n, pe + kPegCallArg);
    for (const WithItem& w : s->items) {
      expr(w.context_expr, n, pe);
      expr(w.optional_vars, n, pe);
    }
    for (const MatchCase& c : s->cases) {
      pattern(c.pattern, n, pe);
      expr(c.guard, n, pe);
      stmts(c.body, n, pb);
    }
    for (const ExceptHandler& h : s->handlers) {
      expr(h.type, n, pe);
      stmts(h.body, n, pb);
    }
    stmts(s->finalbody, n, pb);
    stmts(s->orelse, n, pb);
    stmts(s->body, n, pb);
  }

  void pattern_children(const Pattern* pt, int d, int p) {
    int n = d + 1;
    expr(pt->value, n, p + 2);
    expr(pt->cls, n, p + 2);
    pattern(pt->pattern, n, p + 2);
    for (const Expr* k : pt->keys) expr(k, n, p + 2);
    for (auto* v : {&pt->patterns, &pt->kwd_patterns})
      for (const Pattern* x : *v) pattern(x, n, p + kPegBracket);
  }

  // Walk everything pushed so far. False at the first node past the PEG
  // parser's limit (`where` is its position).
  bool run() {
    while (!stack.empty()) {
      Item it = stack.back();
      stack.pop_back();
      if (it.depth > max_depth) max_depth = it.depth;
      if (check_peg && it.peg >= kPegMaxStack) {
        peg_overflow = true;
        where = it.what == 0   ? static_cast<const Stmt*>(it.node)->loc
                : it.what == 1 ? static_cast<const Expr*>(it.node)->loc
                               : static_cast<const Pattern*>(it.node)->loc;
        return false;
      }
      if (it.what == 0) stmt_children(static_cast<const Stmt*>(it.node), it.depth, it.peg);
      else if (it.what == 1) expr_children(static_cast<const Expr*>(it.node), it.depth, it.peg);
      else pattern_children(static_cast<const Pattern*>(it.node), it.depth, it.peg);
    }
    return true;
  }
};
}  // namespace

bool check_tree(const std::vector<Stmt*>& body, const Expr* expr, int* depth, Loc& where) {
  TreeWalk w;
  w.stmts(body, 1, kPegBase);
  w.expr(expr, 1, kPegBase);
  bool ok = w.run();
  *depth = w.max_depth;
  where = w.where;
  return ok;
}

}  // namespace minipy::ast::detail

namespace minipy::ast {
int tree_depth(const Module& m) {
  if (m.depth >= 0) return m.depth;
  detail::TreeWalk w;
  w.check_peg = false;
  w.stmts(m.body, 1, 0);
  w.expr(m.expression, 1, 0);
  w.run();
  return w.max_depth;
}
}  // namespace minipy::ast
