// runtime/exceptions_internal.h — helpers shared by exceptions.cpp,
// exceptions_group.cpp and traceback.cpp. Private to those files.
#pragma once
#include "runtime/runtime.h"

namespace minipy {

// Replace *slot with v (increfs v; v may be null), dropping the old value.
void exc_set_field(Value* slot, Value v);
void exc_base_clear(BaseExceptionObject* e);
void exc_base_traverse(BaseExceptionObject* e, VisitFn visit, void* arg);
Value exc_base_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw);
Value exc_base_str(ThreadState* ts, Value self);
bool exc_no_kwargs(ThreadState* ts, Value self, TupleObject* kwnames);
bool exc_set_args(ThreadState* ts, Value self, const Value* args, size_t nargs);

// exceptions_group.cpp
Value exception_group_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw);
Value exception_group_str(ThreadState* ts, Value self);
Value exception_group_derive(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value exception_group_split(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value exception_group_subgroup(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value exception_group_class_getitem(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
// Give ExceptionGroup its second base (Exception) and CPython's MRO.
bool exception_group_fix_bases(ThreadState* ts);

}  // namespace minipy
