// stdlib/modutil.h — small helpers shared by the native stdlib modules of the
// "data" group (_struct, binascii, zlib, _hashlib, array): module-level
// exception classes, finding a module's attribute from a method, and the
// read/write buffer access every bytes-level module needs.
// Must not: hold state (everything lives in module dicts).
#pragma once
#include <string_view>

#include "runtime/runtime.h"

namespace minipy {

// A new exception class `module.name(bases...)` (new reference). `base` is one
// class (a TypeObject) used as the single base.
Value make_exception_class(ThreadState* ts, std::string_view module, std::string_view name, TypeObject* base);

// sys.modules[module].__dict__[name], borrowed; null (no error) if absent.
Value module_attr(ThreadState* ts, std::string_view module, std::string_view name);

// Raise `msg` as sys.modules[module].<name> (falls back to `fallback` when the
// module or class is gone). Always returns null.
Value raise_module_error(ThreadState* ts, std::string_view module, std::string_view name, Exc fallback,
                         std::string_view msg);

// Read-only bytes of any buffer-like object: bytes, bytearray, memoryview and
// array.array. False + TypeError "a bytes-like object is required, not 'T'".
bool read_buffer(ThreadState* ts, Value v, std::string_view* out);
// After read_buffer failed on v: true when v is a memoryview whose export
// fails (strided, released), with the export's error pending instead
// (BufferError "memoryview: underlying buffer is not C-contiguous",
// ValueError), as CPython's buffer requests; false otherwise (the caller
// then raises its own error).
bool buffer_export_error(ThreadState* ts, Value v);
// Writable bytes (bytearray, memoryview of a bytearray, array.array). False +
// TypeError "argument must be read-write bytes-like object, not T".
bool write_buffer(ThreadState* ts, Value v, char** data, int64_t* len);
// The file descriptor of an int or of an object with fileno() (CPython's
// PyObject_AsFileDescriptor), with CPython's TypeError/ValueError/OverflowError
// messages; used by fcntl, termios and select.
bool fd_from_object(ThreadState* ts, Value v, int* out);
// True for array.array instances (stdlib/arraymodule.cpp); *out gets its bytes.
bool array_buffer(ThreadState* ts, Value v, char** data, int64_t* len);

}  // namespace minipy
