// minipy/object.h — minipy::Object, the C++ handle on a Python value, and the
// conversions between Python values and C++ types (Converter<T>).
//
// Included by minipy/minipy.h; do not include it alone. Exposes no internal
// type: a handle is one word (the interpreter's tagged value), reference
// counted through out-of-line calls. Every operation runs on the VM current on
// the calling thread (the one that created it, or a ThreadScope's) and needs
// the GIL, which that thread holds outside GilRelease sections.
//
// In the core's own translation units (MINIPY_BUILD_CORE) these names live in
// minipy::api only, because the core has an internal minipy::Object; embedders
// see them as minipy::Object etc.
#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <unordered_map>
#include <utility>
#include <vector>

namespace minipy {
class Error;
namespace api {

class Object;

// Value types with no natural C++ spelling.
struct NoneType {};
inline constexpr NoneType None{};
struct Bytes {            // Python bytes (std::string converts to str)
  std::string data;
};
struct BigInt {           // an int of any size, as decimal text ("-123456789012345678901234567890")
  std::string decimal;
};

// A keyword argument for Object::operator(): f(1, minipy::kw("sep", "-")).
struct KwArg;

namespace detail {
// Reference counting and the primitive operations, implemented in vm/api_object.cpp.
void incref(uintptr_t v);
void decref(uintptr_t v);
[[noreturn]] void throw_python_error();            // the pending Python exception as minipy::Error
[[noreturn]] void throw_type_error(const std::string& msg);
[[noreturn]] void throw_error(const char* type, const std::string& msg);  // a built-in exception by name
inline bool is_heap(uintptr_t v) { return v != 0 && (v & 7) == 0; }

uintptr_t make_bool(bool b);
uintptr_t make_int(int64_t i);
uintptr_t make_uint(uint64_t i);
uintptr_t make_bigint(std::string_view decimal);
uintptr_t make_float(double d);
uintptr_t make_str(std::string_view utf8);
uintptr_t make_bytes(std::string_view data);
uintptr_t make_list(size_t n);                          // items filled by list_put
void list_put(uintptr_t list, size_t i, uintptr_t item);  // steals item
uintptr_t make_dict();
void dict_put(uintptr_t dict, uintptr_t key, uintptr_t value);  // borrows both
uintptr_t none();

// Loaders: true + *out on success; false when the value has the wrong type;
// throw minipy::Error (OverflowError...) for other failures.
bool load_bool(uintptr_t v, bool* out);
bool load_int(uintptr_t v, int64_t* out);                // OverflowError beyond int64
bool load_uint(uintptr_t v, uint64_t* out);
bool load_bigint(uintptr_t v, std::string* out);
bool load_float(uintptr_t v, double* out);               // int or float
bool load_str(uintptr_t v, std::string_view* out);       // view valid while the value lives
bool load_bytes(uintptr_t v, std::string_view* out);     // bytes or bytearray
bool is_none(uintptr_t v);
bool is_sequence_like(uintptr_t v);                      // list/tuple/any iterable but str/bytes/dict
bool is_mapping_like(uintptr_t v);                       // dict or has keys()
const char* type_name_of(uintptr_t v);
// A registered C++ class (minipy/bind.h): the instance's C++ pointer when `v`
// is an instance of the class bound for `ti` (or a subclass of it), else null.
void* instance_ptr(uintptr_t v, const std::type_info& ti);
// A new Python instance owning `p` (destroyed with `destroy`); TypeError if the class is not bound.
uintptr_t wrap_instance(const std::type_info& ti, void* p, void (*destroy)(void*));
const char* class_name(const std::type_info& ti);        // the bound Python name, or the C++ name
}  // namespace detail

// How a C++ type crosses into Python and back. Specialise it for your own
// types: `static bool load(const Object&, Holder&)`, `static T& get(Holder&)`
// (or returning T), `static Object cast(const T&)`, and `static constexpr
// const char* name` (for "argument 1 must be <name>, not str" messages).
// The primary template handles classes bound with minipy::Class<T>.
template <class T, class = void>
struct Converter;  // defined below: the primary template is the bound-class converter

template <class T>
using Conv = Converter<std::remove_cv_t<std::remove_reference_t<T>>>;

class Object {
 public:
  Object() noexcept = default;                       // a null handle (no value)
  Object(const Object& o) noexcept : v_(o.v_) { if (detail::is_heap(v_)) detail::incref(v_); }
  Object(Object&& o) noexcept : v_(o.v_) { o.v_ = 0; }
  Object& operator=(const Object& o) noexcept {
    if (this != &o) {
      if (detail::is_heap(o.v_)) detail::incref(o.v_);
      if (detail::is_heap(v_)) detail::decref(v_);
      v_ = o.v_;
    }
    return *this;
  }
  Object& operator=(Object&& o) noexcept {
    if (this != &o) {
      if (detail::is_heap(v_)) detail::decref(v_);
      v_ = o.v_;
      o.v_ = 0;
    }
    return *this;
  }
  ~Object() { if (detail::is_heap(v_)) detail::decref(v_); }

  // Any convertible C++ value: Object(42), Object("text"), Object(std::vector<int>{...}).
  template <class T, class = std::enable_if_t<!std::is_same_v<std::decay_t<T>, Object> &&
                                              !std::is_same_v<std::decay_t<T>, KwArg>>>
  Object(T&& value) : Object(Conv<T>::cast(std::forward<T>(value))) {}  // NOLINT: implicit on purpose

  // Raw access for the binding layer: steal() takes over a new reference.
  static Object steal(uintptr_t bits) { Object o; o.v_ = bits; return o; }
  static Object borrow(uintptr_t bits) { if (detail::is_heap(bits)) detail::incref(bits); return steal(bits); }
  uintptr_t bits() const { return v_; }
  uintptr_t release() { uintptr_t b = v_; v_ = 0; return b; }

  bool is_null() const { return v_ == 0; }
  bool is_none() const { return detail::is_none(v_); }
  bool is(const Object& o) const { return v_ == o.v_; }   // Python `is`

  // Conversion to C++: throws minipy::Error (TypeError "expected int, not str", OverflowError...).
  template <class T> T as() const;
  // Whether as<T>() would succeed on the type (no exception).
  template <class T> bool is_a() const;

  // ---- the object protocol (each throws minipy::Error on a Python exception)
  std::string repr() const;
  std::string str() const;
  std::string type_name() const;              // "int", "MyClass"
  Object type() const;
  bool truthy() const;                        // bool(x)
  bool isinstance(const Object& cls) const;   // cls may be a tuple
  bool equals(const Object& other) const;     // ==
  int64_t hash() const;
  size_t size() const;                        // len(x)
  bool contains(const Object& item) const;    // item in x
  bool callable() const;

  Object attr(std::string_view name) const;
  bool has_attr(std::string_view name) const;
  void set_attr(std::string_view name, const Object& value) const;
  void del_attr(std::string_view name) const;

  Object item(const Object& key) const;       // x[key]
  void set_item(const Object& key, const Object& value) const;
  void del_item(const Object& key) const;
  Object operator[](const Object& key) const { return item(key); }

  // Call with positional arguments and kw(...) keyword arguments.
  template <class... A> Object operator()(A&&... args) const;
  Object call(const std::vector<Object>& args,
              const std::vector<std::pair<std::string, Object>>& kwargs = {}) const;
  template <class... A> Object call_method(std::string_view name, A&&... args) const {
    return attr(name)(std::forward<A>(args)...);
  }

  // Iteration: for (minipy::Object x : obj) ...
  using iterator = class ObjectIterator;
  iterator begin() const;
  iterator end() const;

 private:
  uintptr_t v_ = 0;
};
static_assert(sizeof(Object) == sizeof(void*), "minipy::Object is one word");

class ObjectIterator {
 public:
  ObjectIterator() = default;
  explicit ObjectIterator(Object it) : it_(std::move(it)) { advance(); }
  const Object& operator*() const { return cur_; }
  const Object* operator->() const { return &cur_; }
  ObjectIterator& operator++() { advance(); return *this; }
  bool operator==(const ObjectIterator& o) const { return cur_.is_null() && o.cur_.is_null(); }
  bool operator!=(const ObjectIterator& o) const { return !(*this == o); }
 private:
  void advance();
  Object it_, cur_;
};
inline ObjectIterator Object::end() const { return ObjectIterator(); }

struct KwArg {
  std::string name;
  Object value;
};
template <class T>
KwArg kw(std::string name, T&& value) { return KwArg{std::move(name), Object(std::forward<T>(value))}; }

// Build a Python tuple / list / dict from C++ values.
Object tuple(const std::vector<Object>& items);
Object list(const std::vector<Object>& items = {});
Object dict();
Object int_from_string(std::string_view text, int base = 10);  // int("...", base)

namespace detail {
Object call_vector(const Object& f, const std::vector<Object>& args,
                   const std::vector<std::pair<std::string, Object>>& kwargs);
inline void collect(std::vector<Object>& pos, std::vector<std::pair<std::string, Object>>& kws, KwArg&& k) {
  kws.emplace_back(std::move(k.name), std::move(k.value));
}
inline void collect(std::vector<Object>& pos, std::vector<std::pair<std::string, Object>>& kws, const KwArg& k) {
  kws.emplace_back(k.name, k.value);
}
template <class T>
void collect(std::vector<Object>& pos, std::vector<std::pair<std::string, Object>>&, T&& v) {
  pos.emplace_back(std::forward<T>(v));
}
}  // namespace detail

template <class... A>
Object Object::operator()(A&&... args) const {
  std::vector<Object> pos;
  std::vector<std::pair<std::string, Object>> kws;
  pos.reserve(sizeof...(A));
  (detail::collect(pos, kws, std::forward<A>(args)), ...);
  return detail::call_vector(*this, pos, kws);
}

// ---------------------------------------------------------------- converters
// The expected-type word in TypeError messages.
template <class C>
const char* expected_name() {
  if constexpr (requires { C::type_name(); }) return C::type_name();
  else return C::name ? C::name : "object";
}
template <>
struct Converter<Object> {
  using Holder = Object;
  static constexpr const char* name = "object";
  static bool load(const Object& o, Holder& h) { h = o; return true; }
  static Object& get(Holder& h) { return h; }
  static Object cast(const Object& o) { return o; }
};

template <>
struct Converter<NoneType> {
  using Holder = NoneType;
  static constexpr const char* name = "None";
  static bool load(const Object& o, Holder&) { return o.is_none(); }
  static NoneType get(Holder&) { return None; }
  static Object cast(NoneType) { return Object::steal(detail::none()); }
};

template <>
struct Converter<bool> {
  using Holder = bool;
  static constexpr const char* name = "bool";
  static bool load(const Object& o, Holder& h) { return detail::load_bool(o.bits(), &h); }
  static bool get(Holder& h) { return h; }
  static Object cast(bool b) { return Object::steal(detail::make_bool(b)); }
};

template <class T>
struct Converter<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
  using Holder = T;
  static constexpr const char* name = "int";
  static bool load(const Object& o, Holder& h) {
    if constexpr (std::is_signed_v<T>) {
      int64_t v;
      if (!detail::load_int(o.bits(), &v)) return false;
      if (v < int64_t(std::numeric_limits<T>::min()) || v > int64_t(std::numeric_limits<T>::max()))
        range_error(v < 0);
      h = T(v);
    } else {
      uint64_t v;
      if (!detail::load_uint(o.bits(), &v)) return false;
      if (v > uint64_t(std::numeric_limits<T>::max())) range_error(false);
      h = T(v);
    }
    return true;
  }
  static T get(Holder& h) { return h; }
  static Object cast(T v) {
    if constexpr (std::is_signed_v<T>) return Object::steal(detail::make_int(int64_t(v)));
    else return Object::steal(detail::make_uint(uint64_t(v)));
  }
  [[noreturn]] static void range_error(bool negative) {
    // CPython's words: "C int" for 32-bit and smaller types, "C long" above.
    const char* c = sizeof(T) <= 4 ? "C int" : "C long";
    detail::throw_error("OverflowError", std::string(negative ? "Python int too small to convert to " : "Python int too large to convert to ") + c);
  }
};

template <class T>
struct Converter<T, std::enable_if_t<std::is_floating_point_v<T>>> {
  using Holder = T;
  static constexpr const char* name = "float";
  static bool load(const Object& o, Holder& h) {
    double d;
    if (!detail::load_float(o.bits(), &d)) return false;
    h = T(d);
    return true;
  }
  static T get(Holder& h) { return h; }
  static Object cast(T v) { return Object::steal(detail::make_float(double(v))); }
};

template <>
struct Converter<std::string> {
  using Holder = std::string;
  static constexpr const char* name = "str";
  static bool load(const Object& o, Holder& h) {
    std::string_view s;
    if (!detail::load_str(o.bits(), &s)) return false;
    h.assign(s.data(), s.size());
    return true;
  }
  static std::string& get(Holder& h) { return h; }
  static Object cast(std::string_view s) { return Object::steal(detail::make_str(s)); }
};
template <>
struct Converter<std::string_view> {
  // The view points into the Python str, which the argument keeps alive for the call.
  using Holder = std::string_view;
  static constexpr const char* name = "str";
  static bool load(const Object& o, Holder& h) { return detail::load_str(o.bits(), &h); }
  static std::string_view get(Holder& h) { return h; }
  static Object cast(std::string_view s) { return Object::steal(detail::make_str(s)); }
};
template <>
struct Converter<const char*> {
  using Holder = std::string_view;  // Python str data is NUL-terminated
  static constexpr const char* name = "str";
  static bool load(const Object& o, Holder& h) { return detail::load_str(o.bits(), &h); }
  static const char* get(Holder& h) { return h.data(); }
  static Object cast(const char* s) { return Object::steal(detail::make_str(s ? s : "")); }
};
template <>
struct Converter<char*> : Converter<const char*> {};
template <size_t N>
struct Converter<char[N]> {
  static Object cast(const char* s) { return Object::steal(detail::make_str(s)); }
};

template <>
struct Converter<Bytes> {
  using Holder = Bytes;
  static constexpr const char* name = "bytes";
  static bool load(const Object& o, Holder& h) {
    std::string_view s;
    if (!detail::load_bytes(o.bits(), &s)) return false;
    h.data.assign(s.data(), s.size());
    return true;
  }
  static Bytes& get(Holder& h) { return h; }
  static Object cast(const Bytes& b) { return Object::steal(detail::make_bytes(b.data)); }
};

template <>
struct Converter<BigInt> {
  using Holder = BigInt;
  static constexpr const char* name = "int";
  static bool load(const Object& o, Holder& h) { return detail::load_bigint(o.bits(), &h.decimal); }
  static BigInt& get(Holder& h) { return h; }
  static Object cast(const BigInt& b) { return Object::steal(detail::make_bigint(b.decimal)); }
};

template <class T>
struct Converter<std::optional<T>> {
  using Holder = std::optional<T>;
  static const char* type_name() { return expected_name<Conv<T>>(); }
  static bool load(const Object& o, Holder& h) {
    if (o.is_none()) {
      h.reset();
      return true;
    }
    typename Conv<T>::Holder inner{};
    if (!Conv<T>::load(o, inner)) return false;
    h = T(Conv<T>::get(inner));
    return true;
  }
  static Holder& get(Holder& h) { return h; }
  static Object cast(const std::optional<T>& v) { return v ? Object(Conv<T>::cast(*v)) : Object::steal(detail::none()); }
};

template <class T>
struct Converter<std::vector<T>> {
  using Holder = std::vector<T>;
  static constexpr const char* name = "list";
  static bool load(const Object& o, Holder& h) {
    if (!detail::is_sequence_like(o.bits())) return false;
    h.clear();
    for (const Object& item : o) {
      typename Conv<T>::Holder inner{};
      if (!Conv<T>::load(item, inner))
        detail::throw_type_error(std::string("expected ") + expected_name<Conv<T>>() + " items, not " + item.type_name());
      h.push_back(T(Conv<T>::get(inner)));
    }
    return true;
  }
  static Holder& get(Holder& h) { return h; }
  static Object cast(const std::vector<T>& v) {
    Object l = Object::steal(detail::make_list(v.size()));
    for (size_t i = 0; i < v.size(); ++i) detail::list_put(l.bits(), i, Object(Conv<T>::cast(v[i])).release());
    return l;
  }
};

template <class M, class K, class V>
struct MapConverter {
  using Holder = M;
  static constexpr const char* name = "dict";
  static bool load(const Object& o, Holder& h) {
    if (!detail::is_mapping_like(o.bits())) return false;
    h.clear();
    for (const Object& key : o) {
      typename Conv<K>::Holder kh{};
      typename Conv<V>::Holder vh{};
      Object value = o.item(key);
      if (!Conv<K>::load(key, kh))
        detail::throw_type_error(std::string("expected ") + expected_name<Conv<K>>() + " keys, not " + key.type_name());
      if (!Conv<V>::load(value, vh))
        detail::throw_type_error(std::string("expected ") + expected_name<Conv<V>>() + " values, not " + value.type_name());
      h.emplace(K(Conv<K>::get(kh)), V(Conv<V>::get(vh)));
    }
    return true;
  }
  static Holder& get(Holder& h) { return h; }
  static Object cast(const M& m) {
    Object d = Object::steal(detail::make_dict());
    for (const auto& [k, v] : m) detail::dict_put(d.bits(), Object(Conv<K>::cast(k)).bits(), Object(Conv<V>::cast(v)).bits());
    return d;
  }
};
template <class K, class V, class C, class A>
struct Converter<std::map<K, V, C, A>> : MapConverter<std::map<K, V, C, A>, K, V> {};
template <class K, class V, class H, class E, class A>
struct Converter<std::unordered_map<K, V, H, E, A>> : MapConverter<std::unordered_map<K, V, H, E, A>, K, V> {};

// Classes bound with minipy::Class<T> (bind.h): parameters T&, const T&, T*
// reach the C++ object inside the Python instance; returning T by value
// copies (moves) it into a new Python instance.
template <class T, class>
struct Converter {
  static_assert(std::is_class_v<T>, "no minipy::Converter for this type");
  using Holder = T*;
  static const char* type_name() { return detail::class_name(typeid(T)); }
  static constexpr const char* name = nullptr;  // see type_name()
  static bool load(const Object& o, Holder& h) {
    h = static_cast<T*>(detail::instance_ptr(o.bits(), typeid(T)));
    return h != nullptr;
  }
  static T& get(Holder& h) { return *h; }
  static Object cast(T v) {
    T* p = new T(std::move(v));
    return Object::steal(detail::wrap_instance(typeid(T), p, [](void* q) { delete static_cast<T*>(q); }));
  }
};
template <class T>
struct Converter<T*, std::enable_if_t<std::is_class_v<T>>> {
  using Holder = T*;
  static const char* type_name() { return detail::class_name(typeid(T)); }
  static constexpr const char* name = nullptr;
  static bool load(const Object& o, Holder& h) {
    if (o.is_none()) {
      h = nullptr;
      return true;
    }
    h = static_cast<T*>(detail::instance_ptr(o.bits(), typeid(T)));
    return h != nullptr;
  }
  static T* get(Holder& h) { return h; }
};


template <class T>
T Object::as() const {
  using C = Conv<T>;
  typename C::Holder h{};
  if (!C::load(*this, h))
    detail::throw_type_error(std::string("expected ") + expected_name<C>() + ", not " + type_name());
  if constexpr (std::is_reference_v<T>) return C::get(h);
  else return T(C::get(h));
}

template <class T>
bool Object::is_a() const {
  using C = Conv<T>;
  typename C::Holder h{};
  try {
    return C::load(*this, h);
  } catch (...) {
    return false;
  }
}

}  // namespace api
}  // namespace minipy
