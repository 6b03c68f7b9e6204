// vm/api_object.cpp — minipy::Object (include/minipy/object.h) over the
// runtime's generic operations: reference counting, conversions between C++
// and Python values, the object protocol (attributes, items, calls,
// iteration), and the VM's value entry points (globals, import, eval, exec
// in a namespace) and limits.
// Must not: let a Python exception pass without turning it into minipy::Error,
// or touch objects of a thread that does not hold the GIL.
#include <cstring>

#include "runtime/obmalloc.h"
#include "vm/api_internal.h"
#include "vm/budget.h"
#include "vm/vm.h"

namespace minipy {

ThreadState* api_ts() {
  ThreadState* ts = current_thread_state();
  if (!ts) throw Error("RuntimeError", "no minipy VM is current on this thread (use minipy::ThreadScope)", "");
  return ts;
}

Value api_compile(ThreadState* ts, const std::string& source, const std::string& filename, int mode) {
  ObmallocState* a = ts->interp->obmalloc;
  const bool reserve = a && a->limit && !a->overdraft;
  if (reserve) a->overdraft = true;
  Value code = compile_source(ts, source, filename, CompileMode(mode));
  if (reserve) a->overdraft = false;
  return code;
}

bool api_exec(ThreadState* ts, const std::string& source, DictObject* g) {
  Value code = api_compile(ts, source, "<string>", int(CompileMode::Exec));
  if (!code) return false;
  Value r = run_code(ts, code, g, Value::from_obj(g));
  decref(code);
  if (!r) return false;
  decref(r);
  return true;
}

namespace {

inline Value val(const api::Object& o) { return Value::from_bits(o.bits()); }
inline Value val(uintptr_t b) { return Value::from_bits(b); }
// A new reference as a handle; throws the pending exception when null.
inline api::Object wrap(ThreadState* ts, Value v) {
  if (!v) throw api_make_error(ts);
  return api::Object::steal(v.bits());
}
inline uintptr_t checked(ThreadState* ts, Value v) {
  if (!v) throw api_make_error(ts);
  return v.bits();
}
inline void check(ThreadState* ts, bool ok) {
  if (!ok) throw api_make_error(ts);
}
// A null handle used as a value.
inline Value need(ThreadState* ts, const api::Object& o) {
  if (o.is_null()) throw Error("ValueError", "null minipy::Object used as a value", "");
  return val(o);
}
StrObject* name_of(ThreadState* ts, std::string_view name) { return intern(ts, name); }

}  // namespace

namespace api::detail {

void incref(uintptr_t v) { ++reinterpret_cast<minipy::Object*>(v)->refcnt; }
void decref(uintptr_t v) { minipy::decref(reinterpret_cast<minipy::Object*>(v)); }

void throw_python_error() { throw api_make_error(api_ts()); }
void throw_type_error(const std::string& msg) { throw Error("TypeError", msg, ""); }
void throw_error(const char* type, const std::string& msg) { throw Error(type, msg, ""); }

uintptr_t make_bool(bool b) { return Value::boolean(b).bits(); }
uintptr_t make_int(int64_t i) {
  if (Value::fits_small(i)) return Value::small_int(i).bits();
  ThreadState* ts = api_ts();
  return checked(ts, int_from_i64(ts, i));
}
uintptr_t make_uint(uint64_t i) {
  if (i <= uint64_t(Value::kSmallMax)) return Value::small_int(int64_t(i)).bits();
  ThreadState* ts = api_ts();
  return checked(ts, int_from_u64(ts, i));
}
uintptr_t make_bigint(std::string_view decimal) {
  ThreadState* ts = api_ts();
  return checked(ts, int_from_string(ts, decimal, 10));
}
uintptr_t make_float(double d) {
  ThreadState* ts = api_ts();
  return checked(ts, float_new(ts, d));
}
uintptr_t make_str(std::string_view utf8) {
  ThreadState* ts = api_ts();
  return checked(ts, str_decode_utf8(ts, utf8));   // invalid UTF-8: UnicodeDecodeError, not a broken str
}
uintptr_t make_bytes(std::string_view data) {
  ThreadState* ts = api_ts();
  return checked(ts, bytes_new(ts, data));
}
uintptr_t make_list(size_t n) {
  ThreadState* ts = api_ts();
  ListObject* l = list_new(ts, int64_t(n));
  if (!l) throw api_make_error(ts);
  for (size_t i = 0; i < n; ++i) l->items[i] = Value::none();
  return Value::from_obj(l).bits();
}
void list_put(uintptr_t list, size_t i, uintptr_t item) {
  auto* l = val(list).as<ListObject>();
  Value old = l->items[i];
  l->items[i] = val(item);
  minipy::decref(old);
}
uintptr_t make_dict() {
  ThreadState* ts = api_ts();
  DictObject* d = dict_new(ts);
  if (!d) throw api_make_error(ts);
  return Value::from_obj(d).bits();
}
void dict_put(uintptr_t dict, uintptr_t key, uintptr_t value) {
  ThreadState* ts = api_ts();
  check(ts, dict_set(ts, val(dict).as<DictObject>(), val(key), val(value)));
}
uintptr_t none() { return Value::none().bits(); }

bool load_bool(uintptr_t v, bool* out) {
  Value x = val(v);
  if (!x.is_bool()) return false;
  *out = x.is_true();
  return true;
}
bool load_int(uintptr_t v, int64_t* out) {
  Value x = val(v);
  if (x.is_small_int()) {
    *out = x.as_small_int();
    return true;
  }
  ThreadState* ts = api_ts();
  if (x.is_null() || !is_int(ts, x)) return false;
  check(ts, int_as_i64(ts, x, out));
  return true;
}
bool load_uint(uintptr_t v, uint64_t* out) {
  Value x = val(v);
  ThreadState* ts = api_ts();
  if (x.is_null() || !is_int(ts, x)) return false;
  if (int_sign(ts, x) < 0) throw Error("OverflowError", "can't convert negative int to unsigned", "");
  if (x.is_small_int()) {
    *out = uint64_t(x.as_small_int());
    return true;
  }
  mpz_t z;
  mpz_init(z);
  int_to_mpz(ts, x, z);
  bool fits = mpz_sizeinbase(z, 2) <= 64;
  uint64_t r = 0;
  if (fits) mpz_export(&r, nullptr, -1, sizeof r, 0, 0, z);
  mpz_clear(z);
  if (!fits) throw Error("OverflowError", "Python int too large to convert to C unsigned long", "");
  *out = r;
  return true;
}
bool load_bigint(uintptr_t v, std::string* out) {
  Value x = val(v);
  ThreadState* ts = api_ts();
  if (x.is_null() || !is_int(ts, x)) return false;
  mpz_t z;
  mpz_init(z);
  int_to_mpz(ts, x, z);
  char* s = mpz_get_str(nullptr, 10, z);
  *out = s;
  void (*freefn)(void*, size_t);
  mp_get_memory_functions(nullptr, nullptr, &freefn);
  freefn(s, std::strlen(s) + 1);
  mpz_clear(z);
  return true;
}
bool load_float(uintptr_t v, double* out) {
  Value x = val(v);
  if (x.is_small_int()) {
    *out = double(x.as_small_int());
    return true;
  }
  ThreadState* ts = api_ts();
  if (x.is_null() || x.is_bool() || !(is_float(ts, x) || is_int(ts, x))) return false;
  check(ts, as_double(ts, x, out));
  return true;
}
bool load_str(uintptr_t v, std::string_view* out) {
  Value x = val(v);
  ThreadState* ts = api_ts();
  if (!x.is_obj() || !is_str(ts, x)) return false;
  *out = str_view(x);
  return true;
}
bool load_bytes(uintptr_t v, std::string_view* out) {
  Value x = val(v);
  ThreadState* ts = api_ts();
  if (!x.is_obj() || !(is_bytes(ts, x) || is_bytearray(ts, x))) return false;
  *out = is_bytes(ts, x) ? x.as<BytesObject>()->view() : x.as<ByteArrayObject>()->view();
  return true;
}
bool is_none(uintptr_t v) { return val(v).is_none(); }
bool is_sequence_like(uintptr_t v) {
  Value x = val(v);
  ThreadState* ts = api_ts();
  if (!x.is_obj()) return false;
  if (is_list(ts, x) || is_tuple(ts, x)) return true;
  if (is_str(ts, x) || is_bytes(ts, x) || is_bytearray(ts, x) || is_dict(ts, x)) return false;
  TypeObject* t = type_of(ts, x);
  return t->slots.iter || type_lookup(t, ts->interp->names.__iter__);
}
bool is_mapping_like(uintptr_t v) {
  Value x = val(v);
  ThreadState* ts = api_ts();
  if (!x.is_obj()) return false;
  if (is_dict(ts, x)) return true;
  return type_lookup(type_of(ts, x), ts->interp->names.keys) && type_lookup(type_of(ts, x), ts->interp->names.__getitem__);
}
const char* type_name_of(uintptr_t v) { return type_name(api_ts(), val(v)); }

Object call_vector(const Object& f, const std::vector<Object>& args,
                   const std::vector<std::pair<std::string, Object>>& kwargs) {
  ThreadState* ts = api_ts();
  Value fn = need(ts, f);
  std::vector<Value> argv;
  argv.reserve(args.size() + kwargs.size());
  for (const Object& a : args) argv.push_back(need(ts, a));
  Ref names;
  if (!kwargs.empty()) {
    TupleObject* t = tuple_new(ts, int64_t(kwargs.size()));
    if (!t) throw api_make_error(ts);
    names = Ref(Value::from_obj(t));
    for (size_t i = 0; i < kwargs.size(); ++i) {
      t->items[i] = newref(Value::from_obj(intern(ts, kwargs[i].first)));
      argv.push_back(need(ts, kwargs[i].second));
    }
  }
  return wrap(ts, call(ts, fn, argv.data(), args.size(), names ? names.as<TupleObject>() : nullptr));
}

}  // namespace api::detail

namespace api {

std::string Object::repr() const {
  ThreadState* ts = api_ts();
  Object s = wrap(ts, minipy::repr(ts, need(ts, *this)));
  return std::string(str_view(val(s)));
}
std::string Object::str() const {
  ThreadState* ts = api_ts();
  Object s = wrap(ts, minipy::str(ts, need(ts, *this)));
  return std::string(str_view(val(s)));
}
std::string Object::type_name() const {
  if (is_null()) return "NULL";
  return minipy::type_name(api_ts(), val(*this));
}
Object Object::type() const {
  ThreadState* ts = api_ts();
  return Object::borrow(Value::from_obj(type_of(ts, need(ts, *this))).bits());
}
bool Object::truthy() const {
  ThreadState* ts = api_ts();
  int r = minipy::truthy(ts, need(ts, *this));
  check(ts, r >= 0);
  return r == 1;
}
bool Object::isinstance(const Object& cls) const {
  ThreadState* ts = api_ts();
  int r = minipy::isinstance(ts, need(ts, *this), need(ts, cls));
  check(ts, r >= 0);
  return r == 1;
}
bool Object::equals(const Object& other) const {
  ThreadState* ts = api_ts();
  int r = equal(ts, need(ts, *this), need(ts, other));
  check(ts, r >= 0);
  return r == 1;
}
int64_t Object::hash() const {
  ThreadState* ts = api_ts();
  int64_t h = 0;
  check(ts, minipy::hash(ts, need(ts, *this), &h));
  return h;
}
size_t Object::size() const {
  ThreadState* ts = api_ts();
  int64_t n = 0;
  check(ts, length(ts, need(ts, *this), &n));
  return size_t(n);
}
bool Object::contains(const Object& item) const {
  ThreadState* ts = api_ts();
  int r = minipy::contains(ts, need(ts, *this), need(ts, item));
  check(ts, r >= 0);
  return r == 1;
}
bool Object::callable() const {
  ThreadState* ts = api_ts();
  return is_callable(ts, need(ts, *this));
}
Object Object::attr(std::string_view name) const {
  ThreadState* ts = api_ts();
  return wrap(ts, getattr(ts, need(ts, *this), name_of(ts, name)));
}
bool Object::has_attr(std::string_view name) const {
  ThreadState* ts = api_ts();
  Value v = getattr_opt(ts, need(ts, *this), name_of(ts, name));
  if (!v) {
    if (err_occurred(ts)) throw api_make_error(ts);
    return false;
  }
  decref(v);
  return true;
}
void Object::set_attr(std::string_view name, const Object& value) const {
  ThreadState* ts = api_ts();
  check(ts, setattr(ts, need(ts, *this), name_of(ts, name), need(ts, value)));
}
void Object::del_attr(std::string_view name) const {
  ThreadState* ts = api_ts();
  check(ts, delattr(ts, need(ts, *this), name_of(ts, name)));
}
Object Object::item(const Object& key) const {
  ThreadState* ts = api_ts();
  return wrap(ts, getitem(ts, need(ts, *this), need(ts, key)));
}
void Object::set_item(const Object& key, const Object& value) const {
  ThreadState* ts = api_ts();
  check(ts, setitem(ts, need(ts, *this), need(ts, key), need(ts, value)));
}
void Object::del_item(const Object& key) const {
  ThreadState* ts = api_ts();
  check(ts, delitem(ts, need(ts, *this), need(ts, key)));
}
Object Object::call(const std::vector<Object>& args, const std::vector<std::pair<std::string, Object>>& kwargs) const {
  return detail::call_vector(*this, args, kwargs);
}
Object::iterator Object::begin() const {
  ThreadState* ts = api_ts();
  return iterator(wrap(ts, get_iter(ts, need(ts, *this))));
}
void ObjectIterator::advance() {
  if (it_.is_null()) {
    cur_ = Object();
    return;
  }
  ThreadState* ts = api_ts();
  Value v = iter_next(ts, val(it_));
  if (!v) {
    it_ = Object();
    cur_ = Object();
    if (err_occurred(ts)) throw api_make_error(ts);
    return;
  }
  cur_ = Object::steal(v.bits());
}

Object tuple(const std::vector<Object>& items) {
  ThreadState* ts = api_ts();
  std::vector<Value> v;
  v.reserve(items.size());
  for (const Object& o : items) v.push_back(need(ts, o));
  return wrap(ts, tuple_from(ts, v.data(), int64_t(v.size())));
}
Object list(const std::vector<Object>& items) {
  ThreadState* ts = api_ts();
  ListObject* l = list_new(ts, 0);
  if (!l) throw api_make_error(ts);
  Object r = Object::steal(Value::from_obj(l).bits());
  for (const Object& o : items) check(ts, list_append(ts, l, need(ts, o)));
  return r;
}
Object dict() { return Object::steal(detail::make_dict()); }
Object int_from_string(std::string_view text, int base) {
  ThreadState* ts = api_ts();
  return wrap(ts, minipy::int_from_string(ts, text, base));
}

}  // namespace api

// ---------------------------------------------------------------- VM entry points for values
api::Object VM::globals() {
  impl_->enter();
  return api::Object::borrow(impl_->main_dict.bits());
}

api::Object VM::builtins() {
  impl_->enter();
  return api::Object::borrow(Value::from_obj(impl_->interp->builtins).bits());
}

void VM::make_current() { impl_->enter(); }

api::Object VM::import(const std::string& module) {
  ThreadState* ts = impl_->enter();
  Ref name(str_new(ts, module));
  if (!name) throw api_make_error(ts);
  // A non-empty fromlist returns the leaf module of a dotted name.
  Ref from(module.find('.') != std::string::npos ? tuple_pack(ts, {Value::from_obj(intern(ts, "*"))}) : Value());
  return wrap(ts, import_module_level(ts, name.get(), Value(), from ? from.get() : Value(), 0));
}

namespace {
DictObject* namespace_dict(ThreadState* ts, const api::Object& ns) {
  Value d = Value::from_bits(ns.bits());
  if (!d.is_obj() || !is_dict(ts, d)) throw Error("TypeError", std::string("namespace must be a dict, not ") + ns.type_name(), "");
  auto* g = d.as<DictObject>();
  if (!dict_get_str(g, ts->interp->names.__builtins__) &&
      !dict_set(ts, g, Value::from_obj(ts->interp->names.__builtins__), Value::from_obj(ts->interp->builtins)))
    throw api_make_error(ts);
  return g;
}
}  // namespace

api::Object VM::eval(const std::string& expression) { return eval(expression, globals()); }

api::Object VM::eval(const std::string& expression, const api::Object& ns) {
  ThreadState* ts = impl_->enter();
  DictObject* g = namespace_dict(ts, ns);
  Value code = api_compile(ts, expression, "<string>", int(CompileMode::Eval));
  if (!code) throw api_make_error(ts);
  Value r = run_code(ts, code, g, Value::from_obj(g));
  decref(code);
  return wrap(ts, r);
}

void VM::exec(const std::string& source, const api::Object& ns) {
  ThreadState* ts = impl_->enter();
  DictObject* g = namespace_dict(ts, ns);
  if (!api_exec(ts, source, g)) throw api_make_error(ts);
}

// ---------------------------------------------------------------- limits
void VM::set_limits(const api::Limits& limits) {
  ThreadState* ts = impl_->enter();
  if (!budget_set(ts, limits.instructions, limits.seconds, limits.memory_bytes)) throw api_make_error(ts);
}

api::Limits VM::limits() const {
  api::Limits l;
  if (BudgetState* b = impl_->interp->budget) {
    l.instructions = b->limit;
    l.seconds = b->seconds;
    l.memory_bytes = b->memory;
  }
  return l;
}

void VM::reset_limits() { budget_reset(impl_->enter()); }

uint64_t VM::instructions_used() const { return budget_used(impl_->interp); }

size_t VM::memory_used() const { return memory_charged(impl_->interp); }

}  // namespace minipy
