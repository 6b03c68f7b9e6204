// grammar/ast.cpp — ast::dump(): the tree in exactly the format of CPython's
// `ast.dump(tree)` (default arguments: field names, no attributes), so tests
// can compare our parser with python3 text for text.
//
// Must not: change the tree. Recursion depth is bounded by parse()'s depth check.
#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "grammar/ast.h"
#include "grammar/unicode.h"

namespace minipy::ast {
namespace {

const char* binop_name(BinOpKind k) {
  static const char* const n[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                  "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
  return n[int(k)];
}
const char* unop_name(UnaryOpKind k) {
  static const char* const n[] = {"Invert", "Not", "UAdd", "USub"};
  return n[int(k)];
}
const char* cmpop_name(CmpOpKind k) {
  static const char* const n[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return n[int(k)];
}
const char* ctx_name(ExprCtx c) { return c == ExprCtx::Load ? "Load()" : c == ExprCtx::Store ? "Store()" : "Del()"; }

// Python's repr() of a float ('r' format); add_dot0=false gives complex's style.
std::string float_repr(double d, bool add_dot0) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  std::string s(buf, r.ptr);
  bool neg = s[0] == '-';
  if (neg) s.erase(0, 1);
  size_t epos = s.find('e');
  int exp = std::atoi(s.c_str() + epos + 1);
  std::string digits;
  for (size_t i = 0; i < epos; ++i)
    if (s[i] != '.') digits += s[i];
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      out = "0." + std::string(-exp - 1, '0') + digits;
    } else if (int(digits.size()) <= exp + 1) {
      out = digits + std::string(exp + 1 - digits.size(), '0');
      if (add_dot0) out += ".0";
    } else {
      out = digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
  }
  return neg ? "-" + out : out;
}

// Decimal text of an integer literal written in any base.
std::string int_decimal(const std::string& t) {
  int base = 10;
  size_t i = 0;
  if (t.size() > 1 && t[0] == '0') {
    char c = t[1] | 0x20;
    if (c == 'x') base = 16, i = 2;
    else if (c == 'o') base = 8, i = 2;
    else if (c == 'b') base = 2, i = 2;
  }
  if (base == 10) {
    size_t k = 0;
    while (k + 1 < t.size() && t[k] == '0') ++k;
    return t.substr(k);
  }
  std::vector<uint32_t> limbs{0};   // little-endian base 1e9
  for (; i < t.size(); ++i) {
    char c = t[i];
    uint32_t d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    uint64_t carry = d;
    for (auto& l : limbs) {
      uint64_t v = uint64_t(l) * base + carry;
      l = uint32_t(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry) limbs.push_back(uint32_t(carry));
  }
  std::string out = std::to_string(limbs.back());
  for (size_t k = limbs.size() - 1; k-- > 0;) {
    char b[16];
    snprintf(b, sizeof b, "%09u", limbs[k]);
    out += b;
  }
  return out;
}

bool printable(uint32_t cp) { return detail::unicode_is_printable(cp); }

std::string str_repr(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out(1, q);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    int len;
    unsigned char c = p[i];
    if (c < 0x80) { cp = c; len = 1; }
    else if ((c & 0xE0) == 0xC0 && i + 1 < n) { cp = ((c & 0x1F) << 6) | (p[i + 1] & 0x3F); len = 2; }
    else if ((c & 0xF0) == 0xE0 && i + 2 < n) { cp = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F); len = 3; }
    else if (i + 3 < n) { cp = ((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12) | ((p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F); len = 4; }
    else { cp = c; len = 1; }
    char b[16];
    if (cp == uint32_t(q) || cp == '\\') { out += '\\'; out += char(cp); }
    else if (cp == '\t') out += "\\t";
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (printable(cp)) out.append(s, i, len);
    else {
      if (cp < 0x100) snprintf(b, sizeof b, "\\x%02x", cp);
      else if (cp < 0x10000) snprintf(b, sizeof b, "\\u%04x", cp);
      else snprintf(b, sizeof b, "\\U%08x", cp);
      out += b;
    }
    i += len;
  }
  out += q;
  return out;
}

std::string bytes_repr(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : s) {
    char b[8];
    if (c == uint8_t(q) || c == '\\') { out += '\\'; out += char(c); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7F) { snprintf(b, sizeof b, "\\x%02x", c); out += b; }
    else out += char(c);
  }
  out += q;
  return out;
}

struct Dumper {
  std::string o;

  void exprs(const std::vector<Expr*>& v) {
    o += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) o += ", ";
      if (v[i]) expr(v[i]);
      else o += "None";
    }
    o += ']';
  }
  void stmts(const std::vector<Stmt*>& v) {
    o += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) o += ", ";
      stmt(v[i]);
    }
    o += ']';
  }
  void patterns(const std::vector<Pattern*>& v) {
    o += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) o += ", ";
      pattern(v[i]);
    }
    o += ']';
  }
  void strs(const std::vector<std::string>& v) {
    o += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) o += ", ";
      o += str_repr(v[i]);
    }
    o += ']';
  }
  void opt(const char* name, const Expr* e) {
    if (!e) return;
    o += ", ";
    o += name;
    o += '=';
    expr(e);
  }
  void keywords(const std::vector<Keyword>& v) {
    o += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) o += ", ";
      o += "keyword(";
      if (!v[i].arg.empty()) o += "arg=" + str_repr(v[i].arg) + ", ";
      o += "value=";
      expr(v[i].value);
      o += ')';
    }
    o += ']';
  }
  void arg(const Arg& a) {
    o += "arg(arg=" + str_repr(a.name);
    opt("annotation", a.annotation);
    o += ')';
  }
  void arglist(const std::vector<Arg>& v) {
    o += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) o += ", ";
      arg(v[i]);
    }
    o += ']';
  }
  void arguments(const Arguments* a) {
    Arguments empty;
    if (!a) a = &empty;
    o += "arguments(posonlyargs=";
    arglist(a->posonlyargs);
    o += ", args=";
    arglist(a->args);
    if (a->vararg) { o += ", vararg="; arg(*a->vararg); }
    o += ", kwonlyargs=";
    arglist(a->kwonlyargs);
    o += ", kw_defaults=";
    exprs(a->kw_defaults);
    if (a->kwarg) { o += ", kwarg="; arg(*a->kwarg); }
    o += ", defaults=";
    exprs(a->defaults);
    o += ')';
  }
  void comps(const std::vector<Comprehension>& v) {
    o += '[';
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) o += ", ";
      o += "comprehension(target=";
      expr(v[i].target);
      o += ", iter=";
      expr(v[i].iter);
      o += ", ifs=";
      exprs(v[i].ifs);
      o += v[i].is_async ? ", is_async=1)" : ", is_async=0)";
    }
    o += ']';
  }
  void constant(const Expr* e) {
    o += "Constant(value=";
    switch (e->ckind) {
      case ConstKind::None: o += "None"; break;
      case ConstKind::True: o += "True"; break;
      case ConstKind::False: o += "False"; break;
      case ConstKind::Ellipsis: o += "Ellipsis"; break;
      case ConstKind::Int: o += int_decimal(e->text); break;
      case ConstKind::Float: o += float_repr(e->fval, true); break;
      case ConstKind::Imag: o += float_repr(e->fval, false) + "j"; break;
      case ConstKind::Str: o += str_repr(e->text); break;
      case ConstKind::Bytes: o += bytes_repr(e->text); break;
    }
    if (e->is_unicode_kind && e->ckind == ConstKind::Str) o += ", kind='u'";
    o += ')';
  }

  void expr(const Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp:
        o += std::string("BoolOp(op=") + (e->boolop == BoolOpKind::And ? "And()" : "Or()") + ", values=";
        exprs(e->elts);
        o += ')';
        break;
      case ExprKind::NamedExpr:
        o += "NamedExpr(target="; expr(e->target); o += ", value="; expr(e->value); o += ')';
        break;
      case ExprKind::BinOp:
        o += "BinOp(left="; expr(e->left); o += std::string(", op=") + binop_name(e->binop) + "(), right=";
        expr(e->right); o += ')';
        break;
      case ExprKind::UnaryOp:
        o += std::string("UnaryOp(op=") + unop_name(e->unop) + "(), operand="; expr(e->value); o += ')';
        break;
      case ExprKind::Lambda:
        o += "Lambda(args="; arguments(e->args); o += ", body="; expr(e->body); o += ')';
        break;
      case ExprKind::IfExp:
        o += "IfExp(test="; expr(e->test); o += ", body="; expr(e->body); o += ", orelse="; expr(e->orelse); o += ')';
        break;
      case ExprKind::Dict:
        o += "Dict(keys="; exprs(e->keys); o += ", values="; exprs(e->elts); o += ')';
        break;
      case ExprKind::Set:
        o += "Set(elts="; exprs(e->elts); o += ')';
        break;
      case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::GeneratorExp:
        o += e->kind == ExprKind::ListComp ? "ListComp(elt=" : e->kind == ExprKind::SetComp ? "SetComp(elt=" : "GeneratorExp(elt=";
        expr(e->elt); o += ", generators="; comps(e->generators); o += ')';
        break;
      case ExprKind::DictComp:
        o += "DictComp(key="; expr(e->elt); o += ", value="; expr(e->value); o += ", generators=";
        comps(e->generators); o += ')';
        break;
      case ExprKind::Await: o += "Await(value="; expr(e->value); o += ')'; break;
      case ExprKind::Yield:
        o += "Yield(";
        if (e->value) { o += "value="; expr(e->value); }
        o += ')';
        break;
      case ExprKind::YieldFrom: o += "YieldFrom(value="; expr(e->value); o += ')'; break;
      case ExprKind::Compare:
        o += "Compare(left="; expr(e->left); o += ", ops=[";
        for (size_t i = 0; i < e->ops.size(); ++i) {
          if (i) o += ", ";
          o += cmpop_name(e->ops[i]);
          o += "()";
        }
        o += "], comparators="; exprs(e->elts); o += ')';
        break;
      case ExprKind::Call:
        o += "Call(func="; expr(e->func); o += ", args="; exprs(e->elts); o += ", keywords="; keywords(e->keywords);
        o += ')';
        break;
      case ExprKind::FormattedValue:
        o += "FormattedValue(value="; expr(e->value); o += ", conversion=" + std::to_string(e->conversion);
        opt("format_spec", e->format_spec);
        o += ')';
        break;
      case ExprKind::JoinedStr: o += "JoinedStr(values="; exprs(e->elts); o += ')'; break;
      case ExprKind::Constant: constant(e); break;
      case ExprKind::Attribute:
        o += "Attribute(value="; expr(e->value); o += ", attr=" + str_repr(e->id) + ", ctx=" + ctx_name(e->ctx) + ")";
        break;
      case ExprKind::Subscript:
        o += "Subscript(value="; expr(e->value); o += ", slice="; expr(e->slice);
        o += std::string(", ctx=") + ctx_name(e->ctx) + ")";
        break;
      case ExprKind::Starred:
        o += "Starred(value="; expr(e->value); o += std::string(", ctx=") + ctx_name(e->ctx) + ")";
        break;
      case ExprKind::Name: o += "Name(id=" + str_repr(e->id) + ", ctx=" + ctx_name(e->ctx) + ")"; break;
      case ExprKind::List: case ExprKind::Tuple:
        o += e->kind == ExprKind::List ? "List(elts=" : "Tuple(elts=";
        exprs(e->elts);
        o += std::string(", ctx=") + ctx_name(e->ctx) + ")";
        break;
      case ExprKind::Slice: {
        o += "Slice(";
        bool first = true;
        for (auto [n, x] : {std::pair{"lower", e->lower}, std::pair{"upper", e->upper}, std::pair{"step", e->step}}) {
          if (!x) continue;
          if (!first) o += ", ";
          first = false;
          o += n;
          o += '=';
          expr(x);
        }
        o += ')';
        break;
      }
    }
  }

  void pattern(const Pattern* p) {
    switch (p->kind) {
      case PatternKind::MatchValue: o += "MatchValue(value="; expr(p->value); o += ')'; break;
      case PatternKind::MatchSingleton:
        o += "MatchSingleton(value=";
        o += p->value->ckind == ConstKind::None ? "None" : p->value->ckind == ConstKind::True ? "True" : "False";
        o += ')';
        break;
      case PatternKind::MatchSequence: o += "MatchSequence(patterns="; patterns(p->patterns); o += ')'; break;
      case PatternKind::MatchMapping:
        o += "MatchMapping(keys="; exprs(p->keys); o += ", patterns="; patterns(p->patterns);
        if (!p->name.empty()) o += ", rest=" + str_repr(p->name);
        o += ')';
        break;
      case PatternKind::MatchClass:
        o += "MatchClass(cls="; expr(p->cls); o += ", patterns="; patterns(p->patterns); o += ", kwd_attrs=";
        strs(p->kwd_attrs); o += ", kwd_patterns="; patterns(p->kwd_patterns); o += ')';
        break;
      case PatternKind::MatchStar:
        o += "MatchStar(";
        if (!p->name.empty()) o += "name=" + str_repr(p->name);
        o += ')';
        break;
      case PatternKind::MatchAs:
        o += "MatchAs(";
        if (p->pattern) { o += "pattern="; pattern(p->pattern); }
        if (!p->name.empty()) o += std::string(p->pattern ? ", " : "") + "name=" + str_repr(p->name);
        o += ')';
        break;
      case PatternKind::MatchOr: o += "MatchOr(patterns="; patterns(p->patterns); o += ')'; break;
    }
  }

  void stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef: case StmtKind::AsyncFunctionDef:
        o += s->kind == StmtKind::FunctionDef ? "FunctionDef(name=" : "AsyncFunctionDef(name=";
        o += str_repr(s->name) + ", args=";
        arguments(s->args);
        o += ", body="; stmts(s->body); o += ", decorator_list="; exprs(s->decorator_list);
        opt("returns", s->returns);
        o += ')';
        break;
      case StmtKind::ClassDef:
        o += "ClassDef(name=" + str_repr(s->name) + ", bases="; exprs(s->bases); o += ", keywords=";
        keywords(s->keywords); o += ", body="; stmts(s->body); o += ", decorator_list="; exprs(s->decorator_list);
        o += ')';
        break;
      case StmtKind::Return:
        o += "Return(";
        if (s->value) { o += "value="; expr(s->value); }
        o += ')';
        break;
      case StmtKind::Delete: o += "Delete(targets="; exprs(s->targets); o += ')'; break;
      case StmtKind::Assign:
        o += "Assign(targets="; exprs(s->targets); o += ", value="; expr(s->value); o += ')';
        break;
      case StmtKind::AugAssign:
        o += "AugAssign(target="; expr(s->target); o += std::string(", op=") + binop_name(s->op) + "(), value=";
        expr(s->value); o += ')';
        break;
      case StmtKind::AnnAssign:
        o += "AnnAssign(target="; expr(s->target); o += ", annotation="; expr(s->annotation);
        opt("value", s->value);
        o += s->simple ? ", simple=1)" : ", simple=0)";
        break;
      case StmtKind::For: case StmtKind::AsyncFor:
        o += s->kind == StmtKind::For ? "For(target=" : "AsyncFor(target=";
        expr(s->target); o += ", iter="; expr(s->iter); o += ", body="; stmts(s->body); o += ", orelse=";
        stmts(s->orelse); o += ')';
        break;
      case StmtKind::While: case StmtKind::If:
        o += s->kind == StmtKind::While ? "While(test=" : "If(test=";
        expr(s->test); o += ", body="; stmts(s->body); o += ", orelse="; stmts(s->orelse); o += ')';
        break;
      case StmtKind::With: case StmtKind::AsyncWith:
        o += s->kind == StmtKind::With ? "With(items=[" : "AsyncWith(items=[";
        for (size_t i = 0; i < s->items.size(); ++i) {
          if (i) o += ", ";
          o += "withitem(context_expr=";
          expr(s->items[i].context_expr);
          opt("optional_vars", s->items[i].optional_vars);
          o += ')';
        }
        o += "], body="; stmts(s->body); o += ')';
        break;
      case StmtKind::Match:
        o += "Match(subject="; expr(s->subject); o += ", cases=[";
        for (size_t i = 0; i < s->cases.size(); ++i) {
          if (i) o += ", ";
          o += "match_case(pattern="; pattern(s->cases[i].pattern); opt("guard", s->cases[i].guard);
          o += ", body="; stmts(s->cases[i].body); o += ')';
        }
        o += "])";
        break;
      case StmtKind::Raise: {
        o += "Raise(";
        if (s->exc) { o += "exc="; expr(s->exc); }
        if (s->cause) { o += s->exc ? ", cause=" : "cause="; expr(s->cause); }
        o += ')';
        break;
      }
      case StmtKind::Try: case StmtKind::TryStar:
        o += s->kind == StmtKind::Try ? "Try(body=" : "TryStar(body=";
        stmts(s->body);
        o += ", handlers=[";
        for (size_t i = 0; i < s->handlers.size(); ++i) {
          const ExceptHandler& h = s->handlers[i];
          if (i) o += ", ";
          o += "ExceptHandler(";
          if (h.type) { o += "type="; expr(h.type); o += ", "; }
          if (!h.name.empty()) o += "name=" + str_repr(h.name) + ", ";
          o += "body="; stmts(h.body); o += ')';
        }
        o += "], orelse="; stmts(s->orelse); o += ", finalbody="; stmts(s->finalbody); o += ')';
        break;
      case StmtKind::Assert: o += "Assert(test="; expr(s->test); opt("msg", s->msg); o += ')'; break;
      case StmtKind::Import: case StmtKind::ImportFrom:
        if (s->kind == StmtKind::Import) {
          o += "Import(names=[";
        } else {
          o += "ImportFrom(";
          if (!s->module.empty()) o += "module=" + str_repr(s->module) + ", ";
          o += "names=[";
        }
        for (size_t i = 0; i < s->names.size(); ++i) {
          if (i) o += ", ";
          o += "alias(name=" + str_repr(s->names[i].name);
          if (!s->names[i].asname.empty()) o += ", asname=" + str_repr(s->names[i].asname);
          o += ')';
        }
        o += ']';
        if (s->kind == StmtKind::ImportFrom) o += ", level=" + std::to_string(s->level);
        o += ')';
        break;
      case StmtKind::Global: case StmtKind::Nonlocal:
        o += s->kind == StmtKind::Global ? "Global(names=" : "Nonlocal(names=";
        strs(s->identifiers);
        o += ')';
        break;
      case StmtKind::ExprStmt: o += "Expr(value="; expr(s->value); o += ')'; break;
      case StmtKind::Pass: o += "Pass()"; break;
      case StmtKind::Break: o += "Break()"; break;
      case StmtKind::Continue: o += "Continue()"; break;
    }
  }
};

}  // namespace

std::string dump(const Module& m) {
  Dumper d;
  if (m.expression) {
    d.o += "Expression(body=";
    d.expr(m.expression);
    d.o += ')';
    return d.o;
  }
  d.o += "Module(body=";
  d.stmts(m.body);
  d.o += ", type_ignores=[])";
  return d.o;
}

std::string dump(const Expr* e) {
  if (!e) return "None";
  Dumper d;
  d.expr(e);
  return d.o;
}

}  // namespace minipy::ast
