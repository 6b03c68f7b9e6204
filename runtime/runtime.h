// runtime/runtime.h — the one header core code includes: the value word, the
// object model contract, the built-in types' APIs and the interpreter state.
#pragma once
#include "runtime/value.h"
#include "runtime/object.h"
#include "runtime/objects.h"
#include "runtime/interp.h"
