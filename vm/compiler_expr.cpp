// vm/compiler_expr.cpp — code generation for expressions: constants (with
// tuple folding), names, operators, comparisons (chained with COPY/SWAP),
// conditional jumps, calls (LOAD_METHOD/CALL, KW_NAMES, CALL_FUNCTION_EX),
// displays with unpacking, comprehensions (nested functions called with `.0`),
// f-strings, yield / yield from / await (SEND loops), and assignment targets.
#include "vm/compiler.h"

#include <set>

namespace minipy::compiler {

namespace {
constexpr size_t kStackUseGuideline = 30;

// Push the bounds of a slice expression (None for a missing one); returns
// how many (2, or 3 with a step) for BUILD_SLICE / BINARY_SLICE / STORE_SLICE.
uint32_t slice_bounds(Compiler& c, const Expr* e) {
  if (e->lower) c.visit_expr(e->lower); else c.load_none();
  if (e->upper) c.visit_expr(e->upper); else c.load_none();
  if (!e->step) return 2;
  c.visit_expr(e->step);
  return 3;
}
}  // namespace

BinOp binop_of(BinOpKind k) {
  switch (k) {
    case BinOpKind::Add: return BinOp::Add;
    case BinOpKind::Sub: return BinOp::Sub;
    case BinOpKind::Mult: return BinOp::Mul;
    case BinOpKind::MatMult: return BinOp::MatMul;
    case BinOpKind::Div: return BinOp::TrueDiv;
    case BinOpKind::Mod: return BinOp::Mod;
    case BinOpKind::Pow: return BinOp::Pow;
    case BinOpKind::LShift: return BinOp::LShift;
    case BinOpKind::RShift: return BinOp::RShift;
    case BinOpKind::BitOr: return BinOp::Or;
    case BinOpKind::BitXor: return BinOp::Xor;
    case BinOpKind::BitAnd: return BinOp::And;
    case BinOpKind::FloorDiv: return BinOp::FloorDiv;
  }
  return BinOp::Add;
}

// ---------------------------------------------------------------- constants
Value Compiler::literal(const Expr* e) {
  Value v;
  switch (e->ckind) {
    case ConstKind::None: return Value::none();
    case ConstKind::True: return Value::True();
    case ConstKind::False: return Value::False();
    case ConstKind::Ellipsis: return Value::ellipsis();
    case ConstKind::Int: v = int_from_string(ts_, e->text, 0); break;
    case ConstKind::Float: v = float_new(ts_, e->fval); break;
    case ConstKind::Imag: v = complex_new(ts_, 0.0, e->fval); break;
    case ConstKind::Str: v = str_new(ts_, e->text); break;
    case ConstKind::Bytes: v = bytes_new(ts_, e->text); break;
  }
  if (!v) pending_error();
  return v;
}

Value Compiler::constant_value(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant: return literal(e);
    case ExprKind::UnaryOp: {
      const Expr* o = e->value;
      if (e->unop != UnaryOpKind::USub || o->kind != ExprKind::Constant) return Value();
      Value v;
      if (o->ckind == ConstKind::Int) v = int_from_string(ts_, "-" + o->text, 0);
      else if (o->ckind == ConstKind::Float) v = float_new(ts_, -o->fval);
      else if (o->ckind == ConstKind::Imag) v = complex_new(ts_, -0.0, -o->fval);
      else return Value();
      if (!v) pending_error();
      return v;
    }
    case ExprKind::Tuple: {
      if (e->ctx != ExprCtx::Load) return Value();
      std::vector<Ref> items;
      for (auto* x : e->elts) {
        if (x->kind == ExprKind::Starred) return Value();
        Value v = constant_value(x);
        if (!v) return Value();
        items.emplace_back(v);
      }
      TupleObject* t = tuple_new(ts_, int64_t(items.size()));
      if (!t) pending_error();
      for (size_t i = 0; i < items.size(); i++) t->items[i] = items[i].release();
      return Value::from_obj(t);
    }
    default: return Value();
  }
}

// ---------------------------------------------------------------- dispatch
void Compiler::visit_expr(const Expr* e) {
  Position saved = u_->pos;
  set_loc(e->loc);
  visit_expr_inner(e);
  u_->pos = saved;
}

void Compiler::visit_expr_inner(const Expr* e) {
  switch (e->kind) {
    case ExprKind::BoolOp: compile_boolop(e); return;
    case ExprKind::NamedExpr:
      visit_expr(e->value);
      emit(Op::COPY, 1);
      store_target(e->target);
      return;
    case ExprKind::BinOp:
      visit_expr(e->left);
      visit_expr(e->right);
      emit(Op::BINARY_OP, uint32_t(binop_of(e->binop)));
      return;
    case ExprKind::UnaryOp: {
      if (Value c = constant_value(e)) { load_const(c); return; }
      visit_expr(e->value);
      switch (e->unop) {
        case UnaryOpKind::Invert: emit(Op::UNARY_INVERT); break;
        case UnaryOpKind::Not: emit(Op::UNARY_NOT); break;
        case UnaryOpKind::UAdd: emit(Op::UNARY_POSITIVE); break;
        case UnaryOpKind::USub: emit(Op::UNARY_NEGATIVE); break;
      }
      return;
    }
    case ExprKind::Lambda: compile_lambda(e); return;
    case ExprKind::IfExp: {
      int end = new_label(), next = new_label();
      jump_if(e->test, next, false);
      visit_expr(e->body);
      emit_jump_any(end);
      bind(next);
      visit_expr(e->orelse);
      bind(end);
      return;
    }
    case ExprKind::Dict: compile_dict(e); return;
    case ExprKind::Set: starunpack(e->elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false); return;
    case ExprKind::ListComp:
    case ExprKind::SetComp:
    case ExprKind::DictComp:
    case ExprKind::GeneratorExp:
      compile_comprehension(e);
      return;
    case ExprKind::Await:
      if (!top_level_await()) {
        if (u_->ste->type != symtable::BlockType::Function) error("'await' outside function", e->loc);
        if (u_->scope != ScopeType::AsyncFunction && u_->scope != ScopeType::Comprehension)
          error("'await' outside async function", e->loc);
      }
      visit_expr(e->value);
      emit(Op::GET_AWAITABLE, 0);
      load_none();
      compile_yield_from_loop(true);
      return;
    case ExprKind::Yield:
      if (u_->ste->type != symtable::BlockType::Function) error("'yield' outside function", e->loc);
      if (e->value) visit_expr(e->value);
      else load_none();
      if (u_->ste->is_coroutine) emit(Op::ASYNC_GEN_WRAP);
      emit(Op::YIELD_VALUE, 0);
      return;
    case ExprKind::YieldFrom:
      if (u_->ste->type != symtable::BlockType::Function) error("'yield' outside function", e->loc);
      if (u_->scope == ScopeType::AsyncFunction) error("'yield from' inside async function", e->loc);
      visit_expr(e->value);
      emit(Op::GET_YIELD_FROM_ITER);
      load_none();
      compile_yield_from_loop(false);
      return;
    case ExprKind::Compare: compile_compare(e); return;
    case ExprKind::Call: compile_call(e); return;
    case ExprKind::FormattedValue: compile_formatted_value(e); return;
    case ExprKind::JoinedStr: compile_joined_str(e); return;
    case ExprKind::Constant: load_const(literal(e)); return;
    case ExprKind::Attribute:
      visit_expr(e->value);
      emit(Op::LOAD_ATTR, uint32_t(add_name(mangle(e->id))));
      return;
    case ExprKind::Subscript:
      check_subscript(e);
      visit_expr(e->value);
      if (e->slice->kind == ExprKind::Slice) {
        // obj[a:b:c]: the bounds go on the stack, no slice object (BINARY_SLICE).
        uint32_t n = slice_bounds(*this, e->slice);
        emit(Op::BINARY_SLICE, n);
        return;
      }
      visit_expr(e->slice);
      emit(Op::BINARY_SUBSCR);
      return;
    case ExprKind::Starred:
      error("can't use starred expression here", e->loc);
    case ExprKind::Name: nameop(e->id, NameCtx::Load); return;
    case ExprKind::List: {
      size_t n = e->elts.size();
      if (n > 2) {
        bool all_const = true;
        for (auto* x : e->elts) if (x->kind == ExprKind::Starred) { all_const = false; break; }
        if (all_const) {
          std::vector<Ref> items;
          for (auto* x : e->elts) {
            Value v = constant_value(x);
            if (!v) { all_const = false; break; }
            items.emplace_back(v);
          }
          if (all_const) {
            TupleObject* t = tuple_new(ts_, int64_t(n));
            if (!t) pending_error();
            for (size_t i = 0; i < n; i++) t->items[i] = items[i].release();
            emit(Op::BUILD_LIST, 0);
            load_const(Value::from_obj(t));
            emit(Op::LIST_EXTEND, 1);
            return;
          }
        }
      }
      starunpack(e->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false);
      return;
    }
    case ExprKind::Tuple:
      if (Value c = constant_value(e)) { load_const(c); return; }
      starunpack(e->elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
      return;
    case ExprKind::Slice: compile_slice(e); return;
  }
}

void Compiler::compile_slice(const Expr* e) { emit(Op::BUILD_SLICE, slice_bounds(*this, e)); }

// ---------------------------------------------------------------- targets
void Compiler::store_target(const Expr* e) {
  Position saved = u_->pos;
  set_loc(e->loc);
  switch (e->kind) {
    case ExprKind::Name: nameop(e->id, NameCtx::Store); break;
    case ExprKind::Attribute:
      visit_expr(e->value);
      set_loc(e->loc);
      emit(Op::STORE_ATTR, uint32_t(add_name(mangle(e->id))));
      break;
    case ExprKind::Subscript:
      visit_expr(e->value);
      if (e->slice->kind == ExprKind::Slice) {
        uint32_t n = slice_bounds(*this, e->slice);
        set_loc(e->loc);
        emit(Op::STORE_SLICE, n);
        break;
      }
      visit_expr(e->slice);
      set_loc(e->loc);
      emit(Op::STORE_SUBSCR);
      break;
    case ExprKind::Tuple:
    case ExprKind::List:
      unpack_store(e);
      break;
    case ExprKind::Starred: error("starred assignment target must be in a list or tuple", e->loc);
    default: error("cannot assign to expression", e->loc);
  }
  u_->pos = saved;
}

void Compiler::unpack_store(const Expr* e) {
  size_t n = e->elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; i++) {
    if (e->elts[i]->kind != ExprKind::Starred) continue;
    if (seen_star) error("multiple starred expressions in assignment", e->loc);
    if (i >= (1u << 8) || (n - i - 1) >= (kMaxArg >> 8))
      error("too many expressions in star-unpacking assignment", e->loc);
    emit(Op::UNPACK_EX, uint32_t(i + ((n - i - 1) << 8)));
    seen_star = true;
  }
  if (!seen_star) emit(Op::UNPACK_SEQUENCE, uint32_t(n));
  for (auto* x : e->elts) store_target(x->kind == ExprKind::Starred ? x->value : x);
}

// ---------------------------------------------------------------- boolean logic and comparisons
void Compiler::compile_boolop(const Expr* e) {
  Op op = e->boolop == BoolOpKind::And ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP;
  int end = new_label();
  size_t n = e->elts.size();
  for (size_t i = 0; i + 1 < n; i++) {
    visit_expr(e->elts[i]);
    emit_jump(op, end);
  }
  visit_expr(e->elts[n - 1]);
  bind(end);
}

void Compiler::emit_compare_op(CmpOpKind op) {
  switch (op) {
    case CmpOpKind::Eq: emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq)); break;
    case CmpOpKind::NotEq: emit(Op::COMPARE_OP, uint32_t(CmpOp::Ne)); break;
    case CmpOpKind::Lt: emit(Op::COMPARE_OP, uint32_t(CmpOp::Lt)); break;
    case CmpOpKind::LtE: emit(Op::COMPARE_OP, uint32_t(CmpOp::Le)); break;
    case CmpOpKind::Gt: emit(Op::COMPARE_OP, uint32_t(CmpOp::Gt)); break;
    case CmpOpKind::GtE: emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge)); break;
    case CmpOpKind::Is: emit(Op::IS_OP, 0); break;
    case CmpOpKind::IsNot: emit(Op::IS_OP, 1); break;
    case CmpOpKind::In: emit(Op::CONTAINS_OP, 0); break;
    case CmpOpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
  }
}

void Compiler::compile_compare(const Expr* e) {
  for (size_t i = 0; i < e->ops.size(); i++) check_is_operands(i ? e->elts[i - 1] : e->left, e->ops[i], e->elts[i]);
  visit_expr(e->left);
  size_t n = e->ops.size();
  if (n == 1) {
    visit_expr(e->elts[0]);
    emit_compare_op(e->ops[0]);
    return;
  }
  int cleanup = new_label(), end = new_label();
  for (size_t i = 0; i + 1 < n; i++) {
    visit_expr(e->elts[i]);
    emit(Op::SWAP, 2);
    emit(Op::COPY, 2);
    emit_compare_op(e->ops[i]);
    emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visit_expr(e->elts[n - 1]);
  emit_compare_op(e->ops[n - 1]);
  emit_jump_any(end);
  bind(cleanup);
  emit(Op::SWAP, 2);
  emit(Op::POP_TOP);
  bind(end);
}

// Locations follow CPython 3.11: a jump on a plain value sits at the
// enclosing statement's span; a comparison moves the current location to
// itself and leaves it there, so what the statement emits next (an assert's
// AssertionError and raise) points at the failed comparison.
void Compiler::jump_if(const Expr* e, int label, bool cond) {
  switch (e->kind) {
    case ExprKind::UnaryOp:
      if (e->unop == UnaryOpKind::Not) {
        jump_if(e->value, label, !cond);
        return;
      }
      break;
    case ExprKind::BoolOp: {
      bool cond2 = e->boolop == BoolOpKind::Or;
      int next2 = label;
      if (cond2 != cond) next2 = new_label();
      size_t n = e->elts.size();
      for (size_t i = 0; i + 1 < n; i++) jump_if(e->elts[i], next2, cond2);
      jump_if(e->elts[n - 1], label, cond);
      if (next2 != label) bind(next2);
      return;
    }
    case ExprKind::IfExp: {
      int end = new_label(), next2 = new_label();
      jump_if(e->test, next2, false);
      jump_if(e->body, label, cond);
      emit_jump_any(end);
      bind(next2);
      jump_if(e->orelse, label, cond);
      bind(end);
      return;
    }
    case ExprKind::Compare: {
      size_t n = e->ops.size();
      set_loc(e->loc);
      if (n > 1) {
        for (size_t i = 0; i < n; i++) check_is_operands(i ? e->elts[i - 1] : e->left, e->ops[i], e->elts[i]);
        int cleanup = new_label(), end = new_label();
        visit_expr(e->left);
        for (size_t i = 0; i + 1 < n; i++) {
          visit_expr(e->elts[i]);
          emit(Op::SWAP, 2);
          emit(Op::COPY, 2);
          emit_compare_op(e->ops[i]);
          emit_jump(Op::POP_JUMP_IF_FALSE, cleanup);
        }
        visit_expr(e->elts[n - 1]);
        emit_compare_op(e->ops[n - 1]);
        emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
        emit_jump_any(end);
        bind(cleanup);
        emit(Op::POP_TOP);
        if (!cond) emit_jump_any(label);
        bind(end);
        return;
      }
      visit_expr(e);
      emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
      return;
    }
    default: break;
  }
  visit_expr(e);
  emit_jump(cond ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
}

// ---------------------------------------------------------------- calls
void Compiler::check_keywords(const std::vector<Keyword>& kws) {
  std::set<std::string> seen;
  for (auto& k : kws) {
    if (k.arg.empty()) continue;
    if (!seen.insert(k.arg).second) error("keyword argument repeated: " + k.arg, k.loc);
  }
}

static bool has_star_args(const std::vector<Expr*>& args, const std::vector<Keyword>& kws) {
  for (auto* a : args) if (a->kind == ExprKind::Starred) return true;
  for (auto& k : kws) if (k.arg.empty()) return true;
  return false;
}

bool Compiler::compile_method_call(const Expr* e) {
  const Expr* f = e->func;
  if (f->kind != ExprKind::Attribute || f->ctx != ExprCtx::Load) return false;
  if (has_star_args(e->elts, e->keywords)) return false;
  if (e->elts.size() + e->keywords.size() >= kStackUseGuideline) return false;
  visit_expr(f->value);
  set_loc(f->loc);
  emit(Op::LOAD_METHOD, uint32_t(add_name(mangle(f->id))));
  for (auto* a : e->elts) visit_expr(a);
  for (auto& k : e->keywords) visit_expr(k.value);
  set_loc(e->loc);
  if (!e->keywords.empty()) {
    TupleObject* t = tuple_new(ts_, int64_t(e->keywords.size()));
    if (!t) pending_error();
    Ref tr(Value::from_obj(t));
    for (size_t i = 0; i < e->keywords.size(); i++) t->items[i] = make_str(e->keywords[i].arg);
    emit(Op::KW_NAMES, uint32_t(add_const(tr.release())));
  }
  emit(Op::CALL, uint32_t(e->elts.size() + e->keywords.size()));
  return true;
}

void Compiler::compile_call(const Expr* e) {
  check_caller(e->func);
  check_keywords(e->keywords);
  if (compile_method_call(e)) return;
  if (e->func->kind == ExprKind::Name) {
    set_loc(e->func->loc);
    load_global_for_call(e->func->id);
  } else {
    emit(Op::PUSH_NULL);
    visit_expr(e->func);
  }
  call_helper(0, e->elts, e->keywords, e->loc);
}

void Compiler::call_helper(int n, const std::vector<Expr*>& args, const std::vector<Keyword>& keywords,
                           const Loc& loc) {
  if (!has_star_args(args, keywords) && args.size() + keywords.size() + size_t(n) < kStackUseGuideline * 8) {
    for (auto* a : args) visit_expr(a);
    for (auto& k : keywords) visit_expr(k.value);
    set_loc(loc);
    if (!keywords.empty()) {
      TupleObject* t = tuple_new(ts_, int64_t(keywords.size()));
      if (!t) pending_error();
      Ref tr(Value::from_obj(t));
      for (size_t i = 0; i < keywords.size(); i++) t->items[i] = make_str(keywords[i].arg);
      emit(Op::KW_NAMES, uint32_t(add_const(tr.release())));
    }
    emit(Op::CALL, uint32_t(size_t(n) + args.size() + keywords.size()));
    return;
  }
  // CALL_FUNCTION_EX: positional arguments as a tuple, keywords as a dict.
  if (n == 0 && args.size() == 1 && args[0]->kind == ExprKind::Starred) {
    visit_expr(args[0]->value);
  } else {
    starunpack(args, n, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true);
  }
  size_t nkw = keywords.size();
  if (nkw) {
    bool have_dict = false;
    size_t nseen = 0;
    auto subkwargs = [&](size_t begin, size_t end) {
      size_t cnt = end - begin;
      if (cnt > 1) {
        TupleObject* t = tuple_new(ts_, int64_t(cnt));
        if (!t) pending_error();
        Ref tr(Value::from_obj(t));
        for (size_t i = begin; i < end; i++) t->items[i - begin] = make_str(keywords[i].arg);
        for (size_t i = begin; i < end; i++) visit_expr(keywords[i].value);
        load_const(tr.release());
        emit(Op::BUILD_CONST_KEY_MAP, uint32_t(cnt));
      } else {
        for (size_t i = begin; i < end; i++) {
          load_const(make_str(keywords[i].arg));
          visit_expr(keywords[i].value);
        }
        emit(Op::BUILD_MAP, uint32_t(cnt));
      }
    };
    for (size_t i = 0; i < nkw; i++) {
      const Keyword& kw = keywords[i];
      if (kw.arg.empty()) {
        if (nseen) {
          subkwargs(i - nseen, i);
          if (have_dict) emit(Op::DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          emit(Op::BUILD_MAP, 0);
          have_dict = true;
        }
        visit_expr(kw.value);
        emit(Op::DICT_MERGE, 1);
      } else {
        nseen++;
      }
    }
    if (nseen) {
      subkwargs(nkw - nseen, nkw);
      if (have_dict) emit(Op::DICT_MERGE, 1);
    }
  }
  set_loc(loc);
  emit(Op::CALL_FUNCTION_EX, nkw > 0 ? 1 : 0);
}

// ---------------------------------------------------------------- displays
void Compiler::starunpack(const std::vector<Expr*>& elts, int pushed, Op build, Op add, Op extend,
                          bool to_tuple) {
  size_t n = elts.size();
  // Displays of three or more constants load one constant (as CPython does):
  // a tuple, or a list/set extended from a tuple/frozenset constant. For sets
  // this also reproduces CPython's element order (the frozenset is rebuilt
  // from its own iteration order when constants are merged).
  if (pushed == 0 && n > 2) {
    std::vector<Ref> items;
    for (auto* x : elts) {
      Value c = x->kind == ExprKind::Starred ? Value() : constant_value(x);
      if (!c) break;
      items.emplace_back(c);
    }
    if (items.size() == n) {
      TupleObject* t = tuple_new(ts_, int64_t(n));
      if (!t) pending_error();
      for (size_t i = 0; i < n; i++) t->items[i] = items[i].release();
      Value folded = Value::from_obj(t);
      if (to_tuple) {
        load_const(folded);
        return;
      }
      if (add == Op::SET_ADD) {
        SetObject* fs1 = frozenset_new(ts_, folded);
        decref(folded);
        if (!fs1) pending_error();
        // Rebuilt from a tuple of its items (frozenset(fs1) would return fs1 itself).
        Value items1 = sequence_to_tuple(ts_, Value::from_obj(fs1));
        decref(fs1);
        if (!items1) pending_error();
        SetObject* fs2 = frozenset_new(ts_, items1);
        decref(items1);
        if (!fs2) pending_error();
        folded = Value::from_obj(fs2);
      }
      emit(build, 0);
      load_const(folded);
      emit(extend, 1);
      return;
    }
  }
  bool big = n + size_t(pushed) > kStackUseGuideline;
  bool seen_star = false;
  for (auto* x : elts) if (x->kind == ExprKind::Starred) seen_star = true;
  if (!seen_star && !big) {
    for (auto* x : elts) visit_expr(x);
    emit(to_tuple ? Op::BUILD_TUPLE : build, uint32_t(n + size_t(pushed)));
    return;
  }
  bool built = false;
  if (big) {
    emit(build, uint32_t(pushed));
    built = true;
  }
  for (size_t i = 0; i < n; i++) {
    const Expr* x = elts[i];
    if (x->kind == ExprKind::Starred) {
      if (!built) {
        emit(build, uint32_t(i + size_t(pushed)));
        built = true;
      }
      visit_expr(x->value);
      emit(extend, 1);
    } else {
      visit_expr(x);
      if (built) emit(add, 1);
    }
  }
  if (!built) emit(build, uint32_t(n + size_t(pushed)));
  if (to_tuple) emit(Op::LIST_TO_TUPLE);
}

void Compiler::compile_dict(const Expr* e) {
  size_t n = e->elts.size();
  bool have_dict = false;
  size_t elements = 0;
  auto subdict = [&](size_t begin, size_t end) {
    size_t cnt = end - begin;
    if (cnt > 1) {
      std::vector<Ref> keys;
      bool all_const = true;
      for (size_t i = begin; i < end; i++) {
        Value k = constant_value(e->keys[i]);
        if (!k) { all_const = false; break; }
        keys.emplace_back(k);
      }
      if (all_const) {
        for (size_t i = begin; i < end; i++) visit_expr(e->elts[i]);
        TupleObject* t = tuple_new(ts_, int64_t(cnt));
        if (!t) pending_error();
        for (size_t i = 0; i < cnt; i++) t->items[i] = keys[i].release();
        load_const(Value::from_obj(t));
        emit(Op::BUILD_CONST_KEY_MAP, uint32_t(cnt));
        return;
      }
    }
    for (size_t i = begin; i < end; i++) {
      visit_expr(e->keys[i]);
      visit_expr(e->elts[i]);
    }
    emit(Op::BUILD_MAP, uint32_t(cnt));
  };
  for (size_t i = 0; i < n; i++) {
    bool unpacking = e->keys[i] == nullptr;
    if (unpacking) {
      if (elements) {
        subdict(i - elements, i);
        if (have_dict) emit(Op::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        emit(Op::BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(e->elts[i]);
      emit(Op::DICT_UPDATE, 1);
    } else if (elements * 2 > kStackUseGuideline) {
      subdict(i - elements, i + 1);
      if (have_dict) emit(Op::DICT_UPDATE, 1);
      have_dict = true;
      elements = 0;
    } else {
      elements++;
    }
  }
  if (elements) {
    subdict(n - elements, n);
    if (have_dict) emit(Op::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) emit(Op::BUILD_MAP, 0);
}

// ---------------------------------------------------------------- f-strings
void Compiler::compile_joined_str(const Expr* e) {
  for (auto* v : e->elts) visit_expr(v);
  if (e->elts.size() != 1) emit(Op::BUILD_STRING, uint32_t(e->elts.size()));
}

void Compiler::compile_formatted_value(const Expr* e) {
  visit_expr(e->value);
  uint32_t arg = 0;
  switch (e->conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0; break;
  }
  if (e->format_spec) {
    visit_expr(e->format_spec);
    arg |= 4;
  }
  set_loc(e->loc);
  emit(Op::FORMAT_VALUE, arg);
}

// ---------------------------------------------------------------- yield from / await
// SEND loop (CPython 3.12 layout, which matches opcodes.h): a throw() into the
// suspended frame raises at YIELD_VALUE, whose handler CLEANUP_THROW turns a
// StopIteration from the sub-iterator into the loop's result.
void Compiler::compile_yield_from_loop(bool await) {
  (void)await;
  int send = new_label(), fail = new_label(), exit = new_label();
  bind(send);
  emit_jump(Op::SEND, exit);
  push_handler(fail, false);
  emit(Op::YIELD_VALUE, 1);
  pop_handler();
  emit_jump(Op::JUMP_BACKWARD_NO_INTERRUPT, send);
  bind(fail);
  emit(Op::CLEANUP_THROW);
  bind(exit);
}

// ---------------------------------------------------------------- comprehensions
enum CompType { kGen = 0, kList = 1, kSet = 2, kDict = 3 };

void Compiler::compile_comprehension(const Expr* e) {
  int kind = e->kind == ExprKind::GeneratorExp ? kGen
             : e->kind == ExprKind::ListComp   ? kList
             : e->kind == ExprKind::SetComp    ? kSet
                                               : kDict;
  static constexpr const char* kNames[] = {"<genexpr>", "<listcomp>", "<setcomp>", "<dictcomp>"};
  ScopeType parent_scope = u_->scope;
  bool parent_tla = top_level_await();
  const Comprehension& outermost = e->generators[0];
  enter_scope(kNames[kind], ScopeType::Comprehension, e, e->loc.line);
  set_loc(e->loc);
  u_->argcount = 1;
  bool is_async = u_->ste->is_coroutine;
  if (is_async && kind != kGen && parent_scope != ScopeType::AsyncFunction &&
      parent_scope != ScopeType::Comprehension && !parent_tla)
    error("asynchronous comprehension outside of an asynchronous function", e->loc);
  if (kind == kList) emit(Op::BUILD_LIST, 0);
  else if (kind == kSet) emit(Op::BUILD_SET, 0);
  else if (kind == kDict) emit(Op::BUILD_MAP, 0);
  comprehension_generator(e, 0, 0, kind);
  // The return runs on the line the loop's back jump has (the last `if`
  // test's, when there is one), as CPython 3.11's line propagation gives it.
  if (kind == kGen) load_none();
  emit(Op::RETURN_VALUE);
  Value code = exit_scope();
  // With top-level await, an async comprehension (a generator expression
  // too) makes the module code a coroutine, as CPython 3.11's compiler does.
  if (parent_tla && is_async) u_->ste->is_coroutine = true;
  set_loc(e->loc);
  emit(Op::PUSH_NULL);
  make_closure(code, 0, e->loc);
  visit_expr(outermost.iter);
  set_loc(e->loc);
  emit(outermost.is_async ? Op::GET_AITER : Op::GET_ITER);
  emit(Op::CALL, 1);
  if (is_async && kind != kGen) {
    emit(Op::GET_AWAITABLE, 0);
    load_none();
    compile_yield_from_loop(true);
  }
}

void Compiler::comprehension_element(const Expr* e, int depth, int kind) {
  switch (kind) {
    case kGen:
      visit_expr(e->elt);
      if (u_->ste->is_coroutine) emit(Op::ASYNC_GEN_WRAP);
      emit(Op::YIELD_VALUE, 0);
      emit(Op::POP_TOP);
      break;
    case kList: visit_expr(e->elt); emit(Op::LIST_APPEND, uint32_t(depth + 1)); break;
    case kSet: visit_expr(e->elt); emit(Op::SET_ADD, uint32_t(depth + 1)); break;
    case kDict:
      visit_expr(e->elt);
      visit_expr(e->value);
      emit(Op::MAP_ADD, uint32_t(depth + 1));
      break;
  }
}

void Compiler::comprehension_generator(const Expr* e, size_t gen_index, int depth, int kind) {
  const Comprehension& gen = e->generators[gen_index];
  if (gen.is_async) {
    async_comprehension_generator(e, gen_index, depth, kind);
    return;
  }
  int start = new_label(), if_cleanup = new_label(), anchor = new_label();
  if (gen_index == 0) {
    emit(Op::LOAD_FAST, 0);
  } else {
    visit_expr(gen.iter);
    set_loc(e->loc);
    emit(Op::GET_ITER);
  }
  set_loc(e->loc);
  depth++;
  bind(start);
  emit_jump(Op::FOR_ITER, anchor);
  store_target(gen.target);
  for (auto* c : gen.ifs) jump_if(c, if_cleanup, false);
  if (gen_index + 1 < e->generators.size()) comprehension_generator(e, gen_index + 1, depth, kind);
  else comprehension_element(e, depth, kind);
  bind(if_cleanup);
  emit_jump_any(start);
  bind(anchor);
}

void Compiler::async_comprehension_generator(const Expr* e, size_t gen_index, int depth, int kind) {
  const Comprehension& gen = e->generators[gen_index];
  int start = new_label(), except = new_label(), if_cleanup = new_label();
  if (gen_index == 0) {
    emit(Op::LOAD_FAST, 0);
  } else {
    visit_expr(gen.iter);
    set_loc(e->loc);
    emit(Op::GET_AITER);
  }
  bind(start);
  push_fblock(FBlockType::AsyncComprehensionGenerator, start, -1);
  push_handler(except, false);
  emit(Op::GET_ANEXT);
  load_none();
  compile_yield_from_loop(true);
  pop_handler();
  store_target(gen.target);
  depth++;
  for (auto* c : gen.ifs) jump_if(c, if_cleanup, false);
  if (gen_index + 1 < e->generators.size()) comprehension_generator(e, gen_index + 1, depth, kind);
  else comprehension_element(e, depth, kind);
  bind(if_cleanup);
  emit_jump_any(start);
  pop_fblock();
  bind(except);
  emit(Op::END_ASYNC_FOR);
}

}  // namespace minipy::compiler
