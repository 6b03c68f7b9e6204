// runtime/args.cpp — argument parsing for native functions (parse_args,
// no_kwargs, check_nargs) with CPython 3.11's exact TypeError messages.
// Must not: allocate on the success path (these run on every native call).
#include <cstring>

#include "runtime/typeobject_internal.h"

namespace minipy {

// fname may be given as "f" or "f()"; messages want the bare name.
static std::string_view bare(const char* fname) {
  std::string_view s(fname ? fname : "function");
  if (s.size() > 2 && s.substr(s.size() - 2) == "()") s.remove_suffix(2);
  return s;
}

bool no_kwargs(ThreadState* ts, const char* fname, TupleObject* kwnames) {
  if (!kwnames || kwnames->size == 0) return true;
  std::string_view n = bare(fname);
  raisef(ts, Exc::TypeError, "%.*s() takes no keyword arguments", int(n.size()), n.data());
  return false;
}

bool check_nargs(ThreadState* ts, const char* fname, size_t nargs, size_t min, size_t max) {
  if (nargs >= min && nargs <= max) return true;
  std::string_view n = bare(fname);
  if (max == 0) {
    raisef(ts, Exc::TypeError, "%.*s() takes no arguments (%zu given)", int(n.size()), n.data(), nargs);
  } else if (min == 1 && max == 1) {
    raisef(ts, Exc::TypeError, "%.*s() takes exactly one argument (%zu given)", int(n.size()), n.data(), nargs);
  } else if (min == max) {
    raisef(ts, Exc::TypeError, "%.*s expected %zu argument%s, got %zu", int(n.size()), n.data(), min,
           min == 1 ? "" : "s", nargs);
  } else if (nargs < min) {
    raisef(ts, Exc::TypeError, "%.*s expected at least %zu argument%s, got %zu", int(n.size()), n.data(), min,
           min == 1 ? "" : "s", nargs);
  } else {
    raisef(ts, Exc::TypeError, "%.*s expected at most %zu argument%s, got %zu", int(n.size()), n.data(), max,
           max == 1 ? "" : "s", nargs);
  }
  return false;
}

bool parse_args(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kwnames,
                const char* const* names, size_t nnames, size_t npos_only, size_t nkw_only_from, size_t nrequired,
                Value* out) {
  std::string_view fn = bare(fname);
  int fl = int(fn.size());
  const char* fp = fn.data();
  size_t nkw = kwcount(kwnames);
  if (nkw_only_from > nnames) nkw_only_from = nnames;
  size_t maxpos = nkw_only_from;

  if (npos_only >= nnames) {
    // Positional-only function: CPython's _PyArg_CheckPositional style.
    if (nkw) {
      raisef(ts, Exc::TypeError, "%.*s() takes no keyword arguments", fl, fp);
      return false;
    }
    if (!check_nargs(ts, fname, nargs, nrequired, nnames)) {
      if (nrequired == 1 && nnames == 1) {  // clinic's form, not METH_O's
        err_clear(ts);
        raisef(ts, Exc::TypeError, "%.*s expected 1 argument, got %zu", fl, fp, nargs);
      }
      return false;
    }
    for (size_t i = 0; i < nnames; i++) out[i] = i < nargs ? args[i] : Value();
    return true;
  }

  if (nargs > maxpos) {
    if (maxpos == 0) {
      raisef(ts, Exc::TypeError, "%.*s() takes no positional arguments", fl, fp);
    } else {
      raisef(ts, Exc::TypeError, "%.*s() takes %s %zu %sargument%s (%zu given)", fl, fp,
             nrequired < maxpos ? "at most" : "exactly", maxpos, nkw_only_from < nnames ? "positional " : "",
             maxpos == 1 ? "" : "s", nargs);
    }
    return false;
  }
  for (size_t i = 0; i < nnames; i++) out[i] = i < nargs ? args[i] : Value();
  for (size_t k = 0; k < nkw; k++) {
    StrObject* kn = kwnames->items[k].as<StrObject>();
    std::string_view kv = kn->view();
    size_t found = nnames;
    for (size_t i = npos_only; i < nnames; i++) {
      if (kv.size() == strlen(names[i]) && memcmp(kv.data(), names[i], kv.size()) == 0) {
        found = i;
        break;
      }
    }
    if (found == nnames) {
      raisef(ts, Exc::TypeError, "'%s' is an invalid keyword argument for %.*s()", kn->data, fl, fp);
      return false;
    }
    if (out[found]) {
      raisef(ts, Exc::TypeError, "argument for %.*s() given by name ('%s') and position (%zu)", fl, fp,
             names[found], found + 1);
      return false;
    }
    out[found] = args[nargs + k];
  }
  for (size_t i = 0; i < nrequired && i < nnames; i++) {
    if (!out[i]) {
      if (i >= nkw_only_from)
        raisef(ts, Exc::TypeError, "%.*s() missing required keyword-only argument '%s'", fl, fp, names[i]);
      else
        raisef(ts, Exc::TypeError, "%.*s() missing required argument '%s' (pos %zu)", fl, fp, names[i], i + 1);
      return false;
    }
  }
  return true;
}

}  // namespace minipy
