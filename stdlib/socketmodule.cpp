// stdlib/socketmodule.cpp — the native `_socket` module: the socket object
// (TCP/UDP over IPv4/IPv6 and AF_UNIX), blocking / non-blocking / timeout
// modes, address conversion, getaddrinfo, socketpair, recv_into/recvfrom/
// recvfrom_into/sendto and sendmsg/recvmsg with ancillary data (SCM_RIGHTS),
// CMSG_LEN/CMSG_SPACE. The Python layer
// (stdlib/socket.py) subclasses `_socket.socket` and adds accept(), makefile...
// Every call that may block (connect, accept, send, recv, getaddrinfo) runs
// inside a GilRelease and touches no object while the GIL is released; the
// socket calls go through sock_call, which retries them after a signal whose
// handler returned (PEP 475) and keeps the socket's timeout for the whole call.
#include <arpa/inet.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "stdlib/modules.h"

namespace minipy {

namespace {

struct SocketObject : Object {
  int fd;          // -1 once closed or detached
  int family;
  int type;
  int proto;
  double timeout;  // < 0: blocking; 0: non-blocking; > 0: timeout in seconds
};

SocketObject* sock_of(Value v) { return v.as<SocketObject>(); }

// Default timeout for new sockets: stored on the type's dict as _default_timeout.
double default_timeout(ThreadState* ts, TypeObject* type) {
  for (TypeObject* t = type; t; t = t->base) {
    Value v = dict_get_str(t->dict, intern(ts, "_default_timeout"));
    if (v) {
      if (v.is_none()) return -1;
      double d;
      if (as_double(ts, v, &d)) return d;
      err_clear(ts);
      return -1;
    }
  }
  return -1;
}

bool set_nonblocking(int fd, bool nb) {
  int flags = fcntl(fd, F_GETFL, 0);
  if (flags < 0) return false;
  int nf = nb ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
  return nf == flags || fcntl(fd, F_SETFL, nf) == 0;
}

Value raise_timeout(ThreadState* ts) { return raise(ts, Exc::TimeoutError, "timed out"); }

int64_t monotonic_now_ns() {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return int64_t(t.tv_sec) * 1000000000LL + t.tv_nsec;
}

// Wait until the fd is ready, at most `ns` nanoseconds (< 0: forever), GIL
// released. Returns 1 ready, 0 timed out, -1 with errno set (EINTR included).
int poll_fd(ThreadState* ts, int fd, bool writing, int64_t ns) {
  struct pollfd p = {fd, short(writing ? POLLOUT : POLLIN), 0};
  int ms = ns < 0 ? -1 : int(std::min<int64_t>((ns + 999999) / 1000000, 0x7fffffff));  // rounded up
  GilRelease unlocked(ts);
  return ::poll(&p, 1, ms);
}

// Outcomes of sock_call besides a result >= 0.
constexpr ssize_t kSockError = -1;    // errno set
constexpr ssize_t kSockTimeout = -2;  // the socket's timeout passed
constexpr ssize_t kSockRaised = -3;   // a signal handler raised: exception pending

// One socket operation with CPython's rules (its sock_call_ex): sockets with
// a timeout first wait (poll) until the fd is ready, within `timeout` seconds
// for the whole call (connect waits even on blocking sockets); `op` runs with
// the GIL released on blocking sockets. A wait or an `op` interrupted by a
// signal (EINTR) is retried after the signal's Python handler has run,
// unless the handler raised (PEP 475); EAGAIN after a ready poll is retried.
template <class Op>
ssize_t sock_call(ThreadState* ts, SocketObject* s, bool writing, Op op, double timeout, bool connect = false) {
  const bool has_timeout = timeout > 0;
  const int64_t deadline = has_timeout ? monotonic_now_ns() + int64_t(timeout * 1e9) : 0;
  for (;;) {
    if (has_timeout || connect) {
      int64_t left = has_timeout ? deadline - monotonic_now_ns() : -1;
      int r = has_timeout && left < 0 ? 0 : poll_fd(ts, s->fd, writing, left);
      if (r < 0) {
        if (errno != EINTR) return kSockError;
        if (!signals_check(ts)) return kSockRaised;
        continue;
      }
      if (r == 0) return kSockTimeout;
    }
    ssize_t rc;
    int err;
    for (;;) {
      if (s->timeout < 0) {
        GilRelease unlocked(ts);
        rc = op();
        err = errno;
      } else {
        rc = op();  // non-blocking descriptor: returns at once
        err = errno;
      }
      if (rc >= 0) return rc;
      if (err != EINTR) break;
      if (!signals_check(ts)) return kSockRaised;
    }
    if (s->timeout > 0 && (err == EAGAIN || err == EWOULDBLOCK)) continue;  // a false "ready"
    errno = err;
    return kSockError;
  }
}

// The exception for a failed sock_call (none to add for kSockRaised).
Value raise_sock_call(ThreadState* ts, ssize_t rc) {
  if (rc == kSockTimeout) return raise_timeout(ts);
  if (rc == kSockRaised) return Value();
  return raise_errno(ts, errno);
}

SocketObject* open_sock(ThreadState* ts, Value self) {
  SocketObject* s = sock_of(self);
  if (s->fd < 0) {
    raise_errno(ts, EBADF);
    return nullptr;
  }
  return s;
}

// ---------------------------------------------------------------- addresses

union SockAddr {
  struct sockaddr sa;
  struct sockaddr_in in4;
  struct sockaddr_in6 in6;
  struct sockaddr_un un;
  struct sockaddr_storage st;
};

Value make_addr(ThreadState* ts, const SockAddr& a, socklen_t len) {
  char buf[INET6_ADDRSTRLEN + 1];
  switch (a.sa.sa_family) {
    case AF_INET: {
      inet_ntop(AF_INET, &a.in4.sin_addr, buf, sizeof buf);
      Ref host(str_new(ts, buf));
      if (!host) return Value();
      return tuple_pack(ts, {host.get(), Value::small_int(ntohs(a.in4.sin_port))});
    }
    case AF_INET6: {
      inet_ntop(AF_INET6, &a.in6.sin6_addr, buf, sizeof buf);
      Ref host(str_new(ts, buf));
      if (!host) return Value();
      return tuple_pack(ts, {host.get(), Value::small_int(ntohs(a.in6.sin6_port)),
                             Value::small_int(ntohl(a.in6.sin6_flowinfo)), Value::small_int(a.in6.sin6_scope_id)});
    }
    case AF_UNIX: {
      size_t n = len > offsetof(struct sockaddr_un, sun_path) ? len - offsetof(struct sockaddr_un, sun_path) : 0;
      if (n > 0 && a.un.sun_path[0] == 0) return bytes_new(ts, std::string_view(a.un.sun_path, n));
      return str_new(ts, std::string_view(a.un.sun_path, strnlen(a.un.sun_path, n)));
    }
    default:
      if (len == 0 || a.sa.sa_family == AF_UNSPEC) return Value::none();
      return tuple_pack(ts, {Value::small_int(a.sa.sa_family), Value::none()});
  }
}

// Resolve a host string for family; numeric forms first, then getaddrinfo (GIL released).
bool resolve_host(ThreadState* ts, Value hostv, int family, SockAddr* out) {
  std::string host;
  if (is_str(ts, hostv)) {
    host = std::string(str_view(hostv));
  } else {
    std::string_view b;
    if (!bytes_like_view(ts, hostv, &b)) {
      err_clear(ts);
      raisef(ts, Exc::TypeError, "str, bytes or bytearray expected, not %s", type_name(ts, hostv));
      return false;
    }
    host = std::string(b);
  }
  if (family == AF_INET) {
    if (host.empty()) {
      out->in4.sin_addr.s_addr = htonl(INADDR_ANY);
      return true;
    }
    if (host == "<broadcast>") {
      out->in4.sin_addr.s_addr = htonl(INADDR_BROADCAST);
      return true;
    }
    if (inet_pton(AF_INET, host.c_str(), &out->in4.sin_addr) == 1) return true;
  } else {
    if (host.empty()) {
      out->in6.sin6_addr = in6addr_any;
      return true;
    }
    if (inet_pton(AF_INET6, host.c_str(), &out->in6.sin6_addr) == 1) return true;
  }
  struct addrinfo hints = {};
  hints.ai_family = family;
  struct addrinfo* res = nullptr;
  int rc;
  {
    GilRelease unlocked(ts);
    rc = getaddrinfo(host.c_str(), nullptr, &hints, &res);
  }
  if (rc != 0 || !res) {
    Ref msg(str_new(ts, gai_strerror(rc)));
    if (msg) {
      Value ea[2] = {Value::small_int(rc), msg.get()};
      Ref e(exception_new(ts, exc_type(ts, Exc::OSError), ea, 2));
      if (e) raise_value(ts, e.get());
    }
    return false;
  }
  if (family == AF_INET)
    out->in4.sin_addr = reinterpret_cast<struct sockaddr_in*>(res->ai_addr)->sin_addr;
  else
    out->in6.sin6_addr = reinterpret_cast<struct sockaddr_in6*>(res->ai_addr)->sin6_addr;
  freeaddrinfo(res);
  return true;
}

bool get_port(ThreadState* ts, Value v, const char* fname, uint16_t* out) {
  int64_t port;
  if (!is_int(ts, v)) {
    raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, v));
    return false;
  }
  if (!int_as_i64(ts, v, &port)) return false;
  if (port < 0 || port > 65535) {
    raisef(ts, Exc::OverflowError, "%s(): port must be 0-65535.", fname);
    return false;
  }
  *out = uint16_t(port);
  return true;
}

bool parse_addr(ThreadState* ts, SocketObject* s, Value addr, const char* fname, SockAddr* out, socklen_t* len) {
  memset(out, 0, sizeof *out);
  if (s->family == AF_UNIX) {
    std::string_view path;
    if (is_str(ts, addr)) path = str_view(addr);
    else if (!bytes_like_view(ts, addr, &path)) return false;
    if (path.size() >= sizeof(out->un.sun_path)) {
      raise(ts, Exc::OSError, "AF_UNIX path too long");
      return false;
    }
    out->un.sun_family = AF_UNIX;
    memcpy(out->un.sun_path, path.data(), path.size());
    *len = socklen_t(offsetof(struct sockaddr_un, sun_path) + path.size() + (path.size() && path[0] ? 1 : 0));
    return true;
  }
  if (!is_tuple(ts, addr)) {
    raisef(ts, Exc::TypeError, "%s(): AF_INET%s address must be tuple, not %s", fname,
           s->family == AF_INET6 ? "6" : "", type_name(ts, addr));
    return false;
  }
  int64_t n = tuple_size(addr);
  if (s->family == AF_INET) {
    if (n != 2) {
      raisef(ts, Exc::TypeError, "AF_INET address must be a pair (host, port)");
      return false;
    }
    out->in4.sin_family = AF_INET;
    uint16_t port;
    if (!resolve_host(ts, tuple_item(addr, 0), AF_INET, out) || !get_port(ts, tuple_item(addr, 1), fname, &port))
      return false;
    out->in4.sin_port = htons(port);
    *len = sizeof(out->in4);
    return true;
  }
  if (s->family == AF_INET6) {
    if (n < 2 || n > 4) {
      raisef(ts, Exc::TypeError, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
      return false;
    }
    out->in6.sin6_family = AF_INET6;
    uint16_t port;
    if (!resolve_host(ts, tuple_item(addr, 0), AF_INET6, out) || !get_port(ts, tuple_item(addr, 1), fname, &port))
      return false;
    out->in6.sin6_port = htons(port);
    int64_t flow = 0, scope = 0;
    if (n > 2 && !int_as_i64(ts, tuple_item(addr, 2), &flow)) return false;
    if (n > 3 && !int_as_i64(ts, tuple_item(addr, 3), &scope)) return false;
    out->in6.sin6_flowinfo = htonl(uint32_t(flow));
    out->in6.sin6_scope_id = uint32_t(scope);
    *len = sizeof(out->in6);
    return true;
  }
  raise(ts, Exc::OSError, "unsupported address family");
  return false;
}

// ---------------------------------------------------------------- socket object

void sock_dealloc(Object* o) {
  auto* s = static_cast<SocketObject*>(o);
  if (s->fd >= 0) ::close(s->fd);
  free_object(o);
}

Value sock_new(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  auto* s = static_cast<SocketObject*>(o);
  s->fd = -1;
  s->family = AF_INET;
  s->type = SOCK_STREAM;
  s->timeout = -1;
  return Value::from_obj(o);
}

bool sock_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* names[] = {"family", "type", "proto", "fileno"};
  Value a[4] = {};
  if (!parse_args(ts, "socket", args, nargs, kw, names, 4, 0, 4, 0, a)) return false;
  int64_t family = -1, type = -1, proto = -1;
  if (a[0] && !a[0].is_none() && !int_as_i64(ts, a[0], &family)) return false;
  if (a[1] && !a[1].is_none() && !int_as_i64(ts, a[1], &type)) return false;
  if (a[2] && !a[2].is_none() && !int_as_i64(ts, a[2], &proto)) return false;
  SocketObject* s = sock_of(self);
  int fd = -1;
  if (a[3] && !a[3].is_none()) {
    int64_t f;
    if (!int_as_i64(ts, a[3], &f)) return false;
    if (f < 0) {
      raise(ts, Exc::ValueError, "negative file descriptor");
      return false;
    }
    fd = int(f);
    SockAddr addr;
    socklen_t len = sizeof addr;
    if (family == -1) {
      if (getsockname(fd, &addr.sa, &len) < 0) {
        raise_errno(ts, errno);
        return false;
      }
      family = addr.sa.sa_family;
    }
    if (type == -1) {
      int t;
      socklen_t tl = sizeof t;
      if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &t, &tl) < 0) {
        raise_errno(ts, errno);
        return false;
      }
      type = t;
    }
    if (proto == -1) {
      int p;
      socklen_t pl = sizeof p;
      proto = getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &p, &pl) < 0 ? 0 : p;
    }
  } else {
    if (family == -1) family = AF_INET;
    if (type == -1) type = SOCK_STREAM;
    if (proto == -1) proto = 0;
    fd = ::socket(int(family), int(type) | SOCK_CLOEXEC, int(proto));
    if (fd < 0) {
      raise_errno(ts, errno);
      return false;
    }
  }
  if (s->fd >= 0) ::close(s->fd);
  s->fd = fd;
  s->family = int(family);
  s->type = int(type) & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  s->proto = int(proto);
  s->timeout = default_timeout(ts, type_of(ts, self));
  if ((int(type) & SOCK_NONBLOCK)) s->timeout = 0;
  if (s->timeout >= 0) set_nonblocking(fd, true);
  return true;
}

#define SOCK_ARGS(name, lo, hi)                                                               \
  if (!no_kwargs(ts, name, kw) || !check_nargs(ts, name, nargs, lo, hi)) return Value(); \
  SocketObject* s = open_sock(ts, self);                                                  \
  if (!s) return Value();

Value m_fileno(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "fileno", kw) || !check_nargs(ts, "fileno", nargs, 0, 0)) return Value();
  return Value::small_int(sock_of(self)->fd);
}

Value m_close(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "close", kw) || !check_nargs(ts, "close", nargs, 0, 0)) return Value();
  SocketObject* s = sock_of(self);
  if (s->fd >= 0) {
    int fd = s->fd;
    s->fd = -1;
    if (::close(fd) < 0 && errno != ECONNRESET) return raise_errno(ts, errno);
  }
  return Value::none();
}

Value m_detach(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "detach", kw) || !check_nargs(ts, "detach", nargs, 0, 0)) return Value();
  SocketObject* s = sock_of(self);
  int fd = s->fd;
  s->fd = -1;
  return Value::small_int(fd);
}

Value m_bind(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("bind", 1, 1)
  SockAddr a;
  socklen_t len;
  if (!parse_addr(ts, s, args[0], "bind", &a, &len)) return Value();
  if (::bind(s->fd, &a.sa, len) < 0) return raise_errno(ts, errno);
  return Value::none();
}

Value m_listen(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("listen", 0, 1)
  int64_t backlog = 128;
  if (nargs && !int_as_i64(ts, args[0], &backlog)) return Value();
  if (backlog < 0) backlog = 0;
  if (::listen(s->fd, int(backlog)) < 0) return raise_errno(ts, errno);
  return Value::none();
}

// _accept() -> (fd, address), like CPython's; socket.py wraps the fd.
Value m_accept(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("_accept", 0, 0)
  SockAddr a;
  socklen_t len = sizeof a;
  ssize_t rc = sock_call(
      ts, s, false,
      [&] {
        len = sizeof a;
        return ssize_t(::accept4(s->fd, &a.sa, &len, SOCK_CLOEXEC));
      },
      s->timeout);
  if (rc < 0) return raise_sock_call(ts, rc);
  int fd = int(rc);
  Ref addr(make_addr(ts, a, len));
  if (!addr) {
    ::close(fd);
    return Value();
  }
  return tuple_pack(ts, {Value::small_int(fd), addr.get()});
}

// connect (CPython's internal_connect): 0 on success, else an errno,
// kConnectTimeout, or kConnectRaised (exception pending: a signal handler raised).
constexpr int kConnectTimeout = -2;
constexpr int kConnectRaised = -3;
int do_connect(ThreadState* ts, SocketObject* s, const SockAddr& a, socklen_t len) {
  int rc, err;
  if (s->timeout < 0) {
    GilRelease unlocked(ts);
    rc = ::connect(s->fd, &a.sa, len);
    err = errno;
  } else {
    rc = ::connect(s->fd, &a.sa, len);
    err = errno;
  }
  if (rc == 0) return 0;
  bool wait;
  if (err == EINTR) {
    // The connection goes on asynchronously: wait for it unless non-blocking.
    if (!signals_check(ts)) return kConnectRaised;
    wait = s->timeout != 0;
  } else {
    wait = s->timeout > 0 && err == EINPROGRESS;
  }
  if (!wait) return err;
  ssize_t r = sock_call(
      ts, s, true,
      [&] {
        int soerr = 0;
        socklen_t sl = sizeof soerr;
        if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) < 0) return ssize_t(-1);
        if (soerr != 0 && soerr != EISCONN) {
          errno = soerr;
          return ssize_t(-1);
        }
        return ssize_t(0);
      },
      s->timeout, true);
  if (r >= 0) return 0;
  if (r == kSockTimeout) return kConnectTimeout;
  if (r == kSockRaised) return kConnectRaised;
  return errno;
}

Value m_connect(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("connect", 1, 1)
  SockAddr a;
  socklen_t len;
  if (!parse_addr(ts, s, args[0], "connect", &a, &len)) return Value();
  int err = do_connect(ts, s, a, len);
  if (err == kConnectTimeout) return raise_timeout(ts);
  if (err == kConnectRaised) return Value();
  if (err) return raise_errno(ts, err);
  return Value::none();
}

Value m_connect_ex(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("connect_ex", 1, 1)
  SockAddr a;
  socklen_t len;
  if (!parse_addr(ts, s, args[0], "connect_ex", &a, &len)) return Value();
  int err = do_connect(ts, s, a, len);
  if (err == kConnectRaised) return Value();
  if (err == kConnectTimeout) err = EWOULDBLOCK;
  return Value::small_int(err);
}

// One send() within `timeout` seconds: the count sent, or a sock_call outcome < 0.
ssize_t send_once(ThreadState* ts, SocketObject* s, const char* p, size_t n, int flags, double timeout) {
  return sock_call(ts, s, true, [&] { return ::send(s->fd, p, n, flags | MSG_NOSIGNAL); }, timeout);
}

Value m_send(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("send", 1, 2)
  std::string_view data;
  if (!bytes_like_view(ts, args[0], &data)) return Value();
  int64_t flags = 0;
  if (nargs > 1 && !int_as_i64(ts, args[1], &flags)) return Value();
  std::string copy(data);  // the buffer may move while the GIL is released
  ssize_t rc = send_once(ts, s, copy.data(), copy.size(), int(flags), s->timeout);
  if (rc < 0) return raise_sock_call(ts, rc);
  return Value::small_int(rc);
}

// sendall: the timeout bounds the whole call; signal handlers run between
// partial sends (a send interrupted after some bytes returns a short count).
Value m_sendall(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("sendall", 1, 2)
  std::string_view data;
  if (!bytes_like_view(ts, args[0], &data)) return Value();
  int64_t flags = 0;
  if (nargs > 1 && !int_as_i64(ts, args[1], &flags)) return Value();
  std::string copy(data);
  const double timeout = s->timeout;
  const int64_t deadline = timeout > 0 ? monotonic_now_ns() + int64_t(timeout * 1e9) : 0;
  size_t off = 0;
  while (off < copy.size()) {
    double left = timeout;
    if (timeout > 0) {
      int64_t ns = deadline - monotonic_now_ns();
      if (ns <= 0) return raise_timeout(ts);
      left = double(ns) * 1e-9;
    }
    ssize_t rc = send_once(ts, s, copy.data() + off, copy.size() - off, int(flags), left);
    if (rc < 0) return raise_sock_call(ts, rc);
    off += size_t(rc);
    if (!signals_check(ts)) return Value();
  }
  return Value::none();
}

Value m_recv(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("recv", 1, 2)
  int64_t n, flags = 0;
  if (!int_as_i64(ts, args[0], &n)) return Value();
  if (nargs > 1 && !int_as_i64(ts, args[1], &flags)) return Value();
  if (n < 0) return raise(ts, Exc::ValueError, "negative buffersize in recv");
  std::string buf(size_t(n), '\0');
  ssize_t rc = sock_call(ts, s, false, [&] { return ::recv(s->fd, buf.data(), buf.size(), int(flags)); }, s->timeout);
  if (rc < 0) return raise_sock_call(ts, rc);
  return bytes_new(ts, std::string_view(buf.data(), size_t(rc)));
}

// recv_into(buffer[, nbytes[, flags]]) and recvfrom_into: receive into a
// temporary (the GIL is released meanwhile, so the buffer may move), then copy.
bool into_target(ThreadState* ts, const char* name, const Value* args, size_t nargs, int64_t* want, int* flags) {
  char* dst;
  int64_t cap;
  if (!writable_buffer_view(ts, args[0], &dst, &cap)) {
    if (err_matches(ts, Exc::TypeError)) {
      err_clear(ts);
      raisef(ts, Exc::TypeError, "%s() argument 1 must be read-write bytes-like object, not %s", name,
             type_name(ts, args[0]));
    }
    return false;
  }
  int64_t n = 0, fl = 0;
  if (nargs > 1 && !int_as_i64(ts, args[1], &n)) return false;
  if (nargs > 2 && !int_as_i64(ts, args[2], &fl)) return false;
  if (n < 0) {
    raisef(ts, Exc::ValueError, "negative buffersize in %s", name);
    return false;
  }
  if (n == 0) n = cap;
  else if (n > cap) {
    raisef(ts, Exc::ValueError, "buffer too small for requested bytes");
    return false;
  }
  *want = n;
  *flags = int(fl);
  return true;
}

bool copy_into(ThreadState* ts, Value target, const std::string& data, size_t n) {
  char* dst;
  int64_t cap;
  if (!writable_buffer_view(ts, target, &dst, &cap)) return false;
  memcpy(dst, data.data(), std::min(n, size_t(cap)));
  return true;
}

Value m_recv_into(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("recv_into", 1, 3)
  int64_t n;
  int flags;
  if (!into_target(ts, "recv_into", args, nargs, &n, &flags)) return Value();
  std::string buf(size_t(n), '\0');
  ssize_t rc = sock_call(ts, s, false, [&] { return ::recv(s->fd, buf.data(), buf.size(), flags); }, s->timeout);
  if (rc < 0) return raise_sock_call(ts, rc);
  if (!copy_into(ts, args[0], buf, size_t(rc))) return Value();
  return Value::small_int(rc);
}

Value m_recvfrom(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("recvfrom", 1, 2)
  int64_t n, flags = 0;
  if (!int_as_i64(ts, args[0], &n)) return Value();
  if (nargs > 1 && !int_as_i64(ts, args[1], &flags)) return Value();
  if (n < 0) return raise(ts, Exc::ValueError, "negative buffersize in recvfrom");
  std::string buf(size_t(n), '\0');
  SockAddr a;
  socklen_t len = sizeof a;
  memset(&a, 0, sizeof a);
  ssize_t rc = sock_call(ts, s, false, [&] {
    len = sizeof a;
    return ::recvfrom(s->fd, buf.data(), buf.size(), int(flags), &a.sa, &len);
  }, s->timeout);
  if (rc < 0) return raise_sock_call(ts, rc);
  Ref data(bytes_new(ts, std::string_view(buf.data(), size_t(rc))));
  if (!data) return Value();
  Ref addr(len ? make_addr(ts, a, len) : Value::none());
  if (!addr) return Value();
  return tuple_pack(ts, {data.get(), addr.get()});
}

Value m_recvfrom_into(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("recvfrom_into", 1, 3)
  int64_t n;
  int flags;
  if (!into_target(ts, "recvfrom_into", args, nargs, &n, &flags)) return Value();
  std::string buf(size_t(n), '\0');
  SockAddr a;
  socklen_t len = sizeof a;
  memset(&a, 0, sizeof a);
  ssize_t rc = sock_call(ts, s, false, [&] {
    len = sizeof a;
    return ::recvfrom(s->fd, buf.data(), buf.size(), flags, &a.sa, &len);
  }, s->timeout);
  if (rc < 0) return raise_sock_call(ts, rc);
  if (!copy_into(ts, args[0], buf, size_t(rc))) return Value();
  Ref addr(len ? make_addr(ts, a, len) : Value::none());
  if (!addr) return Value();
  return tuple_pack(ts, {Value::small_int(rc), addr.get()});
}

// sendto(data[, flags], address)
Value m_sendto(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("sendto", 2, 3)
  std::string_view data;
  if (!bytes_like_view(ts, args[0], &data)) return Value();
  int64_t flags = 0;
  if (nargs == 3 && !int_as_i64(ts, args[1], &flags)) return Value();
  SockAddr a;
  socklen_t len;
  if (!parse_addr(ts, s, args[nargs - 1], "sendto", &a, &len)) return Value();
  std::string copy(data);
  ssize_t rc = sock_call(ts, s, true, [&] {
    return ::sendto(s->fd, copy.data(), copy.size(), int(flags) | MSG_NOSIGNAL, &a.sa, len);
  }, s->timeout);
  if (rc < 0) return raise_sock_call(ts, rc);
  return Value::small_int(rc);
}

// sendmsg(buffers[, ancdata[, flags[, address]]]): ancdata items are
// (level, type, data) triples (SCM_RIGHTS carries packed ints, fds).
Value m_sendmsg(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("sendmsg", 1, 4)
  std::vector<std::string> parts;
  {
    Ref it(get_iter(ts, args[0]));
    if (!it) {
      err_clear(ts);
      return raise(ts, Exc::TypeError, "sendmsg() argument 1 must be an iterable");
    }
    while (true) {
      Ref item(iter_next(ts, it.get()));
      if (!item) {
        if (err_occurred(ts)) return Value();
        break;
      }
      std::string_view v;
      if (!bytes_like_view(ts, item.get(), &v)) return Value();
      parts.emplace_back(v);
    }
  }
  std::string control;
  if (nargs > 1) {
    Ref it(get_iter(ts, args[1]));
    if (!it) {
      err_clear(ts);
      return raise(ts, Exc::TypeError, "sendmsg() argument 2 must be an iterable");
    }
    while (true) {
      Ref item(iter_next(ts, it.get()));
      if (!item) {
        if (err_occurred(ts)) return Value();
        break;
      }
      Value t = item.get();
      if (!t.is_obj() || !type_has(t.obj()->type, kTypeTupleSubclass) || t.as<TupleObject>()->size != 3)
        return raise(ts, Exc::TypeError, "[sendmsg() ancillary data items]() argument must be sequence of length 3");
      int64_t level, type;
      std::string_view data;
      TupleObject* tt = t.as<TupleObject>();
      if (!int_as_i64(ts, tt->items[0], &level) || !int_as_i64(ts, tt->items[1], &type) ||
          !bytes_like_view(ts, tt->items[2], &data))
        return Value();
      size_t at = control.size();
      control.resize(at + CMSG_SPACE(data.size()), '\0');
      auto* c = reinterpret_cast<struct cmsghdr*>(control.data() + at);
      c->cmsg_level = int(level);
      c->cmsg_type = int(type);
      c->cmsg_len = CMSG_LEN(data.size());
      memcpy(CMSG_DATA(c), data.data(), data.size());
    }
  }
  int64_t flags = 0;
  if (nargs > 2 && !int_as_i64(ts, args[2], &flags)) return Value();
  SockAddr a;
  socklen_t alen = 0;
  if (nargs > 3 && !args[3].is_none() && !parse_addr(ts, s, args[3], "sendmsg", &a, &alen)) return Value();
  std::vector<struct iovec> iov(parts.size());
  for (size_t i = 0; i < parts.size(); ++i) iov[i] = {parts[i].data(), parts[i].size()};
  struct msghdr msg;
  memset(&msg, 0, sizeof msg);
  msg.msg_iov = iov.data();
  msg.msg_iovlen = iov.size();
  if (!control.empty()) {
    msg.msg_control = control.data();
    msg.msg_controllen = control.size();
  }
  if (alen) {
    msg.msg_name = &a;
    msg.msg_namelen = alen;
  }
  ssize_t rc = sock_call(ts, s, true, [&] { return ::sendmsg(s->fd, &msg, int(flags) | MSG_NOSIGNAL); }, s->timeout);
  if (rc < 0) return raise_sock_call(ts, rc);
  return Value::small_int(rc);
}

// recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags, address)
Value m_recvmsg(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("recvmsg", 1, 3)
  int64_t n, anc = 0, flags = 0;
  if (!int_as_i64(ts, args[0], &n)) return Value();
  if (nargs > 1 && !int_as_i64(ts, args[1], &anc)) return Value();
  if (nargs > 2 && !int_as_i64(ts, args[2], &flags)) return Value();
  if (n < 0) return raise(ts, Exc::ValueError, "negative buffer size in recvmsg()");
  if (anc < 0) return raise(ts, Exc::ValueError, "negative ancillary buffer size in recvmsg()");
  std::string buf(size_t(n), '\0');
  std::string control(size_t(anc), '\0');
  SockAddr a;
  memset(&a, 0, sizeof a);
  struct iovec iov = {buf.data(), buf.size()};
  struct msghdr msg;
  ssize_t rc = sock_call(ts, s, false, [&] {
    memset(&msg, 0, sizeof msg);
    msg.msg_name = &a;
    msg.msg_namelen = sizeof a;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (anc) {
      msg.msg_control = control.data();
      msg.msg_controllen = control.size();
    }
    return ::recvmsg(s->fd, &msg, int(flags));
  }, s->timeout);
  if (rc < 0) return raise_sock_call(ts, rc);
  Ref data(bytes_new(ts, std::string_view(buf.data(), size_t(rc))));
  if (!data) return Value();
  Ref items(Value::from_obj(list_new(ts, 0)));
  if (!items) return Value();
  if (anc) {
    for (struct cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
      size_t len = c->cmsg_len - CMSG_LEN(0);
      Ref d(bytes_new(ts, std::string_view(reinterpret_cast<const char*>(CMSG_DATA(c)), len)));
      if (!d) return Value();
      Ref t(tuple_pack(ts, {Value::small_int(c->cmsg_level), Value::small_int(c->cmsg_type), d.get()}));
      if (!t || !list_append(ts, items.as<ListObject>(), t.get())) return Value();
    }
  }
  Ref addr(msg.msg_namelen ? make_addr(ts, a, msg.msg_namelen) : Value::none());
  if (!addr) return Value();
  return tuple_pack(ts, {data.get(), items.get(), Value::small_int(msg.msg_flags), addr.get()});
}

Value m_setblocking(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("setblocking", 1, 1)
  int b = truthy(ts, args[0]);
  if (b < 0) return Value();
  s->timeout = b ? -1 : 0;
  if (!set_nonblocking(s->fd, !b)) return raise_errno(ts, errno);
  return Value::none();
}

Value m_getblocking(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("getblocking", 0, 0)
  return s->timeout == 0 ? Value::False() : Value::True();
}

Value m_settimeout(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("settimeout", 1, 1)
  double t = -1;
  if (!args[0].is_none()) {
    if (!as_double(ts, args[0], &t)) return Value();
    if (t < 0) return raise(ts, Exc::ValueError, "Timeout value out of range");
  }
  s->timeout = t;
  if (!set_nonblocking(s->fd, t >= 0)) return raise_errno(ts, errno);
  return Value::none();
}

Value m_gettimeout(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "gettimeout", kw) || !check_nargs(ts, "gettimeout", nargs, 0, 0)) return Value();
  double t = sock_of(self)->timeout;
  return t < 0 ? Value::none() : float_new(ts, t);
}

Value m_getsockname(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("getsockname", 0, 0)
  SockAddr a;
  memset(&a, 0, sizeof a);
  socklen_t len = sizeof a;
  if (getsockname(s->fd, &a.sa, &len) < 0) return raise_errno(ts, errno);
  return make_addr(ts, a, len);
}

Value m_getpeername(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("getpeername", 0, 0)
  SockAddr a;
  memset(&a, 0, sizeof a);
  socklen_t len = sizeof a;
  if (getpeername(s->fd, &a.sa, &len) < 0) return raise_errno(ts, errno);
  return make_addr(ts, a, len);
}

Value m_setsockopt(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("setsockopt", 3, 4)
  int64_t level, opt;
  if (!int_as_i64(ts, args[0], &level) || !int_as_i64(ts, args[1], &opt)) return Value();
  int rc;
  if (is_int(ts, args[2])) {
    int64_t v;
    if (!int_as_i64(ts, args[2], &v)) return Value();
    int iv = int(v);
    rc = setsockopt(s->fd, int(level), int(opt), &iv, sizeof iv);
  } else if (args[2].is_none() && nargs == 4) {
    int64_t optlen;
    if (!int_as_i64(ts, args[3], &optlen)) return Value();
    rc = setsockopt(s->fd, int(level), int(opt), nullptr, socklen_t(optlen));
  } else {
    std::string_view b;
    if (!bytes_like_view(ts, args[2], &b)) return Value();
    rc = setsockopt(s->fd, int(level), int(opt), b.data(), socklen_t(b.size()));
  }
  if (rc < 0) return raise_errno(ts, errno);
  return Value::none();
}

Value m_getsockopt(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("getsockopt", 2, 3)
  int64_t level, opt;
  if (!int_as_i64(ts, args[0], &level) || !int_as_i64(ts, args[1], &opt)) return Value();
  if (nargs == 3) {
    int64_t buflen;
    if (!int_as_i64(ts, args[2], &buflen)) return Value();
    if (buflen <= 0 || buflen > 1024) return raise(ts, Exc::OSError, "getsockopt buflen out of range");
    std::string buf(size_t(buflen), '\0');
    socklen_t len = socklen_t(buflen);
    if (getsockopt(s->fd, int(level), int(opt), buf.data(), &len) < 0) return raise_errno(ts, errno);
    return bytes_new(ts, std::string_view(buf.data(), len));
  }
  int v = 0;
  socklen_t len = sizeof v;
  if (getsockopt(s->fd, int(level), int(opt), &v, &len) < 0) return raise_errno(ts, errno);
  return Value::small_int(v);
}

Value m_shutdown(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  SOCK_ARGS("shutdown", 1, 1)
  int64_t how;
  if (!int_as_i64(ts, args[0], &how)) return Value();
  if (::shutdown(s->fd, int(how)) < 0) return raise_errno(ts, errno);
  return Value::none();
}

#undef SOCK_ARGS

Value g_family(ThreadState*, Value self) { return Value::small_int(sock_of(self)->family); }
Value g_type(ThreadState*, Value self) { return Value::small_int(sock_of(self)->type); }
Value g_proto(ThreadState*, Value self) { return Value::small_int(sock_of(self)->proto); }
Value g_timeout(ThreadState* ts, Value self) {
  double t = sock_of(self)->timeout;
  return t < 0 ? Value::none() : float_new(ts, t);
}

const MethodDef kSocketMethods[] = {
    {"fileno", m_fileno},         {"close", m_close},           {"detach", m_detach},
    {"bind", m_bind},             {"listen", m_listen},         {"_accept", m_accept},
    {"connect", m_connect},       {"connect_ex", m_connect_ex}, {"send", m_send},
    {"sendall", m_sendall},       {"recv", m_recv},             {"setblocking", m_setblocking},
    {"getblocking", m_getblocking}, {"settimeout", m_settimeout}, {"gettimeout", m_gettimeout},
    {"getsockname", m_getsockname}, {"getpeername", m_getpeername}, {"setsockopt", m_setsockopt},
    {"getsockopt", m_getsockopt}, {"shutdown", m_shutdown},     {"recv_into", m_recv_into},
    {"recvfrom", m_recvfrom},     {"recvfrom_into", m_recvfrom_into}, {"sendto", m_sendto},
    {"sendmsg", m_sendmsg},       {"recvmsg", m_recvmsg},       {nullptr, nullptr},
};

const GetSetDef kSocketGetSets[] = {
    {"family", g_family},
    {"type", g_type},
    {"proto", g_proto},
    {"timeout", g_timeout},
    {nullptr, nullptr},
};

const TypeSpec socket_type_spec = {
    .name = "_socket.socket",
    .basicsize = sizeof(SocketObject),
    .flags = kTypeBaseType,
    .slots = {.dealloc = sock_dealloc, .new_ = sock_new, .init = sock_init},
    .methods = kSocketMethods,
    .getsets = kSocketGetSets,
};

// ---------------------------------------------------------------- module functions

// _socketpair(family, type, proto) -> (fd1, fd2); socket.py wraps them.
Value f_socketpair(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "socketpair", kw) || !check_nargs(ts, "socketpair", nargs, 0, 3)) return Value();
  int64_t family = AF_UNIX, type = SOCK_STREAM, proto = 0;
  if (nargs > 0 && !args[0].is_none() && !int_as_i64(ts, args[0], &family)) return Value();
  if (nargs > 1 && !args[1].is_none() && !int_as_i64(ts, args[1], &type)) return Value();
  if (nargs > 2 && !args[2].is_none() && !int_as_i64(ts, args[2], &proto)) return Value();
  int sv[2];
  if (::socketpair(int(family), int(type) | SOCK_CLOEXEC, int(proto), sv) < 0) return raise_errno(ts, errno);
  return tuple_pack(ts, {Value::small_int(sv[0]), Value::small_int(sv[1])});
}

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0); errors raise
// OSError(code, message) with a negative EAI code (socket.py maps them to gaierror).
Value f_getaddrinfo(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* names[] = {"host", "port", "family", "type", "proto", "flags"};
  Value a[6] = {};
  if (!parse_args(ts, "getaddrinfo", args, nargs, kw, names, 6, 0, 6, 2, a)) return Value();
  std::string host, port;
  bool has_host = !a[0].is_none(), has_port = !a[1].is_none();
  if (has_host) {
    if (is_str(ts, a[0])) host = std::string(str_view(a[0]));
    else {
      std::string_view b;
      if (!bytes_like_view(ts, a[0], &b)) return Value();
      host = std::string(b);
    }
  }
  if (has_port) {
    if (is_int(ts, a[1])) {
      int64_t p;
      if (!int_as_i64(ts, a[1], &p)) return Value();
      port = std::to_string(p);
    } else if (is_str(ts, a[1])) {
      port = std::string(str_view(a[1]));
    } else {
      std::string_view b;
      if (!bytes_like_view(ts, a[1], &b)) {
        err_clear(ts);
        return raise(ts, Exc::OSError, "Int or String expected");
      }
      port = std::string(b);
    }
  }
  int64_t v[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4; i++)
    if (a[2 + i] && !int_as_i64(ts, a[2 + i], &v[i])) return Value();
  struct addrinfo hints = {};
  hints.ai_family = int(v[0]);
  hints.ai_socktype = int(v[1]);
  hints.ai_protocol = int(v[2]);
  hints.ai_flags = int(v[3]);
  struct addrinfo* res = nullptr;
  int rc;
  {
    GilRelease unlocked(ts);
    rc = getaddrinfo(has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr, &hints, &res);
  }
  if (rc != 0) {
    Ref msg(str_new(ts, gai_strerror(rc)));
    if (!msg) return Value();
    Value ea[2] = {Value::small_int(rc), msg.get()};
    Ref e(exception_new(ts, exc_type(ts, Exc::OSError), ea, 2));
    if (!e) return Value();
    return raise_value(ts, e.get());
  }
  Ref out(Value::from_obj(list_new(ts, 0)));
  for (struct addrinfo* p = res; p; p = p->ai_next) {
    SockAddr sa;
    memset(&sa, 0, sizeof sa);
    memcpy(&sa, p->ai_addr, std::min(sizeof sa, size_t(p->ai_addrlen)));
    Ref addr(make_addr(ts, sa, p->ai_addrlen));
    Ref canon(str_new(ts, p->ai_canonname ? p->ai_canonname : ""));
    if (!addr || !canon) {
      freeaddrinfo(res);
      return Value();
    }
    Ref t(tuple_pack(ts, {Value::small_int(p->ai_family), Value::small_int(p->ai_socktype),
                          Value::small_int(p->ai_protocol), canon.get(), addr.get()}));
    if (!t || !list_append(ts, out.as<ListObject>(), t.get())) {
      freeaddrinfo(res);
      return Value();
    }
  }
  freeaddrinfo(res);
  return out.release();
}

// CMSG_LEN(length) / CMSG_SPACE(length): ancillary data sizes for sendmsg/recvmsg.
Value cmsg_size(ThreadState* ts, const char* name, const Value* args, size_t nargs, TupleObject* kw, bool space) {
  if (!no_kwargs(ts, name, kw) || !check_nargs(ts, name, nargs, 1, 1)) return Value();
  int64_t n;
  if (!int_as_i64(ts, args[0], &n)) return Value();
  if (n < 0 || n > 0x7fffffff) return raisef(ts, Exc::OverflowError, "%s() argument out of range", name);
  return Value::small_int(int64_t(space ? CMSG_SPACE(size_t(n)) : CMSG_LEN(size_t(n))));
}
Value f_cmsg_len(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return cmsg_size(ts, "CMSG_LEN", args, nargs, kw, false);
}
Value f_cmsg_space(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  return cmsg_size(ts, "CMSG_SPACE", args, nargs, kw, true);
}

Value f_gethostname(ThreadState* ts, Value, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "gethostname", kw) || !check_nargs(ts, "gethostname", nargs, 0, 0)) return Value();
  char buf[256];
  if (gethostname(buf, sizeof buf) < 0) return raise_errno(ts, errno);
  buf[sizeof buf - 1] = 0;
  return str_new(ts, buf);
}

Value f_dup(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "dup", kw) || !check_nargs(ts, "dup", nargs, 1, 1)) return Value();
  int64_t fd;
  if (!int_as_i64(ts, args[0], &fd)) return Value();
  int nfd = fcntl(int(fd), F_DUPFD_CLOEXEC, 0);
  if (nfd < 0) return raise_errno(ts, errno);
  return Value::small_int(nfd);
}

Value f_htons(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "htons", kw) || !check_nargs(ts, "htons", nargs, 1, 1)) return Value();
  int64_t x;
  if (!int_as_i64(ts, args[0], &x)) return Value();
  return Value::small_int(htons(uint16_t(x)));
}

Value f_inet_pton(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "inet_pton", kw) || !check_nargs(ts, "inet_pton", nargs, 2, 2)) return Value();
  int64_t fam;
  if (!int_as_i64(ts, args[0], &fam)) return Value();
  if (!is_str(ts, args[1])) return raisef(ts, Exc::TypeError, "inet_pton() argument 2 must be str, not %s", type_name(ts, args[1]));
  std::string s(str_view(args[1]));
  unsigned char buf[16];
  int rc = inet_pton(int(fam), s.c_str(), buf);
  if (rc == 0) return raise(ts, Exc::OSError, "illegal IP address string passed to inet_pton");
  if (rc < 0) return raise_errno(ts, errno);
  return bytes_new(ts, std::string_view(reinterpret_cast<char*>(buf), fam == AF_INET ? 4 : 16));
}

Value f_inet_ntop(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "inet_ntop", kw) || !check_nargs(ts, "inet_ntop", nargs, 2, 2)) return Value();
  int64_t fam;
  std::string_view b;
  if (!int_as_i64(ts, args[0], &fam) || !bytes_like_view(ts, args[1], &b)) return Value();
  if (b.size() != (fam == AF_INET ? 4u : 16u)) return raise(ts, Exc::ValueError, "invalid length of packed IP address string");
  char out[INET6_ADDRSTRLEN];
  if (!inet_ntop(int(fam), b.data(), out, sizeof out)) return raise_errno(ts, errno);
  return str_new(ts, out);
}

const MethodDef kSocketModuleMethods[] = {
    {"_socketpair", f_socketpair},
    {"getaddrinfo", f_getaddrinfo},
    {"gethostname", f_gethostname},
    {"CMSG_LEN", f_cmsg_len},
    {"CMSG_SPACE", f_cmsg_space},
    {"dup", f_dup},
    {"htons", f_htons},
    {"ntohs", f_htons},
    {"inet_pton", f_inet_pton},
    {"inet_ntop", f_inet_ntop},
    {nullptr, nullptr},
};

bool socket_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* st = type_from_spec(ts, &socket_type_spec, ts->interp->types.object_);
  if (!st) return false;
  if (!dict_set_str(ts, st->dict, "_default_timeout", Value::none())) return false;
  if (!module_add(ts, m, "socket", Value::from_obj(st)) || !module_add(ts, m, "SocketType", Value::from_obj(st)))
    return false;
  if (!module_add(ts, m, "error", Value::from_obj(exc_type(ts, Exc::OSError))) ||
      !module_add(ts, m, "timeout", Value::from_obj(exc_type(ts, Exc::TimeoutError))))
    return false;
  struct {
    const char* name;
    int64_t value;
  } consts[] = {
      {"AF_UNSPEC", AF_UNSPEC},       {"AF_INET", AF_INET},         {"AF_INET6", AF_INET6},
      {"AF_UNIX", AF_UNIX},           {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM},
      {"SOCK_RAW", SOCK_RAW},         {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC},
      {"SOL_SOCKET", SOL_SOCKET},     {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_REUSEPORT", SO_REUSEPORT},
      {"SO_KEEPALIVE", SO_KEEPALIVE}, {"SO_ERROR", SO_ERROR},       {"SO_TYPE", SO_TYPE},
      {"SO_SNDBUF", SO_SNDBUF},       {"SO_RCVBUF", SO_RCVBUF},     {"SO_BROADCAST", SO_BROADCAST},
      {"SO_LINGER", SO_LINGER},       {"SOMAXCONN", SOMAXCONN},     {"IPPROTO_TCP", IPPROTO_TCP},
      {"IPPROTO_UDP", IPPROTO_UDP},   {"IPPROTO_IP", IPPROTO_IP},   {"IPPROTO_IPV6", IPPROTO_IPV6},
      {"IPV6_V6ONLY", IPV6_V6ONLY},   {"TCP_NODELAY", TCP_NODELAY}, {"SHUT_RD", SHUT_RD},
      {"SHUT_WR", SHUT_WR},           {"SHUT_RDWR", SHUT_RDWR},     {"AI_PASSIVE", AI_PASSIVE},
      {"AI_CANONNAME", AI_CANONNAME}, {"AI_NUMERICHOST", AI_NUMERICHOST}, {"AI_NUMERICSERV", AI_NUMERICSERV},
      {"AI_ADDRCONFIG", AI_ADDRCONFIG}, {"AI_V4MAPPED", AI_V4MAPPED}, {"NI_NUMERICHOST", NI_NUMERICHOST},
      {"NI_NUMERICSERV", NI_NUMERICSERV}, {"MSG_PEEK", MSG_PEEK},   {"MSG_DONTWAIT", MSG_DONTWAIT},
      {"MSG_NOSIGNAL", MSG_NOSIGNAL}, {"EAI_NONAME", EAI_NONAME},   {"EAI_AGAIN", EAI_AGAIN},
      {"SCM_RIGHTS", SCM_RIGHTS},     {"SCM_CREDENTIALS", SCM_CREDENTIALS}, {"MSG_TRUNC", MSG_TRUNC},
      {"MSG_CTRUNC", MSG_CTRUNC},     {"MSG_WAITALL", MSG_WAITALL}, {"MSG_OOB", MSG_OOB},
      {"MSG_CMSG_CLOEXEC", MSG_CMSG_CLOEXEC},
      {"has_ipv6", 1},
  };
  for (auto& c : consts)
    if (!module_add(ts, m, c.name, c.name[0] == 'h' ? Value::True() : Value::small_int(c.value))) return false;
  return true;
}

}  // namespace

const ModuleDef socket_module_def = {
    .name = "_socket",
    .doc = "Implementation module for socket operations.",
    .methods = kSocketModuleMethods,
    .init = socket_init,
};

}  // namespace minipy
