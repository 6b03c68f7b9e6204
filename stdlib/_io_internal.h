// stdlib/_io_internal.h — what the files of the native `_io` module share:
// the _IOBase instance layout (every _io object starts with it), the type
// specs, and small helpers (size arguments, closed checks, the __dict__).
// Files: _io_module.cpp (_IOBase and its abstract subclasses, the module),
// _io_stringio.cpp (StringIO), _io_bytesio.cpp (BytesIO).
// Must not: hold state outside objects (types live in the module's dict).
#pragma once
#include "runtime/runtime.h"

namespace minipy {

// Every instance of an _io type (and of Python subclasses) starts with this.
// The types' dictoffset points at `dict`, so instances have a __dict__ like
// CPython's _io objects.
struct IOBaseObject : Object {
  DictObject* dict;     // instance __dict__, created on first use (owned)
  bool iobase_closed;   // _IOBase.close() ran (CPython's __IOBase_closed attribute)
};

extern const TypeSpec iobase_type_spec;          // _io._IOBase
extern const TypeSpec rawiobase_type_spec;       // _io._RawIOBase
extern const TypeSpec bufferediobase_type_spec;  // _io._BufferedIOBase
extern const TypeSpec textiobase_type_spec;      // _io._TextIOBase
extern const TypeSpec stringio_type_spec;        // _io.StringIO (_io_stringio.cpp)
extern const TypeSpec bytesio_type_spec;         // _io.BytesIO (_io_bytesio.cpp)

// The instance dict, for the dealloc/traverse/clear of every _io type.
void iobase_drop_dict(IOBaseObject* o);
void iobase_visit_dict(IOBaseObject* o, VisitFn visit, void* arg);
// The __dict__ getset shared by the types (_IOBase's is inherited).
Value iobase_get_dict(ThreadState* ts, Value self);
bool iobase_set_dict(ThreadState* ts, Value self, Value v);

// A `size`-like argument: None keeps *out, else an index (CPython's
// _Py_convert_optional_to_ssize_t: "argument should be integer or None, not 'T'").
bool io_optional_size(ThreadState* ts, Value v, int64_t* out);
// Argument count checks with CPython's messages for methods: `qualname` is
// "StringIO.read"; no-argument and one-argument methods name it qualified
// ("StringIO.tell() takes no arguments (1 given)"), ranges bare ("read
// expected at most 1 argument, got 2").
bool io_check_args(ThreadState* ts, const char* qualname, size_t nargs, TupleObject* kw, size_t lo, size_t hi);
// `self.closed` is true -> ValueError("I/O operation on closed file."): the
// check the generic _IOBase methods make (through the attribute, which a
// subclass may override).
bool io_check_closed(ThreadState* ts, Value self);
// _IOBase.readlines(hint) and writelines(lines) on any stream (the fast paths
// for exact StringIO/BytesIO live in their files).
Value iobase_readlines(ThreadState* ts, Value self, int64_t hint);

// io.UnsupportedOperation (defined in runtime/fileio.cpp, which makes the
// class on first use per interpreter): the class (borrowed; null + error on
// failure), and raising it with `msg` (always returns null).
Value io_unsupported_class(ThreadState* ts);
Value io_raise_unsupported(ThreadState* ts, std::string_view msg);

// Fast paths used by _IOBase.writelines/readlines for the exact native types.
bool stringio_write_value(ThreadState* ts, Value self, Value s);   // StringIO.write(s)
bool bytesio_write_value(ThreadState* ts, Value self, Value b);    // BytesIO.write(b)

}  // namespace minipy
