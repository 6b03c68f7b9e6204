// minipy/bind.h — exposing C++ to Python: functions (free functions, lambdas
// with captures, member functions), native modules (VM::def_module) and C++
// classes as Python types (minipy::Class<T>).
//
// Included by minipy/minipy.h. Arguments are converted with Converter<T>
// (object.h); a mismatch raises CPython's "f() argument 2 must be int, not
// str". C++ exceptions thrown by bound code become Python exceptions
// (std::invalid_argument -> ValueError, std::out_of_range -> IndexError,
// std::bad_alloc -> MemoryError, minipy::Error -> its original exception,
// anything else -> RuntimeError, with what() as the message); none crosses
// the evaluation loop.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

namespace minipy {
class VM;
namespace api {

namespace detail {

// A C++ callable bound as a Python function. Owned by the Python function
// object (deleted with it); the core (vm/api_bind.cpp) matches keyword
// arguments against arg_names, checks the count, then calls invoke.
struct FunctionRecord {
  std::string name;                     // "f", or "Class.method" for methods (messages)
  std::string doc;
  std::vector<std::string> arg_names;   // enables keyword arguments (excluding self)
  size_t nargs = 0;                     // C++ parameters, self included
  bool method = false;                  // the first parameter is self
  void* data = nullptr;                 // the callable
  void (*destroy)(void*) = nullptr;
  // args: nargs borrowed handles. Throws ArgError when argument i does not
  // convert, or any C++ exception.
  Object (*invoke)(void* data, const Object* args) = nullptr;
  FunctionRecord() = default;
  FunctionRecord(const FunctionRecord&) = delete;
  FunctionRecord& operator=(const FunctionRecord&) = delete;
  ~FunctionRecord() { if (destroy) destroy(data); }
};
struct ArgError {
  size_t index;          // of the C++ parameter
  const char* expected;  // "int"
};

// The Python function object for rec (takes ownership).
Object make_function(std::unique_ptr<FunctionRecord> rec);
Object make_property(const Object& getter, const Object& setter);   // setter may be null
Object make_staticmethod(const Object& fn);
// Bound classes (vm/api_bind.cpp): a new Python type for the C++ type `ti`,
// registered in the current VM (module: its __module__).
Object class_create(const std::type_info& ti, const std::string& module, const std::string& name,
                    const std::string& doc);
void class_set_init(const Object& type, std::unique_ptr<FunctionRecord> init);
void class_add(const Object& type, const std::string& name, const Object& value);  // into the type's dict
// Store p (owned, freed with destroy) in a fresh instance during __init__.
void instance_set(const Object& self, const std::type_info& ti, void* p, void (*destroy)(void*));
Object module_create(VM& vm, const std::string& name, const std::string& doc);

// ---- signature deduction
template <class F> struct FnTraits : FnTraits<decltype(&F::operator())> {};
template <class R, class... A> struct FnTraits<R (*)(A...)> { using Ret = R; using Args = std::tuple<A...>; };
template <class R, class... A> struct FnTraits<R (*)(A...) noexcept> : FnTraits<R (*)(A...)> {};
template <class R, class... A> struct FnTraits<R(A...)> : FnTraits<R (*)(A...)> {};
template <class C, class R, class... A> struct FnTraits<R (C::*)(A...)> : FnTraits<R (*)(A...)> {};
template <class C, class R, class... A> struct FnTraits<R (C::*)(A...) const> : FnTraits<R (*)(A...)> {};
template <class C, class R, class... A> struct FnTraits<R (C::*)(A...) noexcept> : FnTraits<R (*)(A...)> {};
template <class C, class R, class... A> struct FnTraits<R (C::*)(A...) const noexcept> : FnTraits<R (*)(A...)> {};

template <class A>
typename Conv<A>::Holder& load_arg(const Object* args, size_t i, typename Conv<A>::Holder& h) {
  if (!Conv<A>::load(args[i], h)) throw ArgError{i, expected_name<Conv<A>>()};
  return h;
}

template <class F, class R, class... A, size_t... I>
Object call_with(F& f, [[maybe_unused]] const Object* args, std::index_sequence<I...>) {
  std::tuple<typename Conv<A>::Holder...> h{};
  (load_arg<A>(args, I, std::get<I>(h)), ...);
  if constexpr (std::is_void_v<R>) {
    f(static_cast<A>(Conv<A>::get(std::get<I>(h)))...);
    return Object::steal(none());
  } else {
    return Object(f(static_cast<A>(Conv<A>::get(std::get<I>(h)))...));
  }
}

template <class Fn, class R, class Tuple> struct Invoker;
template <class Fn, class R, class... A>
struct Invoker<Fn, R, std::tuple<A...>> {
  static Object invoke(void* data, const Object* args) {
    return call_with<Fn, R, A...>(*static_cast<Fn*>(data), args, std::index_sequence_for<A...>{});
  }
};

// std::mem_fn's type has no single operator() to deduce from: wrap member
// function pointers into lambdas with an explicit signature instead.
template <class T, class R, class... A>
auto member_lambda(R (T::*pm)(A...)) { return [pm](T& self, A... a) -> R { return (self.*pm)(std::forward<A>(a)...); }; }
template <class T, class R, class... A>
auto member_lambda(R (T::*pm)(A...) const) { return [pm](const T& self, A... a) -> R { return (self.*pm)(std::forward<A>(a)...); }; }
template <class T, class R, class... A>
auto member_lambda(R (T::*pm)(A...) noexcept) { return [pm](T& self, A... a) -> R { return (self.*pm)(std::forward<A>(a)...); }; }
template <class T, class R, class... A>
auto member_lambda(R (T::*pm)(A...) const noexcept) { return [pm](const T& self, A... a) -> R { return (self.*pm)(std::forward<A>(a)...); }; }

template <class F>
decltype(auto) callable_of(F&& f) {
  if constexpr (std::is_member_function_pointer_v<std::decay_t<F>>) return member_lambda(f);
  else return std::forward<F>(f);
}

template <class F>
std::unique_ptr<FunctionRecord> record_for(std::string name, F&& f, std::vector<std::string> arg_names,
                                           std::string doc, bool method) {
  auto c = callable_of(std::forward<F>(f));
  using D = std::decay_t<decltype(c)>;
  using Traits = FnTraits<D>;
  auto rec = std::make_unique<FunctionRecord>();
  rec->name = std::move(name);
  rec->doc = std::move(doc);
  rec->arg_names = std::move(arg_names);
  rec->nargs = std::tuple_size_v<typename Traits::Args>;
  rec->method = method;
  rec->data = new D(std::move(c));
  rec->destroy = [](void* p) { delete static_cast<D*>(p); };
  rec->invoke = &Invoker<D, typename Traits::Ret, typename Traits::Args>::invoke;
  return rec;
}

}  // namespace detail

// A Python function calling f (a function pointer, lambda — captures
// included — or any functor with one operator()). arg_names lets Python pass
// the arguments by keyword.
template <class F>
Object function(std::string name, F&& f, std::vector<std::string> arg_names = {}, std::string doc = "") {
  return detail::make_function(detail::record_for(std::move(name), std::forward<F>(f), std::move(arg_names),
                                                  std::move(doc), false));
}

// A native module made by VM::def_module: already in sys.modules, so Python
// code imports it with `import name`.
class Module {
 public:
  explicit Module(Object m) : m_(std::move(m)) {}
  template <class F>
  Module& def(const std::string& name, F&& f, std::vector<std::string> arg_names = {}, std::string doc = "") {
    m_.set_attr(name, function(name, std::forward<F>(f), std::move(arg_names), std::move(doc)));
    return *this;
  }
  Module& add(const std::string& name, const Object& value) {
    m_.set_attr(name, value);
    return *this;
  }
  const Object& object() const { return m_; }
  std::string name() const { return m_.attr("__name__").as<std::string>(); }

 private:
  Object m_;
};

// A C++ class as a Python type, defined in a module:
//   minipy::Class<Counter>(mod, "Counter")
//       .init<int>({"start"})
//       .def("add", &Counter::add, {"n"})
//       .property("value", &Counter::value)
//       .def_readwrite("step", &Counter::step);
// The Python instance owns the C++ object (deleted when the instance dies).
// Python classes may subclass it.
template <class T>
class Class {
 public:
  Class(Module& m, const std::string& name, const std::string& doc = "")
      : scope_(m.object()), name_(name),
        type_(detail::class_create(typeid(T), m.name(), name, doc)) {
    scope_.set_attr(name, type_);
  }

  // The constructor T(A...).
  template <class... A>
  Class& init(std::vector<std::string> arg_names = {}) {
    auto f = [](Object self, A... a) {
      detail::instance_set(self, typeid(T), new T(std::forward<A>(a)...), [](void* p) { delete static_cast<T*>(p); });
    };
    detail::class_set_init(type_, detail::record_for(name_ + ".__init__", f, std::move(arg_names), "", true));
    return *this;
  }
  // A factory: any callable returning T (by value) builds the object.
  template <class F>
  Class& init_with(F&& factory, std::vector<std::string> arg_names = {}) {
    using Traits = detail::FnTraits<std::decay_t<F>>;
    return init_factory(std::forward<F>(factory), std::move(arg_names), static_cast<typename Traits::Args*>(nullptr));
  }
  // A method: a member function pointer, or a callable whose first parameter is T& / const T&.
  template <class F>
  Class& def(const std::string& name, F&& f, std::vector<std::string> arg_names = {}, std::string doc = "") {
    detail::class_add(type_, name, detail::make_function(detail::record_for(name_ + "." + name, std::forward<F>(f),
                                                                  std::move(arg_names), std::move(doc), true)));
    return *this;
  }
  template <class F>
  Class& def_static(const std::string& name, F&& f, std::vector<std::string> arg_names = {}, std::string doc = "") {
    detail::class_add(type_, name, detail::make_staticmethod(function(name_ + "." + name, std::forward<F>(f), std::move(arg_names),
                                                            std::move(doc))));
    return *this;
  }
  // A read-only property from a getter (member function or callable taking const T&).
  template <class G>
  Class& property(const std::string& name, G&& getter) {
    detail::class_add(type_, name, detail::make_property(method_object(name, std::forward<G>(getter)), Object()));
    return *this;
  }
  template <class G, class S>
  Class& property(const std::string& name, G&& getter, S&& setter) {
    detail::class_add(type_, name, detail::make_property(method_object(name, std::forward<G>(getter)),
                                               method_object(name, std::forward<S>(setter))));
    return *this;
  }
  template <class V>
  Class& def_readwrite(const std::string& name, V T::*field) {
    return property(name, [field](const T& self) -> V { return self.*field; },
                    [field](T& self, V v) { self.*field = std::move(v); });
  }
  template <class V>
  Class& def_readonly(const std::string& name, V T::*field) {
    return property(name, [field](const T& self) -> V { return self.*field; });
  }
  const Object& type() const { return type_; }

 private:
  template <class F>
  Object method_object(const std::string& name, F&& f) {
    return detail::make_function(detail::record_for(name_ + "." + name, std::forward<F>(f), {}, "", true));
  }
  template <class F, class... A>
  Class& init_factory(F&& factory, std::vector<std::string> arg_names, std::tuple<A...>*) {
    auto f = [factory = std::forward<F>(factory)](Object self, A... a) {
      detail::instance_set(self, typeid(T), new T(factory(std::forward<A>(a)...)),
                           [](void* p) { delete static_cast<T*>(p); });
    };
    detail::class_set_init(type_, detail::record_for(name_ + ".__init__", std::move(f), std::move(arg_names), "", true));
    return *this;
  }

  Object scope_;
  std::string name_;
  Object type_;
};

}  // namespace api
}  // namespace minipy
