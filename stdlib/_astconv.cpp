// stdlib/_astconv.cpp — the native `_astconv` module behind ast.parse: it runs
// minipy's parser (grammar/) and turns the C++ parse tree (grammar/ast.h) into
// instances of the Python node classes of stdlib/_ast.py, with CPython's field
// values and positions (lineno, col_offset, end_lineno, end_col_offset).
// Nodes are created without calling __init__: the instance is allocated and its
// __dict__ filled directly (fields first, then positions, as CPython does).
// Must not: compile or run anything; syntax errors are raised by compile_source.
#include "stdlib/astconv.h"
#include "vm/code.h"
#include "vm/compiler.h"

namespace minipy {

namespace {

using namespace ast;

// The node classes the converter instantiates, looked up by name in _ast.
#define AST_CLASSES(X)                                                                                      \
  X(Module) X(Interactive) X(Expression) X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete) \
  X(Assign) X(AugAssign) X(AnnAssign) X(For) X(AsyncFor) X(While) X(If) X(With) X(AsyncWith) X(Match)     \
  X(Raise) X(Try) X(TryStar) X(Assert) X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(Expr) X(Pass)      \
  X(Break) X(Continue) X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set)        \
  X(ListComp) X(SetComp) X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom) X(Compare) X(Call)     \
  X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name) X(List) X(Tuple) \
  X(Slice) X(comprehension) X(ExceptHandler) X(arguments) X(arg) X(keyword) X(alias) X(withitem)           \
  X(match_case) X(MatchValue) X(MatchSingleton) X(MatchSequence) X(MatchMapping) X(MatchClass)             \
  X(MatchStar) X(MatchAs) X(MatchOr)

enum class Cls : int {
#define X(n) n,
  AST_CLASSES(X)
#undef X
  Count_
};
const char* const kClsNames[] = {
#define X(n) #n,
    AST_CLASSES(X)
#undef X
};

// Field and attribute names (interned once per parse).
#define AST_FIELDS(X)                                                                                          \
  X(body) X(type_ignores) X(name) X(args) X(arg) X(decorator_list) X(returns) X(type_comment) X(bases) X(keywords)    \
  X(value) X(targets) X(target) X(op) X(annotation) X(simple) X(iter) X(orelse) X(test) X(items) X(subject)    \
  X(cases) X(exc) X(cause) X(handlers) X(finalbody) X(msg) X(names) X(module) X(level) X(values) X(left)      \
  X(right) X(operand) X(keys) X(elts) X(elt) X(key) X(generators) X(ops) X(comparators) X(func)              \
  X(conversion) X(format_spec) X(kind) X(attr) X(slice) X(ctx) X(id) X(lower) X(upper) X(step) X(ifs)        \
  X(is_async) X(type) X(posonlyargs) X(vararg) X(kwonlyargs) X(kw_defaults) X(kwarg) X(defaults) X(asname)   \
  X(context_expr) X(optional_vars) X(pattern) X(guard) X(patterns) X(rest) X(cls) X(kwd_attrs)               \
  X(kwd_patterns) X(lineno) X(col_offset) X(end_lineno) X(end_col_offset)

struct FieldNames {
#define X(n) StrObject* n;
  AST_FIELDS(X)
#undef X
};

class Converter {
 public:
  Converter(ThreadState* ts, DictObject* ns, const std::string& source) : ts_(ts), ns_(ns), source_(source) {
#define X(n) f_.n = intern(ts, #n);
    AST_FIELDS(X)
#undef X
  }

  Value module(const ast::Module& m, ParseMode mode) {
    if (mode == ParseMode::Eval) {
      Ref n(node(Cls::Expression));
      if (!n || !set(n, f_.body, expr(m.expression))) return Value();
      return n.release();
    }
    Ref n(node(mode == ParseMode::Single ? Cls::Interactive : Cls::Module));
    if (!n || !set(n, f_.body, stmts(m.body))) return Value();
    if (mode != ParseMode::Single && !set(n, f_.type_ignores, Value::from_obj(list_new(ts_)))) return Value();
    return n.release();
  }

 private:
  ThreadState* ts_;
  DictObject* ns_;
  const std::string& source_;
  std::vector<size_t> line_starts_;  // offsets of the source's lines, built on first use
  FieldNames f_;
  TypeObject* classes_[size_t(Cls::Count_)] = {};
  DictObject* singletons_ = nullptr;

  // ------------------------------------------------------------ building blocks
  TypeObject* cls(Cls c) {
    TypeObject*& t = classes_[size_t(c)];
    if (!t) {
      Value v = dict_get_str(ns_, intern(ts_, kClsNames[size_t(c)]));
      if (!v || !type_has(type_of(ts_, v), kTypeTypeSubclass)) {
        raisef(ts_, Exc::RuntimeError, "_ast.%s is not a class", kClsNames[size_t(c)]);
        return nullptr;
      }
      t = v.as<TypeObject>();
    }
    return t;
  }

  // A new instance of the node class, with an empty __dict__.
  Value node(Cls c) {
    TypeObject* t = cls(c);
    if (!t) return Value();
    Value o = t->slots.new_(ts_, t, nullptr, 0, nullptr);
    if (!o) return Value();
    DictObject** dp = o.is_obj() ? instance_dict_ptr(o.obj()) : nullptr;
    if (!dp) {
      decref(o);
      return raise(ts_, Exc::TypeError, "AST node classes must have a __dict__");
    }
    if (!*dp && !(*dp = dict_new(ts_))) {
      decref(o);
      return Value();
    }
    return o;
  }

  // node.field = v (steals v; fails when v is null, i.e. a conversion failed).
  bool set(const Ref& n, StrObject* field, Value v) {
    if (!v) return false;
    DictObject* d = *instance_dict_ptr(n.obj());
    bool ok = dict_set(ts_, d, Value::from_obj(field), v);
    decref(v);
    return ok;
  }

  bool set_loc(const Ref& n, const Loc& loc) {
    return set(n, f_.lineno, Value::small_int(loc.line)) && set(n, f_.col_offset, Value::small_int(loc.col)) &&
           set(n, f_.end_lineno, Value::small_int(loc.end_line)) &&
           set(n, f_.end_col_offset, Value::small_int(loc.end_col));
  }

  Value str(const std::string& s) { return str_new(ts_, s); }
  Value opt_str(const std::string& s) { return s.empty() ? Value::none() : str_new(ts_, s); }

  Value singleton(const char* name) {
    if (!singletons_) {
      Value s = dict_get_str(ns_, intern(ts_, "_singletons"));
      if (!s || !is_dict(ts_, s)) return raise(ts_, Exc::RuntimeError, "_ast._singletons is missing");
      singletons_ = s.as<DictObject>();
    }
    Value v = dict_get_str(singletons_, intern(ts_, name));
    if (!v) return raisef(ts_, Exc::RuntimeError, "_ast._singletons has no %s", name);
    return newref(v);
  }

  template <class T, class F>
  Value list_of(const std::vector<T>& items, F&& conv) {
    ListObject* l = list_new(ts_, int64_t(items.size()));
    if (!l) return Value();
    Ref hold(Value::from_obj(l));
    for (size_t i = 0; i < items.size(); ++i) {
      Value v = conv(items[i]);
      if (!v) return Value();
      l->items[i] = v;
    }
    return hold.release();
  }
  Value stmts(const std::vector<Stmt*>& v) { return list_of(v, [&](Stmt* s) { return stmt(s); }); }
  Value exprs(const std::vector<Expr*>& v) { return list_of(v, [&](Expr* e) { return opt_expr(e); }); }
  Value strs(const std::vector<std::string>& v) { return list_of(v, [&](const std::string& s) { return str(s); }); }
  Value opt_expr(const Expr* e) { return e ? expr(e) : Value::none(); }

  Value ctx(ExprCtx c) { return singleton(c == ExprCtx::Load ? "Load" : c == ExprCtx::Store ? "Store" : "Del"); }
  Value binop(BinOpKind k) {
    static constexpr const char* kNames[] = {"Add",    "Sub",   "Mult",   "MatMult", "Div",    "Mod",     "Pow",
                                             "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
    return singleton(kNames[size_t(k)]);
  }
  Value unop(UnaryOpKind k) {
    static constexpr const char* kNames[] = {"Invert", "Not", "UAdd", "USub"};
    return singleton(kNames[size_t(k)]);
  }
  Value cmpop(CmpOpKind k) {
    static constexpr const char* kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return singleton(kNames[size_t(k)]);
  }

  Value constant_value(const Expr* e) {
    switch (e->ckind) {
      case ConstKind::None: return Value::none();
      case ConstKind::True: return Value::True();
      case ConstKind::False: return Value::False();
      case ConstKind::Ellipsis: return Value::ellipsis();
      case ConstKind::Int: return int_from_string(ts_, e->text, 0);
      case ConstKind::Float: return float_new(ts_, e->fval);
      case ConstKind::Imag: return complex_new(ts_, 0.0, e->fval);
      case ConstKind::Str: return str_new(ts_, e->text);
      case ConstKind::Bytes: return bytes_new(ts_, e->text);
    }
    return Value::none();
  }

  // ------------------------------------------------------------ helpers for composite fields
  Value arg(const Arg& a) {
    Ref n(node(Cls::arg));
    if (!n || !set(n, f_.arg, str(a.name)) || !set(n, f_.annotation, opt_expr(a.annotation)) ||
        !set(n, f_.type_comment, Value::none()) || !set_loc(n, a.loc))
      return Value();
    return n.release();
  }
  Value opt_arg(const Arg* a) { return a ? arg(*a) : Value::none(); }

  Value arguments(const Arguments* a) {
    Ref n(node(Cls::arguments));
    if (!n) return Value();
    if (!a) {
      static const Arguments kEmpty;
      a = &kEmpty;
    }
    auto args = [&](const std::vector<Arg>& v) { return list_of(v, [&](const Arg& x) { return arg(x); }); };
    if (!set(n, f_.posonlyargs, args(a->posonlyargs)) || !set(n, f_.args, args(a->args)) ||
        !set(n, f_.vararg, opt_arg(a->vararg)) || !set(n, f_.kwonlyargs, args(a->kwonlyargs)) ||
        !set(n, f_.kw_defaults, exprs(a->kw_defaults)) || !set(n, f_.kwarg, opt_arg(a->kwarg)) ||
        !set(n, f_.defaults, exprs(a->defaults)))
      return Value();
    return n.release();
  }

  Value keywords(const std::vector<Keyword>& v) {
    return list_of(v, [&](const Keyword& k) -> Value {
      Ref n(node(Cls::keyword));
      if (!n || !set(n, f_.arg, opt_str(k.arg)) || !set(n, f_.value, expr(k.value)) || !set_loc(n, k.loc))
        return Value();
      return n.release();
    });
  }

  Value comprehensions(const std::vector<Comprehension>& v) {
    return list_of(v, [&](const Comprehension& c) -> Value {
      Ref n(node(Cls::comprehension));
      if (!n || !set(n, f_.target, expr(c.target)) || !set(n, f_.iter, expr(c.iter)) ||
          !set(n, f_.ifs, exprs(c.ifs)) || !set(n, f_.is_async, Value::small_int(c.is_async ? 1 : 0)))
        return Value();
      return n.release();
    });
  }

  Value aliases(const std::vector<Alias>& v) {
    return list_of(v, [&](const Alias& a) -> Value {
      Ref n(node(Cls::alias));
      if (!n || !set(n, f_.name, str(a.name)) || !set(n, f_.asname, opt_str(a.asname)) || !set_loc(n, a.loc))
        return Value();
      return n.release();
    });
  }

  Value withitems(const std::vector<WithItem>& v) {
    return list_of(v, [&](const WithItem& w) -> Value {
      Ref n(node(Cls::withitem));
      if (!n || !set(n, f_.context_expr, expr(w.context_expr)) ||
          !set(n, f_.optional_vars, opt_expr(w.optional_vars)))
        return Value();
      return n.release();
    });
  }

  Value handlers(const std::vector<ExceptHandler>& v) {
    return list_of(v, [&](const ExceptHandler& h) -> Value {
      Ref n(node(Cls::ExceptHandler));
      // A handler ends with its last statement (the parser's span runs on to the next token).
      Loc loc = h.loc;
      if (!h.body.empty()) {
        loc.end_line = h.body.back()->loc.end_line;
        loc.end_col = h.body.back()->loc.end_col;
      }
      if (!n || !set(n, f_.type, opt_expr(h.type)) || !set(n, f_.name, opt_str(h.name)) ||
          !set(n, f_.body, stmts(h.body)) || !set_loc(n, loc))
        return Value();
      return n.release();
    });
  }

  Value match_cases(const std::vector<MatchCase>& v) {
    return list_of(v, [&](const MatchCase& c) -> Value {
      Ref n(node(Cls::match_case));
      if (!n || !set(n, f_.pattern, pattern(c.pattern)) || !set(n, f_.guard, opt_expr(c.guard)) ||
          !set(n, f_.body, stmts(c.body)))
        return Value();
      return n.release();
    });
  }

  Value patterns(const std::vector<Pattern*>& v) { return list_of(v, [&](Pattern* p) { return pattern(p); }); }

  // ------------------------------------------------------------ patterns
  Value pattern(const Pattern* p) {
    if (!p) return Value::none();
    if (stack_exhausted(ts_)) return raise(ts_, Exc::RecursionError, "maximum recursion depth exceeded during ast construction");
    Ref n;
    switch (p->kind) {
      case PatternKind::MatchValue:
        n = Ref(node(Cls::MatchValue));
        if (!n || !set(n, f_.value, expr(p->value))) return Value();
        break;
      case PatternKind::MatchSingleton:
        n = Ref(node(Cls::MatchSingleton));
        if (!n || !set(n, f_.value, p->value ? constant_value(p->value) : Value::none())) return Value();
        break;
      case PatternKind::MatchSequence:
        n = Ref(node(Cls::MatchSequence));
        if (!n || !set(n, f_.patterns, patterns(p->patterns))) return Value();
        break;
      case PatternKind::MatchMapping:
        n = Ref(node(Cls::MatchMapping));
        if (!n || !set(n, f_.keys, exprs(p->keys)) || !set(n, f_.patterns, patterns(p->patterns)) ||
            !set(n, f_.rest, opt_str(p->name)))
          return Value();
        break;
      case PatternKind::MatchClass:
        n = Ref(node(Cls::MatchClass));
        if (!n || !set(n, f_.cls, expr(p->cls)) || !set(n, f_.patterns, patterns(p->patterns)) ||
            !set(n, f_.kwd_attrs, strs(p->kwd_attrs)) || !set(n, f_.kwd_patterns, patterns(p->kwd_patterns)))
          return Value();
        break;
      case PatternKind::MatchStar:
        n = Ref(node(Cls::MatchStar));
        if (!n || !set(n, f_.name, opt_str(p->name))) return Value();
        break;
      case PatternKind::MatchAs:
        n = Ref(node(Cls::MatchAs));
        if (!n || !set(n, f_.pattern, pattern(p->pattern)) || !set(n, f_.name, opt_str(p->name))) return Value();
        break;
      case PatternKind::MatchOr:
        n = Ref(node(Cls::MatchOr));
        if (!n || !set(n, f_.patterns, patterns(p->patterns))) return Value();
        break;
    }
    if (!set_loc(n, p->loc)) return Value();
    return n.release();
  }

  // ------------------------------------------------------------ statements
  Value stmt(const Stmt* s) {
    if (stack_exhausted(ts_)) return raise(ts_, Exc::RecursionError, "maximum recursion depth exceeded during ast construction");
    Ref n;
    auto make = [&](Cls c) {
      n = Ref(node(c));
      return bool(n);
    };
    bool ok = true;
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef:
        ok = make(s->kind == StmtKind::FunctionDef ? Cls::FunctionDef : Cls::AsyncFunctionDef) &&
             set(n, f_.name, str(s->name)) && set(n, f_.args, arguments(s->args)) && set(n, f_.body, stmts(s->body)) &&
             set(n, f_.decorator_list, exprs(s->decorator_list)) && set(n, f_.returns, opt_expr(s->returns)) &&
             set(n, f_.type_comment, Value::none());
        break;
      case StmtKind::ClassDef:
        ok = make(Cls::ClassDef) && set(n, f_.name, str(s->name)) && set(n, f_.bases, exprs(s->bases)) &&
             set(n, f_.keywords, keywords(s->keywords)) && set(n, f_.body, stmts(s->body)) &&
             set(n, f_.decorator_list, exprs(s->decorator_list));
        break;
      case StmtKind::Return:
        ok = make(Cls::Return) && set(n, f_.value, opt_expr(s->value));
        break;
      case StmtKind::Delete:
        ok = make(Cls::Delete) && set(n, f_.targets, exprs(s->targets));
        break;
      case StmtKind::Assign:
        ok = make(Cls::Assign) && set(n, f_.targets, exprs(s->targets)) && set(n, f_.value, expr(s->value)) &&
             set(n, f_.type_comment, Value::none());
        break;
      case StmtKind::AugAssign:
        ok = make(Cls::AugAssign) && set(n, f_.target, expr(s->target)) && set(n, f_.op, binop(s->op)) &&
             set(n, f_.value, expr(s->value));
        break;
      case StmtKind::AnnAssign:
        ok = make(Cls::AnnAssign) && set(n, f_.target, expr(s->target)) &&
             set(n, f_.annotation, expr(s->annotation)) && set(n, f_.value, opt_expr(s->value)) &&
             set(n, f_.simple, Value::small_int(s->simple ? 1 : 0));
        break;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        ok = make(s->kind == StmtKind::For ? Cls::For : Cls::AsyncFor) && set(n, f_.target, expr(s->target)) &&
             set(n, f_.iter, expr(s->iter)) && set(n, f_.body, stmts(s->body)) &&
             set(n, f_.orelse, stmts(s->orelse)) && set(n, f_.type_comment, Value::none());
        break;
      case StmtKind::While:
      case StmtKind::If:
        ok = make(s->kind == StmtKind::While ? Cls::While : Cls::If) && set(n, f_.test, expr(s->test)) &&
             set(n, f_.body, stmts(s->body)) && set(n, f_.orelse, stmts(s->orelse));
        break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        ok = make(s->kind == StmtKind::With ? Cls::With : Cls::AsyncWith) && set(n, f_.items, withitems(s->items)) &&
             set(n, f_.body, stmts(s->body)) && set(n, f_.type_comment, Value::none());
        break;
      case StmtKind::Match:
        ok = make(Cls::Match) && set(n, f_.subject, expr(s->subject)) && set(n, f_.cases, match_cases(s->cases));
        break;
      case StmtKind::Raise:
        ok = make(Cls::Raise) && set(n, f_.exc, opt_expr(s->exc)) && set(n, f_.cause, opt_expr(s->cause));
        break;
      case StmtKind::Try:
      case StmtKind::TryStar:
        ok = make(s->kind == StmtKind::Try ? Cls::Try : Cls::TryStar) && set(n, f_.body, stmts(s->body)) &&
             set(n, f_.handlers, handlers(s->handlers)) && set(n, f_.orelse, stmts(s->orelse)) &&
             set(n, f_.finalbody, stmts(s->finalbody));
        break;
      case StmtKind::Assert:
        ok = make(Cls::Assert) && set(n, f_.test, expr(s->test)) && set(n, f_.msg, opt_expr(s->msg));
        break;
      case StmtKind::Import:
        ok = make(Cls::Import) && set(n, f_.names, aliases(s->names));
        break;
      case StmtKind::ImportFrom:
        ok = make(Cls::ImportFrom) && set(n, f_.module, opt_str(s->module)) && set(n, f_.names, aliases(s->names)) &&
             set(n, f_.level, Value::small_int(s->level));
        break;
      case StmtKind::Global:
      case StmtKind::Nonlocal:
        ok = make(s->kind == StmtKind::Global ? Cls::Global : Cls::Nonlocal) &&
             set(n, f_.names, strs(s->identifiers));
        break;
      case StmtKind::ExprStmt:
        ok = make(Cls::Expr) && set(n, f_.value, expr(s->value));
        break;
      case StmtKind::Pass: ok = make(Cls::Pass); break;
      case StmtKind::Break: ok = make(Cls::Break); break;
      case StmtKind::Continue: ok = make(Cls::Continue); break;
    }
    if (!ok || !set_loc(n, s->loc)) return Value();
    return n.release();
  }

  // ------------------------------------------------------------ expressions
  // `at`: the location to report instead of e's own (f-string pieces, see JoinedStr).
  Value expr(const Expr* e, const Loc* at = nullptr) {
    if (!e) return raise(ts_, Exc::ValueError, "missing expression in the parse tree");
    if (stack_exhausted(ts_)) return raise(ts_, Exc::RecursionError, "maximum recursion depth exceeded during ast construction");
    Ref n;
    auto make = [&](Cls c) {
      n = Ref(node(c));
      return bool(n);
    };
    bool ok = true;
    Loc slice_loc;
    switch (e->kind) {
      case ExprKind::BoolOp:
        ok = make(Cls::BoolOp) && set(n, f_.op, singleton(e->boolop == BoolOpKind::And ? "And" : "Or")) &&
             set(n, f_.values, exprs(e->elts));
        break;
      case ExprKind::NamedExpr:
        ok = make(Cls::NamedExpr) && set(n, f_.target, expr(e->target)) && set(n, f_.value, expr(e->value));
        break;
      case ExprKind::BinOp:
        ok = make(Cls::BinOp) && set(n, f_.left, expr(e->left)) && set(n, f_.op, binop(e->binop)) &&
             set(n, f_.right, expr(e->right));
        break;
      case ExprKind::UnaryOp:
        ok = make(Cls::UnaryOp) && set(n, f_.op, unop(e->unop)) && set(n, f_.operand, expr(e->value));
        break;
      case ExprKind::Lambda:
        ok = make(Cls::Lambda) && set(n, f_.args, arguments(e->args)) && set(n, f_.body, expr(e->body));
        break;
      case ExprKind::IfExp:
        ok = make(Cls::IfExp) && set(n, f_.test, expr(e->test)) && set(n, f_.body, expr(e->body)) &&
             set(n, f_.orelse, expr(e->orelse));
        break;
      case ExprKind::Dict:
        ok = make(Cls::Dict) && set(n, f_.keys, exprs(e->keys)) && set(n, f_.values, exprs(e->elts));
        break;
      case ExprKind::Set:
        ok = make(Cls::Set) && set(n, f_.elts, exprs(e->elts));
        break;
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp:
        ok = make(e->kind == ExprKind::ListComp  ? Cls::ListComp
                  : e->kind == ExprKind::SetComp ? Cls::SetComp
                                                 : Cls::GeneratorExp) &&
             set(n, f_.elt, expr(e->elt)) && set(n, f_.generators, comprehensions(e->generators));
        break;
      case ExprKind::DictComp:
        ok = make(Cls::DictComp) && set(n, f_.key, expr(e->elt)) && set(n, f_.value, expr(e->value)) &&
             set(n, f_.generators, comprehensions(e->generators));
        break;
      case ExprKind::Await:
        ok = make(Cls::Await) && set(n, f_.value, expr(e->value));
        break;
      case ExprKind::Yield:
        ok = make(Cls::Yield) && set(n, f_.value, opt_expr(e->value));
        break;
      case ExprKind::YieldFrom:
        ok = make(Cls::YieldFrom) && set(n, f_.value, expr(e->value));
        break;
      case ExprKind::Compare:
        ok = make(Cls::Compare) && set(n, f_.left, expr(e->left)) &&
             set(n, f_.ops, list_of(e->ops, [&](CmpOpKind k) { return cmpop(k); })) &&
             set(n, f_.comparators, exprs(e->elts));
        break;
      case ExprKind::Call: {
        Ref args;
        const Expr* a0 = e->elts.size() == 1 ? e->elts[0] : nullptr;
        Loc gloc;
        if (a0 && e->keywords.empty() && a0->kind == ExprKind::GeneratorExp && !a0->parenthesized &&
            paren_after(e->func, &gloc)) {
          gloc.end_line = e->loc.end_line;
          gloc.end_col = e->loc.end_col;
          Ref g(expr(a0, &gloc));
          if (g) args = Ref(list_of(e->elts, [&](const Expr*) { return g.release(); }));
        } else {
          args = Ref(exprs(e->elts));
        }
        ok = args && make(Cls::Call) && set(n, f_.func, expr(e->func)) && set(n, f_.args, args.release()) &&
             set(n, f_.keywords, keywords(e->keywords));
        break;
      }
      case ExprKind::FormattedValue:
        ok = make(Cls::FormattedValue) && set(n, f_.value, expr(e->value)) &&
             set(n, f_.conversion, Value::small_int(e->conversion)) &&
             set(n, f_.format_spec, opt_expr(e->format_spec));
        break;
      case ExprKind::JoinedStr:
        ok = make(Cls::JoinedStr) && set(n, f_.values, fstring_values(e, at ? *at : e->loc));
        break;
      case ExprKind::Constant:
        ok = make(Cls::Constant) && set(n, f_.value, constant_value(e)) &&
             set(n, f_.kind, e->is_unicode_kind && e->ckind == ConstKind::Str ? str_new(ts_, "u") : Value::none());
        break;
      case ExprKind::Attribute:
        ok = make(Cls::Attribute) && set(n, f_.value, expr(e->value)) && set(n, f_.attr, str(e->id)) &&
             set(n, f_.ctx, ctx(e->ctx));
        break;
      case ExprKind::Subscript:
        ok = make(Cls::Subscript) && set(n, f_.value, expr(e->value)) && set(n, f_.slice, expr(e->slice)) &&
             set(n, f_.ctx, ctx(e->ctx));
        break;
      case ExprKind::Starred:
        ok = make(Cls::Starred) && set(n, f_.value, expr(e->value)) && set(n, f_.ctx, ctx(e->ctx));
        break;
      case ExprKind::Name:
        ok = make(Cls::Name) && set(n, f_.id, str(e->id)) && set(n, f_.ctx, ctx(e->ctx));
        break;
      case ExprKind::List:
      case ExprKind::Tuple:
        ok = make(e->kind == ExprKind::List ? Cls::List : Cls::Tuple) && set(n, f_.elts, exprs(e->elts)) &&
             set(n, f_.ctx, ctx(e->ctx));
        break;
      case ExprKind::Slice:
        // Without a lower bound the slice starts at its ':' (the parser's
        // span may begin at the blank after a preceding comma).
        if (!e->lower && !at) {
          Loc colon;
          if (find_char(':', e->loc.line, e->loc.col, &colon)) {
            slice_loc = e->loc;
            slice_loc.line = colon.line;
            slice_loc.col = colon.col;
            at = &slice_loc;
          }
        }
        ok = make(Cls::Slice) && set(n, f_.lower, opt_expr(e->lower)) && set(n, f_.upper, opt_expr(e->upper)) &&
             set(n, f_.step, opt_expr(e->step));
        break;
    }
    if (!ok || !set_loc(n, at ? *at : e->loc)) return Value();
    return n.release();
  }

  // CPython 3.11 reports the literal pieces and replacement fields of an
  // f-string (also those of a format spec) at the position of the whole
  // string, implicit concatenation included; nested expressions keep their own.
  // In a format spec, a literal after the last replacement field keeps the
  // position of its own string piece (CPython flushes it separately).
  Value fstring_values(const Expr* e, const Loc& outer, bool spec = false) {
    return list_of(e->elts, [&](const Expr* v) -> Value {
      if (v->kind == ExprKind::Constant) return expr(v, spec && v == e->elts.back() ? &e->loc : &outer);
      if (v->kind != ExprKind::FormattedValue) return expr(v);
      Ref n(node(Cls::FormattedValue));
      Ref spec(Value::none());
      if (v->format_spec) {
        Ref sn(node(Cls::JoinedStr));
        if (!sn || !set(sn, f_.values, fstring_values(v->format_spec, outer, true)) || !set_loc(sn, v->format_spec->loc))
          return Value();
        spec = std::move(sn);
      }
      if (!n || !set(n, f_.value, expr(v->value)) || !set(n, f_.conversion, Value::small_int(v->conversion)) ||
          !set(n, f_.format_spec, spec.release()) || !set_loc(n, outer))
        return Value();
      return n.release();
    });
  }

  // The position of the '(' that follows the end of `e` in the source (for a
  // generator expression that is the sole argument of a call: CPython's node
  // spans the call's parentheses). False when it cannot be found.
  bool paren_after(const Expr* e, Loc* out) { return find_char('(', e->loc.end_line, e->loc.end_col, out); }

  // The first `want` at or after (line, col), skipping only blanks, line
  // breaks, comments and backslash continuations.
  bool find_char(char want, int from_line, int from_col, Loc* out) {
    if (line_starts_.empty()) {
      line_starts_.push_back(0);
      for (size_t i = 0; i < source_.size(); ++i)
        if (source_[i] == '\n') line_starts_.push_back(i + 1);
    }
    if (from_line < 1 || size_t(from_line) > line_starts_.size()) return false;
    size_t pos = line_starts_[from_line - 1] + size_t(from_col);
    int line = from_line;
    while (pos < source_.size()) {
      char c = source_[pos];
      if (c == want) {
        out->line = line;
        out->col = int(pos - line_starts_[line - 1]);
        return true;
      }
      if (c == '#') {
        while (pos < source_.size() && source_[pos] != '\n') ++pos;
        continue;
      }
      if (c == '\n') ++line;
      else if (c != ' ' && c != '\t' && c != '\f' && c != '\r' && c != '\\') return false;
      ++pos;
    }
    return false;
  }
};

// parse(source: str, filename: str, mode: str, ns: dict) -> the tree
Value astconv_parse(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "parse", kw) || !check_nargs(ts, "parse", nargs, 4, 4)) return Value();
  if (!is_str(ts, args[0]) || !is_str(ts, args[1]) || !is_str(ts, args[2]))
    return raise(ts, Exc::TypeError, "parse() expects source, filename and mode as str");
  if (!is_dict(ts, args[3])) return raise(ts, Exc::TypeError, "parse() expects the _ast namespace dict");
  std::string source(str_view(args[0]));
  std::string filename(str_view(args[1]));
  std::string_view mode = str_view(args[2]);
  ParseMode pm;
  CompileMode cm;
  if (mode == "exec") {
    pm = ParseMode::File;
    cm = CompileMode::Exec;
  } else if (mode == "eval") {
    pm = ParseMode::Eval;
    cm = CompileMode::Eval;
  } else if (mode == "single") {
    pm = ParseMode::Single;
    cm = CompileMode::Single;
  } else {
    return raise(ts, Exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  ast::Module mod;
  SyntaxErrorInfo err;
  ast::IdentNormalizer nfkc{nfkc_identifier, ts};   // identifiers in NFKC form, as CPython's parser gives them
  bool parsed = ast::parse(source, filename, pm, mod, err, nfkc);
  // (when it fails, compile_source below emits them along with the error)
  if (parsed && !emit_parse_warnings(ts, mod, filename)) return Value();
  if (!parsed) {
    // compile_source reports the same parse error exactly as compile() does.
    Value code = compile_source(ts, source, filename, cm);
    if (code) {
      decref(code);
      return raisef(ts, Exc::SyntaxError, "%s", err.msg.c_str());
    }
    return Value();
  }
  Converter conv(ts, args[3].as<DictObject>(), source);
  return conv.module(mod, pm);
}

const MethodDef kMethods[] = {
    {"parse", astconv_parse, kMethNormal, "parse(source, filename, mode, ns): the parse tree as _ast node objects."},
    {"compile", astconv_compile, kMethNormal, "compile(tree, filename, mode): the code object of an ast tree."},
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef astconv_module_def = {
    .name = "_astconv",
    .doc = "Conversion of minipy's parse tree into ast node objects.",
    .methods = kMethods,
};

}  // namespace minipy
