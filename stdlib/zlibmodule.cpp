// stdlib/zlibmodule.cpp — the native `zlib` module over the system zlib:
// compress/decompress (with wbits for zlib, raw and gzip streams),
// compressobj/decompressobj stream objects, crc32/adler32, zlib.error and the
// Z_* constants. Same library as CPython's build, so the bytes match.
// Must not: release the GIL around zlib calls (objects are touched throughout).
#include <zlib.h>

#include <cstring>
#include <string>

#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

namespace {

constexpr int64_t kDefBufSize = 16384;

Value zlib_error(ThreadState* ts, const z_stream& zs, int err, const char* what) {
  const char* zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : zs.msg;
  if (!zmsg) {
    switch (err) {
      case Z_BUF_ERROR: zmsg = "incomplete or truncated stream"; break;
      case Z_STREAM_ERROR: zmsg = "inconsistent stream state"; break;
      case Z_DATA_ERROR: zmsg = "invalid input data"; break;
      default: break;
    }
  }
  std::string msg = zmsg ? strf("Error %d %s: %.200s", err, what, zmsg) : strf("Error %d %s", err, what);
  return raise_module_error(ts, "zlib", "error", Exc::Exception, msg);
}

Value zlib_error_text(ThreadState* ts, std::string_view msg) {
  return raise_module_error(ts, "zlib", "error", Exc::Exception, msg);
}

bool int_arg(ThreadState* ts, Value v, int64_t dflt, int64_t* out) {
  if (!v) { *out = dflt; return true; }
  if (!is_int(ts, v)) {
    raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, v));
    return false;
  }
  return int_as_i64(ts, v, out);
}

// Run deflate over `in` with `flush`, appending to *out. Returns the zlib code.
int deflate_all(z_stream* zs, std::string_view in, int flush, std::string* out) {
  zs->next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs->avail_in = uInt(in.size());
  int err;
  do {
    size_t old = out->size();
    size_t room = std::max<size_t>(kDefBufSize, in.size() / 2 + 64);
    out->resize(old + room);
    zs->next_out = reinterpret_cast<Bytef*>(out->data() + old);
    zs->avail_out = uInt(room);
    err = deflate(zs, flush);
    out->resize(old + (room - zs->avail_out));
    if (err == Z_STREAM_ERROR) return err;
  } while (zs->avail_out == 0 || zs->avail_in != 0);
  return err;
}

// ---------------------------------------------------------------- one-shot functions

#define METH(name) Value name(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw)

METH(m_compress) {
  static constexpr const char* kNames[] = {"data", "level", "wbits"};
  Value a[3] = {};
  if (!parse_args(ts, "compress", args, nargs, kw, kNames, 3, 1, 3, 1, a)) return Value();
  std::string_view data;
  if (!read_buffer(ts, a[0], &data)) return Value();
  int64_t level, wbits;
  if (!int_arg(ts, a[1], Z_DEFAULT_COMPRESSION, &level) || !int_arg(ts, a[2], MAX_WBITS, &wbits)) return Value();
  z_stream zs;
  memset(&zs, 0, sizeof zs);
  int err = deflateInit2(&zs, int(level), Z_DEFLATED, int(wbits), 8, Z_DEFAULT_STRATEGY);
  if (err == Z_MEM_ERROR) return raise(ts, Exc::MemoryError, "Out of memory while compressing data");
  if (err == Z_STREAM_ERROR) return zlib_error_text(ts, "Bad compression level");
  if (err != Z_OK) {
    deflateEnd(&zs);
    return zlib_error(ts, zs, err, "while compressing data");
  }
  std::string out;
  err = deflate_all(&zs, data, Z_FINISH, &out);
  if (err != Z_STREAM_END) {
    Value r = zlib_error(ts, zs, err, "while compressing data");
    deflateEnd(&zs);
    return r;
  }
  deflateEnd(&zs);
  return bytes_new(ts, out);
}

METH(m_decompress) {
  static constexpr const char* kNames[] = {"data", "wbits", "bufsize"};
  Value a[3] = {};
  if (!parse_args(ts, "decompress", args, nargs, kw, kNames, 3, 1, 3, 1, a)) return Value();
  std::string_view data;
  if (!read_buffer(ts, a[0], &data)) return Value();
  int64_t wbits, bufsize;
  if (!int_arg(ts, a[1], MAX_WBITS, &wbits) || !int_arg(ts, a[2], kDefBufSize, &bufsize)) return Value();
  if (bufsize < 0) return raise(ts, Exc::ValueError, "bufsize must be non-negative");
  if (bufsize == 0) bufsize = 1;
  z_stream zs;
  memset(&zs, 0, sizeof zs);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = uInt(data.size());
  int err = inflateInit2(&zs, int(wbits));
  if (err == Z_MEM_ERROR) return raise(ts, Exc::MemoryError, "Out of memory while decompressing data");
  if (err != Z_OK) {
    inflateEnd(&zs);
    return zlib_error(ts, zs, err, "while preparing to decompress data");
  }
  std::string out;
  size_t chunk = size_t(bufsize);
  do {
    size_t old = out.size();
    out.resize(old + chunk);
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    zs.avail_out = uInt(chunk);
    err = inflate(&zs, Z_NO_FLUSH);
    out.resize(old + (chunk - zs.avail_out));
    if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
      if (err == Z_MEM_ERROR) {
        inflateEnd(&zs);
        return raise(ts, Exc::MemoryError, "Out of memory while decompressing data");
      }
      Value r = zlib_error(ts, zs, err, "while decompressing data");
      inflateEnd(&zs);
      return r;
    }
    if (chunk < (size_t(1) << 24)) chunk *= 2;
  } while (err != Z_STREAM_END && (zs.avail_out == 0 || (zs.avail_in != 0 && err != Z_BUF_ERROR)));
  if (err != Z_STREAM_END) {
    Value r = zlib_error(ts, zs, Z_BUF_ERROR, "while decompressing data");
    inflateEnd(&zs);
    return r;
  }
  inflateEnd(&zs);
  return bytes_new(ts, out);
}

bool u32_arg(ThreadState* ts, Value v, uint32_t* out) {
  if (!is_int(ts, v)) {
    raisef(ts, Exc::TypeError, "'%s' object cannot be interpreted as an integer", type_name(ts, v));
    return false;
  }
  Ref m(int_binary(ts, v, Value::small_int(0xffffffffLL), BinOp::And));
  if (!m) return false;
  int64_t x;
  if (!int_as_i64(ts, m.get(), &x)) return false;
  *out = uint32_t(x);
  return true;
}

template <uLong (*Fn)(uLong, const Bytef*, uInt)>
Value checksum(ThreadState* ts, const char* name, const Value* args, size_t nargs, TupleObject* kw, uint32_t start) {
  if (!no_kwargs(ts, name, kw) || !check_nargs(ts, name, nargs, 1, 2)) return Value();
  std::string_view data;
  if (!read_buffer(ts, args[0], &data)) return Value();
  uint32_t v = start;
  if (nargs > 1 && !u32_arg(ts, args[1], &v)) return Value();
  uLong c = v;
  size_t off = 0;
  while (off < data.size()) {
    size_t n = std::min<size_t>(data.size() - off, 1u << 30);
    c = Fn(c, reinterpret_cast<const Bytef*>(data.data() + off), uInt(n));
    off += n;
  }
  return int_from_u64(ts, uint64_t(uint32_t(c)));
}

uLong crc32_fn(uLong c, const Bytef* p, uInt n) { return ::crc32(c, p, n); }
uLong adler32_fn(uLong c, const Bytef* p, uInt n) { return ::adler32(c, p, n); }

METH(m_crc32) { return checksum<crc32_fn>(ts, "crc32", args, nargs, kw, 0); }
METH(m_adler32) { return checksum<adler32_fn>(ts, "adler32", args, nargs, kw, 1); }

// ---------------------------------------------------------------- stream objects

struct ZStreamObject : Object {
  z_stream zs;
  bool initialised;
  bool deflating;       // Compress (deflate) or Decompress (inflate)
  bool eof;             // Decompress: end of stream reached
  Value unused_data;    // Decompress: bytes after the end of the stream
  Value unconsumed_tail;// Decompress: input not yet processed (max_length)
  Value zdict;          // Decompress: the preset dictionary or null
};

ZStreamObject* Z(Value v) { return v.as<ZStreamObject>(); }

void z_dealloc(Object* o) {
  auto* z = static_cast<ZStreamObject*>(o);
  if (z->initialised) {
    if (z->deflating) deflateEnd(&z->zs);
    else inflateEnd(&z->zs);
  }
  decref(z->unused_data);
  decref(z->unconsumed_tail);
  decref(z->zdict);
  free_object(o);
}

Value compress_no_new(ThreadState* ts, TypeObject*, const Value*, size_t, TupleObject*) {
  return raise(ts, Exc::TypeError, "cannot create 'zlib.Compress' instances");
}
Value decompress_no_new(ThreadState* ts, TypeObject*, const Value*, size_t, TupleObject*) {
  return raise(ts, Exc::TypeError, "cannot create 'zlib.Decompress' instances");
}

Value new_stream(ThreadState* ts, const char* type_attr) {
  Value t = module_attr(ts, "zlib", type_attr);
  if (!t || !t.is_obj()) return raise(ts, Exc::SystemError, "zlib stream type missing");
  Object* o = alloc_object(ts, t.as<TypeObject>());
  return o ? Value::from_obj(o) : Value();
}

METH(m_compressobj) {
  static constexpr const char* kNames[] = {"level", "method", "wbits", "memLevel", "strategy", "zdict"};
  Value a[6] = {};
  if (!parse_args(ts, "compressobj", args, nargs, kw, kNames, 6, 0, 6, 0, a)) return Value();
  int64_t level, method, wbits, memlevel, strategy;
  if (!int_arg(ts, a[0], Z_DEFAULT_COMPRESSION, &level) || !int_arg(ts, a[1], Z_DEFLATED, &method) ||
      !int_arg(ts, a[2], MAX_WBITS, &wbits) || !int_arg(ts, a[3], 8, &memlevel) ||
      !int_arg(ts, a[4], Z_DEFAULT_STRATEGY, &strategy))
    return Value();
  std::string_view zdict;
  bool have_zdict = a[5] && !a[5].is_none();
  if (have_zdict && !read_buffer(ts, a[5], &zdict)) {
    err_clear(ts);
    return raise(ts, Exc::TypeError, "zdict argument must support the buffer protocol");
  }
  Ref obj(new_stream(ts, "_Compress"));
  if (!obj) return Value();
  ZStreamObject* z = Z(obj.get());
  z->deflating = true;
  int err = deflateInit2(&z->zs, int(level), int(method), int(wbits), int(memlevel), int(strategy));
  if (err == Z_MEM_ERROR) return raise(ts, Exc::MemoryError, "Can't allocate memory for compression object");
  if (err == Z_STREAM_ERROR) return raise(ts, Exc::ValueError, "Invalid initialization option");
  if (err != Z_OK) return zlib_error(ts, z->zs, err, "while creating compression object");
  z->initialised = true;
  if (have_zdict) {
    err = deflateSetDictionary(&z->zs, reinterpret_cast<const Bytef*>(zdict.data()), uInt(zdict.size()));
    if (err != Z_OK) return raise(ts, Exc::ValueError, "Invalid dictionary");
  }
  return obj.release();
}

METH(c_compress) {
  if (!no_kwargs(ts, "compress", kw) || !check_nargs(ts, "compress", nargs, 1, 1)) return Value();
  std::string_view data;
  if (!read_buffer(ts, args[0], &data)) return Value();
  ZStreamObject* z = Z(self);
  std::string out;
  int err = z->initialised ? deflate_all(&z->zs, data, Z_NO_FLUSH, &out) : Z_STREAM_ERROR;
  if (err != Z_OK && err != Z_BUF_ERROR) return zlib_error(ts, z->zs, err, "while compressing data");
  return bytes_new(ts, out);
}

METH(c_flush) {
  static constexpr const char* kNames[] = {"mode"};
  Value a[1] = {};
  if (!parse_args(ts, "flush", args, nargs, kw, kNames, 1, 1, 1, 0, a)) return Value();
  int64_t mode;
  if (!int_arg(ts, a[0], Z_FINISH, &mode)) return Value();
  if (mode == Z_NO_FLUSH) return bytes_new(ts, "");
  ZStreamObject* z = Z(self);
  std::string out;
  int err = z->initialised ? deflate_all(&z->zs, std::string_view(), int(mode), &out) : Z_STREAM_ERROR;
  if (err == Z_STREAM_END && mode == Z_FINISH) {
    deflateEnd(&z->zs);
    z->initialised = false;
  } else if (err != Z_OK && err != Z_BUF_ERROR) {
    return zlib_error(ts, z->zs, err, "while flushing");
  }
  return bytes_new(ts, out);
}

METH(c_copy) {
  if (!check_nargs(ts, "copy", nargs, 0, 0)) return Value();
  ZStreamObject* z = Z(self);
  if (!z->initialised) return raise(ts, Exc::ValueError, "Inconsistent stream state");
  Ref obj(new_stream(ts, "_Compress"));
  if (!obj) return Value();
  ZStreamObject* c = Z(obj.get());
  c->deflating = true;
  int err = deflateCopy(&c->zs, &z->zs);
  if (err != Z_OK) return zlib_error(ts, z->zs, err, "while copying compression object");
  c->initialised = true;
  return obj.release();
}

METH(m_decompressobj) {
  static constexpr const char* kNames[] = {"wbits", "zdict"};
  Value a[2] = {};
  if (!parse_args(ts, "decompressobj", args, nargs, kw, kNames, 2, 0, 2, 0, a)) return Value();
  int64_t wbits;
  if (!int_arg(ts, a[0], MAX_WBITS, &wbits)) return Value();
  std::string_view zdict;
  if (a[1]) {
    if (!read_buffer(ts, a[1], &zdict)) {
      err_clear(ts);
      return raise(ts, Exc::TypeError, "zdict argument must support the buffer protocol");
    }
  }
  Ref obj(new_stream(ts, "_Decompress"));
  if (!obj) return Value();
  ZStreamObject* z = Z(obj.get());
  z->unused_data = bytes_new(ts, "");
  z->unconsumed_tail = bytes_new(ts, "");
  if (!z->unused_data || !z->unconsumed_tail) return Value();
  if (a[1]) z->zdict = newref(a[1]);
  int err = inflateInit2(&z->zs, int(wbits));
  if (err == Z_MEM_ERROR) return raise(ts, Exc::MemoryError, "Can't allocate memory for decompression object");
  if (err == Z_STREAM_ERROR) return raise(ts, Exc::ValueError, "Invalid initialization option");
  if (err != Z_OK) return zlib_error(ts, z->zs, err, "while creating decompression object");
  z->initialised = true;
  if (z->zdict && wbits < 0) {
    err = inflateSetDictionary(&z->zs, reinterpret_cast<const Bytef*>(zdict.data()), uInt(zdict.size()));
    if (err != Z_OK) return zlib_error(ts, z->zs, err, "while setting zdict");
  }
  return obj.release();
}

// Inflate `data` (at most max_length bytes of output when > 0) with `flush`.
Value decompress_stream(ThreadState* ts, ZStreamObject* z, std::string_view data, int64_t max_length, int flush) {
  if (!z->initialised) return zlib_error(ts, z->zs, Z_STREAM_ERROR, "while decompressing data");
  z->zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z->zs.avail_in = uInt(data.size());
  std::string out;
  int err = Z_OK;
  size_t chunk = kDefBufSize;
  for (;;) {
    size_t room = chunk;
    if (max_length > 0) {
      if (int64_t(out.size()) >= max_length) break;
      room = std::min<size_t>(room, size_t(max_length) - out.size());
    }
    size_t old = out.size();
    out.resize(old + room);
    z->zs.next_out = reinterpret_cast<Bytef*>(out.data() + old);
    z->zs.avail_out = uInt(room);
    err = inflate(&z->zs, flush);
    out.resize(old + (room - z->zs.avail_out));
    if (err == Z_NEED_DICT && z->zdict) {
      std::string_view zd;
      if (!read_buffer(ts, z->zdict, &zd)) return Value();
      err = inflateSetDictionary(&z->zs, reinterpret_cast<const Bytef*>(zd.data()), uInt(zd.size()));
      if (err != Z_OK) return zlib_error(ts, z->zs, err, "while setting zdict");
      continue;
    }
    if (err != Z_OK && err != Z_BUF_ERROR) break;
    if (z->zs.avail_out != 0) break;  // all input consumed (or output limit reached next round)
    if (chunk < (size_t(1) << 24)) chunk *= 2;
  }
  // Keep what was not consumed.
  std::string_view rest(reinterpret_cast<const char*>(z->zs.next_in), z->zs.avail_in);
  if (err == Z_STREAM_END) {
    if (!rest.empty()) {
      std::string u(z->unused_data.as<BytesObject>()->view());
      u += rest;
      Value nu = bytes_new(ts, u);
      if (!nu) return Value();
      decref(z->unused_data);
      z->unused_data = nu;
    }
    rest = std::string_view();
    z->eof = true;
  }
  Value tail = bytes_new(ts, rest);
  if (!tail) return Value();
  decref(z->unconsumed_tail);
  z->unconsumed_tail = tail;
  if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
    return zlib_error(ts, z->zs, err, "while decompressing data");
  }
  return bytes_new(ts, out);
}

METH(d_decompress) {
  static constexpr const char* kNames[] = {"data", "max_length"};
  Value a[2] = {};
  if (!parse_args(ts, "decompress", args, nargs, kw, kNames, 2, 1, 2, 1, a)) return Value();
  std::string_view data;
  if (!read_buffer(ts, a[0], &data)) return Value();
  int64_t max_length;
  if (!int_arg(ts, a[1], 0, &max_length)) return Value();
  if (max_length < 0) return raise(ts, Exc::ValueError, "max_length must be non-negative");
  ZStreamObject* z = Z(self);
  if (z->eof) {
    // After the end of the stream everything is unused data.
    std::string u(z->unused_data.as<BytesObject>()->view());
    u += data;
    Value nu = bytes_new(ts, u);
    if (!nu) return Value();
    decref(z->unused_data);
    z->unused_data = nu;
    return bytes_new(ts, "");
  }
  return decompress_stream(ts, z, data, max_length, Z_SYNC_FLUSH);
}

METH(d_flush) {
  static constexpr const char* kNames[] = {"length"};
  Value a[1] = {};
  if (!parse_args(ts, "flush", args, nargs, kw, kNames, 1, 1, 1, 0, a)) return Value();
  int64_t length;
  if (!int_arg(ts, a[0], kDefBufSize, &length)) return Value();
  if (length <= 0) return raise(ts, Exc::ValueError, "length must be greater than zero");
  ZStreamObject* z = Z(self);
  if (z->eof) return bytes_new(ts, "");
  Ref tail = Ref::borrow(z->unconsumed_tail);
  Value r = decompress_stream(ts, z, tail.as<BytesObject>()->view(), 0, Z_FINISH);
  if (!r) return Value();
  return r;
}

METH(d_copy) {
  if (!check_nargs(ts, "copy", nargs, 0, 0)) return Value();
  ZStreamObject* z = Z(self);
  if (!z->initialised) return raise(ts, Exc::ValueError, "Inconsistent stream state");
  Ref obj(new_stream(ts, "_Decompress"));
  if (!obj) return Value();
  ZStreamObject* c = Z(obj.get());
  int err = inflateCopy(&c->zs, &z->zs);
  if (err != Z_OK) return zlib_error(ts, z->zs, err, "while copying decompression object");
  c->initialised = true;
  c->eof = z->eof;
  c->unused_data = newref(z->unused_data);
  c->unconsumed_tail = newref(z->unconsumed_tail);
  if (z->zdict) c->zdict = newref(z->zdict);
  return obj.release();
}

Value d_get_unused(ThreadState*, Value self) { return newref(Z(self)->unused_data); }
Value d_get_tail(ThreadState*, Value self) { return newref(Z(self)->unconsumed_tail); }
Value d_get_eof(ThreadState*, Value self) { return Value::boolean(Z(self)->eof); }

#undef METH

const MethodDef kCompressMethods[] = {
    {"compress", c_compress},
    {"flush", c_flush},
    {"copy", c_copy},
    {"__copy__", c_copy},
    {nullptr, nullptr},
};

const MethodDef kDecompressMethods[] = {
    {"decompress", d_decompress},
    {"flush", d_flush},
    {"copy", d_copy},
    {"__copy__", d_copy},
    {nullptr, nullptr},
};

const GetSetDef kDecompressGetSets[] = {
    {"unused_data", d_get_unused},
    {"unconsumed_tail", d_get_tail},
    {"eof", d_get_eof},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec zlib_compress_type_spec = {
    .name = "zlib.Compress",
    .basicsize = sizeof(ZStreamObject),
    .flags = 0,
    .slots = {.dealloc = z_dealloc, .new_ = compress_no_new},
    .methods = kCompressMethods,
};

const TypeSpec zlib_decompress_type_spec = {
    .name = "zlib.Decompress",
    .basicsize = sizeof(ZStreamObject),
    .flags = 0,
    .slots = {.dealloc = z_dealloc, .new_ = decompress_no_new},
    .methods = kDecompressMethods,
    .getsets = kDecompressGetSets,
};

namespace {

const MethodDef kModuleMethods[] = {
    {"adler32", m_adler32},
    {"compress", m_compress},
    {"compressobj", m_compressobj},
    {"crc32", m_crc32},
    {"decompress", m_decompress},
    {"decompressobj", m_decompressobj},
    {nullptr, nullptr},
};

bool zlib_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* ct = type_from_spec(ts, &zlib_compress_type_spec, ts->interp->types.object_);
  TypeObject* dt = type_from_spec(ts, &zlib_decompress_type_spec, ts->interp->types.object_);
  if (!ct || !dt) return false;
  Ref err(make_exception_class(ts, "zlib", "error", exc_type(ts, Exc::Exception)));
  if (!err) return false;
  if (!module_add(ts, m, "_Compress", Value::from_obj(ct)) || !module_add(ts, m, "_Decompress", Value::from_obj(dt)) ||
      !module_add(ts, m, "error", err.get()))
    return false;
  struct { const char* name; int64_t v; } consts[] = {
      {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", kDefBufSize},
      {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
      {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION}, {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
      {"Z_FILTERED", Z_FILTERED}, {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
      {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH}, {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
      {"Z_SYNC_FLUSH", Z_SYNC_FLUSH}, {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
      {"Z_TREES", Z_TREES},
  };
  for (auto& c : consts)
    if (!module_add(ts, m, c.name, Value::small_int(c.v))) return false;
  Ref v1(str_new(ts, ZLIB_VERSION));
  Ref v2(str_from_cstr(ts, zlibVersion()));
  return v1 && v2 && module_add(ts, m, "ZLIB_VERSION", v1.get()) && module_add(ts, m, "ZLIB_RUNTIME_VERSION", v2.get());
}

}  // namespace

const ModuleDef zlib_module_def = {
    .name = "zlib",
    .doc = "The functions in this module allow compression and decompression using the\nzlib library.",
    .methods = kModuleMethods,
    .init = zlib_init,
};

}  // namespace minipy
