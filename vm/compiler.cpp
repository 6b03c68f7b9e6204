// vm/compiler.cpp — the compiler's core: entry points (compile_ast,
// compile_source), SyntaxError construction, code units (one per code object),
// instruction emission, constants and names, name resolution from the symbol
// table, and functions / lambdas / classes (CPython 3.11 compile.c patterns).
//
// Must not: execute Python code. Statements, expressions, patterns and assembly
// live in compiler_stmt.cpp, compiler_expr.cpp, compiler_match.cpp, assemble.cpp.
#include "vm/compiler.h"
#include "vm/vm.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace minipy::compiler {

using symtable::BlockType;
using symtable::Scope;

Compiler::~Compiler() {
  for (Unit* u : units_) delete u;
}

void Compiler::error(const std::string& msg, const Loc& loc) { throw CompileError{msg, loc, false}; }
void Compiler::pending_error() { throw CompileError{"", Loc{}, true}; }

void Compiler::set_loc(const Loc& loc) {
  u_->pos = Position{loc.line, loc.end_line ? loc.end_line : loc.line, loc.col, loc.end_col};
}

void Compiler::inherit_loc() {
  for (size_t i = u_->instrs.size(); i-- > 0;) {
    const Instr& in = u_->instrs[i];
    if (in.op == kOpLabel || in.op == kOpSetup || in.pos.line <= 0) continue;
    u_->pos = in.pos;
    return;
  }
  u_->pos = Position{};
}

void Compiler::emit_raw(int op, uint32_t arg, int target) {
  if (arg > kMaxArg) error("too many constants, names or arguments", Loc{u_->pos.line, u_->pos.col, 0, 0});
  u_->instrs.push_back(Instr{op, arg, target, u_->pos, u_->hstack.empty() ? -1 : u_->hstack.back()});
}

void Compiler::push_handler(int label, bool lasti, int adjust) {
  u_->handlers.push_back(Handler{label, lasti, adjust});
  int idx = int(u_->handlers.size()) - 1;
  emit_raw(kOpSetup, uint32_t(idx), -1);
  u_->hstack.push_back(idx);
}

void Compiler::push_fblock(FBlockType t, int block, int exit, const std::vector<Stmt*>* finalbody,
                           const std::string* name, Loc loc) {
  if (u_->fblocks.size() >= 20) error("too many statically nested blocks", loc);  // CPython's CO_MAXBLOCKS
  u_->fblocks.push_back(FBlock{t, block, exit, finalbody, name, loc});
}

// ---------------------------------------------------------------- constants and names
static void append_const_key(ThreadState* ts, Value v, std::string& key) {
  auto* T = &ts->interp->types;
  if (v.is_small_int()) { key += "i"; key += std::to_string(v.as_small_int()); key += ';'; return; }
  if (v.is_immediate()) { key += "m"; key += std::to_string(v.bits()); key += ';'; return; }
  TypeObject* t = type_of(ts, v);
  if (t == T->str) {
    auto sv = str_view(v);
    key += "s"; key += std::to_string(sv.size()); key += ':'; key.append(sv.data(), sv.size());
  } else if (t == T->bytes) {
    auto sv = v.as<BytesObject>()->view();
    key += "b"; key += std::to_string(sv.size()); key += ':'; key.append(sv.data(), sv.size());
  } else if (t == T->float_) {
    double d = float_value(v);
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    key += "f"; key += std::to_string(bits); key += ';';
  } else if (t == T->int_) {
    char* s = mpz_get_str(nullptr, 16, v.as<IntObject>()->z);
    key += "I"; key += s; key += ';';
    free(s);
  } else if (t == T->tuple) {
    key += "t(";
    for (int64_t i = 0; i < tuple_size(v); i++) append_const_key(ts, tuple_item(v, i), key);
    key += ")";
  } else {
    key += "p"; key += std::to_string(v.bits()); key += ';';
  }
}

int Compiler::add_const(Value v) {
  std::string key;
  append_const_key(ts_, v, key);
  auto it = u_->const_index.find(key);
  if (it != u_->const_index.end()) {
    decref(v);
    return it->second;
  }
  int idx = int(u_->consts.size());
  u_->consts.push_back(v);
  u_->const_index.emplace(std::move(key), idx);
  return idx;
}

int Compiler::add_name(const std::string& name) {
  StrObject* s = intern(ts_, name);
  if (!s) pending_error();
  auto it = u_->name_index.find(s);
  if (it != u_->name_index.end()) return it->second;
  int idx = int(u_->names.size());
  u_->names.push_back(s);
  u_->name_index.emplace(s, idx);
  return idx;
}

Value Compiler::make_str(const std::string& s) {
  Value v = str_new(ts_, s);
  if (!v) pending_error();
  return v;
}

// ---------------------------------------------------------------- units
void Compiler::enter_scope(const std::string& name, ScopeType scope, const void* node, int firstlineno) {
  auto* u = new Unit();
  units_.push_back(u);
  Unit* parent = u_;
  u_ = u;
  u->ste = st_.lookup(node);
  u->scope = scope;
  u->name = name;
  u->firstlineno = firstlineno;
  u->private_name = parent ? parent->private_name : std::string();
  if (scope == ScopeType::Class) u->private_name = name;
  symtable::Entry* ste = u->ste;
  if (ste->type == BlockType::Function) {
    u->varnames = ste->varnames;
    for (size_t i = 0; i < u->varnames.size(); i++) u->fast_index[u->varnames[i]] = int(i);
  }
  for (auto& s : ste->symbols)
    if (s.scope == Scope::Cell) u->cellvars.push_back(s.name);
  if (ste->type == BlockType::Class && ste->needs_class_closure) u->cellvars.push_back("__class__");
  std::sort(u->cellvars.begin(), u->cellvars.end());
  for (auto& s : ste->symbols)
    if (s.scope == Scope::Free || (s.flags & symtable::kDefFreeClass)) u->freevars.push_back(s.name);
  std::sort(u->freevars.begin(), u->freevars.end());
  int nlocals = int(u->varnames.size());
  for (auto& c : u->cellvars) {
    auto it = u->fast_index.find(c);
    if (it != u->fast_index.end()) {
      u->deref_index[c] = it->second;
    } else {
      u->deref_index[c] = nlocals + int(u->cellonly.size());
      u->cellonly.push_back(c);
    }
  }
  for (size_t i = 0; i < u->freevars.size(); i++)
    u->deref_index[u->freevars[i]] = nlocals + int(u->cellonly.size() + i);
  if (scope != ScopeType::Module) u->qualname = qualname_for(name, scope != ScopeType::Class);
  else u->qualname = name;
  set_loc(Loc{firstlineno, 0, firstlineno, 0});
  u->pos.col = u->pos.end_col = -1;
  prologue();
}

void Compiler::prologue() {
  // MAKE_CELL for every cell (in localsplus order), then COPY_FREE_VARS.
  no_loc();
  for (size_t i = 0; i < u_->varnames.size(); i++)
    if (std::find(u_->cellvars.begin(), u_->cellvars.end(), u_->varnames[i]) != u_->cellvars.end())
      emit(Op::MAKE_CELL, uint32_t(i));
  for (size_t i = 0; i < u_->cellonly.size(); i++) emit(Op::MAKE_CELL, uint32_t(u_->varnames.size() + i));
  if (!u_->freevars.empty()) emit(Op::COPY_FREE_VARS, uint32_t(u_->freevars.size()));
}

std::string Compiler::qualname_for(const std::string& name, bool is_function) {
  Unit* parent = units_.size() >= 2 ? units_[units_.size() - 2] : nullptr;
  if (!parent || parent->scope == ScopeType::Module) return name;
  bool force_global = false;
  if (u_->scope == ScopeType::Function || u_->scope == ScopeType::AsyncFunction || u_->scope == ScopeType::Class) {
    std::string m = symtable::mangle(parent->private_name, name);
    if (parent->ste->scope_of(m) == Scope::GlobalExplicit) force_global = true;
  }
  if (force_global) return name;
  if (parent->scope == ScopeType::Function || parent->scope == ScopeType::AsyncFunction ||
      parent->scope == ScopeType::Lambda)
    return parent->qualname + ".<locals>." + name;
  return parent->qualname + "." + name;
}

Value Compiler::exit_scope() {
  Unit* u = u_;
  Value code = assemble(u, compute_flags(u));
  units_.pop_back();
  u_ = units_.empty() ? nullptr : units_.back();
  delete u;
  if (!code) pending_error();
  return code;
}

// ---------------------------------------------------------------- names
int Compiler::deref_index(const std::string& name) {
  auto it = u_->deref_index.find(name);
  if (it == u_->deref_index.end()) error("internal compiler error: no cell for '" + name + "'", Loc{});
  return it->second;
}

void Compiler::nameop(const std::string& raw, NameCtx ctx) {
  std::string name = mangle(raw);
  // __debug__ is a constant: False under -O (CPython folds it the same way).
  if (ctx == NameCtx::Load && raw == "__debug__") {
    load_const(Value::boolean(optimize_level() == 0));
    return;
  }
  Scope scope = u_->ste->scope_of(name);
  bool fn = u_->ste->type == BlockType::Function;
  enum { kName, kFast, kDeref, kGlobal } kind = kName;
  switch (scope) {
    case Scope::Free:
    case Scope::Cell: kind = kDeref; break;
    case Scope::Local: if (fn) kind = kFast; break;
    case Scope::GlobalImplicit: if (fn) kind = kGlobal; break;
    case Scope::GlobalExplicit: kind = kGlobal; break;
    case Scope::Unknown: break;
  }
  // A class body reading a name that is only free in its methods still has it in its dict.
  if (kind == kDeref && u_->deref_index.find(name) == u_->deref_index.end()) kind = kName;
  switch (kind) {
    case kFast: {
      auto it = u_->fast_index.find(name);
      if (it == u_->fast_index.end()) error("internal compiler error: no local '" + name + "'", Loc{});
      uint32_t i = uint32_t(it->second);
      emit(ctx == NameCtx::Load ? Op::LOAD_FAST : ctx == NameCtx::Store ? Op::STORE_FAST : Op::DELETE_FAST, i);
      return;
    }
    case kDeref: {
      uint32_t i = uint32_t(deref_index(name));
      if (ctx == NameCtx::Load)
        emit(u_->ste->type == BlockType::Class ? Op::LOAD_CLASSDEREF : Op::LOAD_DEREF, i);
      else
        emit(ctx == NameCtx::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, i);
      return;
    }
    case kGlobal: {
      uint32_t i = uint32_t(add_name(name));
      if (ctx == NameCtx::Load) emit(Op::LOAD_GLOBAL, i << 1);
      else emit(ctx == NameCtx::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, i);
      return;
    }
    case kName: {
      uint32_t i = uint32_t(add_name(name));
      emit(ctx == NameCtx::Load ? Op::LOAD_NAME : ctx == NameCtx::Store ? Op::STORE_NAME : Op::DELETE_NAME, i);
      return;
    }
  }
}

void Compiler::load_global_for_call(const std::string& raw) {
  std::string name = mangle(raw);
  Scope scope = u_->ste->scope_of(name);
  bool fn = u_->ste->type == BlockType::Function;
  if (raw != "__debug__" &&
      (scope == Scope::GlobalExplicit || (scope == Scope::GlobalImplicit && fn))) {
    emit(Op::LOAD_GLOBAL, (uint32_t(add_name(name)) << 1) | 1);
    return;
  }
  emit(Op::PUSH_NULL);
  nameop(raw, NameCtx::Load);
}

// ---------------------------------------------------------------- functions and classes
static const Expr* docstring_of(const std::vector<Stmt*>& body) {
  if (body.empty()) return nullptr;
  const Stmt* s = body[0];
  if (s->kind != StmtKind::ExprStmt) return nullptr;
  const Expr* e = s->value;
  if (e->kind != ExprKind::Constant || e->ckind != ConstKind::Str) return nullptr;
  return e;
}

void Compiler::compile_body_stmts(const std::vector<Stmt*>& body, bool docstring_to_name) {
  size_t start = 0;
  // -OO (optimize 2) drops docstrings: the string stays a constant statement.
  if (docstring_to_name && !interactive_ && optimize_level() < 2) {
    if (const Expr* doc = docstring_of(body)) {
      set_loc(body[0]->loc);
      visit_expr(doc);
      nameop("__doc__", NameCtx::Store);
      start = 1;
    }
  }
  for (size_t i = start; i < body.size(); i++) visit_stmt(body[i]);
}

int Compiler::compile_defaults(const Arguments* a) {
  uint32_t flags = 0;
  if (!a->defaults.empty()) {
    for (auto* d : a->defaults) visit_expr(d);
    emit(Op::BUILD_TUPLE, uint32_t(a->defaults.size()));
    flags |= kFnDefaults;
  }
  int nkw = 0;
  for (size_t i = 0; i < a->kwonlyargs.size(); i++) {
    Expr* d = i < a->kw_defaults.size() ? a->kw_defaults[i] : nullptr;
    if (!d) continue;
    load_const(make_str(mangle(a->kwonlyargs[i].name)));
    visit_expr(d);
    nkw++;
  }
  if (nkw) {
    emit(Op::BUILD_MAP, uint32_t(nkw));
    flags |= kFnKwDefaults;
  }
  return int(flags);
}

bool Compiler::compile_annotations(const Arguments* a, const Expr* returns) {
  int n = 0;
  auto one = [&](const Arg& p) {
    if (!p.annotation) return;
    load_const(make_str(mangle(p.name)));
    visit_annotation(p.annotation);
    n++;
  };
  for (auto& p : a->posonlyargs) one(p);
  for (auto& p : a->args) one(p);
  if (a->vararg && a->vararg->annotation && a->vararg->annotation->kind == ExprKind::Starred &&
      !future_annotations_) {
    // PEP 646 `*args: *Ts`: the annotation is the one item of `*Ts` (CPython 3.11).
    load_const(make_str(mangle(a->vararg->name)));
    visit_expr(a->vararg->annotation->value);
    emit(Op::UNPACK_SEQUENCE, 1);
    n++;
  } else if (a->vararg) {
    one(*a->vararg);
  }
  for (auto& p : a->kwonlyargs) one(p);
  if (a->kwarg) one(*a->kwarg);
  if (returns) {
    load_const(make_str("return"));
    visit_annotation(returns);
    n++;
  }
  if (!n) return false;
  emit(Op::BUILD_TUPLE, uint32_t(2 * n));
  return true;
}

void Compiler::setup_args(const Arguments* a) {
  u_->posonlyargcount = int(a->posonlyargs.size());
  u_->argcount = int(a->posonlyargs.size() + a->args.size());
  u_->kwonlyargcount = int(a->kwonlyargs.size());
}

void Compiler::make_closure(Value code, uint32_t flags, const Loc& loc) {
  auto* co = code.as<CodeObject>();
  if (co->nfreevars > 0) {
    int64_t n = tuple_size(co->localsplusnames);
    for (int64_t i = n - co->nfreevars; i < n; i++) {
      std::string name(str_view(tuple_item(co->localsplusnames, i)));
      emit(Op::LOAD_CLOSURE, uint32_t(deref_index(name)));
    }
    emit(Op::BUILD_TUPLE, uint32_t(co->nfreevars));
    flags |= kFnClosure;
  }
  load_const(code);
  emit(Op::MAKE_FUNCTION, flags);
}

void Compiler::compile_function(const Stmt* s) {
  bool is_async = s->kind == StmtKind::AsyncFunctionDef;
  set_loc(s->loc);
  for (auto* d : s->decorator_list) {
    set_loc(d->loc);   // the decorator's line comes first, as in CPython
    emit(Op::PUSH_NULL);
    visit_expr(d);
  }
  int firstlineno = s->decorator_list.empty() ? s->loc.line : s->decorator_list[0]->loc.line;
  set_loc(s->loc);
  uint32_t flags = uint32_t(compile_defaults(s->args));
  if (compile_annotations(s->args, s->returns)) flags |= kFnAnnotations;
  enter_scope(s->name, is_async ? ScopeType::AsyncFunction : ScopeType::Function, s, firstlineno);
  const Expr* doc = optimize_level() < 2 ? docstring_of(s->body) : nullptr;  // -OO: none
  add_const(doc ? literal(doc) : Value::none());
  setup_args(s->args);
  for (size_t i = doc ? 1 : 0; i < s->body.size(); i++) visit_stmt(s->body[i]);
  no_loc();
  if (!s->body.empty()) {
    const Loc& last = s->body.back()->loc;
    u_->pos.line = u_->pos.end_line = last.end_line ? last.end_line : last.line;
  }
  load_none();
  emit(Op::RETURN_VALUE);
  Value code = exit_scope();
  set_loc(s->loc);
  make_closure(code, flags, s->loc);
  for (size_t i = s->decorator_list.size(); i-- > 0;) {
    set_loc(s->decorator_list[i]->loc);
    emit(Op::CALL, 1);
  }
  set_loc(s->loc);
  nameop(s->name, NameCtx::Store);
}

void Compiler::compile_lambda(const Expr* e) {
  uint32_t flags = uint32_t(compile_defaults(e->args));
  enter_scope("<lambda>", ScopeType::Lambda, e, e->loc.line);
  add_const(Value::none());   // no docstring
  setup_args(e->args);
  set_loc(e->body->loc);
  visit_expr(e->body);
  if (u_->ste->is_generator) {
    emit(Op::POP_TOP);
    load_none();
  }
  emit(Op::RETURN_VALUE);
  Value code = exit_scope();
  set_loc(e->loc);
  make_closure(code, flags, e->loc);
}

void Compiler::compile_class(const Stmt* s) {
  set_loc(s->loc);
  for (auto* d : s->decorator_list) {
    set_loc(d->loc);   // the decorator's line comes first, as in CPython
    emit(Op::PUSH_NULL);
    visit_expr(d);
  }
  int firstlineno = s->decorator_list.empty() ? s->loc.line : s->decorator_list[0]->loc.line;
  enter_scope(s->name, ScopeType::Class, s, firstlineno);
  set_loc(s->loc);
  nameop("__name__", NameCtx::Load);
  nameop("__module__", NameCtx::Store);
  load_const(make_str(u_->qualname));
  nameop("__qualname__", NameCtx::Store);
  if (find_ann(s->body)) emit(Op::SETUP_ANNOTATIONS);
  compile_body_stmts(s->body, true);
  inherit_loc();   // the implicit return runs on the body's last line (CPython 3.11)
  if (u_->ste->needs_class_closure) {
    emit(Op::LOAD_CLOSURE, uint32_t(deref_index("__class__")));
    emit(Op::COPY, 1);
    emit(Op::STORE_NAME, uint32_t(add_name("__classcell__")));
  } else {
    load_none();
  }
  emit(Op::RETURN_VALUE);
  Value code = exit_scope();
  set_loc(s->loc);
  emit(Op::PUSH_NULL);
  emit(Op::LOAD_BUILD_CLASS);
  make_closure(code, 0, s->loc);
  load_const(make_str(s->name));
  check_keywords(s->keywords);
  call_helper(2, s->bases, s->keywords, s->loc);
  for (size_t i = s->decorator_list.size(); i-- > 0;) {
    set_loc(s->decorator_list[i]->loc);
    emit(Op::CALL, 1);
  }
  set_loc(s->loc);
  nameop(s->name, NameCtx::Store);
}

bool Compiler::find_ann(const std::vector<Stmt*>& body) {
  for (const Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign: return true;
      case StmtKind::For: case StmtKind::AsyncFor: case StmtKind::While: case StmtKind::If:
        if (find_ann(s->body) || find_ann(s->orelse)) return true;
        break;
      case StmtKind::With: case StmtKind::AsyncWith:
        if (find_ann(s->body)) return true;
        break;
      case StmtKind::Try: case StmtKind::TryStar:
        if (find_ann(s->body) || find_ann(s->orelse) || find_ann(s->finalbody)) return true;
        for (auto& h : s->handlers) if (find_ann(h.body)) return true;
        break;
      case StmtKind::Match:
        for (auto& c : s->cases) if (find_ann(c.body)) return true;
        break;
      default: break;
    }
  }
  return false;
}

// ---------------------------------------------------------------- __future__
// Future statements: only at the top of a module (after its docstring); each
// feature must be one CPython 3.11 knows. All but `annotations` are on anyway.
void Compiler::check_future_imports(const Module& mod) {
  static constexpr const char* kFeatures[] = {"nested_scopes", "generators", "division", "absolute_import",
                                              "with_statement", "print_function", "unicode_literals",
                                              "barry_as_FLUFL", "generator_stop", "annotations"};
  size_t i = 0;
  if (!mod.body.empty() && mod.body[0]->kind == StmtKind::ExprStmt && mod.body[0]->value &&
      mod.body[0]->value->kind == ExprKind::Constant && mod.body[0]->value->ckind == ConstKind::Str)
    i = 1;
  for (; i < mod.body.size(); i++) {
    const Stmt* s = mod.body[i];
    if (s->kind != StmtKind::ImportFrom || s->module != "__future__" || s->level != 0) break;
    future_imports_.push_back(s);
    for (const Alias& a : s->names) {
      // CPython points at the statement's first column only, without an end.
      Loc at{s->loc.line, s->loc.col, s->loc.line, kNoEndCol};
      if (a.name == "braces") error("not a chance", at);
      bool known = false;
      for (const char* f : kFeatures) known = known || a.name == f;
      if (!known) error("future feature " + a.name + " is not defined", at);
      if (a.name == "annotations") future_annotations_ = true;
    }
  }
}

// Under postponed annotations these have nowhere to run (CPython's symtable
// gives annotations their own block and rejects them there).
static const Expr* forbidden_in_annotation(const Expr* e) {
  if (!e) return nullptr;
  switch (e->kind) {
    case ExprKind::NamedExpr: case ExprKind::Yield: case ExprKind::YieldFrom: case ExprKind::Await: return e;
    case ExprKind::Lambda: return nullptr;  // its own scope
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
      // Its own scope too, except the first iterable.
      return e->generators.empty() ? nullptr : forbidden_in_annotation(e->generators[0].iter);
    default: break;
  }
  for (const Expr* c : {e->left, e->right, e->value, e->target, e->test, e->body, e->orelse, e->func, e->elt,
                        e->slice, e->lower, e->upper, e->step, e->format_spec})
    if (const Expr* f = forbidden_in_annotation(c)) return f;
  for (const auto* v : {&e->elts, &e->keys})
    for (const Expr* c : *v)
      if (const Expr* f = forbidden_in_annotation(c)) return f;
  for (const Keyword& k : e->keywords)
    if (const Expr* f = forbidden_in_annotation(k.value)) return f;
  for (const Comprehension& g : e->generators) {
    if (const Expr* f = forbidden_in_annotation(g.iter)) return f;
    for (const Expr* c : g.ifs)
      if (const Expr* f = forbidden_in_annotation(c)) return f;
  }
  return nullptr;
}

void Compiler::visit_annotation(const Expr* e) {
  if (!future_annotations_) {
    visit_expr(e);
    return;
  }
  if (const Expr* bad = forbidden_in_annotation(e)) {
    const char* what = bad->kind == ExprKind::NamedExpr ? "named expression"
                       : bad->kind == ExprKind::Await   ? "await expression"
                                                        : "yield expression";
    error(std::string("'") + what + "' can not be used within an annotation", bad->loc);
  }
  std::string text;
  if (!unparse_expr(ts_, e, &text)) pending_error();
  load_const(make_str(text));
}

int Compiler::optimize_level() const { return optimize_ >= 0 ? optimize_ : ts_->interp->config.optimize; }

// ---------------------------------------------------------------- SyntaxWarning
void Compiler::warn(const std::string& msg, const Loc& loc) {
  ThreadState* ts = ts_;
  Ref name(str_new(ts, "warnings"));
  if (!name) pending_error();
  Ref mod(import_module_level(ts, name.get(), Value(), Value(), 0));
  if (!mod) pending_error();
  Ref fn(getattr_str(ts, mod.get(), "warn_explicit"));
  if (!fn) pending_error();
  Ref m(str_new(ts, msg));
  Ref file(str_new(ts, filename_));
  if (!m || !file) pending_error();
  Value args[] = {m.get(), Value::from_obj(exc_type(ts, Exc::SyntaxWarning)), file.get(),
                  Value::small_int(loc.line)};
  Ref r(call(ts, fn.get(), args, 4));
  if (r) return;
  if (err_matches(ts, Exc::SyntaxWarning)) {  // -W error: report it as a SyntaxError
    err_clear(ts);
    error(msg, loc);
  }
  pending_error();
}

namespace {
// The type CPython's compiler infers for an expression, or null if unknown.
const char* inferred_type(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Tuple: return "tuple";
    case ExprKind::List: case ExprKind::ListComp: return "list";
    case ExprKind::Dict: case ExprKind::DictComp: return "dict";
    case ExprKind::Set: case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::Lambda: return "function";
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "str";
    case ExprKind::Constant:
      switch (e->ckind) {
        case ConstKind::None: return "NoneType";
        case ConstKind::True: case ConstKind::False: return "bool";
        case ConstKind::Ellipsis: return "ellipsis";
        case ConstKind::Int: return "int";
        case ConstKind::Float: return "float";
        case ConstKind::Imag: return "complex";
        case ConstKind::Str: return "str";
        case ConstKind::Bytes: return "bytes";
      }
      return nullptr;
    default: return nullptr;
  }
}
}  // namespace

void Compiler::check_is_operands(const Expr* left, CmpOpKind op, const Expr* right) {
  if (op != CmpOpKind::Is && op != CmpOpKind::IsNot) return;
  // A literal (after constant folding: -1 and tuples of constants count) other
  // than None, True, False and ... on either side.
  auto literal_operand = [&](const Expr* x) {
    if (x->kind == ExprKind::Constant)
      return x->ckind != ConstKind::None && x->ckind != ConstKind::True && x->ckind != ConstKind::False &&
             x->ckind != ConstKind::Ellipsis;
    if (x->kind != ExprKind::Tuple && x->kind != ExprKind::UnaryOp) return false;
    Value v = constant_value(x);
    if (!v) {
      err_clear(ts_);
      return false;
    }
    decref(v);
    return true;
  };
  if (literal_operand(left) || literal_operand(right))
    warn(op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                             : "\"is not\" with a literal. Did you mean \"!=\"?",
         left->loc.line ? left->loc : right->loc);
}

void Compiler::check_caller(const Expr* func) {
  switch (func->kind) {
    case ExprKind::Constant: case ExprKind::Tuple: case ExprKind::List: case ExprKind::ListComp:
    case ExprKind::Dict: case ExprKind::Set: case ExprKind::SetComp: case ExprKind::DictComp:
    case ExprKind::GeneratorExp: case ExprKind::JoinedStr: case ExprKind::FormattedValue:
      warn(std::string("'") + inferred_type(func) + "' object is not callable; perhaps you missed a comma?",
           func->loc);
      return;
    default: return;
  }
}

void Compiler::check_subscript(const Expr* e) {
  const Expr* v = e->value;
  bool not_subscriptable = false;
  switch (v->kind) {
    case ExprKind::Constant:
      not_subscriptable = v->ckind != ConstKind::Str && v->ckind != ConstKind::Bytes;
      break;
    case ExprKind::Set: case ExprKind::SetComp: case ExprKind::GeneratorExp: case ExprKind::Lambda:
      not_subscriptable = true;
      break;
    default: break;
  }
  if (not_subscriptable) {
    warn(std::string("'") + inferred_type(v) + "' object is not subscriptable; perhaps you missed a comma?",
         e->loc);
    return;
  }
  switch (v->kind) {
    case ExprKind::Constant: case ExprKind::Tuple: case ExprKind::List: case ExprKind::ListComp:
    case ExprKind::JoinedStr: case ExprKind::FormattedValue: {
      const char* index = inferred_type(e->slice);
      if (!index || !std::strcmp(index, "int") || !std::strcmp(index, "bool")) return;
      warn(std::string(inferred_type(v)) + " indices must be integers or slices, not " + index +
               "; perhaps you missed a comma?",
           e->loc);
      return;
    }
    default: return;
  }
}

// ---------------------------------------------------------------- module
Value Compiler::compile_module(const Module& mod) {
  try {
    st_.build(mod);
  } catch (const symtable::SymtableError& e) {
    error(e.msg, e.loc);
  }
  interactive_ = mode_ == CompileMode::Single;
  if (mode_ != CompileMode::Eval) check_future_imports(mod);
  enter_scope("<module>", ScopeType::Module, &mod, 1);
  if (mode_ == CompileMode::Eval) {
    if (!mod.expression) error("expected an expression", Loc{1, 0, 1, 0});
    set_loc(mod.expression->loc);
    visit_expr(mod.expression);
    emit(Op::RETURN_VALUE);
  } else {
    if (find_ann(mod.body)) {
      if (!mod.body.empty()) set_loc(mod.body[0]->loc);
      emit(Op::SETUP_ANNOTATIONS);
    }
    compile_body_stmts(mod.body, true);
    no_loc();
    if (!mod.body.empty()) {
      const Loc& last = mod.body.back()->loc;
      u_->pos.line = u_->pos.end_line = last.end_line ? last.end_line : last.line;
    }
    load_none();
    emit(Op::RETURN_VALUE);
  }
  return exit_scope();
}

// ---------------------------------------------------------------- SyntaxError
// CPython's compiler and symbol table quote the offending line by reading it
// back from the file named `filename` (PyErr_ProgramTextObject): a source
// given as a string under a made-up name such as "<string>" has no text.
static std::string program_text_line(const std::string& filename, int lineno) {
  if (lineno < 1 || filename.empty()) return std::string();
  FILE* f = fopen(filename.c_str(), "rb");
  if (!f) return std::string();
  std::string line;
  int cur = 1, ch;
  while ((ch = fgetc(f)) != EOF) {
    if (cur == lineno) line += char(ch);
    if (ch == '\n' && ++cur > lineno) break;
  }
  fclose(f);
  return line;
}

// Stack the compiler's recursive passes (symbol table, code generation) use
// per level of the tree, with room to spare (measured: see
// tests/conformance/deep/); trees up to kTreeDepthChecked deep are not measured.
#if defined(MINIPY_SANITIZE) || defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr int64_t kStackPerTreeLevel = 8192;
#else
constexpr int64_t kStackPerTreeLevel = 1024;
#endif
constexpr int64_t kTreeDepthChecked = 200;

static void raise_syntax_error(ThreadState* ts, Exc kind, const std::string& msg, const std::string& filename,
                               int lineno, int offset, const std::string& text, int end_lineno, int end_offset) {
  Ref m(str_new(ts, msg));
  Ref f(str_new(ts, filename));
  Ref t(text.empty() && lineno != 0 ? Value::none() : str_new(ts, text));   // eval(''): text '' at line 0
  Ref end_off(end_offset <= kNoEndCol + 1 ? Value::none() : Value::small_int(end_offset));
  if (!m || !f || !t) return;
  Ref details(tuple_pack(ts, {f.get(), Value::small_int(lineno), Value::small_int(offset), t.get(),
                              Value::small_int(end_lineno), end_off.get()}));
  if (!details) return;
  Value args[2] = {m.get(), details.get()};
  Value exc = exception_new(ts, exc_type(ts, kind), args, 2);
  if (!exc) return;
  err_restore(ts, exc);
}

// CPython 3.11's compiler passes (ast_opt.c, symtable.c) count the
// statements, expressions and patterns on their recursion path against three
// times the recursion limit, and start at three per Python frame in
// progress: a tree deeper than that is a RecursionError before anything is
// compiled (CPython's numbers, so the same programs fail). The recursive
// passes here also need C++ stack per level; a raised recursion limit must
// not let them overflow it (CPython crashes there).
static bool check_tree_depth(ThreadState* ts, const ast::Module& mod) {
  int64_t depth = ast::tree_depth(mod);
  int64_t limit = ts->interp->recursion_limit;
  bool too_deep = 3 * int64_t(ts->py_depth) + depth > 3 * limit;
  if (!too_deep && depth > kTreeDepthChecked && ts->stack_limit) {
    uintptr_t sp = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    int64_t room = sp > ts->stack_limit ? int64_t(sp - ts->stack_limit) : 0;
    too_deep = depth > room / kStackPerTreeLevel;
  }
  if (!too_deep) return true;
  raise(ts, Exc::RecursionError, "maximum recursion depth exceeded during compilation");
  return false;
}

}  // namespace minipy::compiler

namespace minipy {

Value compile_ast(ThreadState* ts, const ast::Module& mod, const std::string& filename, CompileMode mode,
                  const std::string& source) {
  return compile_ast_opts(ts, mod, filename, mode, source, CompileOptions{});
}

Value compile_ast_opts(ThreadState* ts, const ast::Module& mod, const std::string& filename, CompileMode mode,
                       const std::string& source, const CompileOptions& opts) {
  if (!compiler::check_tree_depth(ts, mod)) return Value();
  compiler::Compiler c(ts, filename, source, mode);
  c.optimize_ = opts.optimize;
  c.cf_flags_ = opts.flags;
  if (opts.flags & 0x1000000) c.future_annotations_ = true;   // CO_FUTURE_ANNOTATIONS
  try {
    return c.compile_module(mod);
  } catch (const compiler::CompileError& e) {
    if (!e.pending) {
      std::string text = compiler::program_text_line(filename, e.loc.line);
      int end_line = e.loc.end_line ? e.loc.end_line : e.loc.line;
      compiler::raise_syntax_error(ts, Exc::SyntaxError, e.msg, filename, e.loc.line, e.loc.col + 1, text,
                                   end_line, e.loc.end_col + 1);
    }
    return Value();
  }
}

// PEP 3131 NFKC for the parser (grammar/ has no Unicode database):
// unicodedata.normalize('NFKC', name). Only non-ASCII names get here.
bool nfkc_identifier(void* ctx, const std::string& in, std::string& out) {
  auto* ts = static_cast<ThreadState*>(ctx);
  Ref name(str_new(ts, "unicodedata"));
  Ref mod(name ? import_module_level(ts, name.get(), Value(), Value(), 0) : Value());
  Ref fn(mod ? getattr_str(ts, mod.get(), "normalize") : Value());
  Ref form(str_new(ts, "NFKC"));
  Ref s(str_new(ts, in));
  Ref r;
  if (fn && form && s) {
    Value args[2] = {form.get(), s.get()};
    r = Ref(call(ts, fn.get(), args, 2));
  }
  if (!r || !is_str(ts, r.get())) {
    err_clear(ts);
    return false;
  }
  out = std::string(str_view(r.get()));
  return true;
}

// The tokenizer's and parser's warnings, through warnings.warn_explicit as
// CPython does while parsing. A warning turned into an error (-W error)
// becomes a SyntaxError with its message, as in CPython.
bool emit_parse_warnings(ThreadState* ts, const ast::Module& mod, const std::string& filename) {
  if (mod.warnings.empty()) return true;
  Ref name(str_new(ts, "warnings"));
  if (!name) return false;
  Ref wmod(import_module_level(ts, name.get(), Value(), Value(), 0));
  if (!wmod) return false;
  Ref fn(getattr_str(ts, wmod.get(), "warn_explicit"));
  if (!fn) return false;
  Ref file(str_new(ts, filename));
  if (!file) return false;
  // The tokenizer's warnings were collected before the parser's: source order, as CPython's lazy tokenizer.
  std::vector<ast::ParseWarning> ws = mod.warnings;
  std::stable_sort(ws.begin(), ws.end(), [](const ast::ParseWarning& a, const ast::ParseWarning& b) { return a.line < b.line; });
  for (const ast::ParseWarning& w : ws) {
    Exc cat = std::strcmp(w.category, "SyntaxWarning") == 0 ? Exc::SyntaxWarning : Exc::DeprecationWarning;
    Ref m(str_new(ts, w.msg));
    if (!m) return false;
    Value args[] = {m.get(), Value::from_obj(exc_type(ts, cat)), file.get(), Value::small_int(w.line)};
    Ref r(call(ts, fn.get(), args, 4));
    if (r) continue;
    if (err_matches(ts, cat)) {
      err_clear(ts);
      compiler::raise_syntax_error(ts, Exc::SyntaxError, w.msg, filename, w.line, 0, std::string(), w.line, 0);
    }
    return false;
  }
  return true;
}

Value compile_source(ThreadState* ts, const std::string& source, const std::string& filename, CompileMode mode) {
  return compile_source_opts(ts, source, filename, mode, CompileOptions{});
}

Value compile_source_opts(ThreadState* ts, const std::string& source, const std::string& filename, CompileMode mode,
                          const CompileOptions& opts) {
  ast::Module mod;
  ast::SyntaxErrorInfo err;
  ast::ParseMode pm = mode == CompileMode::Eval ? ast::ParseMode::Eval
                      : mode == CompileMode::Single ? ast::ParseMode::Single
                                                    : ast::ParseMode::File;
  ast::IdentNormalizer nfkc{nfkc_identifier, ts};
  bool parsed = ast::parse(source, filename, pm, mod, err, nfkc);
  if (!emit_parse_warnings(ts, mod, filename)) return Value();
  if (!parsed) {
    if (err.kind == "MemoryError") {  // CPython's parser ran out of its stack
      raise_no_memory(ts);
      return Value();
    }
    if (err.msg == "source code string cannot contain null bytes") {   // CPython: no location
      Ref m(str_new(ts, err.msg));
      if (!m) return Value();
      Value args[1] = {m.get()};
      Value exc = exception_new(ts, exc_type(ts, Exc::SyntaxError), args, 1);
      if (exc) err_restore(ts, exc);
      return Value();
    }
    Exc kind = err.kind == "IndentationError" ? Exc::IndentationError
               : err.kind == "TabError"       ? Exc::TabError
                                              : Exc::SyntaxError;
    const std::string& text = err.text;
    compiler::raise_syntax_error(ts, kind, err.msg, filename, err.line, err.col, text,
                                 err.end_line, err.end_col);
    return Value();
  }
  // CPython's single input is one statement, or simple statements joined by
  // ';' on one line: a statement after those is reported at the first line's
  // end, after a compound one (whose block ended it) as invalid syntax at the
  // second statement.
  size_t single_end = 1;
  if (mode == CompileMode::Single)
    while (single_end < mod.body.size() && mod.body[single_end - 1] && mod.body[single_end] &&
           mod.body[single_end - 1]->body.empty() && mod.body[single_end]->loc.line == mod.body[single_end - 1]->loc.end_line)
      ++single_end;
  if (mode == CompileMode::Single && mod.body.size() > single_end && mod.body[single_end - 1] && mod.body[single_end]) {
    const ast::Stmt* a = mod.body[single_end - 1];
    const ast::Stmt* b = mod.body[single_end];
    bool compound = !a->body.empty();
    std::string line;
    int ln = compound ? b->loc.line : a->loc.end_line;
    size_t pos = 0;
    for (int l = 1; l < ln && pos != std::string::npos; ++l) {
      pos = source.find('\n', pos);
      if (pos != std::string::npos) ++pos;
    }
    if (pos != std::string::npos) {
      size_t e = source.find('\n', pos);
      line = source.substr(pos, e == std::string::npos ? std::string::npos : e - pos + 1);
    }
    if (compound)
      compiler::raise_syntax_error(ts, Exc::SyntaxError, "invalid syntax", filename, ln, b->loc.col + 1, line, ln,
                                   b->loc.col + 2);
    else
      compiler::raise_syntax_error(ts, Exc::SyntaxError, "multiple statements found while compiling a single statement",
                                   filename, ln, a->loc.end_col + 1, line, ln, a->loc.end_col + 1);
    return Value();
  }
  return compile_ast_opts(ts, mod, filename, mode, source, opts);
}

}  // namespace minipy
