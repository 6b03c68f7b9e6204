// runtime/value.h — the tagged value word every part of minipy passes around,
// and the object header with its reference count.
//
// Internal header: only the core (runtime/, vm/, stdlib/) may include it.
// Must not: allocate, or know any concrete type beyond the header.
#pragma once
#ifndef MINIPY_BUILD_CORE
#error "runtime/ headers are internal to the minipy core; embedders use include/minipy/"
#endif

#include <cstddef>
#include <cstdint>

namespace minipy {

struct Object;
struct TypeObject;
struct ThreadState;
struct Interpreter;

// A Value is one machine word:
//   0                         null: "no value" — a failed call (the exception is
//                             pending on the ThreadState) or an absent slot.
//   ...xxx1                   a small int, value = (intptr_t)bits >> 1 (63 bits).
//   ...x010                   an immediate constant: None, False, True,
//                             NotImplemented, Ellipsis (see below).
//   ...x000 (non-zero)        an Object* (objects are 8-byte aligned).
// Immediates need no allocation and no reference counting; type_of() maps them to
// the interpreter's int/NoneType/bool/... types. Every int that fits in 63 bits
// MUST be a small int (big ints are only for values outside that range), so
// equality of small ints is equality of words.
class Value {
 public:
  constexpr Value() : bits_(0) {}
  static constexpr Value from_bits(uintptr_t b) { Value v; v.bits_ = b; return v; }
  static Value from_obj(const Object* o) { return from_bits(reinterpret_cast<uintptr_t>(o)); }

  static constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
  static constexpr int64_t kSmallMin = -(int64_t(1) << 62);
  static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }
  // Precondition: fits_small(i). Use int_from_i64() (objects.h) for any int64.
  static constexpr Value small_int(int64_t i) { return from_bits((uintptr_t(i) << 1) | 1); }

  static constexpr Value null() { return Value(); }
  static constexpr Value none() { return from_bits(0x02); }
  static constexpr Value False() { return from_bits(0x0A); }
  static constexpr Value True() { return from_bits(0x12); }
  static constexpr Value not_implemented() { return from_bits(0x1A); }
  static constexpr Value ellipsis() { return from_bits(0x22); }
  static constexpr Value boolean(bool b) { return b ? True() : False(); }

  constexpr uintptr_t bits() const { return bits_; }
  constexpr bool is_null() const { return bits_ == 0; }
  constexpr explicit operator bool() const { return bits_ != 0; }  // "not null"
  constexpr bool is_small_int() const { return bits_ & 1; }
  constexpr bool is_immediate() const { return (bits_ & 7) == 2; }
  constexpr bool is_obj() const { return bits_ != 0 && (bits_ & 7) == 0; }
  constexpr bool is_none() const { return bits_ == 0x02; }
  constexpr bool is_true() const { return bits_ == 0x12; }
  constexpr bool is_false() const { return bits_ == 0x0A; }
  constexpr bool is_bool() const { return bits_ == 0x12 || bits_ == 0x0A; }
  constexpr bool is_not_implemented() const { return bits_ == 0x1A; }
  constexpr bool is_ellipsis() const { return bits_ == 0x22; }
  // Index of an immediate constant: 0 None, 1 False, 2 True, 3 NotImplemented, 4 Ellipsis.
  constexpr unsigned immediate_index() const { return unsigned(bits_ >> 3); }

  constexpr int64_t as_small_int() const { return int64_t(bits_) >> 1; }
  Object* obj() const { return reinterpret_cast<Object*>(bits_); }
  template <class T> T* as() const { return reinterpret_cast<T*>(bits_); }

  constexpr bool operator==(Value o) const { return bits_ == o.bits_; }  // identity (`is`)
  constexpr bool operator!=(Value o) const { return bits_ != o.bits_; }

 private:
  uintptr_t bits_;
};
static_assert(sizeof(Value) == sizeof(void*));

// Every heap object starts with this header. Reference counts are plain
// integers: only the thread holding the GIL touches objects.
struct Object {
  intptr_t refcnt;
  TypeObject* type;
};

void dealloc_object(Object* o);  // called when a count reaches zero (memory.cpp)

// Always inlined: GCC otherwise gives up inlining them into the (huge)
// evaluation loop, where a call per reference-count change costs ~7%.
#define MINIPY_REFCNT_INLINE inline __attribute__((always_inline))
MINIPY_REFCNT_INLINE void incref(Object* o) { ++o->refcnt; }
MINIPY_REFCNT_INLINE void decref(Object* o) { if (--o->refcnt == 0) dealloc_object(o); }
MINIPY_REFCNT_INLINE void xdecref(Object* o) { if (o) decref(o); }
MINIPY_REFCNT_INLINE void incref(Value v) { if (v.is_obj()) ++v.obj()->refcnt; }
MINIPY_REFCNT_INLINE void decref(Value v) { if (v.is_obj()) decref(v.obj()); }
// incref and return: for returning a borrowed value as a new reference.
MINIPY_REFCNT_INLINE Value newref(Value v) { incref(v); return v; }
MINIPY_REFCNT_INLINE Value newref(Object* o) { incref(o); return Value::from_obj(o); }

// Owning handle for a Value: decrefs on destruction. Use it in C++ code that
// has several exits so no path leaks. `release()` hands the reference on.
class Ref {
 public:
  Ref() = default;
  explicit Ref(Value v) : v_(v) {}            // steals a reference
  static Ref borrow(Value v) { incref(v); return Ref(v); }
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  Ref& operator=(Ref&& o) noexcept { if (this != &o) { decref(v_); v_ = o.v_; o.v_ = Value(); } return *this; }
  ~Ref() { decref(v_); }
  Value get() const { return v_; }
  Value release() { Value v = v_; v_ = Value(); return v; }
  void reset(Value v = Value()) { decref(v_); v_ = v; }  // steals v
  explicit operator bool() const { return bool(v_); }
  bool is_null() const { return v_.is_null(); }
  Object* obj() const { return v_.obj(); }
  template <class T> T* as() const { return v_.as<T>(); }

 private:
  Value v_;
};

}  // namespace minipy
