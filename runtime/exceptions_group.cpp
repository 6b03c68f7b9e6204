// runtime/exceptions_group.cpp — BaseExceptionGroup / ExceptionGroup (PEP 654):
// construction rules, str, derive, split and subgroup, as in CPython 3.11.
// The type objects themselves are built by exceptions.cpp from exc_table.h.
#include "runtime/exceptions_internal.h"

namespace minipy {

static TypeObject* T(ThreadState* ts, Exc e) { return exc_type(ts, e); }

Value exception_group_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  if (kw && kw->size) return raise(ts, Exc::TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
  if (nargs != 2)
    return raisef(ts, Exc::TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
  Value message = args[0], excs_in = args[1];
  if (!is_str(ts, message))
    return raisef(ts, Exc::TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", type_name(ts, message));
  // A sequence: anything with __getitem__ and __len__ that is not a dict/set/str.
  TypeObject* et = type_of(ts, excs_in);
  bool is_seq = is_list(ts, excs_in) || is_tuple(ts, excs_in) ||
                (!is_dict(ts, excs_in) && !is_set_or_frozenset(ts, excs_in) && et->slots.getitem && et->slots.len);
  if (!is_seq) return raise(ts, Exc::TypeError, "second argument (exceptions) must be a sequence");
  Ref excs(sequence_to_tuple(ts, excs_in));
  if (!excs) return Value();
  int64_t n = tuple_size(excs.get());
  if (n == 0) return raise(ts, Exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  TypeObject* exception = T(ts, Exc::Exception);
  for (int64_t i = 0; i < n; i++) {
    Value e = tuple_item(excs.get(), i);
    if (!is_exception_instance(ts, e))
      return raisef(ts, Exc::ValueError, "Item %lld of second argument (exceptions) is not an exception",
                    (long long)i);
    if (!is_subtype(type_of(ts, e), exception)) nested_base = true;
  }
  TypeObject* base_group = T(ts, Exc::BaseExceptionGroup);
  TypeObject* group = T(ts, Exc::ExceptionGroup);
  if (type == base_group) {
    if (!nested_base) type = group;
  } else if (type == group) {
    if (nested_base) return raise(ts, Exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nested_base && is_subtype(type, exception)) {
    return raisef(ts, Exc::TypeError, "Cannot nest BaseExceptions in '%s'",
                  std::string(type->name->view()).c_str());
  }
  Value self = exc_base_new(ts, type, args, nargs, kw);
  if (!self) return Value();
  auto* g = self.as<ExceptionGroupObject>();
  exc_set_field(&g->msg, message);
  exc_set_field(&g->excs, excs.get());
  return self;
}

Value exception_group_str(ThreadState* ts, Value self) {
  auto* g = self.as<ExceptionGroupObject>();
  int64_t n = g->excs ? tuple_size(g->excs) : 0;
  Ref m(str(ts, g->msg ? g->msg : ts->interp->empty_str));
  if (!m) return Value();
  std::string out(str_view(m.get()));
  out += strf(" (%lld sub-exception%s)", (long long)n, n > 1 ? "s" : "");
  return str_new(ts, out);
}

Value exception_group_derive(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "derive", kw) || !check_nargs(ts, "derive", nargs, 1, 1)) return Value();
  auto* g = self.as<ExceptionGroupObject>();
  Value cargs[2] = {g->msg ? g->msg : ts->interp->empty_str, args[0]};
  return call(ts, Value::from_obj(T(ts, Exc::BaseExceptionGroup)), cargs, 2);
}

Value exception_group_class_getitem(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return newref(self);  // no typing.GenericAlias yet: BaseExceptionGroup[X] is the class itself
}

namespace {

enum class MatcherKind { Types, Predicate };

struct Matcher {
  MatcherKind kind;
  Value value;
};

bool get_matcher(ThreadState* ts, Value cond, Matcher* m) {
  if (is_callable(ts, cond) && !type_has(type_of(ts, cond), kTypeTypeSubclass) &&
      !is_subtype(type_of(ts, cond), ts->interp->types.type)) {
    *m = {MatcherKind::Predicate, cond};
    return true;
  }
  if (is_exception_class(ts, cond)) {
    *m = {MatcherKind::Types, cond};
    return true;
  }
  if (is_tuple(ts, cond)) {
    bool ok = true;
    for (int64_t i = 0; i < tuple_size(cond); i++)
      if (!is_exception_class(ts, tuple_item(cond, i))) ok = false;
    if (ok) {
      *m = {MatcherKind::Types, cond};
      return true;
    }
  }
  raise(ts, Exc::TypeError, "expected a function, exception type or tuple of exception types");
  return false;
}

int check_match(ThreadState* ts, Value exc, const Matcher& m) {
  if (m.kind == MatcherKind::Types) return isinstance(ts, exc, m.value);
  Ref r(call1(ts, m.value, exc));
  if (!r) return -1;
  return truthy(ts, r.get());
}

bool is_group(ThreadState* ts, Value v) { return is_subtype(type_of(ts, v), T(ts, Exc::BaseExceptionGroup)); }

// derive() a group holding `excs` (a list), copying the original's metadata.
// Sets *out to None when excs is empty.
bool subset(ThreadState* ts, Value orig, ListObject* excs, Value* out) {
  if (excs->size == 0) {
    *out = Value::none();
    return true;
  }
  Ref eg(call_method1(ts, orig, "derive", Value::from_obj(excs)));
  if (!eg) return false;
  if (!is_group(ts, eg.get())) {
    raise(ts, Exc::TypeError, "derive must return an instance of BaseExceptionGroup");
    return false;
  }
  auto* src = orig.as<BaseExceptionObject>();
  auto* dst = eg.as<BaseExceptionObject>();
  exc_set_field(&dst->traceback, src->traceback);
  exc_set_field(&dst->context, src->context);
  exc_set_field(&dst->cause, src->cause);
  if (src->notes) {
    Value copy = sequence_to_list(ts, src->notes);
    if (!copy) return false;
    exc_set_field(&dst->notes, copy);
    decref(copy);
  }
  *out = eg.release();
  return true;
}

// Result values are new references (or None).
bool split_recursive(ThreadState* ts, Value exc, const Matcher& m, bool construct_rest, Value* match,
                     Value* rest) {
  *match = Value::none();
  *rest = Value::none();
  int is_match = check_match(ts, exc, m);
  if (is_match < 0) return false;
  if (is_match) {
    *match = newref(exc);
    return true;
  }
  if (!is_group(ts, exc)) {
    if (construct_rest) *rest = newref(exc);
    return true;
  }
  RecursionGuard guard(ts, " in split");
  if (!guard.ok()) return false;
  Value excs = exc.as<ExceptionGroupObject>()->excs;
  Ref match_list(Value::from_obj(list_new(ts, 0)));
  Ref rest_list(Value::from_obj(list_new(ts, 0)));
  if (!match_list || !rest_list) return false;
  for (int64_t i = 0; excs && i < tuple_size(excs); i++) {
    Value sm, sr;
    if (!split_recursive(ts, tuple_item(excs, i), m, construct_rest, &sm, &sr)) return false;
    Ref a(sm), b(sr);
    if (!sm.is_none() && !list_append(ts, match_list.as<ListObject>(), sm)) return false;
    if (construct_rest && !sr.is_none() && !list_append(ts, rest_list.as<ListObject>(), sr)) return false;
  }
  if (!subset(ts, exc, match_list.as<ListObject>(), match)) return false;
  if (construct_rest && !subset(ts, exc, rest_list.as<ListObject>(), rest)) {
    decref(*match);
    *match = Value::none();
    return false;
  }
  return true;
}

}  // namespace

Value exception_group_split(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "split", kw) || !check_nargs(ts, "split", nargs, 1, 1)) return Value();
  Matcher m;
  if (!get_matcher(ts, args[0], &m)) return Value();
  Value match, rest;
  if (!split_recursive(ts, self, m, true, &match, &rest)) return Value();
  Value t = tuple_pack(ts, {match, rest});
  decref(match);
  decref(rest);
  return t;
}

Value exception_group_subgroup(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "subgroup", kw) || !check_nargs(ts, "subgroup", nargs, 1, 1)) return Value();
  Matcher m;
  if (!get_matcher(ts, args[0], &m)) return Value();
  Value match, rest;
  if (!split_recursive(ts, self, m, false, &match, &rest)) return Value();
  decref(rest);
  return match;
}

bool exception_group_fix_bases(ThreadState* ts) {
  TypeObject* eg = T(ts, Exc::ExceptionGroup);
  TypeObject* beg = T(ts, Exc::BaseExceptionGroup);
  TypeObject* exc = T(ts, Exc::Exception);
  TypeObject* base = T(ts, Exc::BaseException);
  Value bases = tuple_pack(ts, {Value::from_obj(beg), Value::from_obj(exc)});
  if (!bases) return false;
  Value mro = tuple_pack(ts, {Value::from_obj(eg), Value::from_obj(beg), Value::from_obj(exc), Value::from_obj(base),
                              Value::from_obj(ts->interp->types.object_)});
  if (!mro) {
    decref(bases);
    return false;
  }
  TupleObject* old_bases = eg->bases;
  TupleObject* old_mro = eg->mro;
  eg->bases = bases.as<TupleObject>();
  eg->mro = mro.as<TupleObject>();
  xdecref(old_bases);
  xdecref(old_mro);
  return true;
}

}  // namespace minipy
