// stdlib/termiosmodule.cpp — the native `termios` module: POSIX terminal
// control (tcgetattr/tcsetattr, tcsendbreak/tcdrain/tcflush/tcflow,
// tcgetwinsize/tcsetwinsize), termios.error, and the constants (the values of
// Linux's <termios.h> and <sys/ioctl.h>, as CPython 3.11 exports them).
// Must not: hold the GIL while waiting for output to drain.
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

namespace {


bool int_arg(ThreadState* ts, Value v, int64_t* out) {
  Ref i(index(ts, v));
  return i && int_as_i64(ts, i.get(), out);
}

// termios.error(errno, strerror)
Value termios_error(ThreadState* ts, int err) {
  Value cls = module_attr(ts, "termios", "error");
  if (!cls) return raise_errno(ts, err);
  Ref msg(str_new(ts, std::strerror(err)));
  if (!msg) return Value();
  Value args[2] = {Value::small_int(err), msg.get()};
  Value exc = call(ts, cls, args, 2);
  if (!exc) return Value();
  err_restore(ts, exc);
  return Value();
}

Value tm_tcgetattr(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "tcgetattr", kw) || !check_nargs(ts, "tcgetattr", nargs, 1, 1)) return Value();
  int fd;
  if (!fd_from_object(ts, args[0], &fd)) return Value();
  struct termios t;
  if (tcgetattr(fd, &t) < 0) return termios_error(ts, errno);
  ListObject* cc = list_new(ts, NCCS);
  if (!cc) return Value();
  Ref cc_ref(Value::from_obj(cc));
  for (int i = 0; i < NCCS; ++i) {
    char c = char(t.c_cc[i]);
    cc->items[i] = bytes_new(ts, std::string_view(&c, 1));
    if (!cc->items[i]) return Value();
  }
  // In non-canonical mode VMIN and VTIME are counts, not characters.
  if ((t.c_lflag & ICANON) == 0) {
    decref(cc->items[VMIN]);
    cc->items[VMIN] = Value::small_int(t.c_cc[VMIN]);
    decref(cc->items[VTIME]);
    cc->items[VTIME] = Value::small_int(t.c_cc[VTIME]);
  }
  ListObject* r = list_new(ts, 7);
  if (!r) return Value();
  r->items[0] = int_from_u64(ts, t.c_iflag);
  r->items[1] = int_from_u64(ts, t.c_oflag);
  r->items[2] = int_from_u64(ts, t.c_cflag);
  r->items[3] = int_from_u64(ts, t.c_lflag);
  r->items[4] = int_from_u64(ts, cfgetispeed(&t));
  r->items[5] = int_from_u64(ts, cfgetospeed(&t));
  r->items[6] = cc_ref.release();
  return Value::from_obj(r);
}

Value tm_tcsetattr(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "tcsetattr", kw) || !check_nargs(ts, "tcsetattr", nargs, 3, 3)) return Value();
  int fd;
  int64_t when;
  if (!fd_from_object(ts, args[0], &fd) || !int_arg(ts, args[1], &when)) return Value();
  Value attrs = args[2];
  if (!is_list(ts, attrs) || attrs.as<ListObject>()->size != 7)
    return raise(ts, Exc::TypeError, "tcsetattr, arg 3: must be 7 element list");
  struct termios t;
  if (tcgetattr(fd, &t) < 0) return termios_error(ts, errno);
  ListObject* l = attrs.as<ListObject>();
  int64_t v[6];
  for (int i = 0; i < 6; ++i)
    if (!int_arg(ts, l->items[i], &v[i])) return Value();
  Value cc = l->items[6];
  if (!is_list(ts, cc) || cc.as<ListObject>()->size != NCCS)
    return raisef(ts, Exc::TypeError, "tcsetattr: attributes[6] must be %d element list", NCCS);
  t.c_iflag = tcflag_t(v[0]);
  t.c_oflag = tcflag_t(v[1]);
  t.c_cflag = tcflag_t(v[2]);
  t.c_lflag = tcflag_t(v[3]);
  ListObject* ccl = cc.as<ListObject>();
  for (int i = 0; i < NCCS; ++i) {
    Value c = ccl->items[i];
    if (is_bytes(ts, c) && c.as<BytesObject>()->size == 1) {
      t.c_cc[i] = cc_t(c.as<BytesObject>()->data[0]);
    } else if (is_int(ts, c)) {
      int64_t n;
      if (!int_as_i64(ts, c, &n)) return Value();
      t.c_cc[i] = cc_t(n);
    } else {
      return raise(ts, Exc::TypeError, "tcsetattr: elements of attributes must be characters or integers");
    }
  }
  if (cfsetispeed(&t, speed_t(v[4])) < 0 || cfsetospeed(&t, speed_t(v[5])) < 0)
    return termios_error(ts, errno);
  if (tcsetattr(fd, int(when), &t) < 0) return termios_error(ts, errno);
  return Value::none();
}

// The one-int-argument calls: tcsendbreak(fd, duration), tcflush(fd, queue), tcflow(fd, action).
template <int (*F)(int, int)>
Value fd_int_call(ThreadState* ts, const char* name, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, name, kw) || !check_nargs(ts, name, nargs, 2, 2)) return Value();
  int fd;
  int64_t arg;
  if (!fd_from_object(ts, args[0], &fd) || !int_arg(ts, args[1], &arg)) return Value();
  if (F(fd, int(arg)) < 0) return termios_error(ts, errno);
  return Value::none();
}
Value tm_tcsendbreak(ThreadState* ts, Value, const Value* a, size_t n, TupleObject* kw) {
  return fd_int_call<tcsendbreak>(ts, "tcsendbreak", a, n, kw);
}
Value tm_tcflush(ThreadState* ts, Value, const Value* a, size_t n, TupleObject* kw) {
  return fd_int_call<tcflush>(ts, "tcflush", a, n, kw);
}
Value tm_tcflow(ThreadState* ts, Value, const Value* a, size_t n, TupleObject* kw) {
  return fd_int_call<tcflow>(ts, "tcflow", a, n, kw);
}

Value tm_tcdrain(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "tcdrain", kw) || !check_nargs(ts, "tcdrain", nargs, 1, 1)) return Value();
  int fd;
  if (!fd_from_object(ts, args[0], &fd)) return Value();
  int rc;
  {
    GilRelease unlocked(ts);
    rc = tcdrain(fd);
  }
  if (rc < 0) return termios_error(ts, errno);
  return Value::none();
}

Value tm_tcgetwinsize(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "tcgetwinsize", kw) || !check_nargs(ts, "tcgetwinsize", nargs, 1, 1)) return Value();
  int fd;
  if (!fd_from_object(ts, args[0], &fd)) return Value();
  struct winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) < 0) return termios_error(ts, errno);
  return tuple_pack(ts, {Value::small_int(w.ws_row), Value::small_int(w.ws_col)});
}

Value tm_tcsetwinsize(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "tcsetwinsize", kw) || !check_nargs(ts, "tcsetwinsize", nargs, 2, 2)) return Value();
  int fd;
  if (!fd_from_object(ts, args[0], &fd)) return Value();
  Ref seq(sequence_to_tuple(ts, args[1]));
  if (!seq) {
    err_clear(ts);
    return raise(ts, Exc::TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
  }
  if (tuple_size(seq.get()) != 2) return raise(ts, Exc::TypeError, "tcsetwinsize, arg 2: must be a two-item sequence");
  int64_t rows, cols;
  if (!int_arg(ts, tuple_item(seq.get(), 0), &rows) || !int_arg(ts, tuple_item(seq.get(), 1), &cols)) return Value();
  struct winsize w;
  if (ioctl(fd, TIOCGWINSZ, &w) < 0) return termios_error(ts, errno);
  if (rows < 0 || rows > 0xFFFF || cols < 0 || cols > 0xFFFF)
    return raise(ts, Exc::OverflowError, "winsize value(s) out of range.");
  w.ws_row = (unsigned short)rows;
  w.ws_col = (unsigned short)cols;
  if (ioctl(fd, TIOCSWINSZ, &w) < 0) return termios_error(ts, errno);
  return Value::none();
}

const MethodDef kMethods[] = {
    {"tcgetattr", tm_tcgetattr, kMethNormal, "Get the tty attributes for file descriptor fd."},
    {"tcsetattr", tm_tcsetattr, kMethNormal, "Set the tty attributes for file descriptor fd."},
    {"tcsendbreak", tm_tcsendbreak, kMethNormal, "Send a break on file descriptor fd."},
    {"tcdrain", tm_tcdrain, kMethNormal, "Wait until all output written to file descriptor fd has been transmitted."},
    {"tcflush", tm_tcflush, kMethNormal, "Discard queued data on file descriptor fd."},
    {"tcflow", tm_tcflow, kMethNormal, "Suspend or resume input or output on file descriptor fd."},
    {"tcgetwinsize", tm_tcgetwinsize, kMethNormal, "Get the tty winsize for file descriptor fd."},
    {"tcsetwinsize", tm_tcsetwinsize, kMethNormal, "Set the tty winsize for file descriptor fd."},
    {nullptr, nullptr},
};

struct IntConst {
  const char* name;
  long value;
};
const IntConst kConstants[] = {
    {"B0", 0}, {"B1000000", 4104}, {"B110", 3}, {"B115200", 4098}, {"B1152000", 4105}, {"B1200", 9},
    {"B134", 4}, {"B150", 5}, {"B1500000", 4106}, {"B1800", 10}, {"B19200", 14}, {"B200", 6},
    {"B2000000", 4107}, {"B230400", 4099}, {"B2400", 11}, {"B2500000", 4108}, {"B300", 7}, {"B3000000", 4109},
    {"B3500000", 4110}, {"B38400", 15}, {"B4000000", 4111}, {"B460800", 4100}, {"B4800", 12}, {"B50", 1},
    {"B500000", 4101}, {"B57600", 4097}, {"B576000", 4102}, {"B600", 8}, {"B75", 2}, {"B921600", 4103},
    {"B9600", 13}, {"BRKINT", 2}, {"BS0", 0}, {"BS1", 8192}, {"BSDLY", 8192}, {"CBAUD", 4111},
    {"CBAUDEX", 4096}, {"CDSUSP", 25}, {"CEOF", 4}, {"CEOL", 0}, {"CEOT", 4}, {"CERASE", 127}, {"CFLUSH", 15},
    {"CIBAUD", 269418496}, {"CINTR", 3}, {"CKILL", 21}, {"CLNEXT", 22}, {"CLOCAL", 2048}, {"CQUIT", 28},
    {"CR0", 0}, {"CR1", 512}, {"CR2", 1024}, {"CR3", 1536}, {"CRDLY", 1536}, {"CREAD", 128}, {"CRPRNT", 18},
    {"CRTSCTS", 2147483648}, {"CS5", 0}, {"CS6", 16}, {"CS7", 32}, {"CS8", 48}, {"CSIZE", 48}, {"CSTART", 17},
    {"CSTOP", 19}, {"CSTOPB", 64}, {"CSUSP", 26}, {"CWERASE", 23}, {"ECHO", 8}, {"ECHOCTL", 512},
    {"ECHOE", 16}, {"ECHOK", 32}, {"ECHOKE", 2048}, {"ECHONL", 64}, {"ECHOPRT", 1024}, {"EXTA", 14},
    {"EXTB", 15}, {"FF0", 0}, {"FF1", 32768}, {"FFDLY", 32768}, {"FIOASYNC", 21586}, {"FIOCLEX", 21585},
    {"FIONBIO", 21537}, {"FIONCLEX", 21584}, {"FIONREAD", 21531}, {"FLUSHO", 4096}, {"HUPCL", 1024},
    {"ICANON", 2}, {"ICRNL", 256}, {"IEXTEN", 32768}, {"IGNBRK", 1}, {"IGNCR", 128}, {"IGNPAR", 4},
    {"IMAXBEL", 8192}, {"INLCR", 64}, {"INPCK", 16}, {"IOCSIZE_MASK", 1073676288}, {"IOCSIZE_SHIFT", 16},
    {"ISIG", 1}, {"ISTRIP", 32}, {"IUCLC", 512}, {"IXANY", 2048}, {"IXOFF", 4096}, {"IXON", 1024}, {"NCC", 8},
    {"NCCS", 32}, {"NL0", 0}, {"NL1", 256}, {"NLDLY", 256}, {"NOFLSH", 128}, {"N_MOUSE", 2}, {"N_PPP", 3},
    {"N_SLIP", 1}, {"N_STRIP", 4}, {"N_TTY", 0}, {"OCRNL", 8}, {"OFDEL", 128}, {"OFILL", 64}, {"OLCUC", 2},
    {"ONLCR", 4}, {"ONLRET", 32}, {"ONOCR", 16}, {"OPOST", 1}, {"PARENB", 256}, {"PARMRK", 8},
    {"PARODD", 512}, {"PENDIN", 16384}, {"TAB0", 0}, {"TAB1", 2048}, {"TAB2", 4096}, {"TAB3", 6144},
    {"TABDLY", 6144}, {"TCFLSH", 21515}, {"TCGETA", 21509}, {"TCGETS", 21505}, {"TCIFLUSH", 0}, {"TCIOFF", 2},
    {"TCIOFLUSH", 2}, {"TCION", 3}, {"TCOFLUSH", 1}, {"TCOOFF", 0}, {"TCOON", 1}, {"TCSADRAIN", 1},
    {"TCSAFLUSH", 2}, {"TCSANOW", 0}, {"TCSBRK", 21513}, {"TCSBRKP", 21541}, {"TCSETA", 21510},
    {"TCSETAF", 21512}, {"TCSETAW", 21511}, {"TCSETS", 21506}, {"TCSETSF", 21508}, {"TCSETSW", 21507},
    {"TCXONC", 21514}, {"TIOCCONS", 21533}, {"TIOCEXCL", 21516}, {"TIOCGETD", 21540}, {"TIOCGICOUNT", 21597},
    {"TIOCGLCKTRMIOS", 21590}, {"TIOCGPGRP", 21519}, {"TIOCGSERIAL", 21534}, {"TIOCGSOFTCAR", 21529},
    {"TIOCGWINSZ", 21523}, {"TIOCINQ", 21531}, {"TIOCLINUX", 21532}, {"TIOCMBIC", 21527}, {"TIOCMBIS", 21526},
    {"TIOCMGET", 21525}, {"TIOCMIWAIT", 21596}, {"TIOCMSET", 21528}, {"TIOCM_CAR", 64}, {"TIOCM_CD", 64},
    {"TIOCM_CTS", 32}, {"TIOCM_DSR", 256}, {"TIOCM_DTR", 2}, {"TIOCM_LE", 1}, {"TIOCM_RI", 128},
    {"TIOCM_RNG", 128}, {"TIOCM_RTS", 4}, {"TIOCM_SR", 16}, {"TIOCM_ST", 8}, {"TIOCNOTTY", 21538},
    {"TIOCNXCL", 21517}, {"TIOCOUTQ", 21521}, {"TIOCPKT", 21536}, {"TIOCPKT_DATA", 0}, {"TIOCPKT_DOSTOP", 32},
    {"TIOCPKT_FLUSHREAD", 1}, {"TIOCPKT_FLUSHWRITE", 2}, {"TIOCPKT_NOSTOP", 16}, {"TIOCPKT_START", 8},
    {"TIOCPKT_STOP", 4}, {"TIOCSCTTY", 21518}, {"TIOCSERCONFIG", 21587}, {"TIOCSERGETLSR", 21593},
    {"TIOCSERGETMULTI", 21594}, {"TIOCSERGSTRUCT", 21592}, {"TIOCSERGWILD", 21588},
    {"TIOCSERSETMULTI", 21595}, {"TIOCSERSWILD", 21589}, {"TIOCSER_TEMT", 1}, {"TIOCSETD", 21539},
    {"TIOCSLCKTRMIOS", 21591}, {"TIOCSPGRP", 21520}, {"TIOCSSERIAL", 21535}, {"TIOCSSOFTCAR", 21530},
    {"TIOCSTI", 21522}, {"TIOCSWINSZ", 21524}, {"TOSTOP", 256}, {"VDISCARD", 13}, {"VEOF", 4}, {"VEOL", 11},
    {"VEOL2", 16}, {"VERASE", 2}, {"VINTR", 0}, {"VKILL", 3}, {"VLNEXT", 15}, {"VMIN", 6}, {"VQUIT", 1},
    {"VREPRINT", 12}, {"VSTART", 8}, {"VSTOP", 9}, {"VSUSP", 10}, {"VSWTC", 7}, {"VSWTCH", 7}, {"VT0", 0},
    {"VT1", 16384}, {"VTDLY", 16384}, {"VTIME", 5}, {"VWERASE", 14}, {"XCASE", 4}, {"XTABS", 6144},
};

bool termios_init(ThreadState* ts, ModuleObject* m) {
  for (const IntConst& c : kConstants) {
    Ref v(int_from_i64(ts, c.value));
    if (!v || !module_add(ts, m, c.name, v.get())) return false;
  }
  Ref err(make_exception_class(ts, "termios", "error", exc_type(ts, Exc::Exception)));
  return err && module_add(ts, m, "error", err.get());
}

}  // namespace

const ModuleDef termios_module_def = {
    .name = "termios",
    .doc = "This module provides an interface to the Posix calls for tty I/O control.\nFor a complete "
           "description of these calls, see the Posix or Unix manual\npages. It is only available for those Unix "
           "versions that support Posix\ntermios style tty I/O control.\n\nAll functions in this module take a "
           "file descriptor fd as their first\nargument. This can be an integer file descriptor, such as returned "
           "by\nsys.stdin.fileno(), or a file object, such as sys.stdin itself.",
    .methods = kMethods,
    .init = termios_init,
};

}  // namespace minipy
