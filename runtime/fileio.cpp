// runtime/fileio.cpp — file objects: open() in text mode (TextIOWrapper-like)
// and binary mode (Buffered{Reader,Writer,Random}-like), and the sys.std*
// streams over fds 0/1/2, with CPython's buffering, errors and reprs. Text
// files run utf-8, latin-1 and ascii with errors strict/ignore/replace here;
// any other codec or error handler makes open() and TextIOWrapper() return
// stdlib/io.py's _TextIOWrapper over one of these binary files.
//
// Every blocking system call goes through the sys_* helpers at the top of this
// file: they are the single place where the GIL will be released.
// Must not: use C stdio for file data (it would double-buffer).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime/runtime.h"
#include "runtime/unicode.h"
#include "runtime/codecs_tables.h"

namespace minipy {

// ---------------------------------------------------------------- blocking system calls
// GIL release point: each of these may block; the GIL guard goes here.
static ssize_t sys_read(ThreadState* ts, int fd, char* buf, size_t n) {
  ssize_t r;
  GilRelease unlocked(ts);
  do r = ::read(fd, buf, n);
  while (r < 0 && errno == EINTR);
  return r;
}
static ssize_t sys_write(ThreadState* ts, int fd, const char* buf, size_t n) {
  ssize_t r;
  GilRelease unlocked(ts);
  do r = ::write(fd, buf, n);
  while (r < 0 && errno == EINTR);
  return r;
}
static int sys_open(ThreadState* ts, const char* path, int flags) {
  int r;
  GilRelease unlocked(ts);
  do r = ::open(path, flags | O_CLOEXEC, 0666);
  while (r < 0 && errno == EINTR);
  return r;
}

// ---------------------------------------------------------------- io.UnsupportedOperation
// Declared in stdlib/_io_internal.h (the _io module raises it too).
Value io_unsupported_class(ThreadState* ts) {
  Interpreter* in = ts->interp;
  if (!in->io_unsupported_operation) {
    Ref name(str_new(ts, "UnsupportedOperation"));
    Ref bases(tuple_pack(ts, {Value::from_obj(exc_type(ts, Exc::OSError)), Value::from_obj(exc_type(ts, Exc::ValueError))}));
    Ref dict(Value::from_obj(dict_new(ts)));
    Ref mod(str_new(ts, "io"));
    if (!name || !bases || !dict || !mod || !dict_set_str(ts, dict.as<DictObject>(), "__module__", mod.get()))
      return Value();
    Value cls = type_new_class(ts, in->types.type, name.get(), bases.get(), dict.get());
    if (!cls) return Value();
    in->io_unsupported_operation = cls;
  }
  return in->io_unsupported_operation;
}

Value io_raise_unsupported(ThreadState* ts, std::string_view msg) {
  Value cls = io_unsupported_class(ts);
  if (!cls) return Value();
  return raise(ts, cls.as<TypeObject>(), msg);
}

// ---------------------------------------------------------------- the object

namespace {

enum class Enc : uint8_t { Utf8, Latin1, Ascii };
enum class Errs : uint8_t { Strict, Replace, Ignore };

struct FileObject : Object {
  int fd;
  bool readable, writable, appending, created, closed, closefd, text, line_buffered, translate, pending_cr, eof;
  Enc enc;
  Errs errs;
  // Newline handling of text files (CPython's TextIOWrapper): `translate`
  // (newline=None) turns \r and \r\n into \n as data is read, and then
  // `pending_cr` means a \r ended the last chunk (already given as \n), so a
  // \n starting the next one is dropped. `readnl` is what ends a line:
  // kNlLF ('\n', and any translated file), kNlAny (newline='': \r, \n, \r\n),
  // kNlCR, kNlCRLF. `writenl` is what '\n' becomes on write (newline='\r' or
  // '\r\n'). `seennl` records the kinds read (the `newlines` attribute).
  uint8_t readnl, writenl, seennl;
  bool wrapped;      // made by TextIOWrapper(buffer): closing it closes `buffer`
  bool detached;     // detach() ran (closed too): "underlying buffer has been detached"
  Value name, mode, encoding, errors, buffer;
  Value parent;      // sys.stdout.buffer-style view: writes go to the parent's byte buffer
  // Text files have two layers like CPython's TextIOWrapper over a BufferedWriter:
  // `pbuf` holds pending text, pushed into `wbuf` at newlines (line buffering),
  // past kChunk bytes, or on flush; binary views write straight into `wbuf`.
  char* pbuf;
  int64_t plen, pcap;
  char* wbuf;
  int64_t wlen, wcap;
  char* rbuf;
  int64_t rpos, rlen, rcap;
  int64_t bufsize;
};

FileObject* F(Value v) { return v.as<FileObject>(); }
FileObject* new_file(ThreadState* ts, bool text);

Value unsupported(ThreadState* ts, const char* msg) { return io_raise_unsupported(ts, msg); }

constexpr int64_t kChunk = 8192;
enum : uint8_t { kNlLF = 0, kNlAny = 1, kNlCR = 2, kNlCRLF = 3 };
enum : uint8_t { kSeenLF = 1, kSeenCR = 2, kSeenCRLF = 4 };

bool buf_append(char** buf, int64_t* len, int64_t* cap, const char* data, int64_t n);

// Move pending text into the byte buffer.
void push_pending(FileObject* f) {
  if (f->plen == 0) return;
  if (buf_append(&f->wbuf, &f->wlen, &f->wcap, f->pbuf, f->plen)) f->plen = 0;
}

// Write out the byte buffer only (pending text stays), without raising.
int flush_wbuf(ThreadState* ts, FileObject* f) {
  int64_t off = 0;
  while (off < f->wlen) {
    ssize_t n = sys_write(ts, f->fd, f->wbuf + off, size_t(f->wlen - off));
    if (n < 0) {
      int e = errno;
      // Drop what was written; keep the rest so a later flush can retry.
      memmove(f->wbuf, f->wbuf + off, size_t(f->wlen - off));
      f->wlen -= off;
      return e;
    }
    off += n;
  }
  f->wlen = 0;
  return 0;
}

// Flush everything (pending text, then bytes) without raising (returns errno or 0).
int raw_flush(ThreadState* ts, FileObject* f) {
  push_pending(f);
  return flush_wbuf(ts, f);
}

bool check_open(ThreadState* ts, FileObject* f) {
  if (f->closed) {
    raise(ts, Exc::ValueError, f->detached ? "underlying buffer has been detached" : "I/O operation on closed file.");
    return false;
  }
  return true;
}

bool do_flush(ThreadState* ts, FileObject* f) {
  if (f->wlen == 0 && f->plen == 0) return true;
  int e = raw_flush(ts, f);
  if (e) {
    f->wlen = 0;  // like CPython after EPIPE: don't retry the same data forever
    raise_errno(ts, e);
    return false;
  }
  return true;
}

// Discard read-ahead data, moving the OS position back to the logical one.
void drop_read_buffer(ThreadState* ts, FileObject* f) {
  int64_t unread = f->rlen - f->rpos;
  if (unread > 0) lseek(f->fd, -unread, SEEK_CUR);
  f->rpos = f->rlen = 0;
  f->pending_cr = false;
  f->eof = false;
}

bool buf_append(char** buf, int64_t* len, int64_t* cap, const char* data, int64_t n) {
  if (n <= 0) return true;  // nothing to add (and *buf may still be null)
  if (*len + n > *cap) {
    int64_t nc = *cap ? *cap : 256;
    while (nc < *len + n) nc *= 2;
    void* p = mem_realloc(*buf, size_t(nc));
    if (!p) return false;
    *buf = static_cast<char*>(p);
    *cap = nc;
  }
  memcpy(*buf + *len, data, size_t(n));
  *len += n;
  return true;
}

// Turn \r\n and \r into \n in place in p[0, n) (newline=None), recording the
// kinds seen; returns the new length. A \r at the end becomes \n at once and
// pending_cr drops a \n that starts the next chunk.
int64_t translate_inplace(FileObject* f, char* p, int64_t n) {
  char* r = p;
  char* end = p + n;
  if (f->pending_cr) {
    f->pending_cr = false;
    if (n > 0 && p[0] == '\n') {
      f->seennl |= kSeenCRLF;
      r++;
    } else {
      f->seennl |= kSeenCR;
    }
  }
  char* cr = static_cast<char*>(memchr(r, '\r', size_t(end - r)));
  // A \n outside \r\n pairs is a bare LF.
  auto note_lf = [f](const char* a, const char* b) {
    if (!(f->seennl & kSeenLF) && memchr(a, '\n', size_t(b - a))) f->seennl |= kSeenLF;
  };
  note_lf(r, cr ? cr : end);
  if (!cr) {
    if (r != p) memmove(p, r, size_t(end - r));
    return end - r;
  }
  char* w = p;
  while (cr) {
    if (w != r) memmove(w, r, size_t(cr - r));
    w += cr - r;
    *w++ = '\n';
    if (cr + 1 == end) {
      f->pending_cr = true;
      r = end;
      break;
    }
    if (cr[1] == '\n') {
      f->seennl |= kSeenCRLF;
      r = cr + 2;
    } else {
      f->seennl |= kSeenCR;
      r = cr + 1;
    }
    cr = static_cast<char*>(memchr(r, '\r', size_t(end - r)));
    note_lf(r, cr ? cr : end);
  }
  if (r < end) {
    memmove(w, r, size_t(end - r));
    w += end - r;
  }
  return w - p;
}

// newline='': lines end at \r, \n or \r\n but nothing is translated; record
// the kinds for `newlines`.
void note_newlines(FileObject* f, const char* p, int64_t n) {
  const char* end = p + n;
  const char* r = p;
  while (r < end) {
    const char* cr = static_cast<const char*>(memchr(r, '\r', size_t(end - r)));
    const char* seg_end = cr ? cr : end;
    if (!(f->seennl & kSeenLF) && memchr(r, '\n', size_t(seg_end - r))) f->seennl |= kSeenLF;
    if (!cr || cr + 1 == end) break;  // a final \r is decided with the next chunk (or at EOF)
    f->seennl |= cr[1] == '\n' ? kSeenCRLF : kSeenCR;
    r = cr[1] == '\n' ? cr + 2 : cr + 1;
  }
}

bool reserve_rbuf(ThreadState* ts, FileObject* f, int64_t extra) {
  if (f->rlen + extra + 1 <= f->rcap) return true;
  int64_t nc = f->rcap ? f->rcap : 256;
  while (nc < f->rlen + extra + 1) nc *= 2;
  void* p = mem_realloc(f->rbuf, size_t(nc));
  if (!p) {
    raise_no_memory(ts);
    return false;
  }
  f->rbuf = static_cast<char*>(p);
  f->rcap = nc;
  return true;
}

// Decode latin-1/ascii bytes into UTF-8 at the end of the read buffer.
bool push_narrow(ThreadState* ts, FileObject* f, const char* data, int64_t n) {
  if (!reserve_rbuf(ts, f, 3 * n)) return false;
  char* out = f->rbuf + f->rlen;
  for (int64_t i = 0; i < n; i++) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c < 0x80) {
      *out++ = char(c);
    } else if (f->enc == Enc::Latin1) {
      *out++ = char(0xC0 | (c >> 6));
      *out++ = char(0x80 | (c & 0x3F));
    } else if (f->errs == Errs::Strict) {
      Value e = unicode_decode_error_new(ts, "ascii", std::string_view(data, size_t(n)), i, i + 1,
                                         "ordinal not in range(128)");
      if (e) {
        raise_value(ts, e);
        decref(e);
      }
      return false;
    } else if (f->errs == Errs::Replace) {
      memcpy(out, "\xEF\xBF\xBD", 3);
      out += 3;
    }
  }
  f->rlen = out - f->rbuf;
  return true;
}

constexpr int64_t kReadChunk = 65536;

// Read one more chunk into the read buffer (want: bytes to ask for, 0 = a
// chunk). Returns false on error; sets eof at end of file.
bool fill(ThreadState* ts, FileObject* f, int64_t want = 0) {
  if ((f->wlen || f->plen) && !do_flush(ts, f)) return false;
  if (f->rpos > 0 && f->rpos == f->rlen) f->rpos = f->rlen = 0;
  if (f->rpos > kReadChunk && f->rpos > f->rlen / 2) {
    memmove(f->rbuf, f->rbuf + f->rpos, size_t(f->rlen - f->rpos));
    f->rlen -= f->rpos;
    f->rpos = 0;
  }
  if (want < kReadChunk) want = kReadChunk;
  bool narrow = f->text && f->enc != Enc::Utf8;
  std::string tmp;
  char* dst;
  if (narrow) {
    tmp.resize(size_t(want));
    dst = tmp.data();
  } else {
    if (!reserve_rbuf(ts, f, want)) return false;
    dst = f->rbuf + f->rlen;
  }
  ssize_t n = sys_read(ts, f->fd, dst, size_t(want));
  if (n < 0) {
    raise_errno(ts, errno);
    return false;
  }
  if (n == 0) {
    f->eof = true;
    if (f->pending_cr) {
      f->pending_cr = false;
      f->seennl |= kSeenCR;
    }
    if (f->text && f->readnl == kNlAny && f->rlen > f->rpos && f->rbuf[f->rlen - 1] == '\r') f->seennl |= kSeenCR;
    return true;
  }
  int64_t start = f->rlen;
  if (narrow) {
    if (!push_narrow(ts, f, dst, n)) return false;
  } else {
    f->rlen += n;
  }
  if (f->text) {
    if (f->translate) {
      f->rlen = start + translate_inplace(f, f->rbuf + start, f->rlen - start);
    } else if (f->readnl == kNlAny) {
      // A \r that ended the previous chunk is decided by this one.
      int64_t from = (start > f->rpos && f->rbuf[start - 1] == '\r') ? start - 1 : start;
      note_newlines(f, f->rbuf + from, f->rlen - from);
    }
  }
  return true;
}

// Take `n` bytes from the read buffer as str (text) or bytes.
Value take(ThreadState* ts, FileObject* f, int64_t n) {
  std::string_view v(f->rbuf + f->rpos, size_t(n));
  f->rpos += n;
  if (!f->text) return bytes_new(ts, v);
  if (f->errs == Errs::Strict || f->enc != Enc::Utf8) return str_decode_utf8(ts, v);
  // errors='replace'/'ignore': substitute invalid sequences.
  std::string out;
  size_t i = 0;
  while (i < v.size()) {
    unsigned char c = static_cast<unsigned char>(v[i]);
    size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c < 0xE0) ? 2 : (c >= 0xE0 && c < 0xF0) ? 3 : (c >= 0xF0 && c < 0xF5) ? 4 : 0;
    bool ok = len && i + len <= v.size();
    for (size_t k = 1; ok && k < len; k++)
      if ((static_cast<unsigned char>(v[i + k]) & 0xC0) != 0x80) ok = false;
    if (ok) {
      out.append(v.substr(i, len));
      i += len;
    } else {
      if (f->errs == Errs::Replace) out += "\xEF\xBF\xBD";
      i++;
    }
  }
  return str_new(ts, out);
}

// Bytes in the buffer that hold at most `chars` complete code points (text), or
// all complete code points when chars < 0. *count gets the code points found.
int64_t prefix_bytes(FileObject* f, int64_t chars, int64_t* count) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(f->rbuf + f->rpos);
  int64_t avail = f->rlen - f->rpos, i = 0, n = 0;
  while (i < avail && (chars < 0 || n < chars)) {
    // Eight ASCII bytes at a time.
    if (i + 8 <= avail && (chars < 0 || chars - n >= 8)) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      if (!(w & 0x8080808080808080ull)) {
        i += 8;
        n += 8;
        continue;
      }
    }
    unsigned char c = p[i];
    int64_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + len > avail) break;
    i += len;
    n++;
  }
  *count = n;
  return i;
}

bool check_readable(ThreadState* ts, FileObject* f) {
  if (!check_open(ts, f)) return false;
  if (!f->readable) {
    unsupported(ts, f->text ? "not readable" : "read");
    return false;
  }
  return true;
}
bool check_writable(ThreadState* ts, FileObject* f) {
  if (!check_open(ts, f)) return false;
  if (!f->writable) {
    unsupported(ts, f->text ? "not writable" : "write");
    return false;
  }
  return true;
}

Value read_impl(ThreadState* ts, FileObject* f, int64_t size) {
  if (!check_readable(ts, f)) return Value();
  if (size < 0) {
    // One read of what is left of the file, then to EOF.
    struct stat st;
    int64_t want = 0;
    if (fstat(f->fd, &st) == 0 && S_ISREG(st.st_mode)) {
      off_t cur = lseek(f->fd, 0, SEEK_CUR);
      if (cur >= 0 && st.st_size > cur) want = int64_t(st.st_size - cur) + 1;
    }
    if (!f->text && f->rpos == f->rlen && want > 1 && !f->wlen) {
      // Binary: read straight into the result.
      int64_t n = want - 1;
      BytesObject* b = static_cast<BytesObject*>(alloc_object(ts, ts->interp->types.bytes, size_t(n)));
      if (!b) return Value();
      Ref hold(Value::from_obj(b));
      b->hash = -1;
      int64_t got = 0;
      while (got < n) {
        ssize_t r = sys_read(ts, f->fd, b->data + got, size_t(n - got));
        if (r < 0) return raise_errno(ts, errno);
        if (r == 0) break;
        got += r;
      }
      b->size = got;
      b->data[got] = 0;
      f->rpos = f->rlen = 0;
      if (got < n) return hold.release();
      // The file may have grown meanwhile: append the rest.
      f->eof = false;
      while (!f->eof)
        if (!fill(ts, f)) return Value();
      f->eof = false;
      if (f->rlen == 0) return hold.release();
      std::string all(b->view());
      all.append(f->rbuf, size_t(f->rlen));
      f->rpos = f->rlen = 0;
      return bytes_new(ts, all);
    }
    while (!f->eof) {
      if (!fill(ts, f, want)) return Value();
      want = 0;
    }
    Value r = take(ts, f, f->rlen - f->rpos);
    f->eof = false;  // a later read may see data appended meanwhile
    return r;
  }
  while (true) {
    int64_t count;
    int64_t bytes = f->text ? prefix_bytes(f, size, &count) : std::min(size, f->rlen - f->rpos);
    if (!f->text) count = bytes;
    if (count >= size || f->eof) {
      if (f->eof && f->text && count < size) bytes = f->rlen - f->rpos;  // incomplete tail: let decode complain
      f->eof = false;
      return take(ts, f, bytes);
    }
    if (!fill(ts, f)) return Value();
  }
}

// Length of the line at `start` (through its line ending), searching from
// byte `from`, or -1 when the buffer holds no complete line yet.
int64_t find_eol(const FileObject* f, const char* start, int64_t from, int64_t avail) {
  uint8_t mode = f->text ? f->readnl : uint8_t(kNlLF);
  if (mode == kNlLF || mode == kNlCR) {
    const void* nl = memchr(start + from, mode == kNlLF ? '\n' : '\r', size_t(avail - from));
    return nl ? static_cast<const char*>(nl) - start + 1 : -1;
  }
  const char* end = start + avail;
  if (mode == kNlCRLF) {
    for (const char* p = start + from; p < end;) {
      p = static_cast<const char*>(memchr(p, '\r', size_t(end - p)));
      if (!p || p + 1 >= end) return -1;
      if (p[1] == '\n') return p - start + 2;
      p++;
    }
    return -1;
  }
  const char* lf = static_cast<const char*>(memchr(start + from, '\n', size_t(avail - from)));
  const char* cr = static_cast<const char*>(memchr(start + from, '\r', size_t((lf ? lf : end) - (start + from))));
  if (cr) {
    if (cr + 1 < end) return cr - start + (cr[1] == '\n' ? 2 : 1);
    return f->eof ? cr - start + 1 : -1;  // a \r\n may be split across chunks
  }
  return lf ? lf - start + 1 : -1;
}

Value readline_impl(ThreadState* ts, FileObject* f, int64_t limit) {
  if (!check_readable(ts, f)) return Value();
  int64_t scanned = 0;
  while (true) {
    const char* start = f->rbuf + f->rpos;
    int64_t avail = f->rlen - f->rpos;
    int64_t n = avail > scanned ? find_eol(f, start, scanned, avail) : -1;
    if (n >= 0) {
      if (limit >= 0) {
        int64_t count;
        int64_t b = f->text ? prefix_bytes(f, limit, &count) : std::min(limit, avail);
        if (b < n) n = b;
      }
      return take(ts, f, n);
    }
    if (limit >= 0) {
      int64_t count;
      int64_t b = f->text ? prefix_bytes(f, limit, &count) : std::min(limit, avail);
      if (!f->text) count = b;
      if (count >= limit) return take(ts, f, b);
    }
    if (f->eof) {
      f->eof = false;
      return take(ts, f, avail);
    }
    // Rescan the last byte: it may be a \r whose \n comes with the next chunk.
    scanned = avail > 0 ? avail - 1 : 0;
    if (!fill(ts, f)) return Value();
  }
}

bool write_bytes(ThreadState* ts, FileObject* f, std::string_view data, bool has_newline) {
  if (f->parent) {
    // A BufferedWriter under a text layer: append to the shared byte buffer.
    FileObject* p = F(f->parent);
    if (!buf_append(&p->wbuf, &p->wlen, &p->wcap, data.data(), int64_t(data.size()))) {
      raise_no_memory(ts);
      return false;
    }
    if (p->wlen >= p->bufsize || p->bufsize == 0) {
      int e = flush_wbuf(ts, p);
      if (e) {
        p->wlen = 0;
        raise_errno(ts, e);
        return false;
      }
    }
    return true;
  }
  if (f->rlen > f->rpos || f->rpos) drop_read_buffer(ts, f);
  if (f->bufsize == 0) {
    if (!buf_append(&f->wbuf, &f->wlen, &f->wcap, data.data(), int64_t(data.size()))) return false;
    return do_flush(ts, f);
  }
  if (!buf_append(&f->wbuf, &f->wlen, &f->wcap, data.data(), int64_t(data.size()))) {
    raise_no_memory(ts);
    return false;
  }
  if ((f->line_buffered && has_newline) || f->wlen >= f->bufsize) return do_flush(ts, f);
  return true;
}

// Text layer: queue in the pending buffer; push to the byte buffer at a newline
// when line buffered, or when the pending text passes kChunk.
bool write_pending(ThreadState* ts, FileObject* f, std::string_view data, bool nl) {
  if (f->bufsize == 0 || (f->line_buffered && nl)) {
    push_pending(f);
    return write_bytes(ts, f, data, nl);
  }
  if (f->rlen > f->rpos || f->rpos) drop_read_buffer(ts, f);
  if (!buf_append(&f->pbuf, &f->plen, &f->pcap, data.data(), int64_t(data.size()))) {
    raise_no_memory(ts);
    return false;
  }
  if (f->plen > kChunk) {
    push_pending(f);
    if (f->wlen >= f->bufsize) return do_flush(ts, f);
  }
  return true;
}

bool write_text(ThreadState* ts, FileObject* f, std::string_view text) {
  // Newlines matter only to line buffering, unbuffered files and translation.
  bool lf = false, nl = false;
  if (f->line_buffered || f->writenl || f->bufsize == 0) {
    lf = memchr(text.data(), '\n', text.size()) != nullptr;
    nl = lf || memchr(text.data(), '\r', text.size()) != nullptr;
  }
  std::string translated;
  if (lf && f->writenl) {
    // newline='\r' / '\r\n': each \n is written as that.
    std::string_view to = f->writenl == 1 ? std::string_view("\r") : std::string_view("\r\n");
    translated.reserve(text.size() + 16);
    size_t start = 0;
    for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      translated.append(text.substr(start, i - start));
      translated.append(to);
      start = i + 1;
    }
    translated.append(text.substr(start));
    text = translated;
  }
  if (f->enc == Enc::Utf8) return write_pending(ts, f, text, nl);
  // ASCII text is the same in latin-1 and ascii.
  bool ascii = true;
  for (unsigned char c : text)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return write_pending(ts, f, text, nl);
  std::string out;
  size_t i = 0;
  int64_t cpi = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    uint32_t cp = c;
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len > 1) {
      cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
      for (size_t k = 1; k < len && i + k < text.size(); k++) cp = (cp << 6) | (text[i + k] & 0x3F);
    }
    uint32_t lim = f->enc == Enc::Latin1 ? 0xFF : 0x7F;
    if (cp <= lim) {
      out += char(cp);
    } else if (f->errs == Errs::Strict) {
      Value e = unicode_encode_error_new(ts, f->enc == Enc::Latin1 ? "latin-1" : "ascii", text, cpi, cpi + 1,
                                         f->enc == Enc::Latin1 ? "ordinal not in range(256)" : "ordinal not in range(128)");
      if (e) {
        raise_value(ts, e);
        decref(e);
      }
      return false;
    } else if (f->errs == Errs::Replace) {
      out += '?';
    }
    i += len;
    cpi++;
  }
  return write_pending(ts, f, out, nl);
}

// ---------------------------------------------------------------- methods

Value m_read(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "read", kw) || !check_nargs(ts, "read", nargs, 0, 1)) return Value();
  int64_t size = -1;
  if (nargs && !args[0].is_none() && !index_i64(ts, args[0], &size)) return Value();
  return read_impl(ts, F(self), size);
}

Value m_readline(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "readline", kw) || !check_nargs(ts, "readline", nargs, 0, 1)) return Value();
  int64_t size = -1;
  if (nargs && !args[0].is_none() && !index_i64(ts, args[0], &size)) return Value();
  return readline_impl(ts, F(self), size);
}

Value m_readlines(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "readlines", kw) || !check_nargs(ts, "readlines", nargs, 0, 1)) return Value();
  int64_t hint = -1;
  if (nargs && !args[0].is_none() && !index_i64(ts, args[0], &hint)) return Value();
  Ref l(Value::from_obj(list_new(ts, 0)));
  if (!l) return Value();
  int64_t total = 0;
  while (true) {
    Ref line(readline_impl(ts, F(self), -1));
    if (!line) return Value();
    int64_t n = F(self)->text ? line.as<StrObject>()->length : line.as<BytesObject>()->size;
    if (n == 0) break;
    if (!list_append(ts, l.as<ListObject>(), line.get())) return Value();
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return l.release();
}

Value m_write(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if ((kw || nargs != 1) && (!no_kwargs(ts, "write", kw) || !check_nargs(ts, "write", nargs, 1, 1))) return Value();
  FileObject* f = F(self);
  if ((f->closed || !f->writable) && !check_writable(ts, f)) return Value();
  if (f->text) {
    if (!(args[0].is_obj() && type_has(args[0].obj()->type, kTypeStrSubclass)))
      return raisef(ts, Exc::TypeError, "write() argument must be str, not %s", type_name(ts, args[0]));
    if (!write_text(ts, f, str_view(args[0]))) return Value();
    return Value::small_int(args[0].as<StrObject>()->length);
  }
  std::string_view b;
  if (is_str(ts, args[0]) || !bytes_like_view(ts, args[0], &b)) {
    err_clear(ts);
    return raisef(ts, Exc::TypeError, "a bytes-like object is required, not '%s'", type_name(ts, args[0]));
  }
  if (!write_bytes(ts, f, b, false)) return Value();
  return Value::small_int(int64_t(b.size()));
}

Value m_writelines(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "writelines", kw) || !check_nargs(ts, "writelines", nargs, 1, 1)) return Value();
  if (!check_open(ts, F(self))) return Value();
  Ref it(get_iter(ts, args[0]));
  if (!it) return Value();
  while (true) {
    Ref item(iter_next(ts, it.get()));
    if (!item) {
      if (err_occurred(ts)) return Value();
      return Value::none();
    }
    Value a = item.get();
    Ref r(m_write(ts, self, &a, 1, nullptr));
    if (!r) return Value();
  }
}

Value m_flush(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  FileObject* f = F(self);
  if (!check_open(ts, f)) return Value();
  if (f->parent) {
    int e = flush_wbuf(ts, F(f->parent));
    if (e) return raise_errno(ts, e);
    return Value::none();
  }
  if (!do_flush(ts, f)) return Value();
  return Value::none();
}

bool close_impl(ThreadState* ts, FileObject* f) {
  if (f->closed) return true;
  int e = raw_flush(ts, f);
  f->closed = true;
  if (f->closefd && f->fd >= 0) ::close(f->fd);
  f->wlen = 0;
  // A closed file keeps no read-ahead (after read() it may be the whole file).
  mem_free(f->rbuf);
  f->rbuf = nullptr;
  f->rpos = f->rlen = f->rcap = 0;
  if (e) {
    raise_errno(ts, e);
    if (f->wrapped) close_impl(ts, F(f->buffer));
    return false;
  }
  if (f->wrapped) return close_impl(ts, F(f->buffer));
  return true;
}

// TextIOWrapper.detach(): flush and hand back the binary layer; the text
// object is unusable afterwards. A file made by open() gets a new binary file
// object over its fd, which takes over closing it.
Value m_detach(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "detach", kw) || !check_nargs(ts, "detach", nargs, 0, 0)) return Value();
  FileObject* f = F(self);
  if (f->closed) return raise(ts, Exc::ValueError, "underlying buffer has been detached");
  if (!do_flush(ts, f)) return Value();
  Value b;
  if (f->wrapped) {
    b = f->buffer;
    f->buffer = Value();
    f->wrapped = false;
  } else {
    FileObject* nb = new_file(ts, false);
    if (!nb) return Value();
    nb->fd = f->fd;
    nb->closefd = f->closefd;
    nb->readable = f->readable;
    nb->writable = f->writable;
    nb->appending = f->appending;
    nb->created = f->created;
    nb->name = f->name ? newref(f->name) : Value();
    f->closefd = false;
    b = Value::from_obj(nb);
  }
  f->closed = true;
  f->detached = true;
  return b;
}

Value m_close(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!close_impl(ts, F(self))) return Value();
  return Value::none();
}

Value m_fileno(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!check_open(ts, F(self))) return Value();
  return Value::small_int(F(self)->fd);
}

Value m_isatty(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!check_open(ts, F(self))) return Value();
  return Value::boolean(isatty(F(self)->fd));
}

Value m_readable(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!check_open(ts, F(self))) return Value();
  return Value::boolean(F(self)->readable);
}
Value m_writable(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!check_open(ts, F(self))) return Value();
  return Value::boolean(F(self)->writable);
}
Value m_seekable(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!check_open(ts, F(self))) return Value();
  return Value::boolean(lseek(F(self)->fd, 0, SEEK_CUR) >= 0);
}

Value m_tell(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  FileObject* f = F(self);
  if (!check_open(ts, f)) return Value();
  if (!do_flush(ts, f)) return Value();
  off_t pos = lseek(f->fd, 0, SEEK_CUR);
  if (pos < 0) return raise_errno(ts, errno);
  return int_from_i64(ts, int64_t(pos) - (f->rlen - f->rpos));
}

Value m_seek(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "seek", kw) || !check_nargs(ts, "seek", nargs, 1, 2)) return Value();
  FileObject* f = F(self);
  if (!check_open(ts, f)) return Value();
  int64_t off, whence = 0;
  if (!index_i64(ts, args[0], &off)) return Value();
  if (nargs > 1 && !index_i64(ts, args[1], &whence)) return Value();
  if (whence < 0 || whence > 2) return raisef(ts, Exc::ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (f->text) {
    if (whence == 1 && off != 0) return unsupported(ts, "can't do nonzero cur-relative seeks");
    if (whence == 2 && off != 0) return unsupported(ts, "can't do nonzero end-relative seeks");
    if (whence == 0 && off < 0) return raisef(ts, Exc::ValueError, "negative seek position %lld", (long long)off);
  }
  if (!do_flush(ts, f)) return Value();
  if (whence == 1) off -= (f->rlen - f->rpos);
  f->rpos = f->rlen = 0;
  f->eof = false;
  f->pending_cr = false;
  off_t pos = lseek(f->fd, off, int(whence));
  if (pos < 0) return raise_errno(ts, errno);
  return int_from_i64(ts, int64_t(pos));
}

Value m_truncate(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "truncate", kw) || !check_nargs(ts, "truncate", nargs, 0, 1)) return Value();
  FileObject* f = F(self);
  if (!check_writable(ts, f)) return Value();
  if (!do_flush(ts, f)) return Value();
  int64_t size;
  if (nargs && !args[0].is_none()) {
    if (!index_i64(ts, args[0], &size)) return Value();
  } else {
    drop_read_buffer(ts, f);
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) return raise_errno(ts, errno);
    size = pos;
  }
  if (ftruncate(f->fd, size) < 0) return raise_errno(ts, errno);
  return int_from_i64(ts, size);
}

Value m_enter(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!check_open(ts, F(self))) return Value();
  return newref(self);
}

Value m_exit(ThreadState* ts, Value self, const Value*, size_t, TupleObject*) {
  if (!close_impl(ts, F(self))) return Value();
  return Value::none();
}

Value reconfigure_impl(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw);
Value m_reconfigure(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  return reconfigure_impl(ts, self, args, nargs, kw);
}

Value file_iter(ThreadState* ts, Value self) {
  if (!check_open(ts, F(self))) return Value();
  return newref(self);
}

Value file_iternext(ThreadState* ts, Value self) {
  Value line = readline_impl(ts, F(self), -1);
  if (!line) return Value();
  int64_t n = F(self)->text ? line.as<StrObject>()->length : line.as<BytesObject>()->size;
  if (n == 0) {
    decref(line);
    return Value();
  }
  return line;
}

Value file_repr(ThreadState* ts, Value self) {
  FileObject* f = F(self);
  std::string out;
  const char* cls = f->text ? "TextIOWrapper"
                    : f->bufsize == 0 ? "FileIO"
                    : (f->readable && f->writable) ? "BufferedRandom"
                    : f->writable ? "BufferedWriter" : "BufferedReader";
  out = std::string("<_io.") + cls;
  if (f->name) {
    Ref r(repr(ts, f->name));
    if (!r) return Value();
    out += " name=";
    out += str_view(r.get());
  }
  if (f->mode && (f->text || f->bufsize == 0)) {
    Ref r(repr(ts, f->mode));
    if (!r) return Value();
    out += " mode=";
    out += str_view(r.get());
  }
  if (f->text && f->encoding) {
    Ref r(repr(ts, f->encoding));
    if (!r) return Value();
    out += " encoding=";
    out += str_view(r.get());
  }
  if (!f->text && f->bufsize == 0) out += f->closefd ? " closefd=True" : " closefd=False";
  out += ">";
  return str_new(ts, out);
}

void file_dealloc(Object* o) {
  auto* f = static_cast<FileObject*>(o);
  if (!f->closed) {
    ThreadState* ts = current_thread_state();
    raw_flush(ts, f);
    if (f->closefd && f->fd >= 0) ::close(f->fd);
    f->closed = true;
  }
  decref(f->name);
  decref(f->mode);
  decref(f->encoding);
  decref(f->errors);
  decref(f->buffer);
  decref(f->parent);
  mem_free(f->pbuf);
  mem_free(f->wbuf);
  mem_free(f->rbuf);
  free_object(o);
}

Value g_closed(ThreadState* ts, Value self) {
  FileObject* f = F(self);
  if (f->detached) return raise(ts, Exc::ValueError, "underlying buffer has been detached");
  return Value::boolean(f->closed || (f->wrapped && F(f->buffer)->closed));
}
Value g_name(ThreadState*, Value self) { return F(self)->name ? newref(F(self)->name) : Value::none(); }
Value g_mode(ThreadState* ts, Value self) {
  FileObject* f = F(self);
  if (f->text) return f->mode ? newref(f->mode) : Value::none();
  const char* m = f->created ? (f->readable ? "xb+" : "xb")
                  : f->appending ? (f->readable ? "ab+" : "ab")
                  : f->readable ? (f->writable ? "rb+" : "rb") : "wb";
  return str_from_cstr(ts, m);
}
// CPython's open() sets `mode` as an instance attribute (tokenize.open too).
bool s_mode(ThreadState* ts, Value self, Value v) {
  if (!v) return raise(ts, Exc::AttributeError, "mode"), false;
  Value old = F(self)->mode;
  F(self)->mode = newref(v);
  decref(old);
  return true;
}
Value g_encoding(ThreadState*, Value self) { return F(self)->encoding ? newref(F(self)->encoding) : Value::none(); }
Value g_errors(ThreadState* ts, Value self) { return F(self)->errors ? newref(F(self)->errors) : str_from_cstr(ts, "strict"); }
Value g_newlines(ThreadState* ts, Value self) {
  FileObject* f = F(self);
  // Only a reading file with universal newlines (newline None or '') has a decoder.
  if (!f->readable || !(f->translate || f->readnl == kNlAny) || f->seennl == 0) return Value::none();
  static constexpr const char* kOne[] = {nullptr, "\n", "\r", nullptr, "\r\n"};
  if (f->seennl == kSeenLF || f->seennl == kSeenCR || f->seennl == kSeenCRLF) return str_from_cstr(ts, kOne[f->seennl]);
  Ref t(Value::from_obj(tuple_new(ts, __builtin_popcount(f->seennl))));
  if (!t) return Value();
  int64_t i = 0;
  for (uint8_t bit : {kSeenCR, kSeenLF, kSeenCRLF}) {
    if (!(f->seennl & bit)) continue;
    Value v = str_from_cstr(ts, kOne[bit]);
    if (!v) return Value();
    t.as<TupleObject>()->items[i++] = v;
  }
  return t.release();
}
Value g_line_buffering(ThreadState*, Value self) { return Value::boolean(F(self)->line_buffered); }
Value g_buffer(ThreadState* ts, Value self) {
  FileObject* f = F(self);
  if (!f->buffer) {
    Object* o = alloc_object(ts, ts->interp->types.binary_file);
    if (!o) return Value();
    auto* b = static_cast<FileObject*>(o);
    b->fd = f->fd;
    b->readable = f->readable;
    b->writable = f->writable;
    b->closefd = false;
    b->bufsize = f->bufsize;
    b->name = f->name ? newref(f->name) : Value();
    b->parent = newref(self);  // a cycle text <-> buffer; both live as long as sys does
    f->buffer = Value::from_obj(o);
  }
  return newref(f->buffer);
}

// readinto(b) / readinto1(b): read into a writable buffer, return the count.
Value m_readinto(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "readinto", kw) || !check_nargs(ts, "readinto", nargs, 1, 1)) return Value();
  char* dst;
  int64_t cap;
  if (!writable_buffer_view(ts, args[0], &dst, &cap)) {
    if (!err_matches(ts, Exc::TypeError)) return Value();
    err_clear(ts);
    return raisef(ts, Exc::TypeError, "readinto() argument must be read-write bytes-like object, not %s",
                  type_name(ts, args[0]));
  }
  Ref data(read_impl(ts, F(self), cap));
  if (!data) return Value();
  int64_t n = data.as<BytesObject>()->size;
  // The read may have run Python code (none today); fetch the buffer again.
  if (!writable_buffer_view(ts, args[0], &dst, &cap)) return Value();
  if (n > cap) n = cap;
  memcpy(dst, data.as<BytesObject>()->data, size_t(n));
  return Value::small_int(n);
}

Value m_readall(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "readall", kw) || !check_nargs(ts, "readall", nargs, 0, 0)) return Value();
  return read_impl(ts, F(self), -1);
}

// peek(size=0): the buffered bytes without consuming them (one read when empty).
Value m_peek(ThreadState* ts, Value self, const Value*, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "peek", kw) || !check_nargs(ts, "peek", nargs, 0, 1)) return Value();
  FileObject* f = F(self);
  if (!check_readable(ts, f)) return Value();
  if (f->rpos == f->rlen) {
    if (!fill(ts, f)) return Value();
    f->eof = false;
  }
  return bytes_new(ts, std::string_view(f->rbuf + f->rpos, size_t(f->rlen - f->rpos)));
}

const MethodDef kFileMethods[] = {
    {"read", m_read},
    {"read1", m_read},
    {"readinto", m_readinto},
    {"readinto1", m_readinto},
    {"readall", m_readall},
    {"peek", m_peek},
    {"readline", m_readline},
    {"readlines", m_readlines},
    {"write", m_write},
    {"writelines", m_writelines},
    {"flush", m_flush},
    {"close", m_close},
    {"fileno", m_fileno},
    {"isatty", m_isatty},
    {"readable", m_readable},
    {"writable", m_writable},
    {"seekable", m_seekable},
    {"tell", m_tell},
    {"seek", m_seek},
    {"truncate", m_truncate},
    {"reconfigure", m_reconfigure},
    {"__enter__", m_enter},
    {"__exit__", m_exit},
    {nullptr, nullptr},
};

const MethodDef kTextMethods[] = {
    {"read", m_read},
    {"readline", m_readline},
    {"readlines", m_readlines},
    {"write", m_write},
    {"writelines", m_writelines},
    {"flush", m_flush},
    {"close", m_close},
    {"detach", m_detach},
    {"fileno", m_fileno},
    {"isatty", m_isatty},
    {"readable", m_readable},
    {"writable", m_writable},
    {"seekable", m_seekable},
    {"tell", m_tell},
    {"seek", m_seek},
    {"truncate", m_truncate},
    {"reconfigure", m_reconfigure},
    {"__enter__", m_enter},
    {"__exit__", m_exit},
    {nullptr, nullptr},
};

const GetSetDef kTextGetsets[] = {
    {"closed", g_closed}, {"name", g_name}, {"mode", g_mode, s_mode}, {"encoding", g_encoding},
    {"errors", g_errors}, {"newlines", g_newlines}, {"line_buffering", g_line_buffering},
    {"buffer", g_buffer}, {nullptr, nullptr},
};
Value g_closefd(ThreadState*, Value self) { return Value::boolean(F(self)->closefd); }

const GetSetDef kBinaryGetsets[] = {
    {"closed", g_closed}, {"name", g_name}, {"mode", g_mode}, {"closefd", g_closefd}, {nullptr, nullptr},
};

// Parse open()'s mode string like CPython's _io.open.
struct ModeInfo {
  bool r = false, w = false, a = false, x = false, plus = false, b = false, t = false;
};
bool parse_mode(ThreadState* ts, std::string_view mode, ModeInfo* m) {
  std::string seen;
  for (char c : mode) {
    if (std::strchr("rwaxb+t", c) == nullptr || seen.find(c) != std::string::npos || c == '\0') {
      raisef(ts, Exc::ValueError, "invalid mode: '%.*s'", int(mode.size()), mode.data());
      return false;
    }
    seen += c;
    switch (c) {
      case 'r': m->r = true; break;
      case 'w': m->w = true; break;
      case 'a': m->a = true; break;
      case 'x': m->x = true; break;
      case '+': m->plus = true; break;
      case 'b': m->b = true; break;
      case 't': m->t = true; break;
    }
  }
  if (m->t && m->b) {
    raise(ts, Exc::ValueError, "can't have text and binary mode at once");
    return false;
  }
  if (int(m->r) + int(m->w) + int(m->a) + int(m->x) != 1) {
    raise(ts, Exc::ValueError, "must have exactly one of create/read/write/append mode");
    return false;
  }
  return true;
}

bool parse_encoding(ThreadState* ts, Value encoding, Enc* out) {
  if (encoding.is_none()) {
    *out = Enc::Utf8;
    return true;
  }
  if (!is_str(ts, encoding)) {
    raisef(ts, Exc::TypeError, "open() argument 'encoding' must be str or None, not %s", type_name(ts, encoding));
    return false;
  }
  std::string_view e = str_view(encoding);
  std::string_view c = e == "locale" ? std::string_view("utf-8") : codec_name(e);
  if (c == "utf-8") *out = Enc::Utf8;
  else if (c == "latin-1") *out = Enc::Latin1;
  else if (c == "ascii") *out = Enc::Ascii;
  else {
    raisef(ts, Exc::LookupError, "unknown encoding: %.*s", int(e.size()), e.data());
    return false;
  }
  return true;
}

// Text files whose codec or error handler this file does not implement
// (utf-16, cp1252, utf-8-sig, errors='surrogateescape'...) are io.py's
// _TextIOWrapper over one of our binary files.
bool needs_python_text(ThreadState* ts, Value encoding, Value errors) {
  if (encoding && !encoding.is_none() && is_str(ts, encoding)) {
    std::string_view e = str_view(encoding);
    std::string_view c = e == "locale" ? std::string_view("utf-8") : codec_name(e);
    if (c != "utf-8" && c != "latin-1" && c != "ascii") return true;
  }
  if (errors && !errors.is_none() && is_str(ts, errors)) {
    std::string_view e = str_view(errors);
    if (e != "strict" && e != "ignore" && e != "replace") return true;
  }
  return false;
}

Value python_text_class(ThreadState* ts) {
  Ref io(codecs_import(ts, "io"));
  if (!io) return Value();
  return getattr_str(ts, io.get(), "_TextIOWrapper");
}

FileObject* new_file(ThreadState* ts, bool text) {
  Object* o = alloc_object(ts, text ? ts->interp->types.text_file : ts->interp->types.binary_file);
  if (!o) return nullptr;
  auto* f = static_cast<FileObject*>(o);
  f->fd = -1;
  f->text = text;
  f->bufsize = 8192;
  f->closefd = true;
  f->translate = text;
  return f;
}

struct TextOptions {
  Enc enc = Enc::Utf8;
  Errs errs = Errs::Strict;
  bool translate = true;
  uint8_t readnl = kNlLF, writenl = 0;
};

// encoding/errors/newline of open() and TextIOWrapper(), checked like CPython.
bool parse_text_options(ThreadState* ts, const char* fname, Value encoding, Value errors, Value newline,
                        TextOptions* o) {
  if (!parse_encoding(ts, encoding, &o->enc)) return false;
  if (!errors.is_none()) {
    if (!is_str(ts, errors)) {
      raisef(ts, Exc::TypeError, "%s() argument 'errors' must be str or None, not %s", fname, type_name(ts, errors));
      return false;
    }
    std::string_view e = str_view(errors);
    o->errs = e == "strict" ? Errs::Strict : e == "ignore" ? Errs::Ignore : Errs::Replace;
  }
  if (!newline.is_none()) {
    if (!is_str(ts, newline)) {
      raisef(ts, Exc::TypeError, "%s() argument 'newline' must be str or None, not %s", fname, type_name(ts, newline));
      return false;
    }
    std::string_view nl = str_view(newline);
    if (nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n") {
      Ref r(repr(ts, newline));
      if (r) raisef(ts, Exc::ValueError, "illegal newline value: %s", std::string(str_view(r.get())).c_str());
      return false;
    }
    o->translate = false;
    o->readnl = nl.empty() ? kNlAny : nl == "\r" ? kNlCR : nl == "\r\n" ? kNlCRLF : kNlLF;
    o->writenl = nl == "\r" ? 1 : nl == "\r\n" ? 2 : 0;
  }
  return true;
}

bool apply_text_options(ThreadState* ts, FileObject* f, const TextOptions& o, Value encoding, Value errors) {
  f->enc = o.enc;
  f->errs = o.errs;
  f->translate = o.translate;
  f->readnl = o.readnl;
  f->writenl = o.writenl;
  bool locale = !encoding.is_none() && str_view(encoding) == "locale";
  f->encoding = encoding.is_none() || locale ? str_new(ts, "UTF-8") : newref(encoding);
  if (!f->encoding) return false;
  if (!errors.is_none()) f->errors = newref(errors);
  return true;
}

// reconfigure(*, encoding, errors, newline, line_buffering, write_through)
// like CPython's: the encoding and newline only before the first read; a new
// encoding without errors resets errors to 'strict'. Native files switch only
// between the codecs they implement (utf-8, latin-1, ascii).
Value reconfigure_impl(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (nargs) return raise(ts, Exc::TypeError, "reconfigure() takes no positional arguments");
  FileObject* f = F(self);
  Value enc, errs, nl, lb, wt;
  bool has_nl = false;
  for (int64_t i = 0; kw && i < kw->size; i++) {
    std::string_view k = str_view(kw->items[i]);
    Value v = args[i];
    if (k == "encoding") enc = v;
    else if (k == "errors") errs = v;
    else if (k == "newline") { nl = v; has_nl = true; }
    else if (k == "line_buffering") lb = v;
    else if (k == "write_through") wt = v;
    else
      return raisef(ts, Exc::TypeError, "'%.*s' is an invalid keyword argument for reconfigure()", int(k.size()),
                    k.data());
  }
  bool new_enc = enc && !enc.is_none();
  if (f->text && (new_enc || has_nl) && f->rlen > f->rpos)
    return io_raise_unsupported(ts, "It is not possible to set the encoding or newline of stream after the first read");
  if (!do_flush(ts, f)) return Value();
  if (f->text && (new_enc || (errs && !errs.is_none()) || has_nl)) {
    Value e = new_enc ? enc : f->encoding ? f->encoding : Value::none();
    Value r = errs && !errs.is_none() ? errs : new_enc ? Value::none() : f->errors ? f->errors : Value::none();
    if (new_enc && is_str(ts, enc) && needs_python_text(ts, enc, Value::none())) {
      // A codec this file type does not run: CPython's LookupError when unknown.
      Ref mod(codecs_import(ts, "codecs"));
      Ref info(mod ? call_method1(ts, mod.get(), "lookup", enc) : Value());
      if (!info) return Value();
      return io_raise_unsupported(ts, "reconfigure(): minipy's built-in text files cannot switch to this encoding");
    }
    TextOptions to;
    if (!parse_text_options(ts, "reconfigure", e, r, has_nl ? nl : Value::none(), &to)) return Value();
    f->enc = to.enc;
    f->errs = to.errs;
    if (has_nl) {
      f->translate = to.translate;
      f->readnl = to.readnl;
      f->writenl = to.writenl;
    }
    Value old_e = f->encoding, old_r = f->errors;
    f->encoding = e.is_none() ? str_new(ts, "UTF-8") : newref(e);
    f->errors = r.is_none() ? Value() : newref(r);
    decref(old_e);
    decref(old_r);
    if (!f->encoding) return Value();
  }
  if (lb && !lb.is_none()) {
    int t = truthy(ts, lb);
    if (t < 0) return Value();
    f->line_buffered = t;
  }
  if (wt && !wt.is_none()) {
    int t = truthy(ts, wt);
    if (t < 0) return Value();
    if (t) f->bufsize = 0;
  }
  return Value::none();
}

// TextIOWrapper(buffer, encoding=None, errors=None, newline=None,
// line_buffering=False, write_through=False) over one of our binary files
// (open(..., 'rb'), sys.stdout.buffer, a detached stream): a text file on the
// same fd that owns the buffer (closing one closes the other). Other buffers
// are not supported (TypeError; stdlib/_compression.py has a Python wrapper).
Value text_wrapper_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"buffer", "encoding", "errors", "newline", "line_buffering",
                                           "write_through"};
  Value a[6] = {};
  if (!parse_args(ts, "TextIOWrapper", args, nargs, kw, kNames, 6, 0, 6, 1, a)) return Value();
  Value buffer = a[0];
  if (type_of(ts, buffer) != ts->interp->types.binary_file || needs_python_text(ts, a[1], a[2])) {
    // Any other buffer: io._TextIOWrapper, the Python implementation (stdlib/io.py).
    Value io = ts->interp->modules ? dict_get_str(ts->interp->modules, intern(ts, "io")) : Value();
    Value cls = io && io.is_obj() && io.obj()->type == ts->interp->types.module
                    ? dict_get_str(io.as<ModuleObject>()->dict, intern(ts, "_TextIOWrapper"))
                    : Value();
    if (!cls)
      return raisef(ts, Exc::TypeError, "TextIOWrapper() over a '%s' buffer needs the io module",
                    type_name(ts, buffer));
    Ref hold = Ref::borrow(cls);
    return call(ts, cls, args, nargs, kw);
  }
  auto opt = [](Value v) { return v ? v : Value::none(); };
  Value encoding = opt(a[1]), errors = opt(a[2]), newline = opt(a[3]);
  if (!encoding.is_none() && !is_str(ts, encoding))
    return raisef(ts, Exc::TypeError, "TextIOWrapper() argument 'encoding' must be str or None, not %s",
                  type_name(ts, encoding));
  TextOptions to;
  if (!parse_text_options(ts, "TextIOWrapper", encoding, errors, newline, &to)) return Value();
  int lb = a[4] ? truthy(ts, a[4]) : 0;
  int wt = a[5] ? truthy(ts, a[5]) : 0;
  if (lb < 0 || wt < 0) return Value();
  FileObject* b = F(buffer);
  if (!check_open(ts, b)) return Value();
  // Hand the buffer's pending writes to the OS and its read-ahead back to it.
  FileObject* owner = b->parent ? F(b->parent) : b;
  if (!do_flush(ts, owner)) return Value();
  if (b->rlen > b->rpos) drop_read_buffer(ts, b);
  FileObject* f = new_file(ts, true);
  if (!f) return Value();
  Ref fo(Value::from_obj(f));
  if (type != ts->interp->types.text_file) return raise(ts, Exc::TypeError, "cannot subclass TextIOWrapper");
  f->fd = b->fd;
  f->closefd = false;
  f->wrapped = true;
  f->readable = b->readable;
  f->writable = b->writable;
  f->appending = b->appending;
  f->created = b->created;
  f->line_buffered = lb;
  if (wt) f->bufsize = 0;
  if (!apply_text_options(ts, f, to, encoding, errors)) return Value();
  f->name = b->name ? newref(b->name) : Value();
  f->buffer = newref(buffer);
  return fo.release();
}

}  // namespace

const TypeSpec text_file_type_spec = {
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(FileObject),
    .flags = 0,
    .slots = {.dealloc = file_dealloc, .repr = file_repr, .iter = file_iter, .iternext = file_iternext,
              .new_ = text_wrapper_new},
    .methods = kTextMethods,
    .getsets = kTextGetsets,
};

const TypeSpec binary_file_type_spec = {
    .name = "_io.BufferedReader",
    .basicsize = sizeof(FileObject),
    .flags = 0,
    .slots = {.dealloc = file_dealloc, .repr = file_repr, .iter = file_iter, .iternext = file_iternext},
    .methods = kFileMethods,
    .getsets = kBinaryGetsets,
};

Value file_open(ThreadState* ts, Value file, std::string_view mode, int64_t buffering, Value encoding, Value errors,
                Value newline, bool closefd) {
  ModeInfo m;
  if (!parse_mode(ts, mode, &m)) return Value();
  bool text = !m.b;
  if (!text) {
    if (!encoding.is_none()) return raise(ts, Exc::ValueError, "binary mode doesn't take an encoding argument");
    if (!errors.is_none()) return raise(ts, Exc::ValueError, "binary mode doesn't take an errors argument");
    if (!newline.is_none()) return raise(ts, Exc::ValueError, "binary mode doesn't take a newline argument");
  }
  if (text && buffering == 0) return raise(ts, Exc::ValueError, "can't have unbuffered text I/O");
  if (text && needs_python_text(ts, encoding, errors)) {
    std::string bmode;
    for (char c : mode)
      if (c != 't') bmode += c;
    bmode += 'b';
    Ref raw(file_open(ts, file, bmode, buffering == 1 ? -1 : buffering, Value::none(), Value::none(), Value::none(),
                      closefd));
    if (!raw) return Value();
    Ref cls(python_text_class(ts));
    Value wargs[5] = {raw.get(), encoding, errors, newline, Value::boolean(buffering == 1)};
    Ref w(cls ? call(ts, cls.get(), wargs, 5) : Value());
    if (!w) {
      Value exc = err_fetch(ts);
      Ref closed(call_method0(ts, raw.get(), "close"));
      if (!closed) err_clear(ts);
      err_restore(ts, exc);
      return Value();
    }
    Ref m(str_new(ts, mode));
    if (!m || !setattr(ts, w.get(), intern(ts, "mode"), m.get())) return Value();
    return w.release();
  }
  TextOptions to;
  if (!parse_text_options(ts, "open", encoding, errors, newline, &to)) return Value();
  // The file argument: path (str, bytes, os.PathLike) or an fd.
  Ref path = Ref::borrow(file);
  int fd = -1;
  if (is_int(ts, file) && !file.is_bool()) {
    int64_t v;
    if (!int_as_i64(ts, file, &v)) return Value();
    if (v < 0) return raise(ts, Exc::ValueError, "negative file descriptor");
    fd = int(v);
  } else {
    if (!is_str(ts, file) && !is_bytes(ts, file)) {
      bool is_method = false;
      Ref fs(lookup_special(ts, file, ts->interp->names.__fspath__, &is_method));
      if (!fs) {
        if (err_occurred(ts)) return Value();
        return raisef(ts, Exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(ts, file));
      }
      path = Ref(is_method ? call1(ts, fs.get(), file) : call0(ts, fs.get()));
      if (!path) return Value();
    }
    std::string p(is_str(ts, path.get()) ? str_view(path.get()) : path.as<BytesObject>()->view());
    if (p.find('\0') != std::string::npos) return raise(ts, Exc::ValueError, "embedded null byte");
    int flags = 0;
    if (m.r) flags = m.plus ? O_RDWR : O_RDONLY;
    else if (m.w) flags = (m.plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
    else if (m.a) flags = (m.plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
    else flags = (m.plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
    fd = sys_open(ts, p.c_str(), flags);
    if (fd < 0) return raise_errno(ts, errno, file);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      return raise_errno(ts, EISDIR, file);
    }
    closefd = true;
  }
  FileObject* f = new_file(ts, text);
  if (!f) {
    if (closefd) ::close(fd);
    return Value();
  }
  Ref fo(Value::from_obj(f));
  f->fd = fd;
  f->closefd = closefd;
  f->readable = m.r || m.plus;
  f->writable = m.w || m.a || m.x || m.plus;
  f->appending = m.a;
  f->created = m.x;
  f->name = newref(file);
  f->mode = str_new(ts, mode);
  if (!f->mode) return Value();
  if (text && !apply_text_options(ts, f, to, encoding, errors)) return Value();
  if (buffering == 1 && text) f->line_buffered = true;
  else if (buffering == 0) f->bufsize = 0;
  else if (buffering > 1) f->bufsize = buffering;
  if (buffering < 0 && text && isatty(fd)) f->line_buffered = true;
  if (m.a) lseek(fd, 0, SEEK_END);
  return fo.release();
}

Value file_from_fd(ThreadState* ts, int fd, const char* name, const char* mode, bool line_buffered) {
  FileObject* f = new_file(ts, true);
  if (!f) return Value();
  Ref fo(Value::from_obj(f));
  f->fd = fd;
  f->closefd = false;
  f->translate = false;  // CPython's std streams use newline='\n' on POSIX
  f->readable = mode[0] == 'r';
  f->writable = mode[0] != 'r';
  f->line_buffered = line_buffered;
  f->name = str_from_cstr(ts, name);
  f->mode = str_from_cstr(ts, mode);
  f->encoding = str_from_cstr(ts, "utf-8");
  f->errors = str_from_cstr(ts, fd == 2 ? "backslashreplace" : "strict");
  if (!f->name || !f->mode || !f->encoding || !f->errors) return Value();
  if (fd == 2) f->errs = Errs::Replace;
  return fo.release();
}

bool file_write_text(ThreadState* ts, Value file, std::string_view text) {
  if (type_of(ts, file) == ts->interp->types.text_file) {
    FileObject* f = F(file);
    if (!check_writable(ts, f)) return false;
    return write_text(ts, f, text);
  }
  Ref s(str_new(ts, text));
  if (!s) return false;
  Value sv = s.get();
  Ref r(call_method(ts, file, ts->interp->names.write, &sv, 1));
  return bool(r);
}

Value current_std_stream(ThreadState* ts, int fd) {
  Interpreter* in = ts->interp;
  if (in->sys && in->sys->dict) {
    StrObject* key = fd == 0 ? in->names.stdin : fd == 1 ? in->names.stdout : in->names.stderr;
    Value v = dict_get_str(in->sys->dict, key);
    if (v) return v;
  }
  return fd == 0 ? in->sys_stdin : fd == 1 ? in->sys_stdout : in->sys_stderr;
}

void write_stderr(ThreadState* ts, std::string_view text) {
  Value saved = err_fetch(ts);
  Value err = current_std_stream(ts, 2);
  bool ok = false;
  if (err && !err.is_none()) {
    Ref hold = Ref::borrow(err);
    ok = file_write_text(ts, err, text);
    if (ok && type_of(ts, err) == ts->interp->types.text_file) ok = do_flush(ts, F(err));
    if (!ok) err_clear(ts);
  }
  if (!ok) {
    size_t off = 0;
    while (off < text.size()) {
      ssize_t n = sys_write(ts, 2, text.data() + off, text.size() - off);
      if (n <= 0) break;
      off += size_t(n);
    }
  }
  err_restore(ts, saved);
}

bool flush_std_streams(ThreadState* ts, bool report) {
  Value saved = err_fetch(ts);
  bool ok = true;
  for (int fd = 1; fd <= 2; fd++) {
    Value s = current_std_stream(ts, fd);
    if (s && !s.is_none()) {
      Ref hold = Ref::borrow(s);
      bool failed;
      if (type_of(ts, s) == ts->interp->types.text_file) {
        int e = F(s)->closed ? 0 : raw_flush(ts, F(s));
        failed = e != 0;
        if (failed) raise_errno(ts, e);
      } else {
        Ref r(call_method0(ts, s, "flush"));
        failed = !r;
      }
      if (failed) {
        ok = false;
        if (report && fd == 1 && err_occurred(ts)) write_unraisable(ts, s);
        err_clear(ts);
      }
    }
    Value orig = fd == 1 ? ts->interp->sys_stdout : ts->interp->sys_stderr;
    if (orig && orig != s && type_of(ts, orig) == ts->interp->types.text_file && !F(orig)->closed)
      raw_flush(ts, F(orig));
  }
  err_restore(ts, saved);
  return ok;
}

}  // namespace minipy
