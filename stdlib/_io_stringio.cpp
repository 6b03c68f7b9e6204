// stdlib/_io_stringio.cpp — _io.StringIO: an in-memory text stream with
// CPython 3.11's semantics (newline translation on write, the readline rules
// of each newline mode, overseek padding, pickling state, subclassing).
//
// The text is kept as UTF-8 in one growable buffer, so appends are amortised
// O(1) and getvalue() is one copy. Positions are code points; `pos_byte`
// caches the byte offset of `pos` so sequential reads never rescan, and an
// all-ASCII buffer (nchars == len) maps positions to bytes directly.
// Must not: hold Python objects other than `readnl` and the instance dict.
#include <cstring>

#include "runtime/unicode.h"
#include "stdlib/_io_internal.h"

namespace minipy {

namespace {

enum : uint8_t { kSeenLF = 1, kSeenCR = 2, kSeenCRLF = 4 };

struct StringIOObject : IOBaseObject {
  char* buf;          // UTF-8 text, mem_alloc'd
  int64_t len, cap;   // bytes used / allocated
  int64_t nchars;     // code points in buf (== len when the text is ASCII)
  int64_t pos;        // position in code points; may be past the end (overseek)
  int64_t pos_byte;   // byte offset of pos, valid when pos <= nchars
  Value readnl;       // the `newline` argument (str), null for None
  bool ok;            // __init__ succeeded
  bool closed;
  bool readuniversal; // newline None or '': \r, \n and \r\n all end lines
  bool readtranslate; // newline None: \r and \r\n are written as \n
  bool has_decoder;   // readuniversal: newlines seen are recorded (the .newlines attribute)
  uint8_t writenl;    // 0: none, 1: '\n' written as '\r', 2: as '\r\n'
  uint8_t seennl;     // kSeen* bits
};

StringIOObject* S(Value v) { return v.as<StringIOObject>(); }

bool is_exact(Value v) { return v.obj()->type->spec == &stringio_type_spec; }

bool check_initialized(ThreadState* ts, StringIOObject* s) {
  if (!s->ok) {
    raise(ts, Exc::ValueError, "I/O operation on uninitialized object");
    return false;
  }
  return true;
}

bool check_usable(ThreadState* ts, StringIOObject* s) {
  if (!check_initialized(ts, s)) return false;
  if (s->closed) {
    raise(ts, Exc::ValueError, "I/O operation on closed file");
    return false;
  }
  return true;
}

bool reserve(ThreadState* ts, StringIOObject* s, int64_t need) {
  if (need <= s->cap) return true;
  int64_t cap = s->cap < 64 ? 64 : s->cap;
  while (cap < need) cap += cap >> 1;
  void* p = mem_realloc(s->buf, size_t(cap));
  if (!p) {
    raise_no_memory(ts);
    return false;
  }
  s->buf = static_cast<char*>(p);
  s->cap = cap;
  return true;
}

// Byte offset `n` code points after byte offset `from` (clamped to the end).
int64_t advance(const StringIOObject* s, int64_t from, int64_t n) {
  const char* p = s->buf + from;
  const char* end = s->buf + s->len;
  while (n > 0 && p < end) {
    p += uni::utf8_lead_width(uint8_t(*p));
    n--;
  }
  return p - s->buf;
}

// Byte offset of code point `cp` (0 <= cp <= nchars), scanning from the
// nearest known point (start, cached position, end).
int64_t byte_of(const StringIOObject* s, int64_t cp) {
  if (s->nchars == s->len) return cp;
  if (cp >= s->nchars) return s->len;
  int64_t best_cp = 0, best_b = 0;
  if (s->pos <= s->nchars && s->pos <= cp) best_cp = s->pos, best_b = s->pos_byte;
  if (s->nchars - cp < cp - best_cp) {
    const char* p = s->buf + s->len;
    for (int64_t k = s->nchars; k > cp; k--) p = uni::utf8_prev(p);
    return p - s->buf;
  }
  return advance(s, best_b, cp - best_cp);
}

void set_pos(StringIOObject* s, int64_t pos) {
  if (pos <= s->nchars) s->pos_byte = byte_of(s, pos);
  s->pos = pos;
}

Value make_str(ThreadState* ts, const char* p, int64_t nbytes, int64_t ncp) {
  return str_new_len(ts, std::string_view(p, size_t(nbytes)), ncp, ncp == nbytes);
}

// Put text (UTF-8, `ncp` code points) at the current position: append,
// overwrite, or pad an overseek with NULs first.
bool put_text(ThreadState* ts, StringIOObject* s, std::string_view text, int64_t ncp) {
  int64_t nb = int64_t(text.size());
  if (s->pos >= s->nchars) {
    int64_t pad = s->pos - s->nchars;
    if (!reserve(ts, s, s->len + pad + nb)) return false;
    if (pad) memset(s->buf + s->len, 0, size_t(pad));
    memcpy(s->buf + s->len + pad, text.data(), size_t(nb));
    s->len += pad + nb;
    s->nchars += pad + ncp;
    s->pos += ncp;
    s->pos_byte = s->len;
    return true;
  }
  int64_t b0 = s->pos_byte;
  int64_t over = std::min(ncp, s->nchars - s->pos);  // code points replaced
  int64_t b1 = s->nchars == s->len ? b0 + over : advance(s, b0, over);
  int64_t newlen = s->len - (b1 - b0) + nb;
  if (!reserve(ts, s, newlen)) return false;
  if (b1 - b0 != nb) memmove(s->buf + b0 + nb, s->buf + b1, size_t(s->len - b1));
  memcpy(s->buf + b0, text.data(), size_t(nb));
  s->len = newlen;
  s->nchars += ncp - over;
  s->pos += ncp;
  s->pos_byte = b0 + nb;
  return true;
}

// write_str: newline decoding/translation, then put_text.
bool write_str(ThreadState* ts, StringIOObject* s, StrObject* str) {
  std::string_view v = str->view();
  int64_t ncp = str->length;
  if (!s->has_decoder && !s->writenl) return put_text(ts, s, v, ncp);
  std::string tmp;
  if (s->has_decoder) {
    bool has_cr = memchr(v.data(), '\r', v.size()) != nullptr;
    if (!has_cr) {
      if (memchr(v.data(), '\n', v.size())) s->seennl |= kSeenLF;
    } else {
      uint8_t seen = 0;
      if (s->readtranslate) tmp.reserve(v.size());
      size_t start = 0;
      for (size_t i = 0; i < v.size(); i++) {
        char c = v[i];
        if (c == '\n') {
          seen |= kSeenLF;
        } else if (c == '\r') {
          bool crlf = i + 1 < v.size() && v[i + 1] == '\n';
          seen |= crlf ? kSeenCRLF : kSeenCR;
          if (s->readtranslate) {
            tmp.append(v.substr(start, i - start));
            tmp += '\n';
            if (crlf) {
              i++;
              ncp--;
            }
            start = i + 1;
          } else if (crlf) {
            i++;
          }
        }
      }
      s->seennl |= seen;
      if (s->readtranslate) {
        tmp.append(v.substr(start));
        v = tmp;
      }
    }
  }
  if (s->writenl && memchr(v.data(), '\n', v.size())) {
    std::string out;
    std::string_view nl = s->writenl == 1 ? std::string_view("\r") : std::string_view("\r\n");
    for (char c : v) {
      if (c == '\n') {
        out.append(nl);
        if (s->writenl == 2) ncp++;
      } else {
        out += c;
      }
    }
    tmp = std::move(out);
    v = tmp;
  }
  return put_text(ts, s, v, ncp);
}

// Bytes [pos_byte, end) of the window of at most `limit` code points from pos.
int64_t window_end(const StringIOObject* s, int64_t limit) {
  if (limit < 0 || limit >= s->nchars - s->pos) return s->len;
  if (s->nchars == s->len) return s->pos_byte + limit;
  return advance(s, s->pos_byte, limit);
}

Value readline_impl(ThreadState* ts, StringIOObject* s, int64_t limit) {
  if (s->pos >= s->nchars) return newref(ts->interp->empty_str);
  const char* start = s->buf + s->pos_byte;
  const char* end = s->buf + window_end(s, limit);
  const char* stop = end;  // one past the line's last byte
  if (s->readtranslate || !s->readnl || (!s->readuniversal && str_view(s->readnl) == "\n")) {
    const void* nl = memchr(start, '\n', size_t(end - start));
    if (nl) stop = static_cast<const char*>(nl) + 1;
  } else if (s->readuniversal) {
    const char* lf = static_cast<const char*>(memchr(start, '\n', size_t(end - start)));
    const char* cr = static_cast<const char*>(memchr(start, '\r', size_t((lf ? lf : end) - start)));
    if (cr) stop = (cr + 1 < end && cr[1] == '\n') ? cr + 2 : cr + 1;
    else if (lf) stop = lf + 1;
  } else if (str_view(s->readnl) == "\r") {
    const void* nl = memchr(start, '\r', size_t(end - start));
    if (nl) stop = static_cast<const char*>(nl) + 1;
  } else {  // "\r\n"
    for (const char* p = start; p + 1 < end; p++) {
      p = static_cast<const char*>(memchr(p, '\r', size_t(end - 1 - p)));
      if (!p) break;
      if (p[1] == '\n') {
        stop = p + 2;
        break;
      }
    }
  }
  int64_t nb = stop - start;
  int64_t ncp = s->nchars == s->len ? nb : uni::utf8_count(std::string_view(start, size_t(nb)));
  Value r = make_str(ts, start, nb, ncp);
  if (!r) return Value();
  s->pos += ncp;
  s->pos_byte += nb;
  return r;
}

Value getvalue_impl(ThreadState* ts, StringIOObject* s) { return make_str(ts, s->buf, s->len, s->nchars); }

// ---------------------------------------------------------------- construction

Value stringio_new(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  return Value::from_obj(o);
}

void reset_buffer(StringIOObject* s) {
  mem_free(s->buf);
  s->buf = nullptr;
  s->len = s->cap = s->nchars = s->pos = s->pos_byte = 0;
}

void stringio_dealloc(Object* o) {
  auto* s = static_cast<StringIOObject*>(o);
  reset_buffer(s);
  decref(s->readnl);
  iobase_drop_dict(s);
  free_object(o);
}
void stringio_traverse(Object* o, VisitFn visit, void* arg) {
  iobase_visit_dict(static_cast<IOBaseObject*>(o), visit, arg);
}
void stringio_clear(Object* o) { iobase_drop_dict(static_cast<IOBaseObject*>(o)); }

bool init_impl(ThreadState* ts, StringIOObject* s, Value value, Value newline) {
  std::string_view nl;
  bool nl_none = newline && newline.is_none();
  if (newline && !nl_none) {
    if (!is_str(ts, newline)) {
      raisef(ts, Exc::TypeError, "newline must be str or None, not %s", type_name(ts, newline));
      return false;
    }
    nl = str_view(newline);
    if (!nl.empty() && nl != "\n" && nl != "\r" && nl != "\r\n") {
      Ref r(repr(ts, newline));
      if (r) raisef(ts, Exc::ValueError, "illegal newline value: %s", std::string(str_view(r.get())).c_str());
      return false;
    }
  }
  if (value && !value.is_none() && !is_str(ts, value)) {
    raisef(ts, Exc::TypeError, "initial_value must be str or None, not %s", type_name(ts, value));
    return false;
  }
  s->ok = false;
  reset_buffer(s);
  Value oldnl = s->readnl;
  s->readnl = Value();
  decref(oldnl);
  if (!nl_none) s->readnl = newline ? newref(newline) : str_new(ts, "\n");
  if (!nl_none && !s->readnl) return false;
  s->readuniversal = nl_none || nl.empty();
  s->readtranslate = nl_none;
  s->writenl = (!nl_none && nl == "\r") ? 1 : (!nl_none && nl == "\r\n") ? 2 : 0;
  s->has_decoder = s->readuniversal;
  s->seennl = 0;
  if (value && !value.is_none() && value.as<StrObject>()->length > 0) {
    if (!write_str(ts, s, value.as<StrObject>())) return false;
  }
  s->pos = s->pos_byte = 0;
  s->closed = false;
  s->ok = true;
  return true;
}

bool stringio_init(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"initial_value", "newline"};
  Value a[2] = {};
  if (!parse_args(ts, "StringIO", args, nargs, kw, kNames, 2, 0, 2, 0, a)) return false;
  return init_impl(ts, S(self), a[0], a[1]);
}

// ---------------------------------------------------------------- methods

#define METH(name) \
  Value name(ThreadState* ts, Value self, [[maybe_unused]] const Value* args, [[maybe_unused]] size_t nargs, \
             [[maybe_unused]] TupleObject* kw)
#define ARGS(fname, lo, hi) \
  if ((kw || size_t(nargs - (lo)) > size_t((hi) - (lo))) && !io_check_args(ts, "StringIO." fname, nargs, kw, lo, hi)) return Value()

METH(s_getvalue) {
  ARGS("getvalue", 0, 0);
  StringIOObject* s = S(self);
  if (!check_usable(ts, s)) return Value();
  return getvalue_impl(ts, s);
}

METH(s_read) {
  ARGS("read", 0, 1);
  StringIOObject* s = S(self);
  int64_t size = -1;
  if (nargs && !io_optional_size(ts, args[0], &size)) return Value();
  if (!check_usable(ts, s)) return Value();
  int64_t avail = s->nchars - s->pos;
  if (avail <= 0) return newref(ts->interp->empty_str);
  if (size < 0 || size > avail) size = avail;
  int64_t b0 = s->pos_byte;
  int64_t b1 = size == avail ? s->len : window_end(s, size);
  Value r = make_str(ts, s->buf + b0, b1 - b0, size);
  if (!r) return Value();
  s->pos += size;
  s->pos_byte = b1;
  return r;
}

METH(s_readline) {
  ARGS("readline", 0, 1);
  StringIOObject* s = S(self);
  int64_t size = -1;
  if (nargs && !io_optional_size(ts, args[0], &size)) return Value();
  if (!check_usable(ts, s)) return Value();
  return readline_impl(ts, s, size);
}

METH(s_write) {
  ARGS("write", 1, 1);
  StringIOObject* s = S(self);
  if (!check_initialized(ts, s)) return Value();
  if (!is_str(ts, args[0]))
    return raisef(ts, Exc::TypeError, "string argument expected, got '%s'", type_name(ts, args[0]));
  if (s->closed) return raise(ts, Exc::ValueError, "I/O operation on closed file");
  StrObject* str = args[0].as<StrObject>();
  if (str->length > 0 && !write_str(ts, s, str)) return Value();
  return Value::small_int(str->length);
}

METH(s_tell) {
  ARGS("tell", 0, 0);
  if (!check_usable(ts, S(self))) return Value();
  return Value::small_int(S(self)->pos);
}

METH(s_seek) {
  ARGS("seek", 1, 2);
  StringIOObject* s = S(self);
  int64_t pos, whence = 0;
  if (!index_i64(ts, args[0], &pos)) return Value();
  if (nargs > 1 && !index_i64(ts, args[1], &whence)) return Value();
  if (!check_usable(ts, s)) return Value();
  if (whence != 0 && whence != 1 && whence != 2)
    return raisef(ts, Exc::ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (pos < 0 && whence == 0) return raisef(ts, Exc::ValueError, "Negative seek position %lld", (long long)pos);
  if (whence != 0 && pos != 0) return raise(ts, Exc::OSError, "Can't do nonzero cur-relative seeks");
  if (whence == 1) pos = s->pos;
  else if (whence == 2) pos = s->nchars;
  set_pos(s, pos);
  return Value::small_int(s->pos);
}

METH(s_truncate) {
  ARGS("truncate", 0, 1);
  StringIOObject* s = S(self);
  if (!check_initialized(ts, s)) return Value();
  int64_t size = s->pos;
  if (nargs && !args[0].is_none()) {
    if (!is_int(ts, args[0]) && !type_of(ts, args[0])->slots.index)
      return raisef(ts, Exc::TypeError, "argument should be integer or None, not '%s'", type_name(ts, args[0]));
    if (!index_i64(ts, args[0], &size)) return Value();
  }
  if (s->closed) return raise(ts, Exc::ValueError, "I/O operation on closed file");
  if (size < 0) return raisef(ts, Exc::ValueError, "Negative size value %lld", (long long)size);
  if (size < s->nchars) {
    s->len = byte_of(s, size);
    s->nchars = size;
    if (s->pos <= s->nchars) s->pos_byte = byte_of(s, s->pos);
  }
  return Value::small_int(size);
}

#define ABILITY(fn, name)                          \
  METH(fn) {                                       \
    ARGS(name, 0, 0);                              \
    if (!check_usable(ts, S(self))) return Value(); \
    return Value::True();                          \
  }
ABILITY(s_readable, "readable")
ABILITY(s_writable, "writable")
ABILITY(s_seekable, "seekable")

METH(s_close) {
  ARGS("close", 0, 0);
  StringIOObject* s = S(self);
  s->closed = true;
  reset_buffer(s);
  return Value::none();
}

const char* tp_name(Value self) {
  TypeObject* t = self.obj()->type;
  if (t->spec) return t->spec->name;
  return t->name->data;
}

METH(s_getstate) {
  ARGS("__getstate__", 0, 0);
  StringIOObject* s = S(self);
  if (!check_usable(ts, s)) return Value();
  Ref value(getvalue_impl(ts, s));
  if (!value) return Value();
  Ref dict;
  if (s->dict) {
    dict = Ref(Value::from_obj(dict_copy(ts, s->dict)));
    if (!dict) return Value();
  } else {
    dict = Ref(Value::none());
  }
  return tuple_pack(ts, {value.get(), s->readnl ? s->readnl : Value::none(), Value::small_int(s->pos), dict.get()});
}

METH(s_setstate) {
  ARGS("__setstate__", 1, 1);
  StringIOObject* s = S(self);
  if (s->closed) return raise(ts, Exc::ValueError, "I/O operation on closed file");
  Value state = args[0];
  if (!is_tuple(ts, state) || tuple_size(state) < 4)
    return raisef(ts, Exc::TypeError, "%s.__setstate__ argument should be 4-tuple, got %s", tp_name(self),
                  type_name(ts, state));
  if (!init_impl(ts, s, tuple_item(state, 0), tuple_item(state, 1))) return Value();
  // Restore the buffer untranslated (it was translated when first written).
  Value v = tuple_item(state, 0);
  reset_buffer(s);
  if (is_str(ts, v)) {
    StrObject* str = v.as<StrObject>();
    if (!reserve(ts, s, str->size)) return Value();
    if (str->size) memcpy(s->buf, str->data, size_t(str->size));
    s->len = str->size;
    s->nchars = str->length;
  }
  Value p = tuple_item(state, 2);
  if (!is_int(ts, p))
    return raisef(ts, Exc::TypeError, "third item of state must be an integer, got %s", type_name(ts, p));
  int64_t pos;
  if (!int_as_i64(ts, p, &pos)) return Value();
  if (pos < 0) return raise(ts, Exc::ValueError, "position value cannot be negative");
  s->pos_byte = 0;
  s->pos = 0;
  set_pos(s, pos);
  Value d = tuple_item(state, 3);
  if (!d.is_none()) {
    if (!is_dict(ts, d))
      return raisef(ts, Exc::TypeError, "fourth item of state should be a dict, got a %s", type_name(ts, d));
    if (s->dict) {
      if (!dict_update(ts, s->dict, d)) return Value();
    } else {
      s->dict = d.as<DictObject>();
      incref(d);
    }
  }
  return Value::none();
}

METH(s_sizeof) {
  StringIOObject* s = S(self);
  return Value::small_int(int64_t(sizeof(StringIOObject)) + s->cap);
}

Value g_closed(ThreadState* ts, Value self) {
  if (!check_initialized(ts, S(self))) return Value();
  return Value::boolean(S(self)->closed);
}

Value g_line_buffering(ThreadState* ts, Value self) {
  if (!check_usable(ts, S(self))) return Value();
  return Value::False();
}

Value g_newlines(ThreadState* ts, Value self) {
  StringIOObject* s = S(self);
  if (!check_usable(ts, s)) return Value();
  if (!s->has_decoder) return Value::none();
  switch (s->seennl) {
    case kSeenLF: return str_new(ts, "\n");
    case kSeenCR: return str_new(ts, "\r");
    case kSeenCRLF: return str_new(ts, "\r\n");
    case 0: return Value::none();
    default: break;
  }
  Ref cr(str_new(ts, "\r")), lf(str_new(ts, "\n")), crlf(str_new(ts, "\r\n"));
  if (!cr || !lf || !crlf) return Value();
  switch (s->seennl) {
    case kSeenCR | kSeenLF: return tuple_pack(ts, {cr.get(), lf.get()});
    case kSeenLF | kSeenCRLF: return tuple_pack(ts, {lf.get(), crlf.get()});
    case kSeenCR | kSeenCRLF: return tuple_pack(ts, {cr.get(), crlf.get()});
    default: return tuple_pack(ts, {cr.get(), lf.get(), crlf.get()});
  }
}

Value stringio_iter(ThreadState* ts, Value self) {
  if (is_exact(self)) {
    if (!check_initialized(ts, S(self))) return Value();
    if (S(self)->closed) return raise(ts, Exc::ValueError, "I/O operation on closed file.");
    return newref(self);
  }
  if (!io_check_closed(ts, self)) return Value();
  return newref(self);
}

Value stringio_iternext(ThreadState* ts, Value self) {
  StringIOObject* s = S(self);
  if (!check_usable(ts, s)) return Value();
  Value line;
  if (is_exact(self)) {
    line = readline_impl(ts, s, -1);
    if (!line) return Value();
  } else {
    line = call_method(ts, self, ts->interp->names.readline, nullptr, 0);
    if (!line) return Value();
    if (!is_str(ts, line)) {
      Ref hold(line);
      return raisef(ts, Exc::OSError, "readline() should have returned a str object, not '%s'", type_name(ts, line));
    }
  }
  if (line.as<StrObject>()->length == 0) {
    decref(line);
    return Value();
  }
  return line;
}

const MethodDef kStringIOMethods[] = {
    {"close", s_close},
    {"getvalue", s_getvalue},
    {"read", s_read},
    {"readline", s_readline},
    {"tell", s_tell},
    {"truncate", s_truncate},
    {"seek", s_seek},
    {"write", s_write},
    {"seekable", s_seekable},
    {"readable", s_readable},
    {"writable", s_writable},
    {"__getstate__", s_getstate},
    {"__setstate__", s_setstate},
    {"__sizeof__", s_sizeof},
    {nullptr, nullptr},
};

const GetSetDef kStringIOGetSets[] = {
    {"closed", g_closed},
    {"newlines", g_newlines},
    {"line_buffering", g_line_buffering},
    {nullptr, nullptr},
};

}  // namespace

bool stringio_write_value(ThreadState* ts, Value self, Value s) {
  Ref r(s_write(ts, self, &s, 1, nullptr));
  return bool(r);
}

const TypeSpec stringio_type_spec = {
    .name = "_io.StringIO",
    .basicsize = sizeof(StringIOObject),
    .flags = kTypeBaseType | kTypeHasGC,
    .slots = {.dealloc = stringio_dealloc, .traverse = stringio_traverse, .clear = stringio_clear,
              .iter = stringio_iter, .iternext = stringio_iternext, .new_ = stringio_new, .init = stringio_init},
    .methods = kStringIOMethods,
    .getsets = kStringIOGetSets,
    .doc = "Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of "
           "object.  The newline\nargument is like the one of TextIOWrapper's constructor.",
};

}  // namespace minipy
