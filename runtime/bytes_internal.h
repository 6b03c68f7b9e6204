// runtime/bytes_internal.h — helpers shared by bytes.cpp and bytes_methods.cpp
// (internal to the bytes/bytearray implementation).
#pragma once
#include <string>
#include <string_view>

#include "runtime/unicode.h"

namespace minipy {

// memoryview (memoryview.cpp): a view of any buffer exporter, with CPython's
// format/shape/strides model (up to kMvMaxDim dimensions).
constexpr int kMvMaxDim = 64;
struct MemoryViewObject : Object {
  Value obj;            // owned: the exporting object (memoryview.obj)
  BufferView view;      // the export held until release() (view.owner owned)
  char* buf;            // first item
  int64_t itemsize;
  int64_t ndim;
  int64_t shape[kMvMaxDim];
  int64_t strides[kMvMaxDim];
  char format[8];       // "B", "i", ... (native single-character formats)
  int64_t hash;         // -1 until computed
  bool readonly;
  bool released;
};
bool is_memoryview(ThreadState* ts, Value v);
// The bytes of a memoryview in C order (works for strided views); false + error.
bool memoryview_tobytes(ThreadState* ts, Value v, std::string* out);
// C-contiguous (or released: using it raises the released-view error).
bool memoryview_is_contiguous(Value v);

bool bytes_is_buffer(ThreadState* ts, Value v);           // bytes/bytearray (or subclass)
Value bytes_result(ThreadState* ts, Value self, std::string_view data);  // same kind as self
// Make `out` n bytes of `fill` for a bytes (bytearray when is_bytearray)
// result, with CPython's errors: OverflowError "byte string is too large"
// past the largest bytes object, MemoryError when the memory is not there.
bool bytes_fill_buffer(ThreadState* ts, std::string* out, int64_t n, char fill, bool is_bytearray);
bool byte_value(ThreadState* ts, Value v, uint8_t* out);  // int in range(256) or ValueError
std::string bytes_repr_text(std::string_view data);       // b'...'
bool bytearray_reserve(ThreadState* ts, ByteArrayObject* a, int64_t need);
bool bytearray_assign(ThreadState* ts, ByteArrayObject* a, std::string_view data);

extern const MethodDef bytes_methods[];
extern const MethodDef bytearray_methods[];

// bytearray's mutating methods (bytes.cpp), listed in bytearray_methods.
Value ba_append(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value ba_extend(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value ba_insert(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value ba_pop(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value ba_remove(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value ba_clear(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value ba_copy(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value ba_reverse(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value ba_alloc(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);

}  // namespace minipy
