// vm/symtable.cpp — builds the symbol table (vm/symtable.h): one visit of the
// AST collecting per-scope flags, then CPython 3.11's analysis (analyze_block)
// deciding local/global/free/cell. Error messages match CPython's.
#include "vm/symtable.h"

#include <algorithm>
#include <set>

namespace minipy::symtable {

using namespace minipy::ast;
using NameSet = std::set<std::string>;

std::string mangle(const std::string& priv, const std::string& name) {
  if (priv.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  // Don't mangle __dunder__ or dotted names.
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  size_t p = priv.find_first_not_of('_');
  if (p == std::string::npos) return name;  // class name of only underscores
  return "_" + priv.substr(p) + name;
}

struct Builder {
  SymbolTable& st;
  Entry* cur = nullptr;
  std::vector<Entry*> stack;

  [[noreturn]] void error(const std::string& msg, const Loc& loc) { throw SymtableError{msg, loc}; }

  Entry* enter(BlockType type, const std::string& name, const void* node, const Loc& loc) {
    auto e = std::make_unique<Entry>();
    Entry* p = e.get();
    p->type = type;
    p->name = name;
    p->node = node;
    p->loc = loc;
    p->parent = cur;
    if (cur) {
      p->nested = cur->nested || cur->type == BlockType::Function;
      p->private_name = cur->private_name;
      cur->children.push_back(std::move(e));
    } else {
      st.top_ = std::move(e);
    }
    if (type == BlockType::Class) p->private_name = name;
    st.by_node_[node] = p;
    stack.push_back(p);
    cur = p;
    return p;
  }
  void leave() {
    stack.pop_back();
    cur = stack.empty() ? nullptr : stack.back();
  }

  void add_def_in(Entry* e, const std::string& raw, uint32_t flag, const Loc& loc) {
    // __debug__ is a constant: no binding of it compiles (CPython's forbidden name).
    if ((flag & (kDefLocal | kDefParam)) && raw == "__debug__") error("cannot assign to __debug__", loc);
    std::string name = mangle(e->private_name, raw);
    auto it = e->index.find(name);
    if (it != e->index.end()) {
      Symbol& s = e->symbols[it->second];
      if ((flag & kDefParam) && (s.flags & kDefParam))
        error("duplicate argument '" + name + "' in function definition", loc);
      s.flags |= flag;
    } else {
      e->index[name] = e->symbols.size();
      e->symbols.push_back(Symbol{name, flag, Scope::Unknown});
    }
    if (flag & kDefParam) e->varnames.push_back(name);
  }
  void add_def(const std::string& name, uint32_t flag, const Loc& loc) {
    if ((flag & kDefLocal) && cur->comp_iter_target) {
      flag |= kDefCompIter;
      // CPython: an iteration variable may not be rebound by a walrus either.
    }
    add_def_in(cur, name, flag, loc);
  }

  // ---------------------------------------------------------------- statements
  void stmts(const std::vector<Stmt*>& v) { for (auto* s : v) stmt(s); }
  void exprs(const std::vector<Expr*>& v) { for (auto* e : v) if (e) expr(e); }

  // `owner` is the def/lambda: CPython reports a parameter named __debug__ there.
  void params(const Arguments* a, const Loc& owner) {
    auto check = [&](const Arg& p) {
      if (p.name == "__debug__") error("cannot assign to __debug__", owner);
    };
    for (auto& p : a->posonlyargs) check(p);
    for (auto& p : a->args) check(p);
    for (auto& p : a->kwonlyargs) check(p);
    if (a->vararg) check(*a->vararg);
    if (a->kwarg) check(*a->kwarg);
    for (auto& p : a->posonlyargs) add_def(p.name, kDefParam, p.loc);
    for (auto& p : a->args) add_def(p.name, kDefParam, p.loc);
    for (auto& p : a->kwonlyargs) add_def(p.name, kDefParam, p.loc);
    if (a->vararg) { add_def(a->vararg->name, kDefParam, a->vararg->loc); cur->has_varargs = true; }
    if (a->kwarg) { add_def(a->kwarg->name, kDefParam, a->kwarg->loc); cur->has_varkeywords = true; }
  }
  void annotations(const Arguments* a, Expr* returns) {
    auto ann = [&](const Arg& p) { if (p.annotation) expr(p.annotation); };
    for (auto& p : a->posonlyargs) ann(p);
    for (auto& p : a->args) ann(p);
    if (a->vararg) ann(*a->vararg);
    for (auto& p : a->kwonlyargs) ann(p);
    if (a->kwarg) ann(*a->kwarg);
    if (returns) expr(returns);
  }

  void directive(const Stmt* s, bool is_global) {
    for (auto& raw : s->identifiers) {
      std::string name = mangle(cur->private_name, raw);
      uint32_t f = cur->flags_of(name);
      const char* what = is_global ? "global" : "nonlocal";
      if (f & (kDefParam | kDefLocal | kUse | kDefAnnot)) {
        std::string msg;
        if (f & kDefParam) msg = "name '" + name + "' is parameter and " + what;
        else if (f & kUse) msg = "name '" + name + "' is used prior to " + what + " declaration";
        else if (f & kDefAnnot) msg = "annotated name '" + name + "' can't be " + what;
        else msg = "name '" + name + "' is assigned to before " + what + " declaration";
        error(msg, s->loc);
      }
      add_def(raw, is_global ? kDefGlobal : kDefNonlocal, s->loc);
      cur->directives.emplace(name, s->loc);
    }
  }

  void stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        add_def(s->name, kDefLocal, s->loc);
        exprs(s->args->defaults);
        exprs(s->args->kw_defaults);
        annotations(s->args, s->returns);
        exprs(s->decorator_list);
        Entry* e = enter(BlockType::Function, s->name, s, s->loc);
        if (s->kind == StmtKind::AsyncFunctionDef) { e->is_coroutine = true; e->is_async_def = true; }
        params(s->args, s->loc);
        stmts(s->body);
        leave();
        break;
      }
      case StmtKind::ClassDef: {
        add_def(s->name, kDefLocal, s->loc);
        exprs(s->bases);
        for (auto& k : s->keywords) expr(k.value);
        exprs(s->decorator_list);
        enter(BlockType::Class, s->name, s, s->loc);
        stmts(s->body);
        leave();
        break;
      }
      case StmtKind::Return:
        if (s->value) { expr(s->value); cur->returns_value = true; }
        break;
      case StmtKind::Delete: exprs(s->targets); break;
      case StmtKind::Assign: exprs(s->targets); expr(s->value); break;
      case StmtKind::AnnAssign: {
        if (s->target->kind == ExprKind::Name) {
          // CPython's compiler reports it on the whole statement.
          if (s->target->id == "__debug__") error("cannot assign to __debug__", s->loc);
          std::string name = mangle(cur->private_name, s->target->id);
          uint32_t f = cur->flags_of(name);
          if ((f & (kDefGlobal | kDefNonlocal)) && cur != st.top_.get() && s->simple)
            error("annotated name '" + name + "' can't be " + ((f & kDefGlobal) ? "global" : "nonlocal"), s->loc);
          if (s->simple) add_def(s->target->id, kDefAnnot | kDefLocal, s->target->loc);
          else if (s->value) add_def(s->target->id, kDefLocal, s->target->loc);
        } else {
          expr(s->target);
        }
        expr(s->annotation);
        if (s->value) expr(s->value);
        break;
      }
      case StmtKind::AugAssign: expr(s->target); expr(s->value); break;
      case StmtKind::For:
      case StmtKind::AsyncFor:
        expr(s->target); expr(s->iter); stmts(s->body); stmts(s->orelse);
        break;
      case StmtKind::While: expr(s->test); stmts(s->body); stmts(s->orelse); break;
      case StmtKind::If: expr(s->test); stmts(s->body); stmts(s->orelse); break;
      case StmtKind::With:
      case StmtKind::AsyncWith:
        for (auto& it : s->items) { expr(it.context_expr); if (it.optional_vars) expr(it.optional_vars); }
        stmts(s->body);
        break;
      case StmtKind::Match:
        expr(s->subject);
        for (auto& c : s->cases) {
          pattern(c.pattern);
          if (c.guard) expr(c.guard);
          stmts(c.body);
        }
        break;
      case StmtKind::Raise:
        if (s->exc) { expr(s->exc); if (s->cause) expr(s->cause); }
        break;
      case StmtKind::Try:
      case StmtKind::TryStar:
        stmts(s->body);
        stmts(s->orelse);
        for (auto& h : s->handlers) {
          if (h.type) expr(h.type);
          if (!h.name.empty()) add_def(h.name, kDefLocal, h.loc);
          stmts(h.body);
        }
        stmts(s->finalbody);
        break;
      case StmtKind::Assert: expr(s->test); if (s->msg) expr(s->msg); break;
      case StmtKind::Import:
      case StmtKind::ImportFrom:
        for (auto& a : s->names) {
          if (a.name == "*") {
            if (cur->type != BlockType::Module) error("import * only allowed at module level", a.loc);
            continue;
          }
          std::string store = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
          if (store == "__debug__") error("cannot assign to __debug__", s->loc);
          add_def(store, kDefImport, a.loc);
        }
        break;
      case StmtKind::Global: directive(s, true); break;
      case StmtKind::Nonlocal: directive(s, false); break;
      case StmtKind::ExprStmt: expr(s->value); break;
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue:
        break;
    }
  }

  void pattern(const Pattern* p) {
    switch (p->kind) {
      case PatternKind::MatchValue: expr(p->value); break;
      case PatternKind::MatchSingleton: break;
      case PatternKind::MatchSequence: for (auto* q : p->patterns) pattern(q); break;
      case PatternKind::MatchStar: if (!p->name.empty()) add_def(p->name, kDefLocal, p->loc); break;
      case PatternKind::MatchMapping:
        exprs(p->keys);
        for (auto* q : p->patterns) pattern(q);
        if (!p->name.empty()) add_def(p->name, kDefLocal, p->loc);
        break;
      case PatternKind::MatchClass:
        expr(p->cls);
        for (auto* q : p->patterns) pattern(q);
        for (auto* q : p->kwd_patterns) pattern(q);
        break;
      case PatternKind::MatchAs:
        if (p->pattern) pattern(p->pattern);
        if (!p->name.empty()) add_def(p->name, kDefLocal, p->loc);
        break;
      case PatternKind::MatchOr: for (auto* q : p->patterns) pattern(q); break;
    }
  }

  // ---------------------------------------------------------------- expressions
  void namedexpr_scope(const Expr* e) {
    const std::string& target = e->target->id;
    for (size_t i = stack.size(); i-- > 0;) {
      Entry* ste = stack[i];
      if (ste->comprehension != CompKind::None) {
        if (ste->flags_of(target) & kDefCompIter)
          error("assignment expression cannot rebind comprehension iteration variable '" + target + "'",
                e->target->loc);
        continue;
      }
      if (ste->type == BlockType::Function) {
        uint32_t f = ste->flags_of(target);
        add_def(target, (f & kDefGlobal) ? kDefGlobal : kDefNonlocal, e->loc);
        cur->directives.emplace(target, e->loc);
        add_def_in(ste, target, kDefLocal, e->loc);
        return;
      }
      if (ste->type == BlockType::Module) {
        add_def(target, kDefGlobal, e->loc);
        cur->directives.emplace(target, e->loc);
        add_def_in(ste, target, kDefGlobal, e->loc);
        return;
      }
      if (ste->type == BlockType::Class)
        error("assignment expression within a comprehension cannot be used in a class body", e->target->loc);
    }
  }

  void comprehension(const Expr* e, CompKind kind, const char* name) {
    const auto& gens = e->generators;
    // The outermost iterable is evaluated in the enclosing scope.
    cur->comp_iter_expr++;
    expr(gens[0].iter);
    cur->comp_iter_expr--;
    bool is_gen = kind == CompKind::Gen;
    Entry* parent = cur;
    Entry* ste = enter(BlockType::Function, name, e, e->loc);
    ste->comprehension = kind;
    if (gens[0].is_async) ste->is_coroutine = true;
    add_def(".0", kDefParam, e->loc);
    for (size_t i = 0; i < gens.size(); i++) {
      const Comprehension& g = gens[i];
      ste->comp_iter_target = 1;
      expr(g.target);
      ste->comp_iter_target = 0;
      if (i > 0) {
        ste->comp_iter_expr++;
        expr(g.iter);
        ste->comp_iter_expr--;
      }
      exprs(g.ifs);
      if (g.is_async) ste->is_coroutine = true;
    }
    if (kind == CompKind::Dict) { expr(e->elt); expr(e->value); }
    else expr(e->elt);
    if (is_gen) ste->is_generator = true;
    leave();
    // Awaiting an async list/set/dict comprehension makes the enclosing scope a coroutine.
    if (ste->is_coroutine && !is_gen) parent->is_coroutine = true;
  }

  void expr(const Expr* e) {
    switch (e->kind) {
      case ExprKind::NamedExpr:
        if (cur->comp_iter_expr > 0)
          error("assignment expression cannot be used in a comprehension iterable expression", e->loc);
        expr(e->value);
        if (cur->comprehension != CompKind::None) {
          namedexpr_scope(e);
        } else {
          expr(e->target);
        }
        break;
      case ExprKind::BoolOp: exprs(e->elts); break;
      case ExprKind::BinOp: expr(e->left); expr(e->right); break;
      case ExprKind::UnaryOp: expr(e->value); break;
      case ExprKind::Lambda: {
        exprs(e->args->defaults);
        exprs(e->args->kw_defaults);
        Entry* l = enter(BlockType::Function, "<lambda>", e, e->loc);
        l->is_lambda = true;
        params(e->args, e->loc);
        expr(e->body);
        leave();
        break;
      }
      case ExprKind::IfExp: expr(e->test); expr(e->body); expr(e->orelse); break;
      case ExprKind::Dict:
        for (size_t i = 0; i < e->elts.size(); i++) {
          if (i < e->keys.size() && e->keys[i]) expr(e->keys[i]);
          expr(e->elts[i]);
        }
        break;
      case ExprKind::Set: exprs(e->elts); break;
      case ExprKind::GeneratorExp: comprehension(e, CompKind::Gen, "<genexpr>"); break;
      case ExprKind::ListComp: comprehension(e, CompKind::List, "<listcomp>"); break;
      case ExprKind::SetComp: comprehension(e, CompKind::Set, "<setcomp>"); break;
      case ExprKind::DictComp: comprehension(e, CompKind::Dict, "<dictcomp>"); break;
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        if (e->value) expr(e->value);
        if (cur->comprehension != CompKind::None) {
          static constexpr const char* kNames[] = {"", "list comprehension", "set comprehension",
                                                   "dict comprehension", "generator expression"};
          error(std::string("'yield' inside ") + kNames[int(cur->comprehension)], e->loc);
        }
        cur->is_generator = true;
        break;
      case ExprKind::Await:
        expr(e->value);
        cur->is_coroutine = true;
        break;
      case ExprKind::Compare: expr(e->left); exprs(e->elts); break;
      case ExprKind::Call:
        expr(e->func);
        exprs(e->elts);
        for (auto& k : e->keywords) {
          if (k.arg == "__debug__") error("cannot assign to __debug__", e->loc);
          expr(k.value);
        }
        break;
      case ExprKind::FormattedValue:
        expr(e->value);
        if (e->format_spec) expr(e->format_spec);
        break;
      case ExprKind::JoinedStr: exprs(e->elts); break;
      case ExprKind::Constant: break;
      case ExprKind::Attribute:
        if (e->ctx == ExprCtx::Store && e->id == "__debug__") error("cannot assign to __debug__", e->loc);
        expr(e->value);
        break;
      case ExprKind::Subscript: expr(e->value); expr(e->slice); break;
      case ExprKind::Starred: expr(e->value); break;
      case ExprKind::Slice:
        if (e->lower) expr(e->lower);
        if (e->upper) expr(e->upper);
        if (e->step) expr(e->step);
        break;
      case ExprKind::Name:
        if (e->ctx == ExprCtx::Del && e->id == "__debug__") error("cannot delete __debug__", e->loc);
        add_def(e->id, e->ctx == ExprCtx::Load ? kUse : kDefLocal, e->loc);
        if (e->ctx == ExprCtx::Load && cur->type == BlockType::Function && e->id == "super")
          add_def("__class__", kUse, e->loc);
        break;
      case ExprKind::List:
      case ExprKind::Tuple:
        exprs(e->elts);
        break;
    }
  }

  // ---------------------------------------------------------------- analysis (CPython's analyze_block)
  void analyze_name(Entry* ste, Symbol& s, NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    const std::string& name = s.name;
    auto where = [&]() {
      auto it = ste->directives.find(name);
      return it != ste->directives.end() ? it->second : ste->loc;
    };
    if (s.flags & kDefGlobal) {
      if (s.flags & kDefNonlocal) error("name '" + name + "' is nonlocal and global", where());
      s.scope = Scope::GlobalExplicit;
      global.insert(name);
      if (bound) bound->erase(name);
      return;
    }
    if (s.flags & kDefNonlocal) {
      if (!bound) error("nonlocal declaration not allowed at module level", where());
      if (!bound->count(name)) error("no binding for nonlocal '" + name + "' found", where());
      s.scope = Scope::Free;
      ste->has_free = true;
      free.insert(name);
      return;
    }
    if (s.flags & kDefBound) {
      s.scope = Scope::Local;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      s.scope = Scope::Free;
      ste->has_free = true;
      free.insert(name);
      return;
    }
    if (global.count(name)) {
      s.scope = Scope::GlobalImplicit;
      return;
    }
    if (ste->nested) ste->has_free = true;
    s.scope = Scope::GlobalImplicit;
  }

  void analyze_block(Entry* ste, NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newglobal, newfree, newbound;
    if (ste->type == BlockType::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (auto& s : ste->symbols) analyze_name(ste, s, bound, local, free, global);
    if (ste->type != BlockType::Class) {
      if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (auto& child : ste->children) {
      NameSet tb = newbound, tf = newfree, tg = newglobal;
      analyze_block(child.get(), &tb, tf, tg);
      allfree.insert(tf.begin(), tf.end());
      if (child->has_free || child->child_free) ste->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (ste->type == BlockType::Function) {
      for (auto& s : ste->symbols) {
        if (s.scope != Scope::Local) continue;
        if (!newfree.count(s.name)) continue;
        s.scope = Scope::Cell;
        newfree.erase(s.name);
      }
    } else if (ste->type == BlockType::Class) {
      if (newfree.erase("__class__")) ste->needs_class_closure = true;
    }
    // update_symbols: record free variables from children that pass through.
    for (auto& name : newfree) {
      auto it = ste->index.find(name);
      if (it != ste->index.end()) {
        Symbol& s = ste->symbols[it->second];
        if (ste->type == BlockType::Class && (s.flags & (kDefBound | kDefGlobal))) s.flags |= kDefFreeClass;
        continue;
      }
      if (bound && !bound->count(name)) continue;
      ste->index[name] = ste->symbols.size();
      ste->symbols.push_back(Symbol{name, kDefFree, Scope::Free});
    }
    free.insert(newfree.begin(), newfree.end());
    // Fast locals of functions: parameters first (already in varnames), then other locals.
    if (ste->type == BlockType::Function) {
      for (auto& s : ste->symbols)
        if (s.scope == Scope::Local && !(s.flags & kDefParam)) ste->varnames.push_back(s.name);
    }
  }
};

void SymbolTable::build(const Module& mod) {
  Builder b{*this};
  b.enter(BlockType::Module, "top", &mod, Loc{1, 0, 1, 0});
  if (mod.expression) b.expr(mod.expression);
  b.stmts(mod.body);
  b.leave();
  NameSet free, global;
  b.analyze_block(top_.get(), nullptr, free, global);
}

}  // namespace minipy::symtable
