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

TypeObject* module_type(ThreadState* ts, Value module, const char* name) {
  if (!module.is_obj() || module.obj()->type != ts->interp->types.module) return nullptr;
  Value t = dict_get_str(module.as<ModuleObject>()->dict, intern(ts, name));
  return t && t.is_obj() ? t.as<TypeObject>() : nullptr;
}

// Build a struct sequence from owned items (released here in every case).
Value make_struct(ThreadState* ts, Value module, const char* type_name, std::vector<Value>& items) {
  for (Value v : items)
    if (!v) {
      for (Value w : items) decref(w);
      return Value();
    }
  TypeObject* t = module_type(ts, module, type_name);
  Value r = t ? structseq_new(ts, t, items.data(), int64_t(items.size()))
              : raisef(ts, Exc::RuntimeError, "%s type is missing", type_name);
  for (Value v : items) decref(v);
  return r;
}

Value fs_str(ThreadState* ts, const char* s) { return str_new(ts, s ? s : ""); }

// ---------------------------------------------------------------- pwd
Value passwd_value(ThreadState* ts, Value module, const struct passwd* p) {
  std::vector<Value> items = {fs_str(ts, p->pw_name),         fs_str(ts, p->pw_passwd),
                              int_from_i64(ts, int64_t(p->pw_uid)), int_from_i64(ts, int64_t(p->pw_gid)),
                              fs_str(ts, p->pw_gecos),         fs_str(ts, p->pw_dir),
                              fs_str(ts, p->pw_shell)};
  return make_struct(ts, module, "struct_passwd", items);
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

Value pwd_getpwuid(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getpwuid", kw) || !check_nargs(ts, "getpwuid", nargs, 1, 1)) return Value();
  int64_t uid;
  if (!id_arg(ts, args[0], "uid", &uid)) return Value();
  struct passwd entry, *result = nullptr;
  std::vector<char> buf;
  int err = lookup_r(ts, &entry, &buf, &result, [uid](struct passwd* e, char* b, size_t n, struct passwd** r) {
    return ::getpwuid_r(uid_t(uid), e, b, n, r);
  });
  if (!result || uid < 0 || int64_t(uid_t(uid)) != uid) {
    if (err && err != ENOENT && err != ESRCH) return raise_errno(ts, err);
    Ref msg(str_new(ts, strf("getpwuid(): uid not found: %lld", (long long)uid)));
    return msg ? raise_key_error(ts, msg.get()) : Value();
  }
  return passwd_value(ts, self, result);
}

Value pwd_getpwnam(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getpwnam", kw) || !check_nargs(ts, "getpwnam", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "getpwnam() argument must be str, not %s", type_name(ts, args[0]));
  std::string name(str_view(args[0]));
  if (name.find('\0') != std::string::npos) return raise(ts, Exc::ValueError, "embedded null character");
  struct passwd entry, *result = nullptr;
  std::vector<char> buf;
  int err = lookup_r(ts, &entry, &buf, &result, [&name](struct passwd* e, char* b, size_t n, struct passwd** r) {
    return ::getpwnam_r(name.c_str(), e, b, n, r);
  });
  if (!result) {
    if (err && err != ENOENT && err != ESRCH) return raise_errno(ts, err);
    Ref r(repr(ts, args[0]));
    if (!r) return Value();
    Ref msg(str_new(ts, "getpwnam(): name not found: " + std::string(str_view(r.get()))));
    return msg ? raise_key_error(ts, msg.get()) : Value();
  }
  return passwd_value(ts, self, result);
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

bool add_struct_type(ThreadState* ts, ModuleObject* m, const TypeSpec* spec) {
  TypeObject* t = type_from_spec(ts, spec, ts->interp->types.tuple);
  const char* dot = std::strrchr(spec->name, '.');
  // Kept for the interpreter's lifetime (instances point at it).
  return t && module_add(ts, m, dot + 1, Value::from_obj(t));
}

bool pwd_init(ThreadState* ts, ModuleObject* m) { return add_struct_type(ts, m, &kPasswdSpec); }

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
  std::vector<Value> items = {fs_str(ts, g->gr_name), fs_str(ts, g->gr_passwd),
                              int_from_i64(ts, int64_t(g->gr_gid)), members};
  return make_struct(ts, module, "struct_group", items);
}

Value grp_getgrgid(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getgrgid", kw) || !check_nargs(ts, "getgrgid", nargs, 1, 1)) return Value();
  int64_t gid;
  if (!id_arg(ts, args[0], "gid", &gid)) return Value();
  struct group entry, *result = nullptr;
  std::vector<char> buf;
  int err = lookup_r(ts, &entry, &buf, &result, [gid](struct group* e, char* b, size_t n, struct group** r) {
    return ::getgrgid_r(gid_t(gid), e, b, n, r);
  });
  if (!result || gid < 0 || int64_t(gid_t(gid)) != gid) {
    if (err && err != ENOENT && err != ESRCH) return raise_errno(ts, err);
    Ref msg(str_new(ts, strf("getgrgid(): gid not found: %lld", (long long)gid)));
    return msg ? raise_key_error(ts, msg.get()) : Value();
  }
  return group_value(ts, self, result);
}

Value grp_getgrnam(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "getgrnam", kw) || !check_nargs(ts, "getgrnam", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "getgrnam() argument must be str, not %s", type_name(ts, args[0]));
  std::string name(str_view(args[0]));
  if (name.find('\0') != std::string::npos) return raise(ts, Exc::ValueError, "embedded null character");
  struct group entry, *result = nullptr;
  std::vector<char> buf;
  int err = lookup_r(ts, &entry, &buf, &result, [&name](struct group* e, char* b, size_t n, struct group** r) {
    return ::getgrnam_r(name.c_str(), e, b, n, r);
  });
  if (!result) {
    if (err && err != ENOENT && err != ESRCH) return raise_errno(ts, err);
    Ref r(repr(ts, args[0]));
    if (!r) return Value();
    Ref msg(str_new(ts, "getgrnam(): name not found: " + std::string(str_view(r.get()))));
    return msg ? raise_key_error(ts, msg.get()) : Value();
  }
  return group_value(ts, self, result);
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

bool grp_init(ThreadState* ts, ModuleObject* m) { return add_struct_type(ts, m, &kGroupSpec); }

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
