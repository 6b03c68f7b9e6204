// stdlib/selectmodule.cpp — the native `select` module: select(), poll objects
// and epoll objects (Linux), with CPython's argument conventions and errors.
// Every wait (poll/epoll_wait) goes through wait_retrying: GIL released, and
// retried after a signal with the remaining timeout (PEP 475); nothing here
// touches objects while the GIL is released. No module state: poll/epoll objects own
// their kernel handles.
#include <cerrno>
#include <cmath>
#include <ctime>
#include <poll.h>
#include <sys/epoll.h>
#include <unistd.h>

#include <vector>

#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

namespace {


int64_t monotonic_now_ns() {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return int64_t(t.tv_sec) * 1000000000LL + t.tv_nsec;
}

// A wait of at most `ms` milliseconds (-1: forever), GIL released, retried
// like CPython after EINTR (PEP 475): the signal's Python handler runs first
// (main thread), its exception aborts the wait; otherwise the wait resumes
// with the time left, and counts as timed out (0) once none is left.
// Returns wait(ms)'s result, -1 with errno set, or -2 with an exception pending.
constexpr int kSignalRaised = -2;
template <class Wait>
int wait_retrying(ThreadState* ts, int ms, Wait wait) {
  const int64_t deadline = ms > 0 ? monotonic_now_ns() + int64_t(ms) * 1000000LL : 0;
  for (;;) {
    int rc, err;
    {
      GilRelease unlocked(ts);
      rc = wait(ms);
      err = errno;
    }
    if (rc >= 0 || err != EINTR) {
      errno = err;
      return rc;
    }
    if (!signals_check(ts)) return kSignalRaised;
    if (ms > 0) {
      int64_t left = deadline - monotonic_now_ns();
      if (left <= 0) return 0;
      ms = int((left + 999999) / 1000000);  // rounded up, like CPython
    }
  }
}


// Timeout in seconds (None = forever) to milliseconds (-1 = forever), rounding up like CPython.
bool timeout_ms(ThreadState* ts, Value v, int* out, const char* none_msg) {
  if (!v || v.is_none()) {
    *out = -1;
    return true;
  }
  double d;
  if (!as_double(ts, v, &d)) {
    if (err_matches(ts, Exc::TypeError)) {
      err_clear(ts);
      raise(ts, Exc::TypeError, none_msg);
    }
    return false;
  }
  if (std::isnan(d)) {
    raise(ts, Exc::ValueError, "Invalid value NaN (not a number)");
    return false;
  }
  if (d < 0) {
    *out = -1;
    return true;
  }
  double ms = std::ceil(d * 1000.0);
  if (ms > 2147483647.0) {
    raise(ts, Exc::OverflowError, "timeout is too large");
    return false;
  }
  *out = int(ms);
  return true;
}

// ---------------------------------------------------------------- select()

bool collect_fds(ThreadState* ts, Value seq, short events, std::vector<pollfd>& pfds,
                 std::vector<std::pair<Value, size_t>>& objs) {
  Ref it(get_iter(ts, seq));
  if (!it) return false;
  for (;;) {
    Ref item(iter_next(ts, it.get()));
    if (!item) return !err_occurred(ts);
    int fd;
    if (!fd_from_object(ts, item.get(), &fd)) return false;
    pfds.push_back(pollfd{fd, events, 0});
    objs.emplace_back(item.get(), pfds.size() - 1);
  }
}

Value s_select(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "select", kw) || !check_nargs(ts, "select", nargs, 3, 4)) return Value();
  int ms;
  if (!timeout_ms(ts, nargs > 3 ? args[3] : Value(), &ms, "timeout must be a float or None")) return Value();
  if (nargs > 3 && !args[3].is_none()) {
    double d;
    if (as_double(ts, args[3], &d) && d < 0) return raise(ts, Exc::ValueError, "timeout must be non-negative");
  }
  std::vector<pollfd> pfds[3];
  std::vector<std::pair<Value, size_t>> objs[3];
  const short evs[3] = {POLLIN, POLLOUT, POLLPRI};
  // Keep the sequences' items alive: the lists hold them.
  Ref lists[3];
  for (int i = 0; i < 3; i++) {
    lists[i] = Ref(sequence_to_list(ts, args[i]));
    if (!lists[i]) return Value();
    if (!collect_fds(ts, lists[i].get(), evs[i], pfds[i], objs[i])) return Value();
  }
  std::vector<pollfd> all;
  for (auto& v : pfds) all.insert(all.end(), v.begin(), v.end());
  int rc = wait_retrying(ts, ms, [&](int t) { return ::poll(all.data(), all.size(), t); });
  if (rc == kSignalRaised) return Value();
  if (rc < 0) return raise_errno(ts, errno);
  Ref out(Value::from_obj(tuple_new(ts, 3)));
  if (!out) return Value();
  size_t base = 0;
  for (int i = 0; i < 3; i++) {
    ListObject* l = list_new(ts, 0);
    if (!l) return Value();
    out.as<TupleObject>()->items[i] = Value::from_obj(l);
    for (auto& [obj, idx] : objs[i]) {
      short re = all[base + idx].revents;
      bool hit = i == 0 ? (re & (POLLIN | POLLHUP | POLLERR)) : i == 1 ? (re & (POLLOUT | POLLERR)) : (re & POLLPRI);
      if (re & POLLNVAL) return raise_errno(ts, EBADF);
      if (hit && !list_append(ts, l, obj)) return Value();
    }
    base += pfds[i].size();
  }
  return out.release();
}

// ---------------------------------------------------------------- poll objects

struct PollObject : Object {
  std::vector<pollfd>* fds;  // registered descriptors (owned)
  bool polling;
};

void poll_dealloc(Object* o) {
  delete static_cast<PollObject*>(o)->fds;
  free_object(o);
}

PollObject* poll_self(Value v) { return v.as<PollObject>(); }

Value poll_register(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "register", kw) || !check_nargs(ts, "register", nargs, 1, 2)) return Value();
  int fd;
  if (!fd_from_object(ts, args[0], &fd)) return Value();
  int64_t mask = POLLIN | POLLPRI | POLLOUT;
  if (nargs > 1 && !int_as_i64(ts, args[1], &mask)) return Value();
  auto* v = poll_self(self)->fds;
  for (auto& p : *v)
    if (p.fd == fd) {
      p.events = short(mask);
      return Value::none();
    }
  v->push_back(pollfd{fd, short(mask), 0});
  return Value::none();
}

Value poll_modify(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "modify", kw) || !check_nargs(ts, "modify", nargs, 2, 2)) return Value();
  int fd;
  int64_t mask;
  if (!fd_from_object(ts, args[0], &fd) || !int_as_i64(ts, args[1], &mask)) return Value();
  for (auto& p : *poll_self(self)->fds)
    if (p.fd == fd) {
      p.events = short(mask);
      return Value::none();
    }
  return raise_errno(ts, ENOENT);
}

Value poll_unregister(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "unregister", kw) || !check_nargs(ts, "unregister", nargs, 1, 1)) return Value();
  int fd;
  if (!fd_from_object(ts, args[0], &fd)) return Value();
  auto* v = poll_self(self)->fds;
  for (size_t i = 0; i < v->size(); i++)
    if ((*v)[i].fd == fd) {
      v->erase(v->begin() + i);
      return Value::none();
    }
  return raise_key_error(ts, args[0]);
}

Value poll_poll(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "poll", kw) || !check_nargs(ts, "poll", nargs, 0, 1)) return Value();
  // poll.poll() takes milliseconds (epoll.poll() takes seconds).
  int ms = -1;
  if (nargs && !args[0].is_none()) {
    double d;
    if (!as_double(ts, args[0], &d)) return Value();
    ms = d < 0 ? -1 : int(std::ceil(d));
  }
  PollObject* p = poll_self(self);
  if (p->polling) return raise(ts, Exc::RuntimeError, "concurrent poll() invocation");
  std::vector<pollfd> fds = *p->fds;
  p->polling = true;
  int rc = wait_retrying(ts, ms, [&](int t) { return ::poll(fds.data(), fds.size(), t); });
  p->polling = false;
  if (rc == kSignalRaised) return Value();
  if (rc < 0) return raise_errno(ts, errno);
  Ref out(Value::from_obj(list_new(ts, 0)));
  if (!out) return Value();
  for (auto& f : fds) {
    if (!f.revents) continue;
    Ref t(tuple_pack(ts, {Value::small_int(f.fd), Value::small_int(f.revents & 0xffff)}));
    if (!t || !list_append(ts, out.as<ListObject>(), t.get())) return Value();
  }
  return out.release();
}

const MethodDef kPollMethods[] = {
    {"register", poll_register},
    {"modify", poll_modify},
    {"unregister", poll_unregister},
    {"poll", poll_poll},
    {nullptr, nullptr},
};

const TypeSpec poll_type_spec = {
    .name = "select.poll",
    .basicsize = sizeof(PollObject),
    .flags = 0,
    .slots = {.dealloc = poll_dealloc},
    .methods = kPollMethods,
};

Value module_type(ThreadState* ts, Value module, const char* name) {
  Value t = dict_get_str(module.as<ModuleObject>()->dict, intern(ts, name));
  if (!t) return raisef(ts, Exc::SystemError, "select.%s is missing", name);
  return t;
}

Value s_poll(ThreadState* ts, Value mod, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "poll", kw) || !check_nargs(ts, "poll", nargs, 0, 0)) return Value();
  Value t = module_type(ts, mod, "_poll_type");
  if (!t) return Value();
  Object* o = alloc_object(ts, t.as<TypeObject>());
  if (!o) return Value();
  static_cast<PollObject*>(o)->fds = new std::vector<pollfd>();
  return Value::from_obj(o);
}

// ---------------------------------------------------------------- epoll objects

struct EpollObject : Object {
  int epfd;  // -1 once closed
};

void epoll_dealloc(Object* o) {
  auto* e = static_cast<EpollObject*>(o);
  if (e->epfd >= 0) ::close(e->epfd);
  free_object(o);
}

EpollObject* epoll_open(ThreadState* ts, Value self) {
  auto* e = self.as<EpollObject>();
  if (e->epfd < 0) {
    raise(ts, Exc::ValueError, "I/O operation on closed epoll object");
    return nullptr;
  }
  return e;
}

Value epoll_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* names[] = {"sizehint", "flags"};
  Value a[2] = {};
  if (!parse_args(ts, "epoll", args, nargs, kw, names, 2, 0, 2, 0, a)) return Value();
  if (a[0]) {
    int64_t hint;
    if (!int_as_i64(ts, a[0], &hint)) return Value();
    if (hint == 0 || hint < -1) return raise(ts, Exc::ValueError, "negative sizehint");
  }
  int fd = epoll_create1(EPOLL_CLOEXEC);
  if (fd < 0) return raise_errno(ts, errno);
  Object* o = alloc_object(ts, type);
  if (!o) {
    ::close(fd);
    return Value();
  }
  static_cast<EpollObject*>(o)->epfd = fd;
  return Value::from_obj(o);
}

Value epoll_ctl_common(ThreadState* ts, Value self, int op, const Value* args, size_t nargs, TupleObject* kw,
                       const char* fname, bool need_mask) {
  static constexpr const char* names[] = {"fd", "eventmask"};
  Value a[2] = {};
  if (!parse_args(ts, fname, args, nargs, kw, names, op == EPOLL_CTL_DEL ? 1 : 2, 0, 2,
                  need_mask ? 2 : 1, a))
    return Value();
  EpollObject* e = epoll_open(ts, self);
  if (!e) return Value();
  int fd;
  if (!fd_from_object(ts, a[0], &fd)) return Value();
  int64_t mask = EPOLLIN | EPOLLPRI | EPOLLOUT;
  if (a[1] && !int_as_i64(ts, a[1], &mask)) return Value();
  struct epoll_event ev = {};
  ev.events = uint32_t(mask);
  ev.data.fd = fd;
  if (epoll_ctl(e->epfd, op, fd, &ev) < 0) return raise_errno(ts, errno);
  return Value::none();
}

Value epoll_register(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return epoll_ctl_common(ts, self, EPOLL_CTL_ADD, args, nargs, kw, "register", false);
}
Value epoll_modify(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return epoll_ctl_common(ts, self, EPOLL_CTL_MOD, args, nargs, kw, "modify", true);
}
Value epoll_unregister(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return epoll_ctl_common(ts, self, EPOLL_CTL_DEL, args, nargs, kw, "unregister", true);
}

Value epoll_poll(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* names[] = {"timeout", "maxevents"};
  Value a[2] = {};
  if (!parse_args(ts, "poll", args, nargs, kw, names, 2, 0, 2, 0, a)) return Value();
  EpollObject* e = epoll_open(ts, self);
  if (!e) return Value();
  int ms;
  if (!timeout_ms(ts, a[0], &ms, "timeout must be an integer or None")) return Value();
  int64_t maxevents = -1;
  if (a[1] && !a[1].is_none() && !int_as_i64(ts, a[1], &maxevents)) return Value();
  if (maxevents == -1) maxevents = 1024;
  if (maxevents <= 0) return raisef(ts, Exc::ValueError, "maxevents must be greater than 0, got %lld", (long long)maxevents);
  std::vector<struct epoll_event> evs(static_cast<size_t>(maxevents));
  int epfd = e->epfd;
  int rc;
  if (ms == 0) {
    // A zero timeout never blocks: skip the GIL hand-off (the event loop polls like
    // this on every iteration that has callbacks ready).
    rc = epoll_wait(epfd, evs.data(), int(maxevents), 0);
  } else {
    rc = wait_retrying(ts, ms, [&](int t) { return epoll_wait(epfd, evs.data(), int(maxevents), t); });
    if (rc == kSignalRaised) return Value();
  }
  if (rc < 0) {
    if (errno == EINTR) rc = 0;
    else return raise_errno(ts, errno);
  }
  ListObject* l = list_new(ts, rc);
  if (!l) return Value();
  Ref out(Value::from_obj(l));
  for (int i = 0; i < rc; i++) {
    Value t = tuple_pack(ts, {Value::small_int(evs[i].data.fd), Value::small_int(int64_t(evs[i].events))});
    if (!t) return Value();
    l->items[i] = t;
  }
  return out.release();
}

Value epoll_close(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "close", kw) || !check_nargs(ts, "close", nargs, 0, 0)) return Value();
  auto* e = self.as<EpollObject>();
  if (e->epfd >= 0) {
    ::close(e->epfd);
    e->epfd = -1;
  }
  return Value::none();
}

Value epoll_fileno(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "fileno", kw) || !check_nargs(ts, "fileno", nargs, 0, 0)) return Value();
  EpollObject* e = epoll_open(ts, self);
  if (!e) return Value();
  return Value::small_int(e->epfd);
}

Value epoll_enter(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!epoll_open(ts, self)) return Value();
  return newref(self);
}

Value epoll_exit(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  return epoll_close(ts, self, nullptr, 0, nullptr);
}

Value epoll_closed_get(ThreadState*, Value self) {
  return self.as<EpollObject>()->epfd < 0 ? Value::True() : Value::False();
}

const MethodDef kEpollMethods[] = {
    {"register", epoll_register},
    {"modify", epoll_modify},
    {"unregister", epoll_unregister},
    {"poll", epoll_poll},
    {"close", epoll_close},
    {"fileno", epoll_fileno},
    {"__enter__", epoll_enter},
    {"__exit__", epoll_exit},
    {nullptr, nullptr},
};

const GetSetDef kEpollGetSets[] = {
    {"closed", epoll_closed_get},
    {nullptr, nullptr},
};

const TypeSpec epoll_type_spec = {
    .name = "select.epoll",
    .basicsize = sizeof(EpollObject),
    .flags = kTypeBaseType,
    .slots = {.dealloc = epoll_dealloc, .new_ = epoll_new},
    .methods = kEpollMethods,
    .getsets = kEpollGetSets,
};

const MethodDef kSelectMethods[] = {
    {"select", s_select},
    {"poll", s_poll},
    {nullptr, nullptr},
};

bool select_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* pt = type_from_spec(ts, &poll_type_spec, ts->interp->types.object_);
  TypeObject* et = type_from_spec(ts, &epoll_type_spec, ts->interp->types.object_);
  if (!pt || !et) return false;
  if (!module_add(ts, m, "_poll_type", Value::from_obj(pt)) || !module_add(ts, m, "epoll", Value::from_obj(et)))
    return false;
  if (!module_add(ts, m, "error", Value::from_obj(exc_type(ts, Exc::OSError)))) return false;
  struct {
    const char* name;
    int64_t value;
  } consts[] = {
      {"POLLIN", POLLIN},         {"POLLPRI", POLLPRI},       {"POLLOUT", POLLOUT},
      {"POLLERR", POLLERR},       {"POLLHUP", POLLHUP},       {"POLLNVAL", POLLNVAL},
      {"POLLRDNORM", POLLRDNORM}, {"POLLRDBAND", POLLRDBAND}, {"POLLWRNORM", POLLWRNORM},
      {"POLLWRBAND", POLLWRBAND}, {"POLLMSG", POLLMSG},       {"POLLRDHUP", POLLRDHUP},
      {"EPOLLIN", EPOLLIN},       {"EPOLLOUT", EPOLLOUT},     {"EPOLLPRI", EPOLLPRI},
      {"EPOLLERR", EPOLLERR},     {"EPOLLHUP", EPOLLHUP},     {"EPOLLET", EPOLLET},
      {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE},
      {"EPOLLRDHUP", EPOLLRDHUP}, {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND},
      {"EPOLLWRNORM", EPOLLWRNORM}, {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},
      {"EPOLL_CLOEXEC", EPOLL_CLOEXEC}, {"PIPE_BUF", 4096},
  };
  for (auto& c : consts)
    if (!module_add(ts, m, c.name, Value::small_int(c.value))) return false;
  return true;
}

}  // namespace

const ModuleDef select_module_def = {
    .name = "select",
    .doc = "This module supports asynchronous I/O on multiple file descriptors.",
    .methods = kSelectMethods,
    .init = select_init,
};

}  // namespace minipy
