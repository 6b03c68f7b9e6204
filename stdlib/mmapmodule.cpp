// stdlib/mmapmodule.cpp — the native `mmap` module: memory-mapped files and
// anonymous maps (mmap.mmap with the Unix signature: fileno, length, flags,
// prot, access, offset), with CPython 3.11's methods (read/write/seek/find/
// rfind/readline/move/flush/resize/madvise/size/tell/close), item and slice
// access, iteration (1-byte bytes, as CPython), bytes(m) through __bytes__,
// the context manager protocol and the error messages.
// Must not: touch the mapped memory after close() (every method checks it).
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

namespace {

enum Access : int { kAccessDefault = 0, kAccessRead = 1, kAccessWrite = 2, kAccessCopy = 3 };

struct MmapObject : Object {
  char* data;       // null once closed
  int64_t size;
  int64_t pos;
  int64_t offset;
  int fd;           // a dup of the file's descriptor, or -1 for anonymous maps
  int flags;
  int prot;
  int access;
  int64_t exports;  // live buffer exports (memoryview(m)): close/resize are refused meanwhile
};

MmapObject* self_of(Value v) { return v.as<MmapObject>(); }

bool check_open(ThreadState* ts, MmapObject* m) {
  if (!m->data) {
    raise(ts, Exc::ValueError, "mmap closed or invalid");
    return false;
  }
  return true;
}

bool check_writable(ThreadState* ts, MmapObject* m) {
  if (m->access == kAccessRead) {
    raise(ts, Exc::TypeError, "mmap can't modify a readonly memory map.");
    return false;
  }
  return true;
}

bool int_arg(ThreadState* ts, Value v, int64_t* out) {
  Ref i(index(ts, v));
  return i && int_as_i64(ts, i.get(), out);
}

void unmap(MmapObject* m) {
  if (m->data) munmap(m->data, size_t(m->size > 0 ? m->size : 1));
  m->data = nullptr;
  if (m->fd >= 0) ::close(m->fd);
  m->fd = -1;
}

void mmap_dealloc(Object* o) {
  unmap(static_cast<MmapObject*>(o));
  free_object(o);
}

// mmap(fileno, length, flags=MAP_SHARED, prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0)
Value mmap_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"fileno", "length", "flags", "prot", "access", "offset"};
  Value a[6];
  if (!parse_args(ts, "mmap", args, nargs, kw, kNames, 6, 0, 6, 2, a)) return Value();
  int64_t fd, length, flags = MAP_SHARED, prot = PROT_WRITE | PROT_READ, access = kAccessDefault, offset = 0;
  if (!int_arg(ts, a[0], &fd) || !int_arg(ts, a[1], &length)) return Value();
  if (a[2] && !int_arg(ts, a[2], &flags)) return Value();
  if (a[3] && !int_arg(ts, a[3], &prot)) return Value();
  if (a[4] && !int_arg(ts, a[4], &access)) return Value();
  if (a[5] && !int_arg(ts, a[5], &offset)) return Value();
  if (length < 0) return raise(ts, Exc::OverflowError, "memory mapped length must be positive");
  if (offset < 0) return raise(ts, Exc::OverflowError, "memory mapped offset must be positive");
  if (access != kAccessDefault && (flags != MAP_SHARED || prot != (PROT_WRITE | PROT_READ)))
    return raise(ts, Exc::ValueError, "mmap can't specify both access and flags, prot.");
  switch (access) {
    case kAccessRead: flags = MAP_SHARED; prot = PROT_READ; break;
    case kAccessWrite: flags = MAP_SHARED; prot = PROT_READ | PROT_WRITE; break;
    case kAccessCopy: flags = MAP_PRIVATE; prot = PROT_READ | PROT_WRITE; break;
    case kAccessDefault:
      // Like CPython: a map that is not writable behaves as ACCESS_READ.
      if ((prot & PROT_READ) && !(prot & PROT_WRITE)) access = kAccessRead;
      break;
    default: return raise(ts, Exc::ValueError, "mmap invalid access parameter.");
  }
  if (fd != -1) {
    struct stat st;
    if (fstat(int(fd), &st) == 0 && S_ISREG(st.st_mode)) {
      if (length == 0) {
        if (st.st_size == 0) return raise(ts, Exc::ValueError, "cannot mmap an empty file");
        if (offset >= st.st_size) return raise(ts, Exc::ValueError, "mmap offset is greater than file size");
        length = st.st_size - offset;
      } else if (offset > st.st_size || st.st_size - offset < length) {
        return raise(ts, Exc::ValueError, "mmap length is greater than file size");
      }
    }
  }
  int dupfd = -1;
  if (fd == -1) {
    flags |= MAP_ANONYMOUS;
  } else {
    dupfd = dup(int(fd));
    if (dupfd < 0) return raise_errno(ts, errno);
  }
  void* p = ::mmap(nullptr, size_t(length), int(prot), int(flags), dupfd, off_t(offset));
  if (p == MAP_FAILED) {
    int err = errno;
    if (dupfd >= 0) ::close(dupfd);
    return raise_errno(ts, err);
  }
  Object* o = alloc_object(ts, type);
  if (!o) {
    munmap(p, size_t(length));
    if (dupfd >= 0) ::close(dupfd);
    return Value();
  }
  auto* m = static_cast<MmapObject*>(o);
  m->data = static_cast<char*>(p);
  m->size = length;
  m->pos = 0;
  m->offset = offset;
  m->fd = dupfd;
  m->flags = int(flags);
  m->prot = int(prot);
  m->access = int(access);
  return Value::from_obj(o);
}

// ------------------------------------------------------------------ methods
bool check_no_exports(ThreadState* ts, MmapObject* m) {
  if (m->exports > 0) {
    raise(ts, Exc::BufferError, "cannot close exported pointers exist");
    return false;
  }
  return true;
}

Value mm_close(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "close", kw) || !check_nargs(ts, "close", nargs, 0, 0)) return Value();
  if (!check_no_exports(ts, self_of(self))) return Value();
  unmap(self_of(self));
  return Value::none();
}

Value mm_read(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "read", kw) || !check_nargs(ts, "read", nargs, 0, 1)) return Value();
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return Value();
  int64_t remaining = m->pos < m->size ? m->size - m->pos : 0;
  int64_t n = remaining;
  if (nargs == 1 && !args[0].is_none()) {
    if (!int_arg(ts, args[0], &n)) return Value();
    if (n < 0 || n > remaining) n = remaining;
  }
  Value r = bytes_new(ts, std::string_view(m->data + m->pos, size_t(n)));
  if (r) m->pos += n;
  return r;
}

Value mm_read_byte(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "read_byte", kw) || !check_nargs(ts, "read_byte", nargs, 0, 0)) return Value();
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return Value();
  if (m->pos >= m->size) return raise(ts, Exc::ValueError, "read byte out of range");
  return Value::small_int(static_cast<unsigned char>(m->data[m->pos++]));
}

Value mm_readline(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "readline", kw) || !check_nargs(ts, "readline", nargs, 0, 0)) return Value();
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return Value();
  int64_t start = m->pos < m->size ? m->pos : m->size;
  const char* nl = static_cast<const char*>(std::memchr(m->data + start, '\n', size_t(m->size - start)));
  int64_t end = nl ? int64_t(nl - m->data) + 1 : m->size;
  Value r = bytes_new(ts, std::string_view(m->data + start, size_t(end - start)));
  if (r) m->pos = end;
  return r;
}

Value mm_write(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "write", kw) || !check_nargs(ts, "write", nargs, 1, 1)) return Value();
  MmapObject* m = self_of(self);
  std::string_view data;
  if (!read_buffer(ts, args[0], &data)) return Value();
  if (!check_open(ts, m) || !check_writable(ts, m)) return Value();
  if (m->pos > m->size || int64_t(data.size()) > m->size - m->pos)
    return raise(ts, Exc::ValueError, "data out of range");
  std::memcpy(m->data + m->pos, data.data(), data.size());
  m->pos += int64_t(data.size());
  return int_from_i64(ts, int64_t(data.size()));
}

Value mm_write_byte(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "write_byte", kw) || !check_nargs(ts, "write_byte", nargs, 1, 1)) return Value();
  MmapObject* m = self_of(self);
  int64_t b;
  if (!int_arg(ts, args[0], &b)) return Value();
  if (b < 0 || b > 255) return raise(ts, Exc::ValueError, "byte must be in range(0, 256)");
  if (!check_open(ts, m) || !check_writable(ts, m)) return Value();
  if (m->pos >= m->size) return raise(ts, Exc::ValueError, "write byte out of range");
  m->data[m->pos++] = char(b);
  return Value::none();
}

Value mm_seek(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "seek", kw) || !check_nargs(ts, "seek", nargs, 1, 2)) return Value();
  MmapObject* m = self_of(self);
  int64_t dist, how = 0;
  if (!int_arg(ts, args[0], &dist) || (nargs > 1 && !int_arg(ts, args[1], &how))) return Value();
  if (!check_open(ts, m)) return Value();
  int64_t where;
  switch (how) {
    case 0: where = dist; break;
    case 1: where = m->pos + dist; break;
    case 2: where = m->size + dist; break;
    default: return raise(ts, Exc::ValueError, "unknown seek type");
  }
  if (where < 0 || where > m->size) return raise(ts, Exc::ValueError, "seek out of range");
  m->pos = where;
  return Value::none();
}

Value mm_tell(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "tell", kw) || !check_nargs(ts, "tell", nargs, 0, 0)) return Value();
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return Value();
  return int_from_i64(ts, m->pos);
}

Value mm_size(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "size", kw) || !check_nargs(ts, "size", nargs, 0, 0)) return Value();
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return Value();
  // Like CPython 3.11 on Unix, even an anonymous map asks fstat (and fails with EBADF).
  struct stat st;
  if (fstat(m->fd, &st) < 0) return raise_errno(ts, errno);
  return int_from_i64(ts, st.st_size);
}

// find/rfind(sub[, start[, end]]) with slice-like bounds.
Value find_impl(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw, bool reverse) {
  const char* name = reverse ? "rfind" : "find";
  if (!no_kwargs(ts, name, kw) || !check_nargs(ts, name, nargs, 1, 3)) return Value();
  MmapObject* m = self_of(self);
  std::string_view sub;
  if (!read_buffer(ts, args[0], &sub)) return Value();
  if (!check_open(ts, m)) return Value();
  int64_t start = m->pos, end = m->size;
  if (nargs > 1 && !args[1].is_none() && !int_arg(ts, args[1], &start)) return Value();
  if (nargs > 2 && !args[2].is_none() && !int_arg(ts, args[2], &end)) return Value();
  if (start < 0) start = start + m->size < 0 ? 0 : start + m->size;
  if (start > m->size) start = m->size;
  if (end < 0) end = end + m->size < 0 ? 0 : end + m->size;
  if (end > m->size) end = m->size;
  if (end - start < int64_t(sub.size())) return Value::small_int(-1);
  std::string_view hay(m->data + start, size_t(end - start));
  size_t at = reverse ? hay.rfind(sub) : hay.find(sub);
  if (at == std::string_view::npos) return Value::small_int(-1);
  return int_from_i64(ts, start + int64_t(at));
}
Value mm_find(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) { return find_impl(ts, self, a, n, kw, false); }
Value mm_rfind(ThreadState* ts, Value self, const Value* a, size_t n, TupleObject* kw) { return find_impl(ts, self, a, n, kw, true); }

Value mm_flush(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "flush", kw) || !check_nargs(ts, "flush", nargs, 0, 2)) return Value();
  MmapObject* m = self_of(self);
  int64_t offset = 0, size = m->size;
  if (nargs > 0 && !int_arg(ts, args[0], &offset)) return Value();
  if (nargs > 1 && !int_arg(ts, args[1], &size)) return Value();
  if (!check_open(ts, m)) return Value();
  if (size < 0 || offset < 0 || m->size - offset < size) return raise(ts, Exc::ValueError, "flush values out of range");
  if (m->access == kAccessRead || m->access == kAccessCopy) return Value::none();
  int rc;
  {
    GilRelease unlocked(ts);
    rc = msync(m->data + offset, size_t(size), MS_SYNC);
  }
  if (rc < 0) return raise_errno(ts, errno);
  return Value::none();
}

Value mm_move(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "move", kw) || !check_nargs(ts, "move", nargs, 3, 3)) return Value();
  MmapObject* m = self_of(self);
  int64_t dest, src, cnt;
  if (!int_arg(ts, args[0], &dest) || !int_arg(ts, args[1], &src) || !int_arg(ts, args[2], &cnt)) return Value();
  if (!check_open(ts, m) || !check_writable(ts, m)) return Value();
  if (dest < 0 || src < 0 || cnt < 0 || m->size - dest < cnt || m->size - src < cnt)
    return raise(ts, Exc::ValueError, "source, destination, or count out of range");
  std::memmove(m->data + dest, m->data + src, size_t(cnt));
  return Value::none();
}

Value mm_resize(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "resize", kw) || !check_nargs(ts, "resize", nargs, 1, 1)) return Value();
  MmapObject* m = self_of(self);
  int64_t newsize;
  if (!int_arg(ts, args[0], &newsize)) return Value();
  if (!check_open(ts, m)) return Value();
  if (m->exports > 0) return raise(ts, Exc::BufferError, "mmap can't resize with extant buffers exported.");
  if (m->access == kAccessRead || m->access == kAccessCopy)
    return raise(ts, Exc::TypeError, "mmap can't resize a readonly or copy-on-write memory map.");
  if (newsize < 0 || INT64_MAX - newsize < m->offset) return raise(ts, Exc::ValueError, "new size out of range");
  if (ftruncate(m->fd, off_t(m->offset + newsize)) < 0) return raise_errno(ts, errno);
  void* p = mremap(m->data, size_t(m->size), size_t(newsize), MREMAP_MAYMOVE);
  if (p == MAP_FAILED) return raise_errno(ts, errno);
  m->data = static_cast<char*>(p);
  m->size = newsize;
  if (m->pos > newsize) m->pos = newsize;
  return Value::none();
}

Value mm_madvise(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "madvise", kw) || !check_nargs(ts, "madvise", nargs, 1, 3)) return Value();
  MmapObject* m = self_of(self);
  int64_t option, start = 0, length;
  if (!int_arg(ts, args[0], &option)) return Value();
  if (nargs > 1 && !int_arg(ts, args[1], &start)) return Value();
  if (!check_open(ts, m)) return Value();
  length = m->size - start;
  if (nargs > 2 && !int_arg(ts, args[2], &length)) return Value();
  if (start < 0 || start >= m->size) return raise(ts, Exc::ValueError, "madvise start out of bounds");
  if (length < 0) return raise(ts, Exc::ValueError, "madvise length invalid");
  if (length > m->size - start) length = m->size - start;
  if (madvise(m->data + start, size_t(length), int(option)) < 0) return raise_errno(ts, errno);
  return Value::none();
}

Value mm_bytes(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return Value();
  return bytes_new(ts, std::string_view(m->data, size_t(m->size)));
}

Value mm_enter(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_open(ts, self_of(self))) return Value();
  return newref(self);
}

Value mm_exit(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!check_no_exports(ts, self_of(self))) return Value();
  unmap(self_of(self));
  return Value::none();
}

bool mm_getbuffer(ThreadState* ts, Value self, BufferView* out, int) {
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return false;
  out->buf = m->data;
  out->len = m->size;
  out->readonly = m->access == kAccessRead;
  out->owner = newref(self);
  m->exports++;
  return true;
}

void mm_releasebuffer(ThreadState*, Value self, BufferView*) { self_of(self)->exports--; }

Value mm_get_closed(ThreadState* ts, Value self) { return Value::boolean(self_of(self)->data == nullptr); }

const char* access_name(int access) {
  switch (access) {
    case kAccessRead: return "ACCESS_READ";
    case kAccessWrite: return "ACCESS_WRITE";
    case kAccessCopy: return "ACCESS_COPY";
    default: return "ACCESS_DEFAULT";
  }
}

Value mm_repr(ThreadState* ts, Value self) {
  MmapObject* m = self_of(self);
  const char* tname = type_name(ts, self);
  std::string prefix = std::string(tname) == "mmap" ? "mmap.mmap" : tname;
  if (!m->data) return str_new(ts, "<" + prefix + " closed=True>");
  return str_new(ts, strf("<%s closed=False, access=%s, length=%lld, pos=%lld, offset=%lld>", prefix.c_str(),
                          access_name(m->access), (long long)m->size, (long long)m->pos, (long long)m->offset));
}

// ------------------------------------------------------------------ sequence protocol
bool mm_len(ThreadState* ts, Value self, int64_t* out) {
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return false;
  *out = m->size;
  return true;
}

Value mm_getitem(ThreadState* ts, Value self, Value key) {
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return Value();
  if (type_of(ts, key) == ts->interp->types.slice) {
    int64_t start, stop, step, len;
    if (!slice_indices(ts, key.as<SliceObject>(), m->size, &start, &stop, &step, &len)) return Value();
    if (step == 1) return bytes_new(ts, std::string_view(m->data + start, size_t(len)));
    std::string out;
    out.reserve(size_t(len));
    for (int64_t i = 0, p = start; i < len; ++i, p += step) out.push_back(m->data[p]);
    return bytes_new(ts, out);
  }
  Ref idx(index(ts, key));
  if (!idx) {
    if (err_matches(ts, Exc::TypeError)) {
      err_clear(ts);
      return raise(ts, Exc::TypeError, "mmap indices must be integers");
    }
    return Value();
  }
  int64_t i;
  if (!int_as_i64(ts, idx.get(), &i)) return Value();
  if (i < 0) i += m->size;
  if (i < 0 || i >= m->size) return raise(ts, Exc::IndexError, "mmap index out of range");
  return Value::small_int(static_cast<unsigned char>(m->data[i]));
}

bool mm_setitem(ThreadState* ts, Value self, Value key, Value v) {
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return false;
  if (!v) {
    raise(ts, Exc::TypeError, "mmap doesn't support item deletion");
    return false;
  }
  if (!check_writable(ts, m)) return false;
  if (type_of(ts, key) == ts->interp->types.slice) {
    int64_t start, stop, step, len;
    if (!slice_indices(ts, key.as<SliceObject>(), m->size, &start, &stop, &step, &len)) return false;
    std::string_view data;
    if (!read_buffer(ts, v, &data)) return false;
    if (int64_t(data.size()) != len) {
      raise(ts, Exc::IndexError, "mmap slice assignment is wrong size");
      return false;
    }
    for (int64_t i = 0, p = start; i < len; ++i, p += step) m->data[p] = data[size_t(i)];
    return true;
  }
  Ref idx(index(ts, key));
  if (!idx) {
    if (err_matches(ts, Exc::TypeError)) {
      err_clear(ts);
      raise(ts, Exc::TypeError, "mmap indices must be integer");
    }
    return false;
  }
  int64_t i, b;
  if (!int_as_i64(ts, idx.get(), &i)) return false;
  if (i < 0) i += m->size;
  if (i < 0 || i >= m->size) {
    raise(ts, Exc::IndexError, "mmap index out of range");
    return false;
  }
  Ref bv(index(ts, v));
  if (!bv || !int_as_i64(ts, bv.get(), &b)) return false;
  if (b < 0 || b > 255) {
    raise(ts, Exc::ValueError, "mmap item value must be in range(0, 256)");
    return false;
  }
  m->data[i] = char(b);
  return true;
}

// Iteration (and `in`) go through the old sequence protocol: 1-byte bytes objects.
Value mm_iter(ThreadState* ts, Value self) {
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return Value();
  ListObject* l = list_new(ts, m->size);
  if (!l) return Value();
  Ref hold(Value::from_obj(l));
  for (int64_t i = 0; i < m->size; ++i) {
    l->items[i] = bytes_new(ts, std::string_view(m->data + i, 1));
    if (!l->items[i]) return Value();
  }
  return get_iter(ts, hold.get());
}

int mm_contains(ThreadState* ts, Value self, Value item) {
  MmapObject* m = self_of(self);
  if (!check_open(ts, m)) return -1;
  std::string_view sub;
  if (!is_bytes(ts, item) || !bytes_like_view(ts, item, &sub)) return 0;
  if (sub.size() != 1) return 0;
  return std::memchr(m->data, sub[0], size_t(m->size)) != nullptr;
}

const MethodDef kMmapMethods[] = {
    {"close", mm_close}, {"find", mm_find}, {"rfind", mm_rfind}, {"flush", mm_flush},
    {"madvise", mm_madvise}, {"move", mm_move}, {"read", mm_read}, {"read_byte", mm_read_byte},
    {"readline", mm_readline}, {"resize", mm_resize}, {"seek", mm_seek}, {"size", mm_size},
    {"tell", mm_tell}, {"write", mm_write}, {"write_byte", mm_write_byte}, {"__bytes__", mm_bytes},
    {"__enter__", mm_enter}, {"__exit__", mm_exit}, {nullptr, nullptr},
};

const GetSetDef kMmapGetsets[] = {
    {"closed", mm_get_closed},
    {nullptr, nullptr},
};

const TypeSpec kMmapSpec = {
    .name = "mmap.mmap",
    .basicsize = sizeof(MmapObject),
    .flags = kTypeBaseType,
    .slots = {.dealloc = mmap_dealloc, .repr = mm_repr, .iter = mm_iter, .new_ = mmap_new, .len = mm_len,
              .getitem = mm_getitem, .setitem = mm_setitem, .contains = mm_contains,
              .getbuffer = mm_getbuffer, .releasebuffer = mm_releasebuffer},
    .methods = kMmapMethods,
    .getsets = kMmapGetsets,
    .doc = "Windows: mmap(fileno, length[, tagname[, access[, offset]]])\n\nMaps length bytes from the file "
           "specified by the file handle fileno,\nand returns a mmap object.  If length is larger than the "
           "current size\nof the file, the file is extended to contain length bytes.  If length\nis 0, the maximum "
           "length of the map is the current size of the file,\nexcept that if the file is empty Windows raises "
           "an exception (you cannot\ncreate an empty mapping on Windows).\n\nUnix: mmap(fileno, length[, flags[, "
           "prot[, access[, offset]]]])\n\nMaps length bytes from the file specified by the file descriptor "
           "fileno,\nand returns a mmap object.  If length is 0, the maximum length of the map\nwill be the "
           "current size of the file when mmap is called.\nflags specifies the nature of the mapping. MAP_PRIVATE "
           "creates a\nprivate copy-on-write mapping, so changes to the contents of the mmap\nobject will be "
           "private to this process, and MAP_SHARED creates a mapping\nthat's shared with all other processes "
           "mapping the same areas of the file.\nThe default value is MAP_SHARED.\n\nTo map anonymous memory, "
           "pass -1 as the fileno (both versions).",
};

struct IntConst {
  const char* name;
  long value;
};
const IntConst kConstants[] = {
    {"ACCESS_DEFAULT", kAccessDefault}, {"ACCESS_READ", kAccessRead}, {"ACCESS_WRITE", kAccessWrite},
    {"ACCESS_COPY", kAccessCopy}, {"MAP_SHARED", MAP_SHARED}, {"MAP_PRIVATE", MAP_PRIVATE},
    {"MAP_ANON", MAP_ANONYMOUS}, {"MAP_ANONYMOUS", MAP_ANONYMOUS}, {"MAP_DENYWRITE", MAP_DENYWRITE},
    {"MAP_EXECUTABLE", MAP_EXECUTABLE}, {"MAP_POPULATE", MAP_POPULATE}, {"MAP_STACK", MAP_STACK},
    {"PROT_READ", PROT_READ}, {"PROT_WRITE", PROT_WRITE}, {"PROT_EXEC", PROT_EXEC},
    {"MADV_NORMAL", MADV_NORMAL}, {"MADV_RANDOM", MADV_RANDOM}, {"MADV_SEQUENTIAL", MADV_SEQUENTIAL},
    {"MADV_WILLNEED", MADV_WILLNEED}, {"MADV_DONTNEED", MADV_DONTNEED}, {"MADV_FREE", MADV_FREE},
    {"MADV_REMOVE", MADV_REMOVE}, {"MADV_DONTFORK", MADV_DONTFORK}, {"MADV_DOFORK", MADV_DOFORK},
    {"MADV_HWPOISON", MADV_HWPOISON}, {"MADV_MERGEABLE", MADV_MERGEABLE},
    {"MADV_UNMERGEABLE", MADV_UNMERGEABLE}, {"MADV_HUGEPAGE", MADV_HUGEPAGE},
    {"MADV_NOHUGEPAGE", MADV_NOHUGEPAGE}, {"MADV_DONTDUMP", MADV_DONTDUMP}, {"MADV_DODUMP", MADV_DODUMP},
};

bool mmap_init(ThreadState* ts, ModuleObject* m) {
  for (const IntConst& c : kConstants) {
    Ref v(int_from_i64(ts, c.value));
    if (!v || !module_add(ts, m, c.name, v.get())) return false;
  }
  long page = sysconf(_SC_PAGESIZE);
  if (!module_add(ts, m, "PAGESIZE", Value::small_int(page)) ||
      !module_add(ts, m, "ALLOCATIONGRANULARITY", Value::small_int(page)))
    return false;
  TypeObject* t = type_from_spec(ts, &kMmapSpec, ts->interp->types.object_);
  if (!t) return false;
  // The creation reference is kept for the interpreter's lifetime (instances of
  // built-in types do not own their type).
  return module_add(ts, m, "mmap", Value::from_obj(t)) &&
         module_add(ts, m, "error", Value::from_obj(exc_type(ts, Exc::OSError)));
}

}  // namespace

const ModuleDef mmap_module_def = {
    .name = "mmap",
    .doc = nullptr,
    .methods = nullptr,
    .init = mmap_init,
};

}  // namespace minipy
