// stdlib/registry.cpp — the table of native modules the importer can load
// (builtins and sys are created at start-up by runtime/interp.cpp).
#include "stdlib/modules.h"

namespace minipy {

const ModuleDef* const kNativeModules[] = {
    &math_module_def,
    &time_module_def,
    &thread_module_def,
    &traceback_native_module_def,
    &gc_module_def,
    &posix_module_def,
    &collections_module_def,
    &random_module_def,
    &select_module_def,
    &socket_module_def,
    &minipy_module_def,
    &sre_module_def,
    &atexit_module_def,
    &errno_module_def,
    &signal_module_def,
    &contextvars_module_def,
    &weakref_module_def,
    &asyncio_module_def,
    // data, text and testing modules (stdlib part B)
    &struct_module_def,
    &binascii_module_def,
    &zlib_module_def,
    &hashlib_module_def,
    &array_module_def,
    &runpy_native_module_def,
    &posixsubprocess_module_def,  // stdlib/_posixsubprocess.cpp
    &pwd_module_def,  // stdlib/pwdgrp.cpp
    &grp_module_def,
    // text modules (stdlib part 4: stdlib-text)
    &csvcore_module_def,  // stdlib/csvmodule.cpp
    &cmath_module_def,  // stdlib/cmathmodule.cpp
    &unicodedata_module_def,  // stdlib/unicodedata.cpp
    // system modules (stdlib part C)
    &imp_module_def,  // stdlib/_impmodule.cpp
    &astconv_module_def,  // stdlib/_astconv.cpp
    &fcntl_module_def,  // stdlib/fcntlmodule.cpp
    &resource_module_def,  // stdlib/resourcemodule.cpp
    &termios_module_def,  // stdlib/termiosmodule.cpp
    &marshal_module_def,  // stdlib/marshalmodule.cpp
    &faulthandler_module_def,  // stdlib/faulthandlermodule.cpp
    &mmap_module_def,  // stdlib/mmapmodule.cpp
    &io_native_module_def,  // stdlib/_io_module.cpp (_io: StringIO, BytesIO, the IOBase types)
    &warnings_native_module_def,  // stdlib/_warnings.cpp (_warnings: warn, filters)
    &lsprof_module_def,  // stdlib/_lsprof.cpp (_lsprof: cProfile's profiler)
    &posixshmem_module_def,  // stdlib/_posixshmem.cpp (multiprocessing.shared_memory)
    nullptr,
};

}  // namespace minipy
