// stdlib/pwdgrp.cpp — the `pwd` and `grp` modules: the Unix password and group
// databases (getpwnam/getpwuid/getpwall, getgrnam/getgrgid/getgrall) with
// their struct_passwd / struct_group result types, as CPython has them. The
// reentrant libc calls are used, with the GIL released while they run (they
// may consult NSS services over the network).
#include <grp.h>
#include <pwd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "runtime/runtime.h"
#include "stdlib/modules.h"
#include "stdlib/structseq.h"

namespace minipy {

namespace {

Value fs_str(ThreadState* ts, const char* s) { return str_new(ts, s ? s : ""); }

// ---------------------------------------------------------------- pwd
Value passwd_value(ThreadState* ts, Value module, const struct passwd* p) {
  Value items[7] = {fs_str(ts, p->pw_name),  fs_str(ts, p->pw_passwd),
                    int_from_i64(ts, int64_t(p->pw_uid)), int_from_i64(ts, int64_t(p->pw_gid)),
                    fs_str(ts, p->pw_gecos), fs_str(ts, p->pw_dir),
                    fs_str(ts, p->pw_shell)};
  return structseq_build(ts, module, "struct_passwd", items, 7);
}

// Run a getpw*_r / getgr*_r style lookup with a growing buffer, GIL released.
template <typename Entry, typename Fn>
int lookup_r(ThreadState* ts, Entry* entry, std::vector<char>* buf, Entry** result, Fn fn) {
  buf->resize(1024);
  for (;;) {
    int err;
    {
      GilRelease unlocked(ts);
      err = fn(entry, buf->data(), buf->size(), result);
    }
    if (err != ERANGE || buf->size() > (1u << 24)) return err;
    buf->resize(buf->size() * 2);
  }
}

bool id_arg(ThreadState* ts, Value v, const char* what, int64_t* out) {
  if (!is_int(ts, v)) {
    // CPython converts with __index__ and complains with this text otherwise.
    raisef(ts, Exc::TypeError, "%s should be integer, not %s", what, type_name(ts, v));
    return false;
  }
  return int_as_i64(ts, v, out);
}

// The arguments as CPython parses them: pwd's functions take exactly one
// positional argument ("pwd.getpwuid() takes exactly one argument (0 given)"),
// grp's are argument-clinic functions with a keyword (`kwname`: "id"/"name").
bool one_arg(ThreadState* ts, const char* fname, const char* kwname, const Value* args, size_t nargs,
             TupleObject* kw, Value* out) {
  if (!kwname) {
    std::string qual = std::string("pwd.") + fname;
    if (!no_kwargs(ts, qual.c_str(), kw) || !check_nargs(ts, qual.c_str(), nargs, 1, 1)) return false;
    *out = args[0];
    return true;
  }
  if (nargs > 1) {
    raisef(ts, Exc::TypeError, "%s() takes at most 1 argument (%zu given)", fname, nargs);
    return false;
  }
  const char* const names[] = {kwname};
  return parse_args(ts, fname, args, nargs, kw, names, 1, 0, 1, 1, out);
}

// The two lookups of each database: by number (getpwuid/getgrgid) and by name
// (getpwnam/getgrnam), with CPython's KeyError texts. `Entry` is struct passwd
// or struct group, `Id` uid_t or gid_t; `by_id`/`by_name` are the *_r calls and
// `value` builds the struct sequence.
template <typename Entry, typename Id>
Value lookup_by_id(ThreadState* ts, Value module, const char* fname, const char* what, const char* kwname,
                   const Value* args, size_t nargs, TupleObject* kw,
                   int (*by_id)(Id, Entry*, char*, size_t, Entry**),
                   Value (*value)(ThreadState*, Value, const Entry*)) {
  Value arg;
  if (!one_arg(ts, fname, kwname, args, nargs, kw, &arg)) return Value();
  int64_t id;
  if (!id_arg(ts, arg, what, &id)) {
    if (!err_matches(ts, Exc::OverflowError)) return Value();
    err_clear(ts);
    id = INT64_MIN;  // does not fit: not found (pwd) / "less than minimum" (grp)
  }
  // (Id)-1 is a valid argument and reads back as -1; other values outside Id's range are not.
  if (id == int64_t(Id(-1))) id = -1;
  bool fits = id == -1 || (id >= 0 && int64_t(Id(id)) == id);
  if (!fits && kwname) return raisef(ts, Exc::OverflowError, "%s is less than minimum", what);
  Entry entry, *result = nullptr;
  std::vector<char> buf;
  int err = 0;
  if (fits)
    err = lookup_r(ts, &entry, &buf, &result,
                   [id, by_id](Entry* e, char* b, size_t n, Entry** r) { return by_id(Id(id), e, b, n, r); });
  if (!result) {
    if (err && err != ENOENT && err != ESRCH) return raise_errno(ts, err);
    Ref msg(str_new(ts, fits ? strf("%s(): %s not found: %lld", fname, what, (long long)id)
                             : strf("%s(): %s not found", fname, what)));
    return msg ? raise_key_error(ts, msg.get()) : Value();
  }
  return value(ts, module, result);
}

template <typename Entry>
Value lookup_by_name(ThreadState* ts, Value module, const char* fname, const char* kwname, const Value* args,
                     size_t nargs, TupleObject* kw, int (*by_name)(const char*, Entry*, char*, size_t, Entry**),
                     Value (*value)(ThreadState*, Value, const Entry*)) {
  Value arg;
  if (!one_arg(ts, fname, kwname, args, nargs, kw, &arg)) return Value();
  if (!is_str(ts, arg)) {
    if (kwname)
      return raisef(ts, Exc::TypeError, "%s() argument '%s' must be str, not %s", fname, kwname, type_name(ts, arg));
    return raisef(ts, Exc::TypeError, "%s() argument must be str, not %s", fname, type_name(ts, arg));
  }
  std::string name(str_view(arg));
  if (name.find('\0') != std::string::npos) return raise(ts, Exc::ValueError, "embedded null byte");
  Entry entry, *result = nullptr;
  std::vector<char> buf;
  int err = lookup_r(ts, &entry, &buf, &result, [&name, by_name](Entry* e, char* b, size_t n, Entry** r) {
    return by_name(name.c_str(), e, b, n, r);
  });
  if (!result) {
    if (err && err != ENOENT && err != ESRCH) return raise_errno(ts, err);
    Ref r(repr(ts, arg));
    if (!r) return Value();
    Ref msg(str_new(ts, std::string(fname) + "(): name not found: " + std::string(str_view(r.get()))));
    return msg ? raise_key_error(ts, msg.get()) : Value();
  }
  return value(ts, module, result);
}

Value pwd_getpwuid(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return lookup_by_id<struct passwd, uid_t>(ts, self, "getpwuid", "uid", nullptr, args, nargs, kw, ::getpwuid_r,
                                            passwd_value);
}
Value pwd_getpwnam(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return lookup_by_name<struct passwd>(ts, self, "getpwnam", nullptr, args, nargs, kw, ::getpwnam_r, passwd_value);
}

Value pwd_getpwall(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getpwall", kw) || !check_nargs(ts, "getpwall", nargs, 0, 0)) return Value();
  Ref list(Value::from_obj(list_new(ts, 0)));
  if (!list) return Value();
  // getpwent is not reentrant; the GIL serialises its users in this interpreter.
  ::setpwent();
  bool ok = true;
  while (struct passwd* p = ::getpwent()) {
    Ref v(passwd_value(ts, self, p));
    if (!v || !list_append(ts, list.as<ListObject>(), v.get())) {
      ok = false;
      break;
    }
  }
  ::endpwent();
  return ok ? list.release() : Value();
}

const MethodDef kPwdMethods[] = {
    {"getpwuid", pwd_getpwuid, kMethNormal,
     "Return the password database entry for the given numeric user ID.\n\nSee `help(pwd)` for more on "
     "password database entries."},
    {"getpwnam", pwd_getpwnam, kMethNormal,
     "Return the password database entry for the given user name.\n\nSee `help(pwd)` for more on password "
     "database entries."},
    {"getpwall", pwd_getpwall, kMethNormal,
     "Return a list of all available password database entries, in arbitrary order.\n\nSee help(pwd) for "
     "more on password database entries."},
    {nullptr, nullptr},
};

const GetSetDef kPasswdFields[] = {
    {"pw_name", structseq_field<0>},  {"pw_passwd", structseq_field<1>}, {"pw_uid", structseq_field<2>},
    {"pw_gid", structseq_field<3>},   {"pw_gecos", structseq_field<4>},  {"pw_dir", structseq_field<5>},
    {"pw_shell", structseq_field<6>}, {nullptr, nullptr}};
const TypeSpec kPasswdSpec = MINIPY_STRUCTSEQ_SPEC("pwd.struct_passwd", kPasswdFields);

bool pwd_init(ThreadState* ts, ModuleObject* m) { return structseq_add_type(ts, m, &kPasswdSpec); }

// ---------------------------------------------------------------- grp
Value group_value(ThreadState* ts, Value module, const struct group* g) {
  Value members = Value::from_obj(list_new(ts, 0));
  if (members) {
    for (char** p = g->gr_mem; p && *p; p++) {
      Ref s(fs_str(ts, *p));
      if (!s || !list_append(ts, members.as<ListObject>(), s.get())) {
        decref(members);
        members = Value();
        break;
      }
    }
  }
  Value items[4] = {fs_str(ts, g->gr_name), fs_str(ts, g->gr_passwd), int_from_i64(ts, int64_t(g->gr_gid)),
                    members};
  return structseq_build(ts, module, "struct_group", items, 4);
}

Value grp_getgrgid(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return lookup_by_id<struct group, gid_t>(ts, self, "getgrgid", "gid", "id", args, nargs, kw, ::getgrgid_r,
                                           group_value);
}
Value grp_getgrnam(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return lookup_by_name<struct group>(ts, self, "getgrnam", "name", args, nargs, kw, ::getgrnam_r, group_value);
}

Value grp_getgrall(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getgrall", kw) || !check_nargs(ts, "getgrall", nargs, 0, 0)) return Value();
  Ref list(Value::from_obj(list_new(ts, 0)));
  if (!list) return Value();
  ::setgrent();
  bool ok = true;
  while (struct group* g = ::getgrent()) {
    Ref v(group_value(ts, self, g));
    if (!v || !list_append(ts, list.as<ListObject>(), v.get())) {
      ok = false;
      break;
    }
  }
  ::endgrent();
  return ok ? list.release() : Value();
}

const MethodDef kGrpMethods[] = {
    {"getgrgid", grp_getgrgid, kMethNormal,
     "Return the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError."},
    {"getgrnam", grp_getgrnam, kMethNormal,
     "Return the group database entry for the given group name.\n\nIf name is not valid, raise KeyError."},
    {"getgrall", grp_getgrall, kMethNormal,
     "Return a list of all available group entries, in arbitrary order.\n\nAn entry whose name starts with "
     "'+' or '-' represents an instruction to use YP/NIS and may not be accessible via getgrnam or getgrgid."},
    {nullptr, nullptr},
};

const GetSetDef kGroupFields[] = {{"gr_name", structseq_field<0>},
                                  {"gr_passwd", structseq_field<1>},
                                  {"gr_gid", structseq_field<2>},
                                  {"gr_mem", structseq_field<3>},
                                  {nullptr, nullptr}};
const TypeSpec kGroupSpec = MINIPY_STRUCTSEQ_SPEC("grp.struct_group", kGroupFields);

bool grp_init(ThreadState* ts, ModuleObject* m) { return structseq_add_type(ts, m, &kGroupSpec); }

}  // namespace

const ModuleDef pwd_module_def = {
    .name = "pwd",
    .doc = "Access to the Unix password database: entries are struct_passwd tuples\n(pw_name, pw_passwd, "
           "pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell).",
    .methods = kPwdMethods,
    .init = pwd_init,
};

const ModuleDef grp_module_def = {
    .name = "grp",
    .doc = "Access to the Unix group database: entries are struct_group tuples\n(gr_name, gr_passwd, gr_gid, "
           "gr_mem).",
    .methods = kGrpMethods,
    .init = grp_init,
};

}  // namespace minipy
