// stdlib/modules.h — the native (C++) modules compiled into minipy. Each module
// is one `const ModuleDef`; stdlib/registry.cpp lists them for the importer.
#pragma once
#include "runtime/runtime.h"

namespace minipy {

// The registry: every native module, terminated by nullptr (stdlib/registry.cpp).
extern const ModuleDef* const kNativeModules[];

extern const ModuleDef math_module_def;
extern const ModuleDef sys_module_def;
extern const ModuleDef time_module_def;
extern const ModuleDef builtins_module_def;
extern const ModuleDef posix_module_def;  // stdlib/posix.cpp
extern const ModuleDef collections_module_def;  // stdlib/collections_deque.cpp (_collections)
extern const ModuleDef random_module_def;  // stdlib/random_mt.cpp (_random)
extern const ModuleDef thread_module_def;  // vm/thread.cpp
extern const ModuleDef traceback_native_module_def;  // runtime/traceback.cpp
extern const ModuleDef minipy_module_def;  // vm/minipy_module.cpp (_minipy)
extern const ModuleDef gc_module_def;  // runtime/gc.cpp
extern const ModuleDef select_module_def;  // stdlib/selectmodule.cpp (select)
extern const ModuleDef socket_module_def;  // stdlib/socketmodule.cpp (_socket)
extern const ModuleDef sre_module_def;  // stdlib/sre_engine.cpp (_sre2)
extern const ModuleDef weakref_module_def;  // stdlib/_weakref.cpp (_weakref)

// ---- system and runtime modules (stdlib part A)
extern const ModuleDef atexit_module_def;       // stdlib/atexitmodule.cpp
extern const ModuleDef errno_module_def;        // stdlib/errnomodule.cpp
extern const ModuleDef signal_module_def;       // stdlib/signalmodule.cpp (_signal)
extern const ModuleDef contextvars_module_def;  // stdlib/contextvars.cpp (_contextvars)
// Run and clear the atexit callbacks, last registered first (interpreter exit).
void atexit_run_exitfuncs(ThreadState* ts);
// contextvars for native code (asyncio runs each task step in the task's context):
// a copy of the calling thread's current Context (new reference), and
// ctx.run(callable, *args) (null + exception on error, e.g. ctx already entered).
Value context_copy_current(ThreadState* ts);
Value context_run(ThreadState* ts, Value ctx, Value callable, const Value* args, size_t nargs,
                  TupleObject* kwnames = nullptr);
extern const ModuleDef asyncio_module_def;  // stdlib/_asyncio_future.cpp, _asyncio_task.cpp (_asyncio)
// ---- data, text and testing modules (stdlib part B)
extern const ModuleDef struct_module_def;  // stdlib/structmodule.cpp (_struct)
extern const ModuleDef binascii_module_def;  // stdlib/binascii.cpp
extern const ModuleDef zlib_module_def;  // stdlib/zlibmodule.cpp
extern const ModuleDef hashlib_module_def;  // stdlib/hashlib_native.cpp (_hashlib)
extern const ModuleDef array_module_def;  // stdlib/arraymodule.cpp
extern const ModuleDef runpy_native_module_def;  // stdlib/runpy_native.cpp (_runpy)
extern const ModuleDef posixsubprocess_module_def;  // stdlib/_posixsubprocess.cpp (_posixsubprocess)
extern const ModuleDef pwd_module_def;  // stdlib/pwdgrp.cpp
extern const ModuleDef grp_module_def;  // stdlib/pwdgrp.cpp
// ---- text modules (stdlib part 4: stdlib-text)
extern const ModuleDef csvcore_module_def;  // stdlib/csvmodule.cpp (_csvcore, used by _csv.py)
extern const ModuleDef cmath_module_def;  // stdlib/cmathmodule.cpp
extern const ModuleDef unicodedata_module_def;  // stdlib/unicodedata.cpp, unicodedata_norm.cpp
// ---- system modules (stdlib part C: importlib support, ast, archives, os-level modules)
extern const ModuleDef imp_module_def;  // stdlib/_impmodule.cpp (_imp)
extern const ModuleDef astconv_module_def;  // stdlib/_astconv.cpp (_astconv, behind ast.parse)
extern const ModuleDef fcntl_module_def;  // stdlib/fcntlmodule.cpp
extern const ModuleDef resource_module_def;  // stdlib/resourcemodule.cpp
extern const ModuleDef termios_module_def;  // stdlib/termiosmodule.cpp
extern const ModuleDef marshal_module_def;  // stdlib/marshalmodule.cpp
extern const ModuleDef faulthandler_module_def;  // stdlib/faulthandlermodule.cpp
extern const ModuleDef mmap_module_def;  // stdlib/mmapmodule.cpp
extern const ModuleDef posixshmem_module_def;  // stdlib/_posixshmem.cpp
extern const ModuleDef io_native_module_def;  // stdlib/_io_module.cpp
extern const ModuleDef warnings_native_module_def;  // stdlib/_warnings.cpp (_warnings)
extern const ModuleDef lsprof_module_def;  // stdlib/_lsprof.cpp (_lsprof)
// warnings.warn(message, category, stacklevel) for C++ code (CPython's PyErr_WarnEx):
// false with the exception pending when the warning became an error or failed.
bool warn_cpp(ThreadState* ts, Exc category, const std::string& message, int stacklevel = 1);
// The importer's search of `paths` (a list of directory str) for a module or
// package named `last` (vm/import.cpp); `src` may be null. False when not found.
bool import_locate(ThreadState* ts, const std::string& last, Value paths, std::string* file, bool* is_package,
                   std::string* pkgdir, std::string* src);

}  // namespace minipy
