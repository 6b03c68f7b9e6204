// stdlib/hashlib_native.cpp — the native `_hashlib` module that hashlib.py
// wraps: the HASH / HASHXOF objects (update/digest/hexdigest/copy, name,
// digest_size, block_size), the openssl_* constructors (named like CPython's
// OpenSSL build), the blake2b/blake2s classes, new(), pbkdf2_hmac() and
// compare_digest(). The algorithms themselves live in hash_algos.cpp.
// Must not: implement hmac (hmac.py does, over these objects).
#include <cstring>

#include "stdlib/hash_algos.h"
#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

using hashing::Algo;
using hashing::HashState;

namespace {

struct HashObject : Object {
  HashState st;
};

HashObject* H(Value v) { return v.as<HashObject>(); }

bool is_xof(Algo a) { return a == Algo::SHAKE128 || a == Algo::SHAKE256; }
bool is_blake(Algo a) { return a == Algo::BLAKE2B || a == Algo::BLAKE2S; }

// Bytes to hash: any buffer; str gets CPython's hint.
bool hash_data(ThreadState* ts, Value v, std::string_view* out) {
  if (is_str(ts, v)) {
    raise(ts, Exc::TypeError, "Strings must be encoded before hashing");
    return false;
  }
  if (!read_buffer(ts, v, out)) {
    if (buffer_export_error(ts, v)) return false;
    err_clear(ts);
    raise(ts, Exc::TypeError, "object supporting the buffer API required");
    return false;
  }
  return true;
}

// The type object for an algorithm: HASH, HASHXOF or the blake2 classes.
TypeObject* type_for(ThreadState* ts, Algo a) {
  const char* attr = is_xof(a) ? "HASHXOF" : a == Algo::BLAKE2B ? "blake2b" : a == Algo::BLAKE2S ? "blake2s" : "HASH";
  Value t = module_attr(ts, "_hashlib", attr);
  return t && t.is_obj() ? t.as<TypeObject>() : nullptr;
}

Value new_hash(ThreadState* ts, Algo a, TypeObject* type = nullptr) {
  if (!type) type = type_for(ts, a);
  if (!type) return raise(ts, Exc::SystemError, "_hashlib types are missing");
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  hashing::hash_init(&static_cast<HashObject*>(o)->st, a);
  return Value::from_obj(o);
}

std::string to_hex(std::string_view d) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(d.size() * 2, '\0');
  for (size_t i = 0; i < d.size(); i++) {
    out[2 * i] = kHex[uint8_t(d[i]) >> 4];
    out[2 * i + 1] = kHex[uint8_t(d[i]) & 15];
  }
  return out;
}

#define METH(name) Value name(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw)

METH(h_update) {
  if (!no_kwargs(ts, "update", kw) || !check_nargs(ts, "update", nargs, 1, 1)) return Value();
  std::string_view data;
  if (!hash_data(ts, args[0], &data)) return Value();
  hashing::hash_update(&H(self)->st, data.data(), data.size());
  return Value::none();
}

METH(h_digest) {
  if (!no_kwargs(ts, "digest", kw) || !check_nargs(ts, "digest", nargs, 0, 0)) return Value();
  return bytes_new(ts, hashing::hash_final(H(self)->st));
}

METH(h_hexdigest) {
  if (!no_kwargs(ts, "hexdigest", kw) || !check_nargs(ts, "hexdigest", nargs, 0, 0)) return Value();
  return str_new(ts, to_hex(hashing::hash_final(H(self)->st)));
}

bool xof_length(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kw, size_t* out) {
  static constexpr const char* kNames[] = {"length"};
  Value a[1] = {};
  if (nargs == 0 && !kw) {
    raisef(ts, Exc::TypeError, "%s() missing required argument 'length' (pos 1)", fname);
    return false;
  }
  if (!parse_args(ts, fname, args, nargs, kw, kNames, 1, 0, 1, 1, a)) return false;
  int64_t n;
  if (!index_i64(ts, a[0], &n)) return false;
  if (n < 0) {
    raise(ts, Exc::MemoryError, "");
    return false;
  }
  if (n >= (int64_t(1) << 29)) {
    raise(ts, Exc::ValueError, "length is too large");
    return false;
  }
  *out = size_t(n);
  return true;
}

METH(x_digest) {
  size_t n;
  if (!xof_length(ts, "digest", args, nargs, kw, &n)) return Value();
  return bytes_new(ts, hashing::hash_final(H(self)->st, n));
}

METH(x_hexdigest) {
  size_t n;
  if (!xof_length(ts, "hexdigest", args, nargs, kw, &n)) return Value();
  return str_new(ts, to_hex(hashing::hash_final(H(self)->st, n)));
}

METH(h_copy) {
  if (!no_kwargs(ts, "copy", kw) || !check_nargs(ts, "copy", nargs, 0, 0)) return Value();
  Object* o = alloc_object(ts, self.obj()->type);
  if (!o) return Value();
  static_cast<HashObject*>(o)->st = H(self)->st;
  return Value::from_obj(o);
}

Value h_get_name(ThreadState* ts, Value self) { return str_new(ts, hashing::algo_name(H(self)->st.algo)); }
Value h_get_digest_size(ThreadState*, Value self) { return Value::small_int(H(self)->st.digest_size); }
Value h_get_block_size(ThreadState*, Value self) { return Value::small_int(H(self)->st.block_size); }

Value h_repr(ThreadState* ts, Value self) {
  return str_new(ts, strf("<%s %s object @ %p>", hashing::algo_name(H(self)->st.algo), type_name(ts, self),
                          static_cast<void*>(self.obj())));
}

Value no_new(ThreadState* ts, TypeObject* type, const Value*, size_t, TupleObject*) {
  return raisef(ts, Exc::TypeError, "cannot create '_hashlib.%s' instances", type == type_for(ts, Algo::SHAKE128) ? "HASHXOF" : "HASH");
}

const MethodDef kHashMethods[] = {
    {"update", h_update, kMethNormal, "Update this hash object's state with the provided string."},
    {"digest", h_digest, kMethNormal, "Return the digest value as a bytes object."},
    {"hexdigest", h_hexdigest, kMethNormal, "Return the digest value as a string of hexadecimal digits."},
    {"copy", h_copy, kMethNormal, "Return a copy of the hash object."},
    {nullptr, nullptr},
};

const MethodDef kXofMethods[] = {
    {"update", h_update},
    {"digest", x_digest},
    {"hexdigest", x_hexdigest},
    {"copy", h_copy},
    {nullptr, nullptr},
};

const GetSetDef kHashGetSets[] = {
    {"name", h_get_name},
    {"digest_size", h_get_digest_size},
    {"block_size", h_get_block_size},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- blake2 classes

bool blake_bytes(ThreadState* ts, Value v, const char* what, size_t max, std::string_view* out) {
  if (!v) return true;
  if (!hash_data(ts, v, out)) return false;
  if (out->size() > max) {
    raisef(ts, Exc::ValueError, "maximum %s length is %zu bytes", what, max);
    return false;
  }
  return true;
}

bool blake_int(ThreadState* ts, Value v, int64_t lo, int64_t hi, const char* msg, int64_t* out) {
  if (!v) return true;
  if (!index_i64(ts, v, out)) return false;
  if (*out < lo || *out > hi) {
    raise(ts, Exc::ValueError, msg);
    return false;
  }
  return true;
}

Value blake_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw, Algo algo) {
  static constexpr const char* kNames[] = {"data", "digest_size", "key", "salt", "person", "fanout", "depth",
                                           "leaf_size", "node_offset", "node_depth", "inner_size", "last_node",
                                           "usedforsecurity"};
  Value a[13] = {};
  bool big = algo == Algo::BLAKE2B;
  const char* fname = big ? "blake2b" : "blake2s";
  if (!parse_args(ts, fname, args, nargs, kw, kNames, 13, 1, 1, 0, a)) return Value();
  int64_t maxd = big ? 64 : 32;
  hashing::Blake2Params p;
  int64_t ds = maxd, fanout = 1, depth = 1, leaf = 0, node_off = 0, node_depth = 0, inner = 0;
  const std::string dmsg = strf("digest_size must be between 1 and %lld bytes", (long long)maxd);
  const std::string imsg = strf("inner_size must be between 0 and is %lld", (long long)maxd);
  if (!blake_int(ts, a[1], 1, maxd, dmsg.c_str(), &ds) ||
      !blake_bytes(ts, a[2], "key", size_t(maxd), &p.key) ||
      !blake_bytes(ts, a[3], "salt", big ? 16 : 8, &p.salt) ||
      !blake_bytes(ts, a[4], "person", big ? 16 : 8, &p.person) ||
      !blake_int(ts, a[5], 0, 255, "fanout must be between 0 and 255", &fanout) ||
      !blake_int(ts, a[6], 1, 255, "depth must be between 1 and 255", &depth) ||
      !blake_int(ts, a[7], 0, 0xffffffffLL, "leaf_size is too large", &leaf) ||
      !blake_int(ts, a[8], 0, big ? INT64_MAX : (int64_t(1) << 48) - 1, "node_offset is too large", &node_off) ||
      !blake_int(ts, a[9], 0, 255, "node_depth must be between 0 and 255", &node_depth) ||
      !blake_int(ts, a[10], 0, maxd, imsg.c_str(), &inner))
    return Value();
  p.digest_size = int(ds);
  p.fanout = uint32_t(fanout);
  p.depth = uint32_t(depth);
  p.leaf_size = uint32_t(leaf);
  p.node_offset = uint64_t(node_off);
  p.node_depth = uint32_t(node_depth);
  p.inner_size = uint32_t(inner);
  if (a[11]) {
    int t = truthy(ts, a[11]);
    if (t < 0) return Value();
    p.last_node = t;
  }
  std::string_view data;
  if (a[0] && !hash_data(ts, a[0], &data)) return Value();
  Object* o = alloc_object(ts, type);
  if (!o) return Value();
  HashState* st = &static_cast<HashObject*>(o)->st;
  hashing::blake2_init(st, algo, p);
  hashing::hash_update(st, data.data(), data.size());
  return Value::from_obj(o);
}

Value blake2b_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  return blake_new(ts, type, args, nargs, kw, Algo::BLAKE2B);
}
Value blake2s_new(ThreadState* ts, TypeObject* type, const Value* args, size_t nargs, TupleObject* kw) {
  return blake_new(ts, type, args, nargs, kw, Algo::BLAKE2S);
}

// ---------------------------------------------------------------- constructors

Value construct(ThreadState* ts, Algo algo, const char* fname, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"string", "usedforsecurity"};
  Value a[2] = {};
  if (!parse_args(ts, fname, args, nargs, kw, kNames, 2, 0, 1, 0, a)) return Value();
  std::string_view data;
  if (a[0] && !hash_data(ts, a[0], &data)) return Value();
  Ref h(new_hash(ts, algo));
  if (!h) return Value();
  hashing::hash_update(&H(h.get())->st, data.data(), data.size());
  return h.release();
}

#define CTOR(fn, algo, name) \
  METH(fn) { return construct(ts, algo, name, args, nargs, kw); }
CTOR(m_md5, Algo::MD5, "openssl_md5")
CTOR(m_sha1, Algo::SHA1, "openssl_sha1")
CTOR(m_sha224, Algo::SHA224, "openssl_sha224")
CTOR(m_sha256, Algo::SHA256, "openssl_sha256")
CTOR(m_sha384, Algo::SHA384, "openssl_sha384")
CTOR(m_sha512, Algo::SHA512, "openssl_sha512")
CTOR(m_sha3_224, Algo::SHA3_224, "openssl_sha3_224")
CTOR(m_sha3_256, Algo::SHA3_256, "openssl_sha3_256")
CTOR(m_sha3_384, Algo::SHA3_384, "openssl_sha3_384")
CTOR(m_sha3_512, Algo::SHA3_512, "openssl_sha3_512")
CTOR(m_shake_128, Algo::SHAKE128, "openssl_shake_128")
CTOR(m_shake_256, Algo::SHAKE256, "openssl_shake_256")
#undef CTOR

bool algo_arg(ThreadState* ts, Value name, Algo* out) {
  if (!is_str(ts, name)) {
    raisef(ts, Exc::TypeError, "new() argument 'name' must be str, not %s", type_name(ts, name));
    return false;
  }
  std::string lower(str_view(name));
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  if (!hashing::algo_from_name(lower, out)) {
    raisef(ts, Exc::ValueError, "unsupported hash type %s", std::string(str_view(name)).c_str());
    return false;
  }
  return true;
}

// new(name, string=b'', *, usedforsecurity=True)
METH(m_new) {
  static constexpr const char* kNames[] = {"name", "string", "usedforsecurity"};
  Value a[3] = {};
  if (!parse_args(ts, "new", args, nargs, kw, kNames, 3, 0, 2, 1, a)) return Value();
  Algo algo;
  if (!algo_arg(ts, a[0], &algo)) return Value();
  std::string_view data;
  if (a[1] && !hash_data(ts, a[1], &data)) return Value();
  Ref h(new_hash(ts, algo));
  if (!h) return Value();
  hashing::hash_update(&H(h.get())->st, data.data(), data.size());
  return h.release();
}

// HMAC over a fresh state: the inner/outer pads are hashed once and copied.
struct HmacKeyed {
  HashState inner, outer;
};

void hmac_prepare(Algo algo, std::string_view key, HmacKeyed* k) {
  HashState probe;
  hashing::hash_init(&probe, algo);
  size_t bs = probe.block_size;
  std::string kb(key);
  if (kb.size() > bs) {
    hashing::hash_update(&probe, kb.data(), kb.size());
    kb = hashing::hash_final(probe);
  }
  kb.resize(bs, '\0');
  std::string ipad(bs, '\0'), opad(bs, '\0');
  for (size_t i = 0; i < bs; i++) {
    ipad[i] = char(uint8_t(kb[i]) ^ 0x36);
    opad[i] = char(uint8_t(kb[i]) ^ 0x5c);
  }
  hashing::hash_init(&k->inner, algo);
  hashing::hash_update(&k->inner, ipad.data(), bs);
  hashing::hash_init(&k->outer, algo);
  hashing::hash_update(&k->outer, opad.data(), bs);
}

std::string hmac_once(const HmacKeyed& k, std::string_view msg) {
  HashState in = k.inner;
  hashing::hash_update(&in, msg.data(), msg.size());
  std::string d = hashing::hash_final(in);
  HashState out = k.outer;
  hashing::hash_update(&out, d.data(), d.size());
  return hashing::hash_final(out);
}

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)
METH(m_pbkdf2_hmac) {
  static constexpr const char* kNames[] = {"hash_name", "password", "salt", "iterations", "dklen"};
  Value a[5] = {};
  if (!parse_args(ts, "pbkdf2_hmac", args, nargs, kw, kNames, 5, 0, 5, 4, a)) return Value();
  if (!is_str(ts, a[0]))
    return raisef(ts, Exc::TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, not %s", type_name(ts, a[0]));
  Algo algo;
  std::string lower(str_view(a[0]));
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  if (!hashing::algo_from_name(lower, &algo) || is_xof(algo) || is_blake(algo))
    return raise_module_error(ts, "_hashlib", "UnsupportedDigestmodError", Exc::ValueError,
                              "[digital envelope routines] unsupported");
  std::string_view password, salt;
  if (!read_buffer(ts, a[1], &password) || !read_buffer(ts, a[2], &salt)) return Value();
  int64_t iterations;
  if (!index_i64(ts, a[3], &iterations)) return Value();
  if (iterations < 1) return raise(ts, Exc::ValueError, "iteration value must be greater than 0.");
  if (iterations > 0xffffffffLL) return raise(ts, Exc::OverflowError, "iteration value is too great.");
  HmacKeyed keyed;
  hmac_prepare(algo, password, &keyed);
  int64_t dklen = keyed.inner.digest_size;
  if (a[4] && !a[4].is_none()) {
    if (!index_i64(ts, a[4], &dklen)) return Value();
    if (dklen < 1) return raise(ts, Exc::ValueError, "key length must be greater than 0.");
    if (dklen > 0xffffffffLL) return raise(ts, Exc::OverflowError, "key length is too great.");
  }
  std::string out;
  std::string block_msg(salt);
  block_msg.resize(salt.size() + 4);
  for (uint32_t block = 1; int64_t(out.size()) < dklen; block++) {
    block_msg[salt.size()] = char(block >> 24);
    block_msg[salt.size() + 1] = char(block >> 16);
    block_msg[salt.size() + 2] = char(block >> 8);
    block_msg[salt.size() + 3] = char(block);
    std::string u = hmac_once(keyed, block_msg);
    std::string t = u;
    for (int64_t i = 1; i < iterations; i++) {
      u = hmac_once(keyed, u);
      for (size_t j = 0; j < t.size(); j++) t[j] = char(t[j] ^ u[j]);
    }
    out += t;
  }
  out.resize(size_t(dklen));
  return bytes_new(ts, out);
}

// compare_digest(a, b): constant-time comparison of two str (ASCII) or two buffers.
METH(m_compare_digest) {
  if (!no_kwargs(ts, "compare_digest", kw) || !check_nargs(ts, "compare_digest", nargs, 2, 2)) return Value();
  Value x = args[0], y = args[1];
  std::string_view a, b;
  if (is_str(ts, x) && is_str(ts, y)) {
    if (!x.as<StrObject>()->ascii || !y.as<StrObject>()->ascii)
      return raise(ts, Exc::TypeError, "comparing strings with non-ASCII characters is not supported");
    a = str_view(x);
    b = str_view(y);
  } else {
    bool bx = read_buffer(ts, x, &a);
    if (!bx) err_clear(ts);
    bool by = read_buffer(ts, y, &b);
    if (!by) err_clear(ts);
    if (!bx && !by)
      return raisef(ts, Exc::TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'",
                    type_name(ts, x), type_name(ts, y));
    if (!bx || !by)
      return raisef(ts, Exc::TypeError, "a bytes-like object is required, not '%s'", type_name(ts, bx ? y : x));
  }
  // Always walk the second operand's length so timing does not reveal where they differ.
  volatile uint8_t diff = a.size() == b.size() ? 0 : 1;
  const std::string_view& left = a.size() == b.size() ? a : b;
  for (size_t i = 0; i < b.size(); i++) diff = uint8_t(diff | (uint8_t(left[i]) ^ uint8_t(b[i])));
  return Value::boolean(diff == 0);
}

// hmac_digest(key, msg, digest): one-shot HMAC for hmac.digest().
METH(m_hmac_digest) {
  static constexpr const char* kNames[] = {"key", "msg", "digest"};
  Value a[3] = {};
  if (!parse_args(ts, "hmac_digest", args, nargs, kw, kNames, 3, 0, 3, 3, a)) return Value();
  Algo algo;
  if (!algo_arg(ts, a[2], &algo)) return Value();
  std::string_view key, msg;
  if (!read_buffer(ts, a[0], &key) || !read_buffer(ts, a[1], &msg)) return Value();
  HmacKeyed keyed;
  hmac_prepare(algo, key, &keyed);
  return bytes_new(ts, hmac_once(keyed, msg));
}

#undef METH

}  // namespace

const TypeSpec hash_type_spec = {
    .name = "_hashlib.HASH",
    .basicsize = sizeof(HashObject),
    .flags = 0,
    .slots = {.repr = h_repr, .new_ = no_new},
    .methods = kHashMethods,
    .getsets = kHashGetSets,
    .doc = "A hash is an object used to calculate a checksum of a string of information.",
};

const TypeSpec hashxof_type_spec = {
    .name = "_hashlib.HASHXOF",
    .basicsize = sizeof(HashObject),
    .flags = 0,
    .slots = {.repr = h_repr, .new_ = no_new},
    .methods = kXofMethods,
    .getsets = kHashGetSets,
    .doc = "A hash is an object used to calculate a checksum of a string of information.",
};

const TypeSpec blake2b_type_spec = {
    .name = "_blake2.blake2b",
    .basicsize = sizeof(HashObject),
    .flags = kTypeBaseType,
    .slots = {.repr = h_repr, .new_ = blake2b_new},
    .methods = kHashMethods,
    .getsets = kHashGetSets,
    .doc = "Return a new BLAKE2b hash object.",
};

const TypeSpec blake2s_type_spec = {
    .name = "_blake2.blake2s",
    .basicsize = sizeof(HashObject),
    .flags = kTypeBaseType,
    .slots = {.repr = h_repr, .new_ = blake2s_new},
    .methods = kHashMethods,
    .getsets = kHashGetSets,
    .doc = "Return a new BLAKE2s hash object.",
};

namespace {

const MethodDef kModuleMethods[] = {
    {"new", m_new, kMethNormal, "Return a new hash object using the named algorithm."},
    {"openssl_md5", m_md5},
    {"openssl_sha1", m_sha1},
    {"openssl_sha224", m_sha224},
    {"openssl_sha256", m_sha256},
    {"openssl_sha384", m_sha384},
    {"openssl_sha512", m_sha512},
    {"openssl_sha3_224", m_sha3_224},
    {"openssl_sha3_256", m_sha3_256},
    {"openssl_sha3_384", m_sha3_384},
    {"openssl_sha3_512", m_sha3_512},
    {"openssl_shake_128", m_shake_128},
    {"openssl_shake_256", m_shake_256},
    {"pbkdf2_hmac", m_pbkdf2_hmac, kMethNormal, "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function."},
    {"compare_digest", m_compare_digest, kMethNormal, "Return 'a == b'."},
    {"hmac_digest", m_hmac_digest},
    {nullptr, nullptr},
};

bool hashlib_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* ht = type_from_spec(ts, &hash_type_spec, ts->interp->types.object_);
  TypeObject* xt = type_from_spec(ts, &hashxof_type_spec, ht);
  TypeObject* bb = type_from_spec(ts, &blake2b_type_spec, ts->interp->types.object_);
  TypeObject* bs = type_from_spec(ts, &blake2s_type_spec, ts->interp->types.object_);
  if (!ht || !xt || !bb || !bs) return false;
  if (!module_add(ts, m, "HASH", Value::from_obj(ht)) || !module_add(ts, m, "HASHXOF", Value::from_obj(xt)) ||
      !module_add(ts, m, "blake2b", Value::from_obj(bb)) || !module_add(ts, m, "blake2s", Value::from_obj(bs)))
    return false;
  for (TypeObject* t : {bb, bs}) {
    bool big = t == bb;
    if (!dict_set_str(ts, t->dict, "SALT_SIZE", Value::small_int(big ? 16 : 8)) ||
        !dict_set_str(ts, t->dict, "PERSON_SIZE", Value::small_int(big ? 16 : 8)) ||
        !dict_set_str(ts, t->dict, "MAX_KEY_SIZE", Value::small_int(big ? 64 : 32)) ||
        !dict_set_str(ts, t->dict, "MAX_DIGEST_SIZE", Value::small_int(big ? 64 : 32)))
      return false;
  }
  Ref err(make_exception_class(ts, "_hashlib", "UnsupportedDigestmodError", exc_type(ts, Exc::ValueError)));
  return err && module_add(ts, m, "UnsupportedDigestmodError", err.get());
}

}  // namespace

const ModuleDef hashlib_module_def = {
    .name = "_hashlib",
    .doc = "Message digests (MD5, SHA-1, SHA-2, SHA-3, SHAKE, BLAKE2) written for minipy.",
    .methods = kModuleMethods,
    .init = hashlib_init,
};

}  // namespace minipy
