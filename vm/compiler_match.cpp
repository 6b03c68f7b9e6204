// vm/compiler_match.cpp — the `match` statement (CPython 3.11's pattern
// compiler): each pattern consumes the subject on top of the stack and leaves
// its captures there; failures jump to `fail_pop[n]` blocks that pop the n
// items accumulated so far. Captured names are stored only after the whole
// pattern matched.
#include <algorithm>

#include "vm/compiler.h"

namespace minipy::compiler {

static bool is_wildcard(const Pattern* p) {
  return p->kind == PatternKind::MatchAs && !p->pattern && p->name.empty();
}
static bool is_star_wildcard(const Pattern* p) {
  return p->kind == PatternKind::MatchStar && p->name.empty();
}

void Compiler::pattern_rotate(int count) {
  while (1 < count) emit(Op::SWAP, uint32_t(count--));
}

void Compiler::ensure_fail_pop(PatternContext& pc, int n) {
  while (int(pc.fail_pop.size()) < n + 1) pc.fail_pop.push_back(new_label());
}

void Compiler::jump_to_fail_pop(PatternContext& pc, int op) {
  int pops = pc.on_top + int(pc.stores.size());
  ensure_fail_pop(pc, pops);
  emit_raw(op, 0, pc.fail_pop[size_t(pops)]);
}

void Compiler::emit_and_reset_fail_pop(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (size_t i = pc.fail_pop.size() - 1; i >= 1; i--) {
    bind(pc.fail_pop[i]);
    emit(Op::POP_TOP);
  }
  bind(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

void Compiler::pattern_helper_store_name(const std::string& name, PatternContext& pc, const Loc& loc) {
  if (name.empty()) {
    emit(Op::POP_TOP);
    return;
  }
  if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
    error("multiple assignments to name '" + name + "' in pattern", loc);
  pattern_rotate(pc.on_top + int(pc.stores.size()) + 1);
  pc.stores.push_back(name);
}

void Compiler::pattern_subpattern(const Pattern* p, PatternContext& pc) {
  bool saved = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  compile_pattern(p, pc);
  pc.allow_irrefutable = saved;
}

void Compiler::compile_pattern(const Pattern* p, PatternContext& pc) {
  // Like CPython 3.11 the location is not restored afterwards: what follows
  // (the captured names' stores) runs on the last sub-pattern's line.
  set_loc(p->loc);
  switch (p->kind) {
    case PatternKind::MatchValue: pattern_value(p, pc); break;
    case PatternKind::MatchSingleton:
      load_const(literal(p->value));
      emit(Op::IS_OP, 0);
      jump_to_fail_pop(pc, int(Op::POP_JUMP_IF_FALSE));
      break;
    case PatternKind::MatchSequence: pattern_sequence(p, pc); break;
    case PatternKind::MatchMapping: pattern_mapping(p, pc); break;
    case PatternKind::MatchClass: pattern_class(p, pc); break;
    case PatternKind::MatchStar: pattern_star(p, pc); break;
    case PatternKind::MatchAs: pattern_as(p, pc); break;
    case PatternKind::MatchOr: pattern_or(p, pc); break;
  }
}

static bool is_match_value_expr(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Constant: case ExprKind::Attribute: return true;
    case ExprKind::UnaryOp: return e->unop == UnaryOpKind::USub && e->value->kind == ExprKind::Constant;
    case ExprKind::BinOp:
      return (e->binop == BinOpKind::Add || e->binop == BinOpKind::Sub) && is_match_value_expr(e->left) &&
             e->right->kind == ExprKind::Constant && e->right->ckind == ConstKind::Imag;
    default: return false;
  }
}

void Compiler::pattern_value(const Pattern* p, PatternContext& pc) {
  if (!is_match_value_expr(p->value)) error("patterns may only match literals and attribute lookups", p->loc);
  visit_expr(p->value);
  emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq));
  jump_to_fail_pop(pc, int(Op::POP_JUMP_IF_FALSE));
}

void Compiler::pattern_as(const Pattern* p, PatternContext& pc) {
  if (!p->pattern) {
    if (!pc.allow_irrefutable) {
      if (!p->name.empty()) error("name capture '" + p->name + "' makes remaining patterns unreachable", p->loc);
      error("wildcard makes remaining patterns unreachable", p->loc);
    }
    pattern_helper_store_name(p->name, pc, p->loc);
    return;
  }
  pc.on_top++;
  emit(Op::COPY, 1);
  compile_pattern(p->pattern, pc);
  pc.on_top--;
  pattern_helper_store_name(p->name, pc, p->loc);
}

void Compiler::pattern_star(const Pattern* p, PatternContext& pc) { pattern_helper_store_name(p->name, pc, p->loc); }

void Compiler::pattern_sequence_unpack(const std::vector<Pattern*>& pats, int star, PatternContext& pc) {
  size_t size = pats.size();
  if (star >= 0) {
    size_t after = size - size_t(star) - 1;
    if (star >= (1 << 8) || after >= (kMaxArg >> 8))
      error("too many expressions in star-unpacking sequence pattern", pats[0]->loc);
    emit(Op::UNPACK_EX, uint32_t(size_t(star) + (after << 8)));
  } else {
    emit(Op::UNPACK_SEQUENCE, uint32_t(size));
  }
  pc.on_top += int(size);
  for (size_t i = 0; i < size; i++) {
    pc.on_top--;
    pattern_subpattern(pats[i], pc);
  }
}

void Compiler::pattern_sequence_subscr(const std::vector<Pattern*>& pats, int star, PatternContext& pc) {
  pc.on_top++;
  size_t size = pats.size();
  for (size_t i = 0; i < size; i++) {
    const Pattern* q = pats[i];
    if (is_wildcard(q)) continue;
    if (int(i) == star) continue;
    emit(Op::COPY, 1);
    if (int(i) < star) {
      load_const(Value::small_int(int64_t(i)));
    } else {
      emit(Op::GET_LEN);
      load_const(Value::small_int(int64_t(size - i)));
      emit(Op::BINARY_OP, uint32_t(BinOp::Sub));
    }
    emit(Op::BINARY_SUBSCR);
    pattern_subpattern(q, pc);
  }
  pc.on_top--;
  emit(Op::POP_TOP);
}

void Compiler::pattern_sequence(const Pattern* p, PatternContext& pc) {
  const auto& pats = p->patterns;
  size_t size = pats.size();
  int star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (size_t i = 0; i < size; i++) {
    const Pattern* q = pats[i];
    if (q->kind == PatternKind::MatchStar) {
      if (star >= 0) error("multiple starred names in sequence pattern", p->loc);
      star_wildcard = is_star_wildcard(q);
      only_wildcard = only_wildcard && star_wildcard;
      star = int(i);
      continue;
    }
    only_wildcard = only_wildcard && is_wildcard(q);
  }
  pc.on_top++;
  emit(Op::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, int(Op::POP_JUMP_IF_FALSE));
  if (star < 0) {
    emit(Op::GET_LEN);
    load_const(Value::small_int(int64_t(size)));
    emit(Op::COMPARE_OP, uint32_t(CmpOp::Eq));
    jump_to_fail_pop(pc, int(Op::POP_JUMP_IF_FALSE));
  } else if (size - 1 > 0) {
    emit(Op::GET_LEN);
    load_const(Value::small_int(int64_t(size - 1)));
    emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge));
    jump_to_fail_pop(pc, int(Op::POP_JUMP_IF_FALSE));
  }
  pc.on_top--;
  if (only_wildcard) emit(Op::POP_TOP);
  else if (star_wildcard) pattern_sequence_subscr(pats, star, pc);
  else pattern_sequence_unpack(pats, star, pc);
}

void Compiler::pattern_mapping(const Pattern* p, PatternContext& pc) {
  const auto& keys = p->keys;
  const auto& pats = p->patterns;
  size_t size = keys.size();
  if (size != pats.size()) error("keys / patterns length mismatch in mapping pattern", p->loc);
  bool star_target = !p->name.empty();
  pc.on_top++;
  emit(Op::MATCH_MAPPING);
  jump_to_fail_pop(pc, int(Op::POP_JUMP_IF_FALSE));
  if (!size && !star_target) {
    pc.on_top--;
    emit(Op::POP_TOP);
    return;
  }
  if (size) {
    emit(Op::GET_LEN);
    load_const(Value::small_int(int64_t(size)));
    emit(Op::COMPARE_OP, uint32_t(CmpOp::Ge));
    jump_to_fail_pop(pc, int(Op::POP_JUMP_IF_FALSE));
  }
  SetObject* seen = set_new(ts_);
  if (!seen) pending_error();
  Ref seen_ref(Value::from_obj(seen));
  for (size_t i = 0; i < size; i++) {
    const Expr* key = keys[i];
    if (!key) error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)", p->loc);
    if (key->kind == ExprKind::Attribute) {
      // Attribute keys are not checked for duplicates.
    } else if (is_match_value_expr(key)) {
      if (Value kv = constant_value(key)) {
        Ref k(kv);
        int in_seen = set_contains(ts_, seen, kv);
        if (in_seen < 0) pending_error();
        if (in_seen) {
          Ref r(repr(ts_, kv));
          if (!r) pending_error();
          error("mapping pattern checks duplicate key (" + std::string(str_view(r.get())) + ")", p->loc);
        }
        if (!set_add(ts_, seen, kv)) pending_error();
      }
    } else {
      error("mapping pattern keys may only match literals and attribute lookups", key->loc);
    }
    visit_expr(key);
  }
  emit(Op::BUILD_TUPLE, uint32_t(size));
  emit(Op::MATCH_KEYS);
  pc.on_top += 2;
  emit(Op::COPY, 1);
  load_none();
  emit(Op::IS_OP, 1);
  jump_to_fail_pop(pc, int(Op::POP_JUMP_IF_FALSE));
  emit(Op::UNPACK_SEQUENCE, uint32_t(size));
  pc.on_top += int(size) - 1;
  for (size_t i = 0; i < size; i++) {
    pc.on_top--;
    pattern_subpattern(pats[i], pc);
  }
  pc.on_top -= 2;
  if (star_target) {
    emit(Op::BUILD_MAP, 0);
    emit(Op::SWAP, 3);
    emit(Op::DICT_UPDATE, 2);
    emit(Op::UNPACK_SEQUENCE, uint32_t(size));
    size_t k = size;
    while (k) {
      emit(Op::COPY, uint32_t(1 + k--));
      emit(Op::SWAP, 2);
      emit(Op::DELETE_SUBSCR);
    }
    pattern_helper_store_name(p->name, pc, p->loc);
  } else {
    emit(Op::POP_TOP);
    emit(Op::POP_TOP);
  }
}

void Compiler::pattern_class(const Pattern* p, PatternContext& pc) {
  const auto& pats = p->patterns;
  const auto& attrs = p->kwd_attrs;
  const auto& kwpats = p->kwd_patterns;
  size_t nargs = pats.size(), nattrs = attrs.size();
  if (nattrs != kwpats.size()) error("kwd_attrs / kwd_patterns length mismatch in class pattern", p->loc);
  for (size_t i = 0; i < nattrs; i++)
    for (size_t j = i + 1; j < nattrs; j++)
      if (attrs[i] == attrs[j]) error("attribute name repeated in class pattern: " + attrs[j], kwpats[j]->loc);
  visit_expr(p->cls);
  TupleObject* names = tuple_new(ts_, int64_t(nattrs));
  if (!names) pending_error();
  Ref nref(Value::from_obj(names));
  for (size_t i = 0; i < nattrs; i++) names->items[i] = make_str(attrs[i]);
  load_const(nref.release());
  emit(Op::MATCH_CLASS, uint32_t(nargs));
  emit(Op::COPY, 1);
  load_none();
  emit(Op::IS_OP, 1);
  pc.on_top++;
  jump_to_fail_pop(pc, int(Op::POP_JUMP_IF_FALSE));
  emit(Op::UNPACK_SEQUENCE, uint32_t(nargs + nattrs));
  pc.on_top += int(nargs + nattrs) - 1;
  for (size_t i = 0; i < nargs + nattrs; i++) {
    pc.on_top--;
    const Pattern* q = i < nargs ? pats[i] : kwpats[i - nargs];
    if (is_wildcard(q)) {
      emit(Op::POP_TOP);
      continue;
    }
    pattern_subpattern(q, pc);
  }
}

void Compiler::pattern_or(const Pattern* p, PatternContext& pc) {
  int end = new_label();
  size_t size = p->patterns.size();
  PatternContext old_pc = pc;
  std::vector<std::string> control;
  bool have_control = false;
  for (size_t i = 0; i < size; i++) {
    const Pattern* alt = p->patterns[i];
    set_loc(alt->loc);
    pc.stores.clear();
    pc.allow_irrefutable = (i == size - 1) && old_pc.allow_irrefutable;
    pc.fail_pop.clear();
    pc.on_top = 0;
    emit(Op::COPY, 1);
    compile_pattern(alt, pc);
    size_t nstores = pc.stores.size();
    if (!have_control) {
      control = pc.stores;
      have_control = true;
    } else if (nstores != control.size()) {
      error("alternative patterns bind different names", alt->loc);
    } else if (nstores) {
      for (size_t icontrol = nstores; icontrol-- > 0;) {
        const std::string& name = control[icontrol];
        auto it = std::find(pc.stores.begin(), pc.stores.end(), name);
        if (it == pc.stores.end()) error("alternative patterns bind different names", alt->loc);
        size_t istores = size_t(it - pc.stores.begin());
        if (icontrol != istores) {
          size_t rotations = istores + 1;
          std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + long(rotations));
          pc.stores.erase(pc.stores.begin(), pc.stores.begin() + long(rotations));
          pc.stores.insert(pc.stores.begin() + long(icontrol - istores), rotated.begin(), rotated.end());
          while (rotations--) pattern_rotate(int(icontrol) + 1);
        }
      }
    }
    emit_jump_any(end);
    emit_and_reset_fail_pop(pc);
  }
  pc = old_pc;
  emit(Op::POP_TOP);
  jump_to_fail_pop(pc, kOpJump);
  bind(end);
  size_t nstores = control.size();
  int nrots = int(nstores) + 1 + pc.on_top + int(pc.stores.size());
  for (size_t i = 0; i < nstores; i++) {
    pattern_rotate(nrots);
    const std::string& name = control[i];
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
      error("multiple assignments to name '" + name + "' in pattern", p->loc);
    pc.stores.push_back(name);
  }
  emit(Op::POP_TOP);
}

void Compiler::compile_match(const Stmt* s) {
  visit_expr(s->subject);
  int end = new_label();
  size_t cases = s->cases.size();
  const MatchCase* last = &s->cases[cases - 1];
  bool has_default = is_wildcard(last->pattern) && 1 < cases;
  for (size_t i = 0; i < cases - (has_default ? 1 : 0); i++) {
    const MatchCase& m = s->cases[i];
    set_loc(m.pattern->loc);
    bool keep_subject = i != cases - (has_default ? 1 : 0) - 1;
    if (keep_subject) emit(Op::COPY, 1);
    PatternContext pc;
    pc.allow_irrefutable = m.guard != nullptr || i == cases - 1;
    compile_pattern(m.pattern, pc);
    for (auto& name : pc.stores) nameop(name, NameCtx::Store);
    if (m.guard) {
      ensure_fail_pop(pc, 0);
      jump_if(m.guard, pc.fail_pop[0], false);
    }
    if (keep_subject) emit(Op::POP_TOP);
    visit_stmts(m.body);
    no_loc();
    emit_jump_any(end);
    set_loc(m.pattern->loc);
    emit_and_reset_fail_pop(pc);
  }
  if (has_default) {
    set_loc(last->pattern->loc);
    if (cases == 1) emit(Op::POP_TOP);
    else emit(Op::NOP);
    if (last->guard) jump_if(last->guard, end, false);
    visit_stmts(last->body);
  }
  bind(end);
}

}  // namespace minipy::compiler
