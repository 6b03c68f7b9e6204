// runtime/object.h — the object model's contract: type objects and their slots,
// how built-in types are described (TypeSpec), the native calling convention,
// the error convention, and the generic operations every part of the core uses
// (implemented in abstract.cpp, typeobject.cpp, errors.cpp, memory.cpp).
//
// Conventions (read these before writing any runtime code):
//  * Errors: a function that can fail returns a null Value (or false / -1) and
//    leaves the exception pending on the ThreadState (raise(), errors.cpp).
//    C++ exceptions are never used for Python errors.
//  * References: arguments are borrowed; a returned Value is a new reference
//    unless the function's comment says "borrowed". Use Ref (value.h) for RAII.
//  * Every function that may run Python code or raise takes ThreadState* ts first.
//  * Immediates (small ints, None, True, False, NotImplemented, Ellipsis) are
//    never allocated; Value::small_int / Value::none() etc. build them.
#pragma once
#include <cstdarg>
#include <string>
#include <string_view>

#include "runtime/exc_table.h"
#include "runtime/value.h"

namespace minipy {

struct StrObject;
struct TupleObject;
struct DictObject;
struct ListObject;

// ---------------------------------------------------------------- built-in exceptions
enum class Exc : uint16_t {
#define MINIPY_X(name, base, layout) name,
  MINIPY_EXCEPTIONS(MINIPY_X)
#undef MINIPY_X
  Count_
};

// ---------------------------------------------------------------- slot signatures
enum class CmpOp : uint8_t { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 };  // CPython's order

// The vectorcall convention: `args` holds nargs positional arguments followed by
// one value per name in `kwnames` (a tuple of str, or nullptr when there are no
// keyword arguments). All borrowed. Returns a new reference or null.
using CallFn = Value (*)(ThreadState* ts, Value callable, const Value* args, size_t nargs, TupleObject* kwnames);
// Native functions and methods: `self` is the bound object (the module for
// module-level functions, the instance for methods, the type for classmethods).
using NativeFn = Value (*)(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);

using UnaryFn = Value (*)(ThreadState* ts, Value a);
using BinaryFn = Value (*)(ThreadState* ts, Value a, Value b);   // may return NotImplemented
using TernaryFn = Value (*)(ThreadState* ts, Value a, Value b, Value c);
using RichCmpFn = Value (*)(ThreadState* ts, Value a, Value b, CmpOp op);  // may return NotImplemented
using HashFn = bool (*)(ThreadState* ts, Value a, int64_t* out);            // false on error
using LenFn = bool (*)(ThreadState* ts, Value a, int64_t* out);             // false on error
using InquiryFn = int (*)(ThreadState* ts, Value a);                        // 1/0, -1 on error
using GetAttrFn = Value (*)(ThreadState* ts, Value obj, StrObject* name);   // raises AttributeError
using SetAttrFn = bool (*)(ThreadState* ts, Value obj, StrObject* name, Value v);  // v null = delete
using SetItemFn = bool (*)(ThreadState* ts, Value obj, Value key, Value v);        // v null = delete
using ContainsFn = int (*)(ThreadState* ts, Value obj, Value item);                 // 1/0/-1
using DescrGetFn = Value (*)(ThreadState* ts, Value descr, Value obj, Value type);  // obj null = class access
using DescrSetFn = bool (*)(ThreadState* ts, Value descr, Value obj, Value v);     // v null = delete
// tp_new: `type` is the class being instantiated (maybe a subclass).
using NewFn = Value (*)(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kwnames);
using InitFn = bool (*)(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames);
using DeallocFn = void (*)(Object* o);
// Cycle collector support: call visit on every object reference the object owns.
using VisitFn = void (*)(Object* o, void* arg);
using TraverseFn = void (*)(Object* o, VisitFn visit, void* arg);
using ClearFn = void (*)(Object* o);  // drop references that may form cycles
// The buffer protocol (CPython's bf_getbuffer/bf_releasebuffer, one-dimensional
// contiguous exports; memoryview.cpp adds shape/strides on top). getbuffer fills
// `out` (owner = a new reference to the exporter) and counts the export;
// releasebuffer undoes it. flags: kBufWritable asks for writable memory
// (BufferError/TypeError when read-only). See buffer_get/buffer_release (objects.h).
struct BufferView {
  void* buf = nullptr;
  int64_t len = 0;              // bytes
  bool readonly = true;
  int64_t itemsize = 1;
  const char* format = "B";     // struct-module format of one item (static storage)
  Value owner;                  // owned reference to the exporter (null: none)
};
enum BufferFlags : int { kBufSimple = 0, kBufWritable = 1 };
using GetBufferFn = bool (*)(ThreadState* ts, Value obj, BufferView* out, int flags);  // false + error
using ReleaseBufferFn = void (*)(ThreadState* ts, Value obj, BufferView* view);  // ts may be null (dealloc)

// All the behaviour slots of a type. A null slot means "not supported" (the
// generic operation raises the usual TypeError), except where noted.
struct TypeSlots {
  DeallocFn dealloc = nullptr;     // required for every concrete type
  TraverseFn traverse = nullptr;   // containers (flag kHasGC)
  ClearFn clear = nullptr;
  UnaryFn repr = nullptr;          // null: object's default <T object at 0x...>
  UnaryFn str = nullptr;           // null: use repr
  HashFn hash = nullptr;           // null: identity hash (object.__hash__)
  RichCmpFn richcompare = nullptr; // null: identity for ==/!=, NotImplemented otherwise
  GetAttrFn getattr = nullptr;     // null: generic_getattr
  SetAttrFn setattr = nullptr;     // null: generic_setattr
  CallFn call = nullptr;
  UnaryFn iter = nullptr;
  UnaryFn iternext = nullptr;      // returns null WITHOUT an error set at exhaustion
  DescrGetFn descr_get = nullptr;
  DescrSetFn descr_set = nullptr;
  NewFn new_ = nullptr;
  InitFn init = nullptr;
  // Numbers. Binary slots follow CPython: the slot of EITHER operand's type may be
  // called with (left, right) in source order, so check which argument is yours.
  BinaryFn add = nullptr, sub = nullptr, mul = nullptr, matmul = nullptr, truediv = nullptr,
           floordiv = nullptr, mod = nullptr, divmod = nullptr, lshift = nullptr, rshift = nullptr,
           and_ = nullptr, or_ = nullptr, xor_ = nullptr;
  TernaryFn pow = nullptr;         // third argument is None when absent
  // In-place variants (null: fall back to the binary slot).
  BinaryFn iadd = nullptr, isub = nullptr, imul = nullptr, imatmul = nullptr, itruediv = nullptr,
           ifloordiv = nullptr, imod = nullptr, ilshift = nullptr, irshift = nullptr,
           iand = nullptr, ior = nullptr, ixor = nullptr;
  TernaryFn ipow = nullptr;
  UnaryFn neg = nullptr, pos = nullptr, abs = nullptr, invert = nullptr;
  InquiryFn bool_ = nullptr;       // null: fall back to len, then true
  UnaryFn int_ = nullptr, float_ = nullptr, index = nullptr;
  // Containers.
  LenFn len = nullptr;
  BinaryFn getitem = nullptr;      // obj[key] (mapping and sequence, like mp_subscript)
  SetItemFn setitem = nullptr;     // obj[key] = v / del obj[key]
  ContainsFn contains = nullptr;   // null: fall back to iteration
  // Buffer protocol (helper-38). Not inherited by inherit_slots: buffer_get walks the bases.
  GetBufferFn getbuffer = nullptr;
  ReleaseBufferFn releasebuffer = nullptr;  // null: nothing to undo
};

// A method implemented in C++. Stored in a type's dict as a method descriptor
// (binds to instances) or, for modules, as a builtin function.
enum MethodFlags : uint32_t {
  kMethNormal = 0,
  kMethClass = 1,     // classmethod: self is the type
  kMethStatic = 2,    // staticmethod: self is null
};
struct MethodDef {
  const char* name;
  NativeFn fn;
  uint32_t flags = kMethNormal;
  const char* doc = nullptr;
};
// A computed attribute implemented in C++ (like CPython's getset descriptors).
struct GetSetDef {
  const char* name;
  Value (*get)(ThreadState* ts, Value self);
  bool (*set)(ThreadState* ts, Value self, Value v) = nullptr;  // null: read-only
  const char* doc = nullptr;
};

enum TypeFlags : uint32_t {
  kTypeBaseType = 1u << 0,     // may be subclassed
  kTypeHeapType = 1u << 1,     // created by a class statement (mutable, has __dict__ slots)
  kTypeHasGC = 1u << 2,        // instances can be part of reference cycles
  kTypeIsAbstract = 1u << 3,
  kTypeHasFinalizer = 1u << 4, // __del__ defined
  // Instances accept weak references (CPython's tp_weaklistoffset != 0); only
  // meaningful with kTypeHasGC. Set by type_from_spec / class creation (weakref).
  kTypeWeakrefable = 1u << 5,
  // Fast subclass checks (set on the type and inherited by subclasses):
  kTypeIntSubclass = 1u << 8,
  kTypeFloatSubclass = 1u << 9,
  kTypeStrSubclass = 1u << 10,
  kTypeBytesSubclass = 1u << 11,
  kTypeTupleSubclass = 1u << 12,
  kTypeListSubclass = 1u << 13,
  kTypeDictSubclass = 1u << 14,
  kTypeTypeSubclass = 1u << 15,
  kTypeBaseExcSubclass = 1u << 16,
};

// A built-in type, described as constant data; the Interpreter instantiates one
// TypeObject per interpreter from it (types are per-interpreter, nothing is
// process-wide). `base_name` is the name of another built-in spec ("object" when
// null).
struct TypeSpec {
  const char* name;          // "list", or "module.Class" style for stdlib types
  size_t basicsize;          // sizeof the instance struct
  uint32_t flags;
  TypeSlots slots;
  const MethodDef* methods = nullptr;  // terminated by {nullptr}
  const GetSetDef* getsets = nullptr;  // terminated by {nullptr}
  const char* base_name = nullptr;
  const char* doc = nullptr;
  size_t itemsize = 0;       // for variable-size objects (tuple, int?)
};

struct TypeObject : Object {
  StrObject* name = nullptr;       // __name__
  StrObject* qualname = nullptr;   // __qualname__
  StrObject* module = nullptr;     // __module__ (nullptr for builtins)
  TypeObject* base = nullptr;      // __base__ (solid base)
  TupleObject* bases = nullptr;    // __bases__
  TupleObject* mro = nullptr;      // __mro__
  DictObject* dict = nullptr;      // __dict__
  ListObject* subclasses = nullptr;// weak list for slot updates (may be null)
  size_t basicsize = 0;
  size_t itemsize = 0;
  uint32_t flags = 0;
  uint32_t version = 0;            // changes whenever the type or a base changes (attribute caches)
  int64_t dictoffset = 0;          // offset of the DictObject* __dict__ pointer in instances, 0 = none
  int64_t nslots = 0;              // number of __slots__ member slots (heap types)
  TypeSlots slots;
  const TypeSpec* spec = nullptr;  // the spec of a built-in type, or null
  Value metadata;                  // for the runtime's use (e.g. __slots__ names tuple); owned
  struct TypeLookupCache* lookup_cache = nullptr;  // typeobject.cpp: type_lookup cache keyed by version (owned)
};

// ---------------------------------------------------------------- type queries
// The type of any value (immediates included). Returns a borrowed pointer.
inline TypeObject* type_of(ThreadState* ts, Value v);  // defined in interp.h
const char* type_name(ThreadState* ts, Value v);      // "int", "MyClass"
bool is_subtype(TypeObject* a, TypeObject* b);        // a is b or inherits from it (MRO walk)
bool isinstance_exact(ThreadState* ts, Value v, TypeObject* t);
inline bool type_has(TypeObject* t, uint32_t flag) { return (t->flags & flag) != 0; }

// ---------------------------------------------------------------- errors (errors.cpp)
// Raise `type(msg)`. Always returns a null Value so callers can `return raise(...)`.
Value raise(ThreadState* ts, Exc type, std::string_view msg);
Value raise(ThreadState* ts, TypeObject* type, std::string_view msg);
// printf-style message.
Value raisef(ThreadState* ts, Exc type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
// Raise an exception instance or class (like the `raise` statement without `from`).
Value raise_value(ThreadState* ts, Value exc_or_type);
// KeyError(key) with key as the single arg (so str(e) is repr(key)).
Value raise_key_error(ThreadState* ts, Value key);
Value raise_no_memory(ThreadState* ts);
bool err_occurred(ThreadState* ts);
bool err_matches(ThreadState* ts, Exc type);          // pending exception is an instance of type
bool err_matches(ThreadState* ts, TypeObject* type);
void err_clear(ThreadState* ts);
// Take the pending exception (new reference; null if none), clearing it.
Value err_fetch(ThreadState* ts);
void err_restore(ThreadState* ts, Value exc);          // steals exc
TypeObject* exc_type(ThreadState* ts, Exc e);          // borrowed
std::string strf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
// Report the pending exception, which cannot propagate (e.g. in __del__), through
// sys.unraisablehook (CPython's PyErr_WriteUnraisable): by default
// "Exception ignored in: <repr(obj)>", the traceback and the exception line.
void write_unraisable(ThreadState* ts, Value obj);
// The same with CPython's err_msg "Exception ignored <context>" (e.g. context
// "in atexit callback" gives "Exception ignored in atexit callback: <obj>").
void write_unraisable_msg(ThreadState* ts, const char* context, Value obj);
// sys.__unraisablehook__'s printer (CPython's write_unraisable_exc_file): to
// sys.stderr, nothing when it is None; no chained exceptions, "Type: str" even
// for an empty str. Any argument may be null or None.
bool unraisable_print_default(ThreadState* ts, Value exc_type, Value exc_value, Value exc_tb, Value err_msg,
                              Value obj);

// ---------------------------------------------------------------- memory (memory.cpp)
// Allocate a zero-filled instance of `type` with refcnt 1. `extra` bytes are
// added after basicsize (variable-size objects). For kTypeHasGC types the
// object is registered with the cycle collector. Returns nullptr after raising
// MemoryError.
Object* alloc_object(ThreadState* ts, TypeObject* type, size_t extra = 0);
// Free the memory of an object whose dealloc slot has dropped its references.
void free_object(Object* o);
// Memory for buffers owned by objects (list items, dict tables...), accounted
// against the interpreter's memory cap.
void* mem_alloc(size_t n);
void* mem_realloc(void* p, size_t n);
void mem_free(void* p);

// ---------------------------------------------------------------- generic operations (abstract.cpp)
Value repr(ThreadState* ts, Value v);      // returns str
Value str(ThreadState* ts, Value v);       // returns str
Value ascii(ThreadState* ts, Value v);
Value format(ThreadState* ts, Value v, Value spec);  // format(v, spec); spec is a str
bool hash(ThreadState* ts, Value v, int64_t* out);   // raises TypeError: unhashable type: 'list'
int truthy(ThreadState* ts, Value v);                // 1/0, -1 on error
bool length(ThreadState* ts, Value v, int64_t* out);
// Rich comparison with the reflected-operand rules; returns any object.
Value richcompare(ThreadState* ts, Value a, Value b, CmpOp op);
// Comparison reduced to a bool: 1/0, -1 on error. `equal` short-cuts identity like CPython's
// PyObject_RichCompareBool (used by containers).
int richcompare_bool(ThreadState* ts, Value a, Value b, CmpOp op);
int equal(ThreadState* ts, Value a, Value b);

enum class BinOp : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
  Count_
};
const char* binop_symbol(BinOp op);                 // "+", "//", "**", ...
// a OP b with NotImplemented/reflection/subclass-first rules and CPython's TypeError message.
Value binary_op(ThreadState* ts, Value a, Value b, BinOp op);
// a OP= b: tries the in-place slot first.
Value inplace_op(ThreadState* ts, Value a, Value b, BinOp op);
Value power(ThreadState* ts, Value a, Value b, Value mod);  // pow(a, b, mod); mod may be None
Value negative(ThreadState* ts, Value a);
Value positive(ThreadState* ts, Value a);
Value absolute(ThreadState* ts, Value a);
Value invert(ThreadState* ts, Value a);
// operator.index(v): an int, or TypeError "'float' object cannot be interpreted as an integer".
Value index(ThreadState* ts, Value v);
// index() then convert to int64 (OverflowError "cannot fit 'int' into an index-sized integer").
bool index_i64(ThreadState* ts, Value v, int64_t* out);
Value number_int(ThreadState* ts, Value v);    // int(v)
Value number_float(ThreadState* ts, Value v);  // float(v)

Value getattr(ThreadState* ts, Value obj, StrObject* name);           // raises AttributeError
// Like getattr but returns null WITHOUT an error when the attribute is missing
// (other errors stay pending: check err_occurred).
Value getattr_opt(ThreadState* ts, Value obj, StrObject* name);
bool setattr(ThreadState* ts, Value obj, StrObject* name, Value v);   // v null = delete
bool delattr(ThreadState* ts, Value obj, StrObject* name);
Value getattr_str(ThreadState* ts, Value obj, std::string_view name); // interns name
// The default attribute protocol (object.__getattribute__/__setattr__): data
// descriptors, then the instance __dict__, then non-data descriptors/class attributes.
Value generic_getattr(ThreadState* ts, Value obj, StrObject* name);
bool generic_setattr(ThreadState* ts, Value obj, StrObject* name, Value v);
// Look `name` up along type's MRO; returns a borrowed value or null (no error).
Value type_lookup(TypeObject* type, StrObject* name);
// For method calls without creating a bound method (LOAD_METHOD): on success
// returns the function and sets *is_method when `obj` must be passed as first arg.
Value lookup_method(ThreadState* ts, Value obj, StrObject* name, bool* is_method);
// Special-method lookup on the type only (like CPython's _PyObject_LookupSpecial).
Value lookup_special(ThreadState* ts, Value obj, StrObject* name, bool* is_method);

Value getitem(ThreadState* ts, Value obj, Value key);
bool setitem(ThreadState* ts, Value obj, Value key, Value v);
bool delitem(ThreadState* ts, Value obj, Value key);
int contains(ThreadState* ts, Value container, Value item);  // `item in container`: 1/0/-1

Value get_iter(ThreadState* ts, Value v);   // iter(v), with the __getitem__ fallback
// next(it): returns null at exhaustion with NO error pending, or null with an
// error pending on failure. StopIteration raised by a Python __next__ is
// swallowed into exhaustion.
Value iter_next(ThreadState* ts, Value it);

// Calls. `call` dispatches on type slots (functions enter the VM).
Value call(ThreadState* ts, Value callable, const Value* args, size_t nargs, TupleObject* kwnames = nullptr);
Value call0(ThreadState* ts, Value callable);
Value call1(ThreadState* ts, Value callable, Value a);
Value call2(ThreadState* ts, Value callable, Value a, Value b);
// callable(*args_tuple, **kwargs_dict); kwargs may be null.
Value call_tuple_dict(ThreadState* ts, Value callable, TupleObject* args, DictObject* kwargs);
// obj.name(args...) using lookup_method.
Value call_method(ThreadState* ts, Value obj, StrObject* name, const Value* args, size_t nargs, TupleObject* kwnames = nullptr);
Value call_method0(ThreadState* ts, Value obj, std::string_view name);
Value call_method1(ThreadState* ts, Value obj, std::string_view name, Value a);
bool is_callable(ThreadState* ts, Value v);

// isinstance / issubclass with __instancecheck__/__subclasscheck__ and tuples: 1/0/-1.
int isinstance(ThreadState* ts, Value obj, Value cls);
int issubclass(ThreadState* ts, Value cls, Value base);

// Collect an iterable into a new list / tuple.
Value sequence_to_list(ThreadState* ts, Value iterable);
Value sequence_to_tuple(ThreadState* ts, Value iterable);

// ---------------------------------------------------------------- native argument parsing (args.cpp)
// Match (args, nargs, kwnames) against parameter names. `names` has `nnames`
// entries; the first `npos_only` are positional-only (no keywords); parameters
// from index `nkw_only_from` on are keyword-only (pass nnames for none). `nrequired`
// leading parameters are required. Fills out[i] with a BORROWED value or null if
// not given. Raises CPython-style TypeErrors (e.g. "sorted expected 1 argument,
// got 0", "f() got an unexpected keyword argument 'x'", "f() takes at most 2
// arguments (3 given)").
bool parse_args(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kwnames,
                const char* const* names, size_t nnames, size_t npos_only, size_t nkw_only_from,
                size_t nrequired, Value* out);
// Common quick checks, raising CPython's messages.
bool no_kwargs(ThreadState* ts, const char* fname, TupleObject* kwnames);   // "f() takes no keyword arguments"
bool check_nargs(ThreadState* ts, const char* fname, size_t nargs, size_t min, size_t max);

// ---------------------------------------------------------------- recursion guard for C++ re-entry
// Any C++ code that calls back into Python and may recurse (repr of containers,
// __eq__ in dict lookups, sort keys...) uses this RAII guard; on overflow it
// raises RecursionError ("maximum recursion depth exceeded" + `where`).
class RecursionGuard {
 public:
  RecursionGuard(ThreadState* ts, const char* where = "");
  ~RecursionGuard();
  bool ok() const { return ok_; }
 private:
  ThreadState* ts_;
  bool ok_;
};

}  // namespace minipy
