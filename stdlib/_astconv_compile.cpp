// stdlib/_astconv_compile.cpp — the way back: a tree of Python ast node
// objects (built by ast.parse, edited by a NodeTransformer, or made by hand)
// turned into minipy's C++ parse tree (grammar/ast.h) and compiled with
// compile_ast, for compile(tree, filename, mode). Checks the tree as CPython
// does while converting: required fields and positions, list fields, node
// kinds, identifiers, constant types and expression contexts, with CPython's
// messages ('required field "lineno" missing from stmt', 'expected some sort of
// expr, but got ...', 'expression must have Load context but has Store instead').
// Must not: run code (it returns a code object).
#include <cmath>
#include <string>
#include <unordered_map>

#include "stdlib/astconv.h"
#include "vm/code.h"

namespace minipy {

namespace {

using namespace ast;

struct ConvertError {};  // unwinds the converter; the Python exception is pending

class FromPython {
 public:
  FromPython(ThreadState* ts, AstArena* arena) : ts_(ts), A_(arena) {}

  // The mod node for `mode` ("exec", "eval", "single").
  bool module(Value tree, std::string_view mode, Module* out) {
    try {
      std::string_view k = kind(tree);
      if (mode == "eval") {
        if (k != "Expression") return wrong_mod(tree, "Expression");
        out->expression = expr(need(tree, "body", "Expression"), ExprCtx::Load);
      } else {
        if (mode == "exec" && k != "Module") return wrong_mod(tree, "Module");
        if (mode == "single" && k != "Interactive") return wrong_mod(tree, "Interactive");
        out->body = stmts(tree, "body", std::string(k).c_str());
      }
      return true;
    } catch (const ConvertError&) {
      return false;
    }
  }

 private:
  ThreadState* ts_;
  AstArena* A_;

  [[noreturn]] void fail() { throw ConvertError{}; }
  [[noreturn]] void fail(Exc type, const std::string& msg) {
    raise(ts_, type, msg);
    throw ConvertError{};
  }

  bool wrong_mod(Value tree, const char* want) {
    raisef(ts_, Exc::TypeError, "expected %s node, got %s", want, type_name(ts_, tree));
    return false;
  }

  // The node class name of `v`: its own class or the first ast class in its MRO.
  std::string_view kind(Value v) {
    TypeObject* t = type_of(ts_, v);
    auto* mro = t->mro;
    for (int64_t i = 0; mro && i < mro->size; ++i) {
      auto* c = mro->items[i].as<TypeObject>();
      if (c->module && str_view(Value::from_obj(c->module)) == "ast") return c->name->view();
    }
    return t->name ? t->name->view() : std::string_view();
  }

  // Every field value read is kept alive until the conversion ends (a field
  // may be a property computing a new object each time).
  std::vector<Ref> keep_;
  Value hold(Value v) {
    keep_.emplace_back(v);
    return v;
  }

  // node.<name> (borrowed, kept alive); null when missing (no error).
  Value get(Value node, const char* name) {
    Value v = getattr_opt(ts_, node, intern(ts_, name));
    if (!v && err_occurred(ts_)) fail();
    return v ? hold(v) : v;
  }
  // A required field: TypeError 'required field "x" missing from Owner' when absent or None.
  Value need(Value node, const char* name, const char* owner) {
    Value v = get(node, name);
    if (!v || v.is_none()) fail(Exc::TypeError, strf("required field \"%s\" missing from %s", name, owner));
    return v;
  }
  Value opt(Value node, const char* name) {
    Value v = get(node, name);
    return v ? v : Value::none();
  }
  ListObject* list_field(Value node, const char* name, const char* owner) {
    Value v = get(node, name);
    if (!v) fail(Exc::TypeError, strf("required field \"%s\" missing from %s", name, owner));
    if (!is_list(ts_, v))
      fail(Exc::TypeError, strf("%s field \"%s\" must be a list, not a %s", owner, name, type_name(ts_, v)));
    return v.as<ListObject>();
  }
  std::string identifier(Value v) {
    if (!is_str(ts_, v)) fail(Exc::TypeError, "AST identifier must be of type str");
    return std::string(str_view(v));
  }
  std::string opt_identifier(Value v) { return v.is_none() ? std::string() : identifier(v); }
  int64_t integer(Value v, const char* name, const char* owner) {
    if (!is_int(ts_, v)) fail(Exc::TypeError, strf("field \"%s\" of %s must be an int", name, owner));
    int64_t n;
    if (!int_as_i64(ts_, v, &n)) fail();
    return n;
  }

  Loc loc(Value node, const char* base) {
    Loc l;
    l.line = int(integer(need(node, "lineno", base), "lineno", base));
    l.col = int(integer(need(node, "col_offset", base), "col_offset", base));
    Value el = opt(node, "end_lineno");
    Value ec = opt(node, "end_col_offset");
    l.end_line = el.is_none() ? l.line : int(integer(el, "end_lineno", base));
    l.end_col = ec.is_none() ? l.col : int(integer(ec, "end_col_offset", base));
    std::string_view b(base);
    if (b == "stmt" || b == "expr" || b == "pattern") validate_positions(l);
    return l;
  }

  // CPython's checks of a node's span (ast.c, VALIDATE_POSITIONS).
  void validate_positions(const Loc& l) {
    if (l.line > l.end_line)
      fail(Exc::ValueError, strf("AST node line range (%d, %d) is not valid", l.line, l.end_line));
    if ((l.line < 0 && l.end_line != l.line) || (l.col < 0 && l.col != l.end_col))
      fail(Exc::ValueError, strf("AST node column range (%d, %d) for line range (%d, %d) is not valid", l.col,
                                 l.end_col, l.line, l.end_line));
    if (l.line == l.end_line && l.col > l.end_col)
      fail(Exc::ValueError, strf("line %d, column %d-%d is not a valid range", l.line, l.col, l.end_col));
  }

  [[noreturn]] void expected(const char* what, Value got) {
    Ref r(repr(ts_, got));
    if (!r) fail();
    fail(Exc::TypeError, strf("expected some sort of %s, but got %s", what, std::string(str_view(r.get())).c_str()));
  }

  void depth_check() {
    if (stack_exhausted(ts_)) fail(Exc::RecursionError, "maximum recursion depth exceeded during compilation");
  }

  // ------------------------------------------------------------ statements
  std::vector<Stmt*> stmts(Value node, const char* name, const char* owner) {
    ListObject* l = list_field(node, name, owner);
    std::vector<Stmt*> out;
    for (int64_t i = 0; i < l->size; ++i) out.push_back(stmt(l->items[i]));
    return out;
  }

  std::vector<Expr*> exprs(Value node, const char* name, const char* owner, ExprCtx ctx = ExprCtx::Load,
                           bool allow_none = false) {
    ListObject* l = list_field(node, name, owner);
    std::vector<Expr*> out;
    for (int64_t i = 0; i < l->size; ++i) {
      Value v = l->items[i];
      out.push_back(allow_none && v.is_none() ? nullptr : expr(v, ctx));
    }
    return out;
  }

  Expr* opt_expr(Value v, ExprCtx ctx = ExprCtx::Load) { return v.is_none() ? nullptr : expr(v, ctx); }

  Stmt* stmt(Value v) {
    depth_check();
    std::string_view k = kind(v);
    static const std::unordered_map<std::string_view, StmtKind> kKinds = {
        {"FunctionDef", StmtKind::FunctionDef}, {"AsyncFunctionDef", StmtKind::AsyncFunctionDef},
        {"ClassDef", StmtKind::ClassDef}, {"Return", StmtKind::Return}, {"Delete", StmtKind::Delete},
        {"Assign", StmtKind::Assign}, {"AugAssign", StmtKind::AugAssign}, {"AnnAssign", StmtKind::AnnAssign},
        {"For", StmtKind::For}, {"AsyncFor", StmtKind::AsyncFor}, {"While", StmtKind::While},
        {"If", StmtKind::If}, {"With", StmtKind::With}, {"AsyncWith", StmtKind::AsyncWith},
        {"Match", StmtKind::Match}, {"Raise", StmtKind::Raise}, {"Try", StmtKind::Try},
        {"TryStar", StmtKind::TryStar}, {"Assert", StmtKind::Assert}, {"Import", StmtKind::Import},
        {"ImportFrom", StmtKind::ImportFrom}, {"Global", StmtKind::Global}, {"Nonlocal", StmtKind::Nonlocal},
        {"Expr", StmtKind::ExprStmt}, {"Pass", StmtKind::Pass}, {"Break", StmtKind::Break},
        {"Continue", StmtKind::Continue}};
    auto it = kKinds.find(k);
    if (it == kKinds.end()) expected("stmt", v);
    Loc l = loc(v, "stmt");
    Stmt* s = A_->stmt(it->second, l);
    const std::string owner_s(k);
    const char* owner = owner_s.c_str();
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef:
        s->name = identifier(need(v, "name", owner));
        s->args = arguments(need(v, "args", owner));
        s->body = stmts(v, "body", owner);
        s->decorator_list = exprs(v, "decorator_list", owner);
        s->returns = opt_expr(opt(v, "returns"));
        break;
      case StmtKind::ClassDef:
        s->name = identifier(need(v, "name", owner));
        s->bases = exprs(v, "bases", owner);
        s->keywords = keywords(v, owner);
        s->body = stmts(v, "body", owner);
        s->decorator_list = exprs(v, "decorator_list", owner);
        break;
      case StmtKind::Return:
        s->value = opt_expr(opt(v, "value"));
        break;
      case StmtKind::Delete:
        s->targets = exprs(v, "targets", owner, ExprCtx::Del);
        break;
      case StmtKind::Assign:
        s->targets = exprs(v, "targets", owner, ExprCtx::Store);
        s->value = expr(need(v, "value", owner));
        break;
      case StmtKind::AugAssign:
        s->target = expr(need(v, "target", owner), ExprCtx::Store);
        s->op = binop(need(v, "op", owner));
        s->value = expr(need(v, "value", owner));
        break;
      case StmtKind::AnnAssign:
        s->target = expr(need(v, "target", owner), ExprCtx::Store);
        s->annotation = expr(need(v, "annotation", owner));
        s->value = opt_expr(opt(v, "value"));
        s->simple = integer(need(v, "simple", owner), "simple", owner) != 0;
        break;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        s->target = expr(need(v, "target", owner), ExprCtx::Store);
        s->iter = expr(need(v, "iter", owner));
        s->body = stmts(v, "body", owner);
        s->orelse = stmts(v, "orelse", owner);
        break;
      case StmtKind::While:
      case StmtKind::If:
        s->test = expr(need(v, "test", owner));
        s->body = stmts(v, "body", owner);
        s->orelse = stmts(v, "orelse", owner);
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        ListObject* items = list_field(v, "items", owner);
        for (int64_t i = 0; i < items->size; ++i) {
          Value w = items->items[i];
          if (kind(w) != "withitem") expected("withitem", w);
          WithItem wi;
          wi.context_expr = expr(need(w, "context_expr", "withitem"));
          wi.optional_vars = opt_expr(opt(w, "optional_vars"), ExprCtx::Store);
          s->items.push_back(wi);
        }
        s->body = stmts(v, "body", owner);
        break;
      }
      case StmtKind::Match: {
        s->subject = expr(need(v, "subject", owner));
        ListObject* cases = list_field(v, "cases", owner);
        for (int64_t i = 0; i < cases->size; ++i) {
          Value c = cases->items[i];
          if (kind(c) != "match_case") expected("match_case", c);
          MatchCase mc;
          mc.pattern = pattern(need(c, "pattern", "match_case"));
          mc.guard = opt_expr(opt(c, "guard"));
          mc.body = stmts(c, "body", "match_case");
          s->cases.push_back(std::move(mc));
        }
        break;
      }
      case StmtKind::Raise:
        s->exc = opt_expr(opt(v, "exc"));
        s->cause = opt_expr(opt(v, "cause"));
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        s->body = stmts(v, "body", owner);
        ListObject* hs = list_field(v, "handlers", owner);
        for (int64_t i = 0; i < hs->size; ++i) {
          Value h = hs->items[i];
          if (kind(h) != "ExceptHandler") expected("excepthandler", h);
          ExceptHandler eh;
          eh.loc = loc(h, "excepthandler");
          eh.type = opt_expr(opt(h, "type"));
          eh.name = opt_identifier(opt(h, "name"));
          eh.body = stmts(h, "body", "ExceptHandler");
          s->handlers.push_back(std::move(eh));
        }
        s->orelse = stmts(v, "orelse", owner);
        s->finalbody = stmts(v, "finalbody", owner);
        break;
      }
      case StmtKind::Assert:
        s->test = expr(need(v, "test", owner));
        s->msg = opt_expr(opt(v, "msg"));
        break;
      case StmtKind::Import:
      case StmtKind::ImportFrom: {
        if (s->kind == StmtKind::ImportFrom) {
          s->module = opt_identifier(opt(v, "module"));
          Value level = opt(v, "level");
          s->level = level.is_none() ? 0 : int(integer(level, "level", owner));
        }
        ListObject* names = list_field(v, "names", owner);
        for (int64_t i = 0; i < names->size; ++i) {
          Value a = names->items[i];
          if (kind(a) != "alias") expected("alias", a);
          Alias al;
          al.loc = loc(a, "alias");
          al.name = identifier(need(a, "name", "alias"));
          al.asname = opt_identifier(opt(a, "asname"));
          s->names.push_back(std::move(al));
        }
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        ListObject* names = list_field(v, "names", owner);
        for (int64_t i = 0; i < names->size; ++i) s->identifiers.push_back(identifier(names->items[i]));
        break;
      }
      case StmtKind::ExprStmt:
        s->value = expr(need(v, "value", owner));
        break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
    return s;
  }

  Arguments* arguments(Value v) {
    if (kind(v) != "arguments") expected("arguments", v);
    Arguments* a = A_->arguments();
    auto args = [&](const char* name) {
      std::vector<Arg> out;
      ListObject* l = list_field(v, name, "arguments");
      for (int64_t i = 0; i < l->size; ++i) out.push_back(arg(l->items[i]));
      return out;
    };
    a->posonlyargs = args("posonlyargs");
    a->args = args("args");
    Value va = opt(v, "vararg");
    if (!va.is_none()) a->vararg = A_->arg(arg(va));
    a->kwonlyargs = args("kwonlyargs");
    a->kw_defaults = exprs(v, "kw_defaults", "arguments", ExprCtx::Load, true);
    Value ka = opt(v, "kwarg");
    if (!ka.is_none()) a->kwarg = A_->arg(arg(ka));
    a->defaults = exprs(v, "defaults", "arguments");
    if (a->kw_defaults.size() != a->kwonlyargs.size())
      fail(Exc::ValueError, "length of kwonlyargs is not the same as kw_defaults on arguments");
    if (a->defaults.size() > a->posonlyargs.size() + a->args.size())
      fail(Exc::ValueError, "more positional defaults than args on arguments");
    return a;
  }

  Arg arg(Value v) {
    if (kind(v) != "arg") expected("arg", v);
    Arg a;
    a.loc = loc(v, "arg");
    a.name = identifier(need(v, "arg", "arg"));
    a.annotation = opt_expr(opt(v, "annotation"));
    return a;
  }

  std::vector<Keyword> keywords(Value node, const char* owner) {
    std::vector<Keyword> out;
    ListObject* l = list_field(node, "keywords", owner);
    for (int64_t i = 0; i < l->size; ++i) {
      Value k = l->items[i];
      if (kind(k) != "keyword") expected("keyword", k);
      Keyword kw;
      kw.loc = loc(k, "keyword");
      kw.arg = opt_identifier(opt(k, "arg"));
      kw.value = expr(need(k, "value", "keyword"));
      out.push_back(std::move(kw));
    }
    return out;
  }

  std::vector<Comprehension> comprehensions(Value node, const char* owner) {
    std::vector<Comprehension> out;
    ListObject* l = list_field(node, "generators", owner);
    if (l->size == 0) fail(Exc::ValueError, strf("comprehension with no generators"));
    for (int64_t i = 0; i < l->size; ++i) {
      Value c = l->items[i];
      if (kind(c) != "comprehension") expected("comprehension", c);
      Comprehension comp;
      comp.target = expr(need(c, "target", "comprehension"), ExprCtx::Store);
      comp.iter = expr(need(c, "iter", "comprehension"));
      comp.ifs = exprs(c, "ifs", "comprehension");
      comp.is_async = integer(need(c, "is_async", "comprehension"), "is_async", "comprehension") != 0;
      out.push_back(std::move(comp));
    }
    return out;
  }

  // ------------------------------------------------------------ operators
  template <class E>
  E op_of(Value v, const char* what, std::initializer_list<std::pair<const char*, E>> table) {
    std::string_view k = kind(v);
    for (auto& [name, e] : table)
      if (k == name) return e;
    expected(what, v);
  }
  BinOpKind binop(Value v) {
    return op_of<BinOpKind>(v, "operator",
                            {{"Add", BinOpKind::Add}, {"Sub", BinOpKind::Sub}, {"Mult", BinOpKind::Mult},
                             {"MatMult", BinOpKind::MatMult}, {"Div", BinOpKind::Div}, {"Mod", BinOpKind::Mod},
                             {"Pow", BinOpKind::Pow}, {"LShift", BinOpKind::LShift}, {"RShift", BinOpKind::RShift},
                             {"BitOr", BinOpKind::BitOr}, {"BitXor", BinOpKind::BitXor},
                             {"BitAnd", BinOpKind::BitAnd}, {"FloorDiv", BinOpKind::FloorDiv}});
  }
  UnaryOpKind unop(Value v) {
    return op_of<UnaryOpKind>(v, "unaryop",
                              {{"Invert", UnaryOpKind::Invert}, {"Not", UnaryOpKind::Not},
                               {"UAdd", UnaryOpKind::UAdd}, {"USub", UnaryOpKind::USub}});
  }
  CmpOpKind cmpop(Value v) {
    return op_of<CmpOpKind>(v, "cmpop",
                            {{"Eq", CmpOpKind::Eq}, {"NotEq", CmpOpKind::NotEq}, {"Lt", CmpOpKind::Lt},
                             {"LtE", CmpOpKind::LtE}, {"Gt", CmpOpKind::Gt}, {"GtE", CmpOpKind::GtE},
                             {"Is", CmpOpKind::Is}, {"IsNot", CmpOpKind::IsNot}, {"In", CmpOpKind::In},
                             {"NotIn", CmpOpKind::NotIn}});
  }
  ExprCtx ctx_of(Value node, const char* owner) {
    Value c = need(node, "ctx", owner);
    return op_of<ExprCtx>(c, "expr_context", {{"Load", ExprCtx::Load}, {"Store", ExprCtx::Store}, {"Del", ExprCtx::Del}});
  }
  static const char* ctx_name(ExprCtx c) { return c == ExprCtx::Load ? "Load" : c == ExprCtx::Store ? "Store" : "Del"; }
  void check_ctx(ExprCtx actual, ExprCtx want) {
    if (actual != want)
      fail(Exc::ValueError, strf("expression must have %s context but has %s instead", ctx_name(want), ctx_name(actual)));
  }

  // ------------------------------------------------------------ expressions
  Expr* expr(Value v, ExprCtx want = ExprCtx::Load) {
    depth_check();
    std::string_view k = kind(v);
    static const std::unordered_map<std::string_view, ExprKind> kKinds = {
        {"BoolOp", ExprKind::BoolOp}, {"NamedExpr", ExprKind::NamedExpr}, {"BinOp", ExprKind::BinOp},
        {"UnaryOp", ExprKind::UnaryOp}, {"Lambda", ExprKind::Lambda}, {"IfExp", ExprKind::IfExp},
        {"Dict", ExprKind::Dict}, {"Set", ExprKind::Set}, {"ListComp", ExprKind::ListComp},
        {"SetComp", ExprKind::SetComp}, {"DictComp", ExprKind::DictComp}, {"GeneratorExp", ExprKind::GeneratorExp},
        {"Await", ExprKind::Await}, {"Yield", ExprKind::Yield}, {"YieldFrom", ExprKind::YieldFrom},
        {"Compare", ExprKind::Compare}, {"Call", ExprKind::Call}, {"FormattedValue", ExprKind::FormattedValue},
        {"JoinedStr", ExprKind::JoinedStr}, {"Constant", ExprKind::Constant}, {"Attribute", ExprKind::Attribute},
        {"Subscript", ExprKind::Subscript}, {"Starred", ExprKind::Starred}, {"Name", ExprKind::Name},
        {"List", ExprKind::List}, {"Tuple", ExprKind::Tuple}, {"Slice", ExprKind::Slice}};
    auto it = kKinds.find(k);
    if (it == kKinds.end()) expected("expr", v);
    Loc l = loc(v, "expr");
    Expr* e = A_->expr(it->second, l);
    const std::string owner_s(k);
    const char* owner = owner_s.c_str();
    bool has_ctx = false;
    switch (e->kind) {
      case ExprKind::BoolOp: {
        Value op = need(v, "op", owner);
        e->boolop = op_of<BoolOpKind>(op, "boolop", {{"And", BoolOpKind::And}, {"Or", BoolOpKind::Or}});
        e->elts = exprs(v, "values", owner);
        if (e->elts.size() < 2) fail(Exc::ValueError, "BoolOp with less than 2 values");
        break;
      }
      case ExprKind::NamedExpr:
        e->target = expr(need(v, "target", owner), ExprCtx::Store);
        e->value = expr(need(v, "value", owner));
        break;
      case ExprKind::BinOp:
        e->left = expr(need(v, "left", owner));
        e->binop = binop(need(v, "op", owner));
        e->right = expr(need(v, "right", owner));
        break;
      case ExprKind::UnaryOp:
        e->unop = unop(need(v, "op", owner));
        e->value = expr(need(v, "operand", owner));
        break;
      case ExprKind::Lambda:
        e->args = arguments(need(v, "args", owner));
        e->body = expr(need(v, "body", owner));
        break;
      case ExprKind::IfExp:
        e->test = expr(need(v, "test", owner));
        e->body = expr(need(v, "body", owner));
        e->orelse = expr(need(v, "orelse", owner));
        break;
      case ExprKind::Dict:
        e->keys = exprs(v, "keys", owner, ExprCtx::Load, true);
        e->elts = exprs(v, "values", owner);
        if (e->keys.size() != e->elts.size())
          fail(Exc::ValueError, "Dict doesn't have the same number of keys as values");
        break;
      case ExprKind::Set:
        e->elts = exprs(v, "elts", owner);
        break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp:
        e->elt = expr(need(v, "elt", owner));
        e->generators = comprehensions(v, owner);
        break;
      case ExprKind::DictComp:
        e->elt = expr(need(v, "key", owner));
        e->value = expr(need(v, "value", owner));
        e->generators = comprehensions(v, owner);
        break;
      case ExprKind::Await:
      case ExprKind::YieldFrom:
        e->value = expr(need(v, "value", owner));
        break;
      case ExprKind::Yield:
        e->value = opt_expr(opt(v, "value"));
        break;
      case ExprKind::Compare: {
        e->left = expr(need(v, "left", owner));
        ListObject* ops = list_field(v, "ops", owner);
        for (int64_t i = 0; i < ops->size; ++i) e->ops.push_back(cmpop(ops->items[i]));
        e->elts = exprs(v, "comparators", owner);
        if (e->ops.empty()) fail(Exc::ValueError, "Compare with no comparators");
        if (e->ops.size() != e->elts.size())
          fail(Exc::ValueError, "Compare has a different number of comparators and operands");
        break;
      }
      case ExprKind::Call:
        e->func = expr(need(v, "func", owner));
        e->elts = exprs(v, "args", owner);
        e->keywords = keywords(v, owner);
        break;
      case ExprKind::FormattedValue: {
        e->value = expr(need(v, "value", owner));
        e->conversion = int(integer(need(v, "conversion", owner), "conversion", owner));
        Value spec = opt(v, "format_spec");
        e->format_spec = spec.is_none() ? nullptr : expr(spec);
        break;
      }
      case ExprKind::JoinedStr:
        e->elts = exprs(v, "values", owner);
        break;
      case ExprKind::Constant:
        constant(need_value(v), e);
        if (Value kd = opt(v, "kind"); is_str(ts_, kd) && str_view(kd) == "u") e->is_unicode_kind = true;
        break;
      case ExprKind::Attribute:
        e->value = expr(need(v, "value", owner));
        e->id = identifier(need(v, "attr", owner));
        has_ctx = true;
        break;
      case ExprKind::Subscript:
        e->value = expr(need(v, "value", owner));
        e->slice = expr(need(v, "slice", owner));
        has_ctx = true;
        break;
      case ExprKind::Starred:
        e->value = expr(need(v, "value", owner), want);
        has_ctx = true;
        break;
      case ExprKind::Name:
        e->id = identifier(need(v, "id", owner));
        has_ctx = true;
        break;
      case ExprKind::List:
      case ExprKind::Tuple:
        e->elts = exprs(v, "elts", owner, want);
        has_ctx = true;
        break;
      case ExprKind::Slice:
        e->lower = opt_expr(opt(v, "lower"));
        e->upper = opt_expr(opt(v, "upper"));
        e->step = opt_expr(opt(v, "step"));
        break;
    }
    if (has_ctx) {
      e->ctx = ctx_of(v, owner);
      check_ctx(e->ctx, want);
    } else if (want != ExprCtx::Load) {
      fail(Exc::ValueError, strf("expression which can't be assigned to in %s context", ctx_name(want)));
    }
    return e;
  }

  // Constant.value may legitimately be None: read it without need()'s None check.
  Value need_value(Value node) {
    Value v = get(node, "value");
    if (!v) fail(Exc::TypeError, "required field \"value\" missing from Constant");
    return v;
  }

  void constant(Value v, Expr* e) {
    auto& ty = ts_->interp->types;
    TypeObject* t = type_of(ts_, v);
    if (v.is_none()) {
      e->ckind = ConstKind::None;
    } else if (v.is_true()) {
      e->ckind = ConstKind::True;
    } else if (v.is_false()) {
      e->ckind = ConstKind::False;
    } else if (v.is_ellipsis()) {
      e->ckind = ConstKind::Ellipsis;
    } else if (t == ty.int_) {
      Ref s(int_to_str(ts_, v, 10));
      if (!s) fail();
      e->ckind = ConstKind::Int;
      e->text = std::string(str_view(s.get()));
      if (!e->text.empty() && e->text[0] == '-') {
        // A negative literal is -(literal), as the parser would build it.
        Expr* inner = A_->expr(ExprKind::Constant, e->loc);
        inner->ckind = ConstKind::Int;
        inner->text = e->text.substr(1);
        e->kind = ExprKind::UnaryOp;
        e->unop = UnaryOpKind::USub;
        e->value = inner;
      }
    } else if (t == ty.float_) {
      double d = float_value(v);
      if (std::signbit(d)) {
        Expr* inner = A_->expr(ExprKind::Constant, e->loc);
        inner->ckind = ConstKind::Float;
        inner->fval = -d;
        e->kind = ExprKind::UnaryOp;
        e->unop = UnaryOpKind::USub;
        e->value = inner;
      } else {
        e->ckind = ConstKind::Float;
        e->fval = d;
      }
    } else if (t == ty.complex) {
      auto* c = v.as<ComplexObject>();
      if (c->real == 0.0 && !std::signbit(c->real) && !std::signbit(c->imag)) {
        e->ckind = ConstKind::Imag;
        e->fval = c->imag;
      } else {
        // real + imag*j, which evaluates to the same complex number.
        Expr* re = A_->expr(ExprKind::Constant, e->loc);
        Value real = float_new(ts_, c->real);
        if (!real) fail();
        constant(hold(real), re);
        Expr* im = A_->expr(ExprKind::Constant, e->loc);
        im->ckind = ConstKind::Imag;
        im->fval = std::fabs(c->imag);
        e->kind = ExprKind::BinOp;
        e->left = re;
        e->binop = std::signbit(c->imag) ? BinOpKind::Sub : BinOpKind::Add;
        e->right = im;
      }
    } else if (t == ty.str) {
      e->ckind = ConstKind::Str;
      e->text = std::string(str_view(v));
    } else if (t == ty.bytes) {
      e->ckind = ConstKind::Bytes;
      e->text = std::string(v.as<BytesObject>()->view());
    } else if (t == ty.tuple) {
      e->kind = ExprKind::Tuple;
      e->ctx = ExprCtx::Load;
      for (int64_t i = 0; i < tuple_size(v); ++i) {
        Expr* item = A_->expr(ExprKind::Constant, e->loc);
        constant(tuple_item(v, i), item);
        e->elts.push_back(item);
      }
    } else {
      fail(Exc::TypeError, strf("got an invalid type in Constant: %s", type_name(ts_, v)));
    }
  }

  // ------------------------------------------------------------ patterns
  Pattern* pattern(Value v) {
    depth_check();
    std::string_view k = kind(v);
    static const std::unordered_map<std::string_view, PatternKind> kKinds = {
        {"MatchValue", PatternKind::MatchValue}, {"MatchSingleton", PatternKind::MatchSingleton},
        {"MatchSequence", PatternKind::MatchSequence}, {"MatchMapping", PatternKind::MatchMapping},
        {"MatchClass", PatternKind::MatchClass}, {"MatchStar", PatternKind::MatchStar},
        {"MatchAs", PatternKind::MatchAs}, {"MatchOr", PatternKind::MatchOr}};
    auto it = kKinds.find(k);
    if (it == kKinds.end()) expected("pattern", v);
    Loc l = loc(v, "pattern");
    Pattern* p = A_->pattern(it->second, l);
    const std::string owner_s(k);
    const char* owner = owner_s.c_str();
    auto patterns = [&](const char* name) {
      std::vector<Pattern*> out;
      ListObject* ps = list_field(v, name, owner);
      for (int64_t i = 0; i < ps->size; ++i) out.push_back(pattern(ps->items[i]));
      return out;
    };
    switch (p->kind) {
      case PatternKind::MatchValue:
        p->value = expr(need(v, "value", owner));
        break;
      case PatternKind::MatchSingleton: {
        Value c = need_value(v);
        if (!c.is_none() && !c.is_bool())
          fail(Exc::ValueError, "MatchSingleton can only contain True, False and None");
        p->value = A_->expr(ExprKind::Constant, l);
        constant(c, p->value);
        break;
      }
      case PatternKind::MatchSequence:
      case PatternKind::MatchOr:
        p->patterns = patterns("patterns");
        break;
      case PatternKind::MatchMapping:
        p->keys = exprs(v, "keys", owner);
        p->patterns = patterns("patterns");
        p->name = opt_identifier(opt(v, "rest"));
        break;
      case PatternKind::MatchClass: {
        p->cls = expr(need(v, "cls", owner));
        p->patterns = patterns("patterns");
        ListObject* attrs = list_field(v, "kwd_attrs", owner);
        for (int64_t i = 0; i < attrs->size; ++i) p->kwd_attrs.push_back(identifier(attrs->items[i]));
        p->kwd_patterns = patterns("kwd_patterns");
        break;
      }
      case PatternKind::MatchStar:
        p->name = opt_identifier(opt(v, "name"));
        break;
      case PatternKind::MatchAs: {
        Value sub = opt(v, "pattern");
        p->pattern = sub.is_none() ? nullptr : pattern(sub);
        p->name = opt_identifier(opt(v, "name"));
        break;
      }
    }
    return p;
  }
};

}  // namespace

// compile(tree, filename, mode[, flags, optimize]): the code object of an ast
// tree (stdlib/astconv.h); flags and optimize as builtin compile()'s.
Value astconv_compile(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "compile", kw) || !check_nargs(ts, "compile", nargs, 3, 5)) return Value();
  int64_t flags = 0, optimize = -1;
  if (nargs > 3 && !int_as_i64(ts, args[3], &flags)) return Value();
  if (nargs > 4 && !int_as_i64(ts, args[4], &optimize)) return Value();
  if (!is_str(ts, args[1])) return raise(ts, Exc::TypeError, "compile() filename must be str");
  if (!is_str(ts, args[2])) return raise(ts, Exc::TypeError, "compile() argument 'mode' must be str");
  std::string_view mode = str_view(args[2]);
  CompileMode cm;
  if (mode == "exec") cm = CompileMode::Exec;
  else if (mode == "eval") cm = CompileMode::Eval;
  else if (mode == "single") cm = CompileMode::Single;
  else return raise(ts, Exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  ast::Module mod;
  FromPython conv(ts, mod.arena.get());
  if (!conv.module(args[0], mode, &mod)) return Value();
  return compile_ast_opts(ts, mod, std::string(str_view(args[1])), cm, std::string(),
                          CompileOptions{int(flags), int(optimize)});
}

}  // namespace minipy
