// runtime/objects.h — layouts and C++ APIs of the built-in object types.
// One .cpp per type implements each section (int.cpp, float.cpp, str.cpp, ...).
// Conventions as in object.h: borrowed arguments, new references returned,
// null/false/-1 with a pending exception on failure.
#pragma once
#include <gmp.h>

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy {

// ================================================================ int (int.cpp)
// Small ints are immediates (Value::small_int). IntObject only holds values
// outside [Value::kSmallMin, Value::kSmallMax]; every operation normalises its
// result back to a small int when it fits. bool is a subtype of int whose two
// values are the immediates True/False; int code must accept them as 1/0.
struct IntObject : Object {
  mpz_t z;
};
Value int_from_i64(ThreadState* ts, int64_t i);
Value int_from_u64(ThreadState* ts, uint64_t i);
Value int_from_mpz(ThreadState* ts, const mpz_t z);        // copies, normalises
Value int_from_double(ThreadState* ts, double d);          // truncates; OverflowError/ValueError for inf/nan
// Parse like int(text, base) (base 0 = Python literal rules); ValueError
// "invalid literal for int() with base 10: 'x'" on failure.
Value int_from_string(ThreadState* ts, std::string_view text, int base);
bool is_int(ThreadState* ts, Value v);        // int or subclass (includes bool)
bool is_int_exact(ThreadState* ts, Value v);  // small int or exact int object (not bool)
// Convert an int (or bool) value to int64; false + OverflowError if too big.
// An int as int64 (OverflowError when it does not fit); other objects go
// through __index__ (TypeError when they have none).
bool int_as_i64(ThreadState* ts, Value v, int64_t* out);
// Read any int (small/big/bool/subclass instance) into `out` (initialised by caller).
void int_to_mpz(ThreadState* ts, Value v, mpz_t out);
double int_as_double(ThreadState* ts, Value v, bool* overflow);  // overflow -> OverflowError set by caller
// Base 10: like str(); bases 2/8/16 give bin()/oct()/hex() text ('-0x1f'). Other bases: bare digits.
Value int_to_str(ThreadState* ts, Value v, int base = 10);       // decimal obeys the 4300-digit limit
int int_sign(ThreadState* ts, Value v);
// Arithmetic on ints (both operands int/bool), used by the VM's fast paths
// when the small-int inline path overflows.
Value int_binary(ThreadState* ts, Value a, Value b, BinOp op);
int int_compare(ThreadState* ts, Value a, Value b);  // -1/0/1 (ints only, no error)
int64_t int_hash(ThreadState* ts, Value v);          // CPython's: modulo 2**61-1, -1 -> -2
extern const TypeSpec int_type_spec;
extern const TypeSpec bool_type_spec;

// ================================================================ float (float.cpp)
struct FloatObject : Object {
  double value;
};
Value float_new(ThreadState* ts, double d);
bool is_float(ThreadState* ts, Value v);  // float or subclass
inline double float_value(Value v) { return v.as<FloatObject>()->value; }
// Convert int or float (or __float__/__index__ implementors) to double.
bool as_double(ThreadState* ts, Value v, double* out);
// Shortest round-trip repr as CPython prints it: 1.0, 1e+16, 1e-05, inf, nan, -0.0.
std::string float_repr(double d);
int64_t float_hash(double d);             // CPython-compatible
Value float_from_string(ThreadState* ts, std::string_view s);  // float("1.5e3"), ValueError message like CPython
// Drop the per-interpreter float free list (interpreter_destroy calls it).
void float_freelist_clear(Interpreter* interp);
extern const TypeSpec float_type_spec;
// complex (complex.cpp). The compiler builds imaginary literals with complex_new.
struct ComplexObject : Object {
  double real, imag;
};
Value complex_new(ThreadState* ts, double real, double imag);
bool is_complex(ThreadState* ts, Value v);  // complex or subclass
extern const TypeSpec complex_type_spec;

// ================================================================ str (str.cpp)
// Immutable Unicode string, stored as UTF-8 with its code-point length.
// `data` is NUL-terminated. For non-ASCII strings random access by code point
// uses a lazily built index (see str.cpp).
struct StrObject : Object {
  int64_t length;      // code points
  int64_t size;        // bytes of UTF-8
  int64_t hash;        // -1 until computed
  uint8_t ascii;       // all code points < 128
  uint8_t interned;
  uint32_t* index;     // lazily: byte offset of every 64th code point (non-ASCII only), mem_alloc'd
  char data[1];        // size + 1 bytes
  std::string_view view() const { return std::string_view(data, size_t(size)); }
};
Value str_new(ThreadState* ts, std::string_view utf8);        // must be valid UTF-8
Value str_from_cstr(ThreadState* ts, const char* s);
Value str_from_codepoint(ThreadState* ts, uint32_t cp);
// Decode with errors='strict' semantics: invalid UTF-8 -> UnicodeDecodeError.
Value str_decode_utf8(ThreadState* ts, std::string_view bytes);
bool is_str(ThreadState* ts, Value v);         // str or subclass
inline std::string_view str_view(Value v) { return v.as<StrObject>()->view(); }
int64_t str_hash(StrObject* s);                // cached
bool str_equal(StrObject* a, StrObject* b);    // content equality
Value str_concat(ThreadState* ts, Value a, Value b);
Value str_join(ThreadState* ts, Value sep, Value iterable);
// s % args (printf-style formatting for str).
Value str_percent_format(ThreadState* ts, Value fmt, Value args);
// str.format(*args, **kwargs) core.
Value str_format_method(ThreadState* ts, Value fmt, const Value* args, size_t nargs, TupleObject* kwnames);
// repr of a str with CPython's quoting rules.
Value str_repr(ThreadState* ts, Value s);
std::string str_repr_text(std::string_view utf8, bool ascii_only = false);
extern const TypeSpec str_type_spec;
extern const TypeSpec str_iter_type_spec;   // iter('...') (str.cpp)
// `*left += right` for the VM: when *left is an exact, non-interned str with
// refcnt 1 it is grown in place (amortised O(1) appends); otherwise a new
// string replaces it (the old reference is consumed either way). Non-str
// operands fall back to inplace_op. False + exception on error (*left intact).
bool str_concat_inplace(ThreadState* ts, Value* left, Value right);
// Start-up hook (the ''/one-char caches and the interned table also fill lazily).
bool str_init_interpreter(Interpreter* interp);

// Interned identifier strings (names). The same text always gives the same
// object for the life of the interpreter; compare interned names by pointer.
StrObject* intern(ThreadState* ts, std::string_view s);   // borrowed, immortal
StrObject* intern(Interpreter* interp, std::string_view s);

// ================================================================ bytes / bytearray (bytes.cpp)
struct BytesObject : Object {
  int64_t size;
  int64_t hash;  // -1 until computed
  char data[1];  // size + 1 (NUL-terminated)
  std::string_view view() const { return std::string_view(data, size_t(size)); }
};
struct ByteArrayObject : Object {
  int64_t size, capacity;
  char* data;    // mem_alloc'd
  int64_t exports;
  std::string_view view() const { return std::string_view(data ? data : "", size_t(size)); }
};
Value bytes_new(ThreadState* ts, std::string_view data);
Value bytearray_new(ThreadState* ts, std::string_view data);
bool is_bytes(ThreadState* ts, Value v);
bool is_bytearray(ThreadState* ts, Value v);
// Get the bytes of a bytes/bytearray (or buffer-like) object; false + TypeError otherwise.
bool bytes_like_view(ThreadState* ts, Value v, std::string_view* out);
// The buffer protocol (bytes.cpp; helper-38): export v's buffer through its type's (or a
// base's) getbuffer slot; TypeError "a bytes-like object is required, not 'T'" without one.
// Every successful buffer_get needs one buffer_release (which drops view->owner; a no-op
// on an empty view; ts may be null when called from a dealloc).
bool buffer_get(ThreadState* ts, Value v, BufferView* out, int flags);
void buffer_release(ThreadState* ts, BufferView* view);
bool has_buffer(ThreadState* ts, Value v);
// Writable bytes of a buffer (momentary export, like bytes_like_view); TypeError
// "argument must be read-write bytes-like object, not T" otherwise.
bool writable_buffer_view(ThreadState* ts, Value v, char** data, int64_t* len);
extern const TypeSpec bytes_type_spec;
extern const TypeSpec bytearray_type_spec;
extern const TypeSpec bytes_iter_type_spec;      // iter(b'...') (bytes.cpp)
extern const TypeSpec bytearray_iter_type_spec;  // iter(bytearray(...))
extern const TypeSpec memoryview_type_spec;      // memoryview over bytes/bytearray (memoryview.cpp)

// ================================================================ tuple (tuple.cpp)
struct TupleObject : Object {
  int64_t size;
  int64_t hash;      // cached hash, -1 until computed (only for all-hashable)
  Value items[1];    // `size` items (allocated with alloc_object extra)
};
// New tuple with `n` slots set to null; the caller fills every slot (owned refs).
TupleObject* tuple_new(ThreadState* ts, int64_t n);
Value tuple_from(ThreadState* ts, const Value* items, int64_t n);  // increfs items
Value tuple_pack(ThreadState* ts, std::initializer_list<Value> items);
inline int64_t tuple_size(Value t) { return t.as<TupleObject>()->size; }
inline Value tuple_item(Value t, int64_t i) { return t.as<TupleObject>()->items[i]; }  // borrowed
bool is_tuple(ThreadState* ts, Value v);
Value empty_tuple(ThreadState* ts);   // shared () (new reference)
int64_t tuple_hash_items(ThreadState* ts, const Value* items, int64_t n, bool* ok);  // CPython's xxHash-based tuple hash
extern const TypeSpec tuple_type_spec;
extern const TypeSpec tuple_iter_type_spec;

// ================================================================ list (list.cpp)
struct ListObject : Object {
  int64_t size;
  int64_t capacity;
  Value* items;      // mem_alloc'd
};
ListObject* list_new(ThreadState* ts, int64_t size = 0);  // items set to null when size > 0; caller fills
bool list_append(ThreadState* ts, ListObject* l, Value v);   // increfs v
bool list_extend(ThreadState* ts, ListObject* l, Value iterable);
bool list_insert(ThreadState* ts, ListObject* l, int64_t where, Value v);
// Sort in place (stable; key/reverse as list.sort). key may be null/None.
bool list_sort(ThreadState* ts, ListObject* l, Value key, bool reverse);
Value list_as_tuple(ThreadState* ts, ListObject* l);
bool is_list(ThreadState* ts, Value v);
extern const TypeSpec list_type_spec;
extern const TypeSpec list_iter_type_spec;
extern const TypeSpec list_reviter_type_spec;
// Recursive-repr detection (like CPython's Py_ReprEnter/Py_ReprLeave), for any
// container's repr: repr_enter returns 1 if `o` is already being repr'd on this
// thread (print "[...]"), else 0 after marking it; call repr_leave when done.
int repr_enter(ThreadState* ts, Object* o);
void repr_leave(ThreadState* ts, Object* o);

// ================================================================ dict (dict.cpp)
// Insertion-ordered hash table with CPython's layout (index table + entries),
// so resizing and iteration order match CPython. Internals in dict.cpp.
struct DictEntry {
  int64_t hash;
  Value key;     // null = deleted entry
  Value value;
};
struct DictObject : Object {
  int64_t used;          // live items
  int64_t nentries;      // entries in use (including deleted)
  int64_t capacity;      // entries capacity
  int64_t log2_size;     // index table size = 1 << log2_size
  void* indices;         // int8/16/32/64 index table (mem_alloc'd, with entries after it)
  DictEntry* entries;
  uint64_t version;      // bumped on every mutation (global caches / iteration checks)
};
DictObject* dict_new(ThreadState* ts);
// Lookup: returns BORROWED value, or null. Null with err_occurred() means an
// error happened (e.g. unhashable key or __eq__ raised); null without means missing.
Value dict_get(ThreadState* ts, DictObject* d, Value key);
// Fast path for interned str keys (identity, then content). Borrowed; never raises.
Value dict_get_str(DictObject* d, StrObject* key);
// The same lookup giving the index of the key's entry in d->entries, or -1.
// Attribute caches (vm/attr_cache.h) remember it as a hint: a later hit is
// `entries[hint].key == key` with no hashing. Never raises.
int64_t dict_index_str(DictObject* d, StrObject* key);
bool dict_set(ThreadState* ts, DictObject* d, Value key, Value value);   // increfs both
bool dict_set_str(ThreadState* ts, DictObject* d, std::string_view key, Value value);  // interns key
// Delete: 1 deleted, 0 missing (no error), -1 error.
int dict_del(ThreadState* ts, DictObject* d, Value key);
// Iterate: start with *pos = 0; returns false at the end. Borrowed key/value.
bool dict_next(DictObject* d, int64_t* pos, Value* key, Value* value);
inline int64_t dict_size(DictObject* d) { return d->used; }
bool dict_update(ThreadState* ts, DictObject* d, Value other);  // dict.update(other) semantics (mapping or pairs)
bool dict_merge(ThreadState* ts, DictObject* d, Value mapping, bool override);  // for {**a} and f(**kw)
DictObject* dict_copy(ThreadState* ts, DictObject* d);
void dict_clear(DictObject* d);
bool is_dict(ThreadState* ts, Value v);
extern const TypeSpec dict_type_spec;
extern const TypeSpec dict_keys_type_spec;
extern const TypeSpec dict_values_type_spec;
extern const TypeSpec dict_items_type_spec;
extern const TypeSpec dict_keyiter_type_spec;
extern const TypeSpec dict_valueiter_type_spec;
extern const TypeSpec dict_itemiter_type_spec;
extern const TypeSpec dict_revkeyiter_type_spec;
extern const TypeSpec dict_revvalueiter_type_spec;
extern const TypeSpec dict_revitemiter_type_spec;
// Lookup with a precomputed hash (borrowed result; null + err_occurred on error).
Value dict_get_known_hash(ThreadState* ts, DictObject* d, Value key, int64_t hash);
bool dict_set_known_hash(ThreadState* ts, DictObject* d, Value key, int64_t hash, Value value);

// ================================================================ set / frozenset (set.cpp)
// Open addressing with CPython's probing, sizes and growth, so iteration order
// (what print() shows) matches CPython for ints, floats and tuples.
struct SetEntry {
  Value key;     // null = empty; a dummy marker for deleted slots (see set.cpp)
  int64_t hash;
};
struct SetObject : Object {
  int64_t fill;    // active + dummy
  int64_t used;    // active
  int64_t mask;    // table size - 1
  SetEntry* table; // points at smalltable or mem_alloc'd
  int64_t hash;    // frozenset hash cache, -1
  int64_t finger;  // pop() search position
  SetEntry smalltable[8];
};
SetObject* set_new(ThreadState* ts, Value iterable = Value());       // iterable may be null
SetObject* frozenset_new(ThreadState* ts, Value iterable = Value());
bool set_add(ThreadState* ts, SetObject* s, Value key);
// s.update(iterable) with CPython's strategies (table copy/merge for sets and dicts).
bool set_update_internal(ThreadState* ts, SetObject* so, Value other);
int set_contains(ThreadState* ts, SetObject* s, Value key);          // 1/0/-1
int set_discard(ThreadState* ts, SetObject* s, Value key);           // 1/0/-1
bool set_next(SetObject* s, int64_t* pos, Value* key);               // borrowed
bool is_set_or_frozenset(ThreadState* ts, Value v);
extern const TypeSpec set_type_spec;
extern const TypeSpec frozenset_type_spec;
extern const TypeSpec set_iter_type_spec;

// ================================================================ range / slice (range.cpp, slice.cpp)
struct RangeObject : Object {
  Value start, stop, step, length;   // ints (small or big)
};
struct SliceObject : Object {
  Value start, stop, step;           // any objects (None when absent)
};
Value slice_new(ThreadState* ts, Value start, Value stop, Value step);
// Resolve a slice against a sequence length like slice.indices(); returns the slice length.
bool slice_indices(ThreadState* ts, SliceObject* s, int64_t length, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* slicelength);
extern const TypeSpec range_type_spec;
extern const TypeSpec slice_type_spec;
extern const TypeSpec range_iter_type_spec;
extern const TypeSpec longrange_iter_type_spec;
Value range_new(ThreadState* ts, int64_t start, int64_t stop, int64_t step);  // step != 0

// ================================================================ iterators (iterobject.cpp)
// Built-in iterator types (list/tuple/str/dict/set/range iterators live with
// their types). Generic: seq iterator (the __getitem__ protocol), callable
// iterator (iter(f, sentinel)), enumerate, zip, map, filter, reversed.
extern const TypeSpec seq_iter_type_spec;
extern const TypeSpec callable_iter_type_spec;
extern const TypeSpec enumerate_type_spec;
extern const TypeSpec zip_type_spec;
extern const TypeSpec map_type_spec;
extern const TypeSpec filter_type_spec;
extern const TypeSpec reversed_type_spec;
// Constructors used by get_iter / iter(): the __getitem__ sequence iterator and iter(f, sentinel).
Value seq_iter_new(ThreadState* ts, Value seq);
Value callable_iter_new(ThreadState* ts, Value callable, Value sentinel);

// ================================================================ core object machinery (typeobject.cpp)
// `object` instances of user classes: header, then __slots__ values, then the
// __dict__ pointer (at type->dictoffset) when the class has one.
struct InstanceObject : Object {
  // followed by: Value slots[type->nslots]; DictObject* dict (if dictoffset != 0)
};
// Instances of classes derived from variable-size built-ins (tuple, str) keep
// their __dict__ pointer in front of the GC header instead (their size varies
// per instance): dictoffset == kDictBeforeHeader. Such classes are always GC types.
constexpr int64_t kDictBeforeHeader = -1;
constexpr size_t kGcHeadBytes = 32;  // sizeof(GcHead), checked in gc.h
inline DictObject** instance_dict_ptr(Object* o) {
  int64_t off = o->type->dictoffset;
  if (off > 0) return reinterpret_cast<DictObject**>(reinterpret_cast<char*>(o) + off);
  if (off == kDictBeforeHeader) return reinterpret_cast<DictObject**>(reinterpret_cast<char*>(o) - kGcHeadBytes) - 1;
  return nullptr;
}
// Create a class: type(name, bases, dict) including __slots__, __init_subclass__,
// __set_name__, metaclass resolution, C3 MRO ("Cannot create a consistent method resolution order (MRO)..." errors).
Value type_new_class(ThreadState* ts, TypeObject* metatype, Value name, Value bases, Value dict, TupleObject* kwnames = nullptr, const Value* kwvalues = nullptr);
// Build a TypeObject for a built-in spec (used by interpreter start-up and stdlib modules).
TypeObject* type_from_spec(ThreadState* ts, const TypeSpec* spec, TypeObject* base);
// Call after changing a type's dict: updates slots (e.g. when __add__ is assigned) and bumps versions.
void type_modified(ThreadState* ts, TypeObject* t, StrObject* changed_name);
// For the VM's attribute caches (vm/attr_cache.cpp): which default protocol a
// type's getattr slot amounts to. Generic = object.__getattribute__; Class =
// type.__getattribute__ (metaclass descriptors, then the class's MRO). The
// Hook variants call a __getattr__ (the class's, or a module's own) after the
// default lookup raises AttributeError. Other = anything else (a Python
// __getattribute__, super, ...): not cacheable.
enum class AttrProtocol : uint8_t { Other, Generic, GenericHook, Class, ClassHook };
AttrProtocol type_attr_protocol(ThreadState* ts, TypeObject* t);
Value object_default_repr(ThreadState* ts, Value v);   // <__main__.A object at 0x...>
extern const TypeSpec object_type_spec;
extern const TypeSpec type_type_spec;
extern const TypeSpec super_type_spec;
extern const TypeSpec property_type_spec;
extern const TypeSpec staticmethod_type_spec;
extern const TypeSpec classmethod_type_spec;
extern const TypeSpec none_type_spec;
extern const TypeSpec notimplemented_type_spec;
extern const TypeSpec ellipsis_type_spec;

// Bound method: func bound to self (Python functions and any callable).
struct MethodObject : Object {
  Value func;
  Value self;
};
Value method_new(ThreadState* ts, Value func, Value self);
extern const TypeSpec method_type_spec;

// Native functions: builtins and bound methods of C++ types.
struct BuiltinFunctionObject : Object {
  const MethodDef* def;
  Value self;        // module, bound instance, or null
  Value module_name; // str or null (for __module__)
};
Value builtin_function_new(ThreadState* ts, const MethodDef* def, Value self, Value module_name = Value());
extern const TypeSpec builtin_function_type_spec;

// Descriptors created from TypeSpec.methods / getsets.
struct MethodDescrObject : Object {
  const MethodDef* def;
  TypeObject* owner;   // borrowed (the type owns its dict)
};
struct GetSetDescrObject : Object {
  const GetSetDef* def;
  TypeObject* owner;
};
// Descriptor for a __slots__ member of a heap type.
struct MemberDescrObject : Object {
  StrObject* name;
  TypeObject* owner;
  int64_t offset;   // byte offset in the instance
};
// Wraps a type slot as a method (int.__add__, list.__len__ ...).
struct SlotWrapperObject : Object {
  StrObject* name;
  TypeObject* owner;
  int kind;          // which slot (typeobject.cpp)
};
extern const TypeSpec method_descr_type_spec;
extern const TypeSpec classmethod_descr_type_spec;
extern const TypeSpec getset_descr_type_spec;
extern const TypeSpec member_descr_type_spec;
extern const TypeSpec slot_wrapper_type_spec;
extern const TypeSpec method_wrapper_type_spec;

struct PropertyObject : Object {
  Value fget, fset, fdel, doc;
  Value name;   // set by __set_name__
};
struct StaticMethodObject : Object { Value func; Value dict; };
struct ClassMethodObject : Object { Value func; Value dict; };
struct SuperObject : Object {
  TypeObject* type;       // the class super() was called in (owned)
  Value obj;              // the instance or class (owned)
  TypeObject* obj_type;   // type used for the MRO (owned)
};
// Zero-argument super(): implemented by the VM (it reads the calling frame's
// first argument and its __class__ cell). Returns false with RuntimeError set
// ("super(): no arguments", "super(): __class__ cell not found"...). *obj is borrowed.
bool super_zero_args(ThreadState* ts, TypeObject** type, Value* obj);

// ================================================================ modules (module.cpp)
struct ModuleObject : Object {
  DictObject* dict;
  Value name;       // str
  void* state;      // native module state (owned by the module's def)
  const struct ModuleDef* def;
};
// A native module: created on first import from its table of functions and an
// optional init hook (to add types and constants).
struct ModuleDef {
  const char* name;
  const char* doc;
  const MethodDef* methods;   // terminated by {nullptr}
  bool (*init)(ThreadState* ts, ModuleObject* m) = nullptr;
};
Value module_new(ThreadState* ts, std::string_view name);
// Add a value to a module's dict (increfs v). For module init hooks.
bool module_add(ThreadState* ts, ModuleObject* m, std::string_view name, Value v);
extern const TypeSpec module_type_spec;

// ================================================================ cells (function.cpp, VM)
struct CellObject : Object {
  Value ref;  // null = empty
};
Value cell_new(ThreadState* ts, Value v);
extern const TypeSpec cell_type_spec;

// ================================================================ exceptions (exceptions.cpp)
struct BaseExceptionObject : Object {
  DictObject* dict;         // instance __dict__ (user attributes)
  Value args;               // tuple
  Value notes;              // list or null (__notes__)
  Value traceback;          // traceback object or null
  Value context;            // __context__ or null
  Value cause;              // __cause__ or null
  bool suppress_context;    // __suppress_context__
};
struct StopIterationObject : BaseExceptionObject { Value value; };
struct SystemExitObject : BaseExceptionObject { Value code; };
struct ImportErrorObject : BaseExceptionObject { Value msg, name, path; };
struct NameErrorObject : BaseExceptionObject { Value name; };
struct AttributeErrorObject : BaseExceptionObject { Value name, obj; };
struct OSErrorObject : BaseExceptionObject { Value myerrno, strerror, filename, filename2; };
struct SyntaxErrorObject : BaseExceptionObject { Value msg, filename, lineno, offset, text, end_lineno, end_offset, print_file_and_line; };
struct ExceptionGroupObject : BaseExceptionObject { Value msg, excs; };
// Tracebacks: one entry per frame the exception passed through.
struct TracebackObject : Object {
  Value next;       // TracebackObject or null
  Value frame;      // frame object (vm) or null
  Value code;       // CodeObject (vm/code.h) of that frame: filename, name, positions
  int lasti;        // instruction offset (index into code->positions)
  int lineno;
};
bool is_exception_instance(ThreadState* ts, Value v);
bool is_exception_class(ThreadState* ts, Value v);
// Create an instance: exc_type(*args).
Value exception_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs);
// Print a full CPython-style report (chained causes/contexts, tracebacks with
// source lines and carets, "Type: message") to `out` text.
std::string format_exception(ThreadState* ts, Value exc);
extern const TypeSpec traceback_type_spec;
// --- additions (exceptions/builtins/sys/io engineer) ---
// Build every built-in exception class of exc_table.h into interp->exc_types
// (called once at interpreter start-up, after the core types exist).
bool exceptions_init(ThreadState* ts);
// OSError(err, strerror(err)[, filename[, None, filename2]]) — mapped to the
// errno's subclass (FileNotFoundError...). Always returns null.
Value raise_errno(ThreadState* ts, int err, Value filename = Value(), Value filename2 = Value());
// UnicodeDecodeError(encoding, object, start, end, reason) instance (new reference).
Value unicode_decode_error_new(ThreadState* ts, const char* encoding, std::string_view object, int64_t start,
                               int64_t end, const char* reason);
// UnicodeEncodeError(encoding, object, start, end, reason); object is UTF-8 text, start/end in code points.
Value unicode_encode_error_new(ThreadState* ts, const char* encoding, std::string_view object, int64_t start,
                               int64_t end, const char* reason);
// Prepend a traceback entry to exc.__traceback__ (the VM calls it as an
// exception unwinds through a frame). frame may be null.
bool traceback_add(ThreadState* ts, Value exc, Value frame, Value code, int lasti, int lineno);
// Print an uncaught exception the way sys.excepthook does (format_exception to sys.stderr).
void print_exception(ThreadState* ts, Value exc);

// ================================================================ file objects (fileio.cpp)
// open(file, mode, buffering, encoding, errors, newline, closefd) — text or binary file object.
Value file_open(ThreadState* ts, Value file, std::string_view mode, int64_t buffering, Value encoding,
                Value errors, Value newline, bool closefd = true);
// A file object over an existing fd (sys.stdin/stdout/stderr). line_buffered: flush at "\n".
Value file_from_fd(ThreadState* ts, int fd, const char* name, const char* mode, bool line_buffered);
// Write text to sys.stderr (or fd 2 when sys.stderr is missing); errors are swallowed.
void write_stderr(ThreadState* ts, std::string_view text);
// Write text to a file-like object (fast path for our file objects; else calls .write).
bool file_write_text(ThreadState* ts, Value file, std::string_view text);
// The current sys.stdin / sys.stdout / sys.stderr (fd 0/1/2), borrowed; may be null or None.
Value current_std_stream(ThreadState* ts, int fd);
// Flush sys.stdout and sys.stderr (at exit and before reading stdin). False
// when a flush failed; with `report` (finalisation, as CPython's
// flush_std_files) a failing sys.stdout is reported as an unraisable error
// ("Exception ignored in: <stdout>"), a failing sys.stderr silently.
bool flush_std_streams(ThreadState* ts, bool report = false);
extern const TypeSpec text_file_type_spec;
extern const TypeSpec binary_file_type_spec;

// ================================================================ types.GenericAlias (genericalias.cpp)
// list[int] and friends: `origin[args]`. args may be a tuple or a single value.
// Built-in generic types return this from __class_getitem__.
Value generic_alias_new(ThreadState* ts, Value origin, Value args);
Value generic_alias_type(ThreadState* ts);   // the type (borrowed), created on first use
extern const TypeSpec generic_alias_type_spec;

// ================================================================ VM hooks (implemented in vm/)
// Small entry points the builtins and sys modules need from the evaluation loop.
Value vm_globals(ThreadState* ts);                 // globals() of the calling frame (new ref)
Value vm_locals(ThreadState* ts);                  // locals() of the calling frame (new ref)
// exec/eval: source (str/bytes) or code object; globals/locals may be None.
Value vm_exec(ThreadState* ts, Value source_or_code, Value globals, Value locals, bool eval_mode);
// compile() of source text: flags are CPython's PyCF_* / CO_FUTURE_* bits,
// optimize -1 = the interpreter's -O level, else 0/1/2.
Value vm_compile(ThreadState* ts, Value source, Value filename, Value mode, int flags = 0, int optimize = -1);
Value vm_build_class(ThreadState* ts, const Value* args, size_t nargs, TupleObject* kwnames);
Value vm_import(ThreadState* ts, Value name, Value globals, Value fromlist, int level);
Value vm_getframe(ThreadState* ts, int depth);     // sys._getframe(depth)
// The finaliser of a generator or coroutine (CPython's _PyGen_Finalize: close
// it, or warn that a coroutine was never awaited), for the cycle collector.
void vm_generator_finalize(ThreadState* ts, Object* gen);

// ================================================================ format mini-language (format.cpp)
struct FormatSpec {
  uint32_t fill = ' ';
  char align = 0;        // '<' '>' '^' '=' or 0
  char sign = 0;         // '+' '-' ' ' or 0
  bool alternate = false;  // '#'
  bool zero_pad = false;   // '0'
  bool no_neg_zero = false; // 'z'
  int64_t width = -1;
  char grouping = 0;     // ',' or '_' or 0
  int64_t precision = -1;
  char type = 0;         // 0 or one of bcdeEfFgGnosxX%
};
// Parse a format spec; ValueError "Invalid format specifier" style errors.
// The 3-argument form names the object type 'str' in "Invalid format specifier"
// errors; pass type_name for other types.
bool parse_format_spec(ThreadState* ts, std::string_view spec, FormatSpec* out);
bool parse_format_spec(ThreadState* ts, std::string_view spec, FormatSpec* out, const char* type_name);
Value format_int(ThreadState* ts, Value v, const FormatSpec& spec);
Value format_float(ThreadState* ts, double d, const FormatSpec& spec);
Value format_str(ThreadState* ts, std::string_view s, const FormatSpec& spec);
// %-style formatting of one number (shared by str % and bytes %): conversion
// char in "diouxXeEfFgGc".
bool percent_format_number(ThreadState* ts, Value v, char conv, const FormatSpec& spec, std::string* out);
// Helpers for padding (code-point aware).
std::string pad_text(std::string_view utf8, const FormatSpec& spec, char default_align);

}  // namespace minipy
