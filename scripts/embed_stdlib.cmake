# scripts/embed_stdlib.cmake — embeds stdlib/**/*.py into the binary: runs the
# freezer (tools/minipy_freeze.cpp), which writes frozen_sources.cpp (the
# sources) and frozen_modules.cpp (their precompiled bytecode and the
# kFrozenModules table) into OUT_DIR, each only when its content changes, then
# touches STAMP (the custom command's output; CMakeLists.txt).
# Invoked by CMake with -DTOOL=<minipy_freeze> -DSRC=<stdlib dir> -DOUT_DIR=<dir> -DSTAMP=<file>.
#
# If the freezer cannot run (a core that crashes while compiling, a sanitizer
# runtime that refuses the machine), the table is written without bytecode:
# the modules are then compiled at import, which is slower but gives the same
# results, and the build goes on with a warning.
execute_process(COMMAND ${TOOL} ${SRC} ${OUT_DIR} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(WARNING "minipy_freeze failed (${rc}): the stdlib is embedded without precompiled bytecode "
                  "and compiled at each import")
  execute_process(COMMAND ${TOOL} ${SRC} ${OUT_DIR} --no-bytecode RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "minipy_freeze --no-bytecode failed (${rc})")
  endif()
endif()
file(TOUCH ${STAMP})
