// vm/ast_unparse.cpp — turns an expression of the parse tree back into Python
// source text, as CPython's compiler does for annotations under
// `from __future__ import annotations` (PEP 563): `def f(x: list[int] | None)`
// stores the string "list[int] | None". Parentheses appear only where the
// operator precedence needs them, so the text re-parses to the same tree.
// Constants are written as their repr() (0x1F becomes 31, 1e309 stays
// 1e309 for infinity so the text evaluates back to the same value).
#include <cmath>
#include <string>

#include "grammar/ast.h"
#include "runtime/runtime.h"
#include "vm/compiler.h"

namespace minipy::compiler {

namespace {

// Binding strength, weakest first (the grammar's precedence levels).
enum Prec : int {
  kTuple, kTest, kOr, kAnd, kNot, kCmp, kExpr, kBor = kExpr, kBxor, kBand, kShift, kArith, kTerm,
  kFactor, kPower, kAwait, kAtom
};

struct Unparser {
  ThreadState* ts;
  std::string out;
  bool failed = false;  // a Python error is pending (constant conversion)

  void put(const char* s) { out += s; }
  void put(const std::string& s) { out += s; }
  void open_if(bool c) { if (c) out += '('; }
  void close_if(bool c) { if (c) out += ')'; }

  void repr_value(Value v) {
    if (!v) { failed = true; return; }
    Ref owned(v);
    Ref r(repr(ts, v));
    if (!r) { failed = true; return; }
    out += str_view(r.get());
  }

  void constant(const Expr* e) {
    switch (e->ckind) {
      case ConstKind::None: put("None"); return;
      case ConstKind::True: put("True"); return;
      case ConstKind::False: put("False"); return;
      case ConstKind::Ellipsis: put("..."); return;
      case ConstKind::Int: repr_value(int_from_string(ts, e->text, 0)); return;
      case ConstKind::Float:
        if (std::isinf(e->fval)) put("1e309");
        else repr_value(float_new(ts, e->fval));
        return;
      case ConstKind::Imag:
        if (std::isinf(e->fval)) put("1e309j");
        else repr_value(complex_new(ts, 0.0, e->fval));
        return;
      case ConstKind::Str: repr_value(str_new(ts, e->text)); return;
      case ConstKind::Bytes: repr_value(bytes_new(ts, e->text)); return;
    }
  }

  static const char* binop_text(BinOpKind k, int* prec) {
    switch (k) {
      case BinOpKind::Add: *prec = kArith; return " + ";
      case BinOpKind::Sub: *prec = kArith; return " - ";
      case BinOpKind::Mult: *prec = kTerm; return " * ";
      case BinOpKind::MatMult: *prec = kTerm; return " @ ";
      case BinOpKind::Div: *prec = kTerm; return " / ";
      case BinOpKind::Mod: *prec = kTerm; return " % ";
      case BinOpKind::FloorDiv: *prec = kTerm; return " // ";
      case BinOpKind::Pow: *prec = kPower; return " ** ";
      case BinOpKind::LShift: *prec = kShift; return " << ";
      case BinOpKind::RShift: *prec = kShift; return " >> ";
      case BinOpKind::BitOr: *prec = kBor; return " | ";
      case BinOpKind::BitXor: *prec = kBxor; return " ^ ";
      case BinOpKind::BitAnd: *prec = kBand; return " & ";
    }
    *prec = kArith;
    return " ? ";
  }

  static const char* cmpop_text(CmpOpKind k) {
    switch (k) {
      case CmpOpKind::Eq: return " == ";
      case CmpOpKind::NotEq: return " != ";
      case CmpOpKind::Lt: return " < ";
      case CmpOpKind::LtE: return " <= ";
      case CmpOpKind::Gt: return " > ";
      case CmpOpKind::GtE: return " >= ";
      case CmpOpKind::Is: return " is ";
      case CmpOpKind::IsNot: return " is not ";
      case CmpOpKind::In: return " in ";
      case CmpOpKind::NotIn: return " not in ";
    }
    return " ? ";
  }

  void items(const std::vector<Expr*>& xs, int prec) {
    for (size_t i = 0; i < xs.size(); i++) {
      if (i) put(", ");
      expr(xs[i], prec);
    }
  }

  void comprehensions(const std::vector<Comprehension>& gens) {
    for (const Comprehension& g : gens) {
      put(g.is_async ? " async for " : " for ");
      expr(g.target, kTuple);
      put(" in ");
      expr(g.iter, kTest + 1);
      for (const Expr* c : g.ifs) {
        put(" if ");
        expr(c, kTest + 1);
      }
    }
  }

  void arg(const Arg& a) { put(a.name); }

  void arguments(const Arguments* a) {
    bool first = true;
    auto sep = [&] { if (!first) put(", "); first = false; };
    size_t npos = a->posonlyargs.size() + a->args.size();
    size_t ndef = a->defaults.size();
    for (size_t i = 0; i < npos; i++) {
      sep();
      const Arg& p = i < a->posonlyargs.size() ? a->posonlyargs[i] : a->args[i - a->posonlyargs.size()];
      arg(p);
      if (i + ndef >= npos) {
        put("=");
        expr(a->defaults[i + ndef - npos], kTest);
      }
      if (!a->posonlyargs.empty() && i + 1 == a->posonlyargs.size()) put(", /");
    }
    if (a->vararg || !a->kwonlyargs.empty()) {
      sep();
      put("*");
      if (a->vararg) arg(*a->vararg);
    }
    for (size_t i = 0; i < a->kwonlyargs.size(); i++) {
      sep();
      arg(a->kwonlyargs[i]);
      if (i < a->kw_defaults.size() && a->kw_defaults[i]) {
        put("=");
        expr(a->kw_defaults[i], kTest);
      }
    }
    if (a->kwarg) {
      sep();
      put("**");
      arg(*a->kwarg);
    }
  }

  // The text inside an f-string's quotes (before the whole is repr'd).
  void fstring_body(const Expr* e, std::string* body) {
    if (e->kind == ExprKind::Constant && e->ckind == ConstKind::Str) {
      for (char c : e->text) {
        if (c == '{' || c == '}') *body += c;  // braces are doubled
        *body += c;
      }
      return;
    }
    if (e->kind == ExprKind::JoinedStr) {
      for (const Expr* v : e->elts) fstring_body(v, body);
      return;
    }
    if (e->kind == ExprKind::FormattedValue) {
      Unparser inner{ts, std::string(), false};
      inner.expr(e->value, kTest + 1);
      failed = failed || inner.failed;
      *body += '{';
      if (!inner.out.empty() && inner.out[0] == '{') *body += ' ';  // `{ {a: 1}}`
      *body += inner.out;
      if (e->conversion > 0) {
        *body += '!';
        *body += char(e->conversion);
      }
      if (e->format_spec) {
        *body += ':';
        fstring_body(e->format_spec, body);
      }
      *body += '}';
    }
  }

  void expr(const Expr* e, int prec) {
    if (failed || !e) return;
    switch (e->kind) {
      case ExprKind::BoolOp: {
        int p = e->boolop == BoolOpKind::And ? kAnd : kOr;
        open_if(prec > p);
        for (size_t i = 0; i < e->elts.size(); i++) {
          if (i) put(e->boolop == BoolOpKind::And ? " and " : " or ");
          expr(e->elts[i], p + 1);
        }
        close_if(prec > p);
        return;
      }
      case ExprKind::NamedExpr:
        open_if(prec > kTuple);
        expr(e->target, kAtom);
        put(" := ");
        expr(e->value, kAtom);
        close_if(prec > kTuple);
        return;
      case ExprKind::BinOp: {
        int p;
        const char* op = binop_text(e->binop, &p);
        bool right_assoc = e->binop == BinOpKind::Pow;
        open_if(prec > p);
        expr(e->left, right_assoc ? p + 1 : p);
        put(op);
        expr(e->right, right_assoc ? p : p + 1);
        close_if(prec > p);
        return;
      }
      case ExprKind::UnaryOp: {
        int p = e->unop == UnaryOpKind::Not ? kNot : kFactor;
        open_if(prec > p);
        switch (e->unop) {
          case UnaryOpKind::Not: put("not "); break;
          case UnaryOpKind::Invert: put("~"); break;
          case UnaryOpKind::UAdd: put("+"); break;
          case UnaryOpKind::USub: put("-"); break;
        }
        expr(e->value, p);
        close_if(prec > p);
        return;
      }
      case ExprKind::Lambda: {
        open_if(prec > kTest);
        const Arguments* a = e->args;
        bool any = a && (!a->posonlyargs.empty() || !a->args.empty() || a->vararg || !a->kwonlyargs.empty() ||
                         a->kwarg);
        put(any ? "lambda " : "lambda");
        if (any) arguments(a);
        put(": ");
        expr(e->body, kTest);
        close_if(prec > kTest);
        return;
      }
      case ExprKind::IfExp:
        open_if(prec > kTest);
        expr(e->body, kTest + 1);
        put(" if ");
        expr(e->test, kTest + 1);
        put(" else ");
        expr(e->orelse, kTest);
        close_if(prec > kTest);
        return;
      case ExprKind::Dict:
        put("{");
        for (size_t i = 0; i < e->elts.size(); i++) {
          if (i) put(", ");
          if (i < e->keys.size() && e->keys[i]) {
            expr(e->keys[i], kTest);
            put(": ");
            expr(e->elts[i], kTest);
          } else {
            put("**");
            expr(e->elts[i], kExpr);
          }
        }
        put("}");
        return;
      case ExprKind::Set:
        if (e->elts.empty()) {
          put("{*()}");
          return;
        }
        put("{");
        items(e->elts, kTest);
        put("}");
        return;
      case ExprKind::ListComp:
        put("[");
        expr(e->elt, kTest);
        comprehensions(e->generators);
        put("]");
        return;
      case ExprKind::SetComp:
        put("{");
        expr(e->elt, kTest);
        comprehensions(e->generators);
        put("}");
        return;
      case ExprKind::DictComp:
        put("{");
        expr(e->elt, kTest);
        put(": ");
        expr(e->value, kTest);
        comprehensions(e->generators);
        put("}");
        return;
      case ExprKind::GeneratorExp:
        put("(");
        expr(e->elt, kTest);
        comprehensions(e->generators);
        put(")");
        return;
      case ExprKind::Await:
        open_if(prec > kAwait);
        put("await ");
        expr(e->value, kAtom);
        close_if(prec > kAwait);
        return;
      case ExprKind::Yield:
        open_if(prec > kAssignLevel);
        put(e->value ? "yield " : "yield");
        if (e->value) expr(e->value, kTest);
        close_if(prec > kAssignLevel);
        return;
      case ExprKind::YieldFrom:
        open_if(prec > kAssignLevel);
        put("yield from ");
        expr(e->value, kTest);
        close_if(prec > kAssignLevel);
        return;
      case ExprKind::Compare:
        open_if(prec > kCmp);
        expr(e->left, kCmp + 1);
        for (size_t i = 0; i < e->ops.size() && i < e->elts.size(); i++) {
          put(cmpop_text(e->ops[i]));
          expr(e->elts[i], kCmp + 1);
        }
        close_if(prec > kCmp);
        return;
      case ExprKind::Call: {
        expr(e->func, kAtom);
        // f(x for x in y): a lone generator argument keeps its own parentheses only.
        if (e->elts.size() == 1 && e->keywords.empty() && e->elts[0]->kind == ExprKind::GeneratorExp) {
          expr(e->elts[0], kTest);
          return;
        }
        put("(");
        bool first = true;
        for (const Expr* a : e->elts) {
          if (!first) put(", ");
          first = false;
          expr(a, kTest);
        }
        for (const Keyword& k : e->keywords) {
          if (!first) put(", ");
          first = false;
          if (k.arg.empty()) {
            put("**");
          } else {
            put(k.arg);
            put("=");
          }
          expr(k.value, kTest);
        }
        put(")");
        return;
      }
      case ExprKind::FormattedValue:
      case ExprKind::JoinedStr: {
        std::string body;
        fstring_body(e, &body);
        if (failed) return;
        put("f");
        repr_value(str_new(ts, body));
        return;
      }
      case ExprKind::Constant:
        constant(e);
        return;
      case ExprKind::Attribute: {
        expr(e->value, kAtom);
        // `1 .real`: an int literal would swallow the dot.
        const Expr* v = e->value;
        bool int_lit = v && v->kind == ExprKind::Constant && v->ckind == ConstKind::Int;
        put(int_lit ? " ." : ".");
        put(e->id);
        return;
      }
      case ExprKind::Subscript: {
        expr(e->value, kAtom);
        put("[");
        const Expr* s = e->slice;
        if (s && s->kind == ExprKind::Tuple && !s->elts.empty()) {
          for (size_t i = 0; i < s->elts.size(); i++) {
            if (i) put(", ");
            expr(s->elts[i], kTest);
          }
          if (s->elts.size() == 1) put(",");
        } else {
          expr(s, kTuple);
        }
        put("]");
        return;
      }
      case ExprKind::Starred:
        put("*");
        expr(e->value, kExpr);
        return;
      case ExprKind::Name:
        put(e->id);
        return;
      case ExprKind::List:
        put("[");
        items(e->elts, kTest);
        put("]");
        return;
      case ExprKind::Tuple:
        if (e->elts.empty()) {
          put("()");
          return;
        }
        open_if(prec > kTuple);
        items(e->elts, kTest);
        if (e->elts.size() == 1) put(",");
        close_if(prec > kTuple);
        return;
      case ExprKind::Slice:
        if (e->lower) expr(e->lower, kTest);
        put(":");
        if (e->upper) expr(e->upper, kTest);
        if (e->step) {
          put(":");
          expr(e->step, kTest);
        }
        return;
    }
  }

  static constexpr int kAssignLevel = kTuple;
};

}  // namespace

bool unparse_expr(ThreadState* ts, const Expr* e, std::string* out) {
  Unparser u{ts, std::string(), false};
  u.expr(e, kTest);
  if (u.failed) return false;
  *out = std::move(u.out);
  return true;
}

}  // namespace minipy::compiler
