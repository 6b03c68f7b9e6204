// stdlib/errnomodule.cpp — the native `errno` module: every Linux errno name
// as an int constant, and `errorcode` mapping numbers back to names. The names
// are listed in CPython's order so errorcode iterates the same way (aliases such
// as EWOULDBLOCK/EAGAIN keep the later name, like CPython).
// Must not: hold state; the table is constant data.
#include <cerrno>

#include "stdlib/modules.h"

namespace minipy {

namespace {

struct ErrnoName {
  const char* name;
  int value;
};

const ErrnoName kErrnoNames[] = {
    {"ENODEV", ENODEV}, {"ENOCSI", ENOCSI}, {"EHOSTUNREACH", EHOSTUNREACH}, {"ENOMSG", ENOMSG},
    {"EUCLEAN", EUCLEAN}, {"EL2NSYNC", EL2NSYNC}, {"EL2HLT", EL2HLT}, {"ENODATA", ENODATA},
    {"ENOTBLK", ENOTBLK}, {"ENOSYS", ENOSYS}, {"EPIPE", EPIPE}, {"EINVAL", EINVAL}, {"EOVERFLOW", EOVERFLOW},
    {"EADV", EADV}, {"EINTR", EINTR}, {"EUSERS", EUSERS}, {"ENOTEMPTY", ENOTEMPTY}, {"ENOBUFS", ENOBUFS},
    {"EPROTO", EPROTO}, {"EREMOTE", EREMOTE}, {"ENAVAIL", ENAVAIL}, {"ECHILD", ECHILD}, {"ELOOP", ELOOP},
    {"EXDEV", EXDEV}, {"E2BIG", E2BIG}, {"ESRCH", ESRCH}, {"EMSGSIZE", EMSGSIZE},
    {"EAFNOSUPPORT", EAFNOSUPPORT}, {"EBADR", EBADR}, {"EHOSTDOWN", EHOSTDOWN},
    {"EPFNOSUPPORT", EPFNOSUPPORT}, {"ENOPROTOOPT", ENOPROTOOPT}, {"EBUSY", EBUSY},
    {"EWOULDBLOCK", EWOULDBLOCK}, {"EBADFD", EBADFD}, {"EDOTDOT", EDOTDOT}, {"EISCONN", EISCONN},
    {"ENOANO", ENOANO}, {"ESHUTDOWN", ESHUTDOWN}, {"ECHRNG", ECHRNG}, {"ELIBBAD", ELIBBAD},
    {"ENONET", ENONET}, {"EBADE", EBADE}, {"EBADF", EBADF}, {"EMULTIHOP", EMULTIHOP}, {"EIO", EIO},
    {"EUNATCH", EUNATCH}, {"EPROTOTYPE", EPROTOTYPE}, {"ENOSPC", ENOSPC}, {"ENOEXEC", ENOEXEC},
    {"EALREADY", EALREADY}, {"ENETDOWN", ENETDOWN}, {"ENOTNAM", ENOTNAM}, {"EACCES", EACCES},
    {"ELNRNG", ELNRNG}, {"EILSEQ", EILSEQ}, {"ENOTDIR", ENOTDIR}, {"ENOTUNIQ", ENOTUNIQ}, {"EPERM", EPERM},
    {"EDOM", EDOM}, {"EXFULL", EXFULL}, {"ECONNREFUSED", ECONNREFUSED}, {"EISDIR", EISDIR},
    {"EPROTONOSUPPORT", EPROTONOSUPPORT}, {"EROFS", EROFS}, {"EADDRNOTAVAIL", EADDRNOTAVAIL},
    {"EIDRM", EIDRM}, {"ECOMM", ECOMM}, {"ESRMNT", ESRMNT}, {"EREMOTEIO", EREMOTEIO}, {"EL3RST", EL3RST},
    {"EBADMSG", EBADMSG}, {"ENFILE", ENFILE}, {"ELIBMAX", ELIBMAX}, {"ESPIPE", ESPIPE}, {"ENOLINK", ENOLINK},
    {"ENETRESET", ENETRESET}, {"ETIMEDOUT", ETIMEDOUT}, {"ENOENT", ENOENT}, {"EEXIST", EEXIST},
    {"EDQUOT", EDQUOT}, {"ENOSTR", ENOSTR}, {"EBADSLT", EBADSLT}, {"EBADRQC", EBADRQC}, {"ELIBACC", ELIBACC},
    {"EFAULT", EFAULT}, {"EFBIG", EFBIG}, {"EDEADLK", EDEADLK}, {"ENOTCONN", ENOTCONN},
    {"EDESTADDRREQ", EDESTADDRREQ}, {"ELIBSCN", ELIBSCN}, {"ENOLCK", ENOLCK}, {"EISNAM", EISNAM},
    {"ECONNABORTED", ECONNABORTED}, {"ENETUNREACH", ENETUNREACH}, {"ESTALE", ESTALE}, {"ENOSR", ENOSR},
    {"ENOMEM", ENOMEM}, {"ENOTSOCK", ENOTSOCK}, {"ESTRPIPE", ESTRPIPE}, {"EMLINK", EMLINK},
    {"ERANGE", ERANGE}, {"ELIBEXEC", ELIBEXEC}, {"EL3HLT", EL3HLT}, {"ECONNRESET", ECONNRESET},
    {"EADDRINUSE", EADDRINUSE}, {"EOPNOTSUPP", EOPNOTSUPP}, {"EREMCHG", EREMCHG}, {"EAGAIN", EAGAIN},
    {"ENAMETOOLONG", ENAMETOOLONG}, {"ENOTTY", ENOTTY}, {"ERESTART", ERESTART},
    {"ESOCKTNOSUPPORT", ESOCKTNOSUPPORT}, {"ETIME", ETIME}, {"EBFONT", EBFONT}, {"EDEADLOCK", EDEADLOCK},
    {"ETOOMANYREFS", ETOOMANYREFS}, {"EMFILE", EMFILE}, {"ETXTBSY", ETXTBSY}, {"EINPROGRESS", EINPROGRESS},
    {"ENXIO", ENXIO}, {"ENOPKG", ENOPKG}, {"ENOMEDIUM", ENOMEDIUM}, {"EMEDIUMTYPE", EMEDIUMTYPE},
    {"ECANCELED", ECANCELED}, {"ENOKEY", ENOKEY}, {"EKEYEXPIRED", EKEYEXPIRED}, {"EKEYREVOKED", EKEYREVOKED},
    {"EKEYREJECTED", EKEYREJECTED}, {"EOWNERDEAD", EOWNERDEAD}, {"ENOTRECOVERABLE", ENOTRECOVERABLE},
    {"ERFKILL", ERFKILL}, {"ENOTSUP", ENOTSUP},
};

bool errno_init(ThreadState* ts, ModuleObject* m) {
  Ref codes(Value::from_obj(dict_new(ts)));
  if (!codes) return false;
  for (const ErrnoName& e : kErrnoNames) {
    Ref name(str_new(ts, e.name));
    if (!name || !module_add(ts, m, e.name, Value::small_int(e.value)) ||
        !dict_set(ts, codes.as<DictObject>(), Value::small_int(e.value), name.get()))
      return false;
  }
  return module_add(ts, m, "errorcode", codes.get());
}

const MethodDef errno_methods[] = {
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef errno_module_def = {
    .name = "errno",
    .doc = "This module makes available standard errno system symbols.\n\nThe value of each symbol is the "
           "corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
           "The dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] "
           "could be the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not "
           "defined.\n\nTo map error codes to error messages, use the function os.strerror(),\ne.g. "
           "os.strerror(2) could return 'No such file or directory'.",
    .methods = errno_methods,
    .init = errno_init,
};

}  // namespace minipy
