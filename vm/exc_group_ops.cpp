// vm/exc_group_ops.cpp — the two operations try/except* compiles to:
// CHECK_EG_MATCH (split the active exception by the clause's type) and
// PREP_RERAISE_STAR (merge what the clauses raised or re-raised), with
// CPython 3.11's semantics.
#include <unordered_set>

#include "vm/vm.h"

namespace minipy {

namespace {

bool is_group(ThreadState* ts, Value v) {
  return v.is_obj() && is_subtype(type_of(ts, v), exc_type(ts, Exc::BaseExceptionGroup));
}

Value make_group(ThreadState* ts, Value msg, ListObject* excs) {
  Value args[2] = {msg, Value::from_obj(excs)};
  return call(ts, Value::from_obj(exc_type(ts, Exc::BaseExceptionGroup)), args, 2, nullptr);
}

void collect_leaves(ThreadState* ts, Value e, std::unordered_set<uintptr_t>* out) {
  if (is_group(ts, e)) {
    Value excs = e.as<ExceptionGroupObject>()->excs;
    for (int64_t i = 0; excs && i < tuple_size(excs); ++i) collect_leaves(ts, tuple_item(excs, i), out);
  } else {
    out->insert(e.bits());
  }
}

void copy_metadata(Value from, Value to) {
  auto* f = from.as<BaseExceptionObject>();
  auto* t = to.as<BaseExceptionObject>();
  auto copy = [](Value src, Value* dst) {
    Value old = *dst;
    *dst = newref(src);
    decref(old);
  };
  copy(f->traceback, &t->traceback);
  copy(f->cause, &t->cause);
  copy(f->context, &t->context);
  copy(f->notes, &t->notes);
  t->suppress_context = f->suppress_context;
}

// The part of `eg` whose leaves are in `keep` (None if empty).
Value project(ThreadState* ts, Value eg, const std::unordered_set<uintptr_t>& keep) {
  if (!is_group(ts, eg)) return keep.count(eg.bits()) ? newref(eg) : Value::none();
  Value excs = eg.as<ExceptionGroupObject>()->excs;
  ListObject* kept = list_new(ts);
  Ref kref(Value::from_obj(kept));
  bool all = true;
  for (int64_t i = 0; excs && i < tuple_size(excs); ++i) {
    Value c = tuple_item(excs, i);
    Value p = project(ts, c, keep);
    if (!p) return Value();
    if (p.is_none()) {
      all = false;
      continue;
    }
    if (p != c) all = false;
    list_append(ts, kept, p);
    decref(p);
  }
  if (kept->size == 0) return Value::none();
  if (all) return newref(eg);
  Value derived = call_method1(ts, eg, "derive", Value::from_obj(kept));
  if (!derived) return Value();
  copy_metadata(eg, derived);
  return derived;
}

bool same_metadata(Value a, Value b) {
  auto* x = a.as<BaseExceptionObject>();
  auto* y = b.as<BaseExceptionObject>();
  return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

}  // namespace

bool exception_group_match(ThreadState* ts, Value eg, Value type, Value* match, Value* rest) {
  *match = Value::none();
  *rest = Value::none();
  if (eg.is_none()) return true;
  if (!is_group(ts, eg)) {
    // A naked exception matching an except* clause is wrapped in a group.
    int m;
    if (is_tuple(ts, type)) {
      m = 0;
      for (int64_t i = 0; i < tuple_size(type); ++i)
        if (is_subtype(type_of(ts, eg), tuple_item(type, i).as<TypeObject>())) m = 1;
    } else {
      m = is_subtype(type_of(ts, eg), type.as<TypeObject>());
    }
    if (m) {
      ListObject* l = list_new(ts);
      Ref lref(Value::from_obj(l));
      list_append(ts, l, eg);
      Ref msg(str_new(ts, ""));
      Value g = make_group(ts, msg.get(), l);
      if (!g) return false;
      auto* src = eg.as<BaseExceptionObject>();
      auto* dst = g.as<BaseExceptionObject>();
      decref(dst->traceback);
      dst->traceback = newref(src->traceback);
      *match = g;
    } else {
      *rest = newref(eg);
    }
    if (!match->is_none()) {
      Value old = ts->handled_exc;
      ts->handled_exc = newref(*match);
      decref(old);
    }
    return true;
  }
  Value pair = call_method1(ts, eg, "split", type);
  if (!pair) return false;
  if (!is_tuple(ts, pair) || tuple_size(pair) != 2) {
    decref(pair);
    raise(ts, Exc::TypeError, "ExceptionGroup.split must return a 2-tuple");
    return false;
  }
  *match = newref(tuple_item(pair, 0));
  *rest = newref(tuple_item(pair, 1));
  decref(pair);
  if (!match->is_none()) {
    Value old = ts->handled_exc;
    ts->handled_exc = newref(*match);
    decref(old);
  }
  return true;
}

Value exception_group_prep_reraise(ThreadState* ts, Value orig, Value excs) {
  auto* l = excs.as<ListObject>();
  int64_t numexcs = l->size;
  if (numexcs == 0) return Value::none();
  if (!is_group(ts, orig)) {
    // A naked exception was caught and wrapped: at most one thing was raised.
    for (int64_t i = 0; i < numexcs; ++i)
      if (!l->items[i].is_none()) return newref(l->items[i]);
    return Value::none();
  }
  ListObject* raised = list_new(ts);
  Ref rref(Value::from_obj(raised));
  std::unordered_set<uintptr_t> reraised_leaves;
  for (int64_t i = 0; i < numexcs; ++i) {
    Value e = l->items[i];
    if (e.is_none()) continue;
    if (is_group(ts, e) && same_metadata(e, orig)) {
      collect_leaves(ts, e, &reraised_leaves);
    } else if (!is_group(ts, e) && same_metadata(e, orig)) {
      collect_leaves(ts, e, &reraised_leaves);
    } else {
      list_append(ts, raised, e);
    }
  }
  Value reraised_eg = project(ts, orig, reraised_leaves);
  if (!reraised_eg) return Value();
  if (raised->size == 0) return reraised_eg;
  if (!reraised_eg.is_none()) list_append(ts, raised, reraised_eg);
  decref(reraised_eg);
  if (raised->size == 1) return newref(raised->items[0]);
  Ref msg(str_new(ts, ""));
  return make_group(ts, msg.get(), raised);
}

}  // namespace minipy
