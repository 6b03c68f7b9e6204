// vm/codecache.cpp — serialization of code objects (the frozen stdlib's
// bytecode), its loader, a field-by-field comparison, and the importer's entry
// point for embedded modules (frozen_module_code).
// Must not: compile anything except as the fallback of frozen_module_code, or
// produce a code object that differs from what the compiler makes.
//
// Blob layout (integers are LEB128 varints; "z" = zigzag-encoded signed):
//   "MPYC"  u64 fingerprint (little endian)
//   nstrings, then each: length + UTF-8 bytes   — every text the blob uses once
//   object                                       — the module's code object
// An object is a tag byte and its payload:
//   'N' 'T' 'F' 'E'    None True False Ellipsis
//   'i' z              small int          'I' sign byte, nbytes, magnitude (LSB first)
//   'f' 8 bytes        float (bit pattern) 'x' 16 bytes  complex
//   's' string index   str (a new object)  'n' string index  interned str
//   'b' length, bytes  bytes
//   '(' n, objects     tuple              '{' n, mask, (slot, object) each: frozenset
//   'C' code object:   argcount posonlyargcount kwonlyargcount nlocals ncellvars
//                      nfreevars stacksize flags z:firstlineno; name qualname
//                      filename (string indexes); nlocalsplus + (index, kind byte)
//                      each; nnames + index each; nconsts + objects; ncode + one
//                      varint per instruction word (the cache words after it,
//                      kOpCacheWords, are zero); positions as runs of equal spans:
//                      a header byte (run length, same line, one line: see kRunMore..),
//                      then [more run length] [z:line delta] [z:end_line-line]
//                      col+1 z:end_col-col; nexctable + (start, end, handler,
//                      depth, lasti) each.
#include "vm/codecache.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace minipy {

namespace {

// Bump when the layout above changes.
constexpr uint64_t kFormatVersion = 2;
constexpr char kMagic[4] = {'M', 'P', 'Y', 'C'};
constexpr size_t kHeaderSize = 12;
constexpr int kMaxDepth = 256;  // nesting of constants/code objects a blob may have

constexpr uint64_t fnv1a(uint64_t h, const char* s) {
  for (; *s; ++s) h = (h ^ uint8_t(*s)) * 0x100000001b3ull;
  return (h ^ 0xff) * 0x100000001b3ull;  // terminator, so "ab","c" != "a","bc"
}
constexpr uint64_t fnv1a(uint64_t h, uint64_t v) {
  for (int i = 0; i < 8; ++i) h = (h ^ ((v >> (8 * i)) & 0xff)) * 0x100000001b3ull;
  return h;
}
constexpr uint64_t compute_fingerprint() {
  uint64_t h = 0xcbf29ce484222325ull;
  h = fnv1a(h, kFormatVersion);
  h = fnv1a(h, uint64_t(sizeof(Position)));
  h = fnv1a(h, uint64_t(sizeof(ExceptionTableEntry)));
#define MINIPY_X(name, ncache, doc) h = fnv1a(fnv1a(fnv1a(h, #name), uint64_t(ncache)), doc);
  MINIPY_OPCODES(MINIPY_X)
#undef MINIPY_X
  return h;
}
constexpr uint64_t kFingerprint = compute_fingerprint();

// The serializer knows every field of CodeObject and CodeDesc: adding one
// must come with its serialization (and a new kFormatVersion).
#if defined(__GLIBCXX__) && !defined(_GLIBCXX_DEBUG) && __SIZEOF_POINTER__ == 8
static_assert(sizeof(CodeObject) == 160, "CodeObject changed: update vm/codecache.cpp and bump kFormatVersion");
static_assert(sizeof(CodeDesc) == 304, "CodeDesc changed: update vm/codecache.cpp and bump kFormatVersion");
#endif

// Header byte of a run of equal positions.
constexpr uint8_t kRunMore = 0x0f;   // run length - 1 (0x0f: a varint adds to it)
constexpr uint8_t kSameLine = 0x10;  // line == the previous run's line
constexpr uint8_t kOneLine = 0x20;   // end_line == line
constexpr uint8_t kWideCols = 0x40;  // col < -1: col as a signed varint (else col + 1 unsigned)

// Number of inline cache words after the instruction word `w`.
inline int cache_words(uint32_t w) {
  unsigned op = w & 0xff;
  return op < unsigned(Op::Count_) ? kOpCacheWords[op] : 0;
}

// ---------------------------------------------------------------- writer
struct Writer {
  ThreadState* ts;
  std::string out;
  std::vector<std::string_view> strings;
  std::unordered_map<std::string_view, uint32_t> string_index;
  std::string error;

  void byte(uint8_t b) { out.push_back(char(b)); }
  void uvar(uint64_t v) {
    while (v >= 0x80) {
      byte(uint8_t(v | 0x80));
      v >>= 7;
    }
    byte(uint8_t(v));
  }
  void svar(int64_t v) { uvar((uint64_t(v) << 1) ^ uint64_t(v >> 63)); }
  void raw(const void* p, size_t n) { out.append(static_cast<const char*>(p), n); }
  // Index of `s` in the string table. The views point into live str objects
  // owned by the code object being dumped.
  void text(std::string_view s) {
    auto it = string_index.find(s);
    if (it == string_index.end()) {
      it = string_index.emplace(s, uint32_t(strings.size())).first;
      strings.push_back(s);
    }
    uvar(it->second);
  }

  bool object(Value v, int depth);
  bool code(CodeObject* co, int depth);
};

bool Writer::object(Value v, int depth) {
  if (depth > kMaxDepth) {
    error = "constants nested too deeply";
    return false;
  }
  if (v.is_none()) return byte('N'), true;
  if (v.is_true()) return byte('T'), true;
  if (v.is_false()) return byte('F'), true;
  if (v.is_ellipsis()) return byte('E'), true;
  if (v.is_small_int()) {
    byte('i');
    svar(v.as_small_int());
    return true;
  }
  if (!v.is_obj()) {
    error = "unsupported immediate constant";
    return false;
  }
  const BuiltinTypes& t = ts->interp->types;
  TypeObject* type = v.obj()->type;
  if (type == t.int_) {
    mpz_srcptr z = v.as<IntObject>()->z;
    size_t n = (mpz_sizeinbase(z, 2) + 7) / 8;
    std::string mag(n, '\0');
    size_t written = 0;
    mpz_export(mag.data(), &written, -1, 1, 0, 0, z);
    byte('I');
    byte(mpz_sgn(z) < 0 ? 1 : 0);
    uvar(written);
    raw(mag.data(), written);
    return true;
  }
  if (type == t.float_) {
    double d = float_value(v);
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    byte('f');
    for (int i = 0; i < 8; ++i) byte(uint8_t(bits >> (8 * i)));
    return true;
  }
  if (type == t.complex) {
    auto* c = v.as<ComplexObject>();
    byte('x');
    for (double d : {c->real, c->imag}) {
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      for (int i = 0; i < 8; ++i) byte(uint8_t(bits >> (8 * i)));
    }
    return true;
  }
  if (type == t.str) {
    // Empty and one-byte strings are shared objects (str_new returns them):
    // whether they are flagged interned depends on the process, not the code.
    std::string_view sv = str_view(v);
    byte(sv.size() > 1 && v.as<StrObject>()->interned ? 'n' : 's');
    text(sv);
    return true;
  }
  if (type == t.bytes) {
    std::string_view b = v.as<BytesObject>()->view();
    byte('b');
    uvar(b.size());
    raw(b.data(), b.size());
    return true;
  }
  if (type == t.tuple) {
    int64_t n = tuple_size(v);
    byte('(');
    uvar(uint64_t(n));
    for (int64_t i = 0; i < n; ++i)
      if (!object(tuple_item(v, i), depth + 1)) return false;
    return true;
  }
  if (type == t.frozenset) {
    // The table layout, not just the items: a frozenset rebuilt from its own
    // iteration order may order colliding items differently.
    auto* so = v.as<SetObject>();
    byte('{');
    uvar(uint64_t(so->used));
    uvar(uint64_t(so->mask));
    int64_t pos = 0;
    Value key;
    while (set_next(so, &pos, &key)) {
      uvar(uint64_t(pos - 1));
      if (!object(key, depth + 1)) return false;
    }
    return true;
  }
  if (type == t.code) return code(v.as<CodeObject>(), depth + 1);
  error = strf("cannot serialize a constant of type '%s'", type_name(ts, v));
  return false;
}

bool Writer::code(CodeObject* co, int depth) {
  byte('C');
  for (int32_t f : {co->argcount, co->posonlyargcount, co->kwonlyargcount, co->nlocals, co->ncellvars,
                    co->nfreevars, co->stacksize})
    uvar(uint32_t(f));
  uvar(co->flags);
  svar(co->firstlineno);
  text(str_view(co->name));
  text(str_view(co->qualname));
  text(str_view(co->filename));
  uvar(uint32_t(co->nlocalsplus));
  for (int32_t i = 0; i < co->nlocalsplus; ++i) {
    text(str_view(tuple_item(co->localsplusnames, i)));
    byte(co->localspluskinds[i]);
  }
  int64_t nnames = tuple_size(co->names);
  uvar(uint64_t(nnames));
  for (int64_t i = 0; i < nnames; ++i) text(str_view(tuple_item(co->names, i)));
  int64_t nconsts = tuple_size(co->consts);
  uvar(uint64_t(nconsts));
  for (int64_t i = 0; i < nconsts; ++i)
    if (!object(tuple_item(co->consts, i), depth)) return false;
  // Instruction words only: cache words are zero when compiled, and the
  // evaluation loop fills them as the code runs.
  uvar(uint32_t(co->ncode));
  for (int32_t i = 0; i < co->ncode; i += 1 + cache_words(co->code[i])) uvar(co->code[i]);
  // Positions: runs of equal spans (cache words repeat their instruction's),
  // each a header byte and what it does not imply.
  int32_t prev_line = 0;
  for (int32_t i = 0; i < co->ncode;) {
    const Position& p = co->positions[i];
    int32_t j = i + 1;
    while (j < co->ncode && std::memcmp(&co->positions[j], &p, sizeof(Position)) == 0) ++j;
    uint32_t run = uint32_t(j - i);
    bool wide_cols = p.col < -1;
    uint8_t h = uint8_t(std::min<uint32_t>(run - 1, kRunMore)) | (p.line == prev_line ? kSameLine : 0) |
                (p.end_line == p.line ? kOneLine : 0) | (wide_cols ? kWideCols : 0);
    byte(h);
    if (run - 1 >= kRunMore) uvar(run - 1 - kRunMore);
    if (p.line != prev_line) svar(int64_t(p.line) - prev_line);
    if (p.end_line != p.line) svar(int64_t(p.end_line) - p.line);
    if (wide_cols) svar(p.col);
    else uvar(uint32_t(p.col + 1));
    svar(int64_t(p.end_col) - p.col);
    prev_line = p.line;
    i = j;
  }
  uvar(uint32_t(co->nexctable));
  for (int32_t i = 0; i < co->nexctable; ++i) {
    const ExceptionTableEntry& e = co->exctable[i];
    uvar(e.start);
    uvar(e.end);
    uvar(e.handler);
    uvar(e.depth);
    byte(e.lasti ? 1 : 0);
  }
  return true;
}

// ---------------------------------------------------------------- reader
struct Reader {
  ThreadState* ts;
  const uint8_t* p;
  const uint8_t* end;
  bool ok = true;
  std::vector<std::string_view> strings;
  std::vector<StrObject*> interned;  // lazily, per string index
  // One CodeDesc per nesting level, reused so its vectors keep their capacity.
  std::vector<std::unique_ptr<CodeDesc>> descs;

  uint8_t byte() {
    if (p >= end) return ok = false, 0;
    return *p++;
  }
  uint64_t uvar() {
    if (p < end && *p < 0x80) return *p++;  // most varints are one byte
    return uvar_long();
  }
  uint64_t uvar_long() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p >= end) return ok = false, 0;
      uint8_t b = *p++;
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    return ok = false, 0;
  }
  int64_t svar() {
    uint64_t u = uvar();
    return int64_t(u >> 1) ^ -int64_t(u & 1);
  }
  // A count of items that each take at least one byte (bounds allocations on bad input).
  uint64_t count() {
    uint64_t n = uvar();
    if (n > uint64_t(end - p)) ok = false;
    return ok ? n : 0;
  }
  int32_t i32() {
    uint64_t v = uvar();
    if (v > 0x7fffffffu) ok = false;
    return int32_t(v);
  }
  std::string_view bytes(uint64_t n) {
    if (n > uint64_t(end - p)) return ok = false, std::string_view();
    std::string_view s(reinterpret_cast<const char*>(p), size_t(n));
    p += n;
    return s;
  }
  double f64() {
    std::string_view b = bytes(8);
    if (!ok) return 0;
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= uint64_t(uint8_t(b[size_t(i)])) << (8 * i);
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
  }
  std::string_view text() {
    uint64_t i = uvar();
    if (i >= strings.size()) return ok = false, std::string_view();
    return strings[size_t(i)];
  }
  StrObject* name() {  // interned; null on error (ok = false or an exception)
    uint64_t i = uvar();
    if (i >= strings.size()) return ok = false, nullptr;
    StrObject*& s = interned[size_t(i)];
    if (!s) s = intern(ts, strings[size_t(i)]);
    return s;
  }

  Value object(int depth);
  Value frozenset(int depth);
  Value code(int depth);
};

Value Reader::object(int depth) {
  if (depth > kMaxDepth) return ok = false, Value();
  uint8_t tag = byte();
  if (!ok) return Value();
  switch (tag) {
    case 'N': return Value::none();
    case 'T': return Value::True();
    case 'F': return Value::False();
    case 'E': return Value::ellipsis();
    case 'i': {
      int64_t v = svar();
      if (!ok) return Value();
      return int_from_i64(ts, v);
    }
    case 'I': {
      uint8_t neg = byte();
      std::string_view mag = bytes(uvar());
      if (!ok) return Value();
      mpz_t z;
      mpz_init(z);
      mpz_import(z, mag.size(), -1, 1, 0, 0, mag.data());
      if (neg) mpz_neg(z, z);
      Value v = int_from_mpz(ts, z);
      mpz_clear(z);
      return v;
    }
    case 'f': {
      double d = f64();
      return ok ? float_new(ts, d) : Value();
    }
    case 'x': {
      double re = f64(), im = f64();
      return ok ? complex_new(ts, re, im) : Value();
    }
    case 's': {
      std::string_view s = text();
      return ok ? str_new(ts, s) : Value();
    }
    case 'n': {
      StrObject* s = name();
      return s ? newref(Value::from_obj(s)) : Value();
    }
    case 'b': {
      std::string_view b = bytes(uvar());
      return ok ? bytes_new(ts, b) : Value();
    }
    case '(': {
      uint64_t n = count();
      if (!ok) return Value();
      TupleObject* t = tuple_new(ts, int64_t(n));
      if (!t) return Value();
      Ref hold(Value::from_obj(t));
      for (uint64_t i = 0; i < n; ++i) {
        Value item = object(depth + 1);
        if (!item) {
          // Leave the tuple valid for its dealloc: fill the rest with None.
          for (uint64_t k = i; k < n; ++k) t->items[k] = Value::none();
          return Value();
        }
        t->items[i] = item;
      }
      return hold.release();
    }
    case '{': return frozenset(depth);
    case 'C': return code(depth + 1);
    default: return ok = false, Value();
  }
}

// A frozenset with the table layout it was dumped with (the compiler's own
// layout, which rebuilding from the iteration order may not reproduce). The
// entries are moved to their recorded slots only if every item is then found
// by lookups (always, when hashes are the ones of the freezer's process);
// otherwise the frozenset stays as built from the items, a valid set.
Value Reader::frozenset(int depth) {
  uint64_t n = count();
  uint64_t mask = uvar();
  if (!ok) return Value();
  std::vector<uint64_t> slots(n);
  TupleObject* t = tuple_new(ts, int64_t(n));
  if (!t) return Value();
  Ref items(Value::from_obj(t));
  for (uint64_t i = 0; i < n; ++i) {
    slots[i] = uvar();
    Value item = ok ? object(depth + 1) : Value();
    if (!item) {
      for (uint64_t k = i; k < n; ++k) t->items[k] = Value::none();
      return Value();
    }
    t->items[i] = item;
  }
  SetObject* fs = frozenset_new(ts, items.get());
  if (!fs) return Value();
  Ref hold(Value::from_obj(fs));
  if (uint64_t(fs->mask) != mask || uint64_t(fs->used) != n || fs->fill != fs->used) return hold.release();
  std::vector<SetEntry> entries(n);
  std::vector<bool> taken(mask + 1, false);
  for (uint64_t i = 0; i < n; ++i) {
    if (slots[i] > mask || taken[slots[i]]) return hold.release();
    taken[slots[i]] = true;
    const SetEntry* e = nullptr;  // the item's entry (the set holds the tuple's objects)
    for (uint64_t j = 0; j <= mask && !e; ++j)
      if (fs->table[j].key == t->items[i]) e = &fs->table[j];
    if (!e) return hold.release();
    entries[i] = *e;
  }
  std::vector<SetEntry> built(fs->table, fs->table + mask + 1);
  for (uint64_t j = 0; j <= mask; ++j) fs->table[j] = SetEntry{};
  for (uint64_t i = 0; i < n; ++i) fs->table[slots[i]] = entries[i];
  for (uint64_t i = 0; i < n; ++i) {
    if (set_contains(ts, fs, t->items[i]) != 1) {
      err_clear(ts);
      std::copy(built.begin(), built.end(), fs->table);  // back to the layout it was built with
      break;
    }
  }
  return hold.release();
}

Value Reader::code(int depth) {
  if (descs.size() <= size_t(depth)) descs.resize(size_t(depth) + 1);
  if (!descs[size_t(depth)]) descs[size_t(depth)] = std::make_unique<CodeDesc>();
  CodeDesc& d = *descs[size_t(depth)];
  d.localsplusnames.clear();
  d.localspluskinds.clear();
  d.names.clear();
  d.consts.clear();
  d.exctable.clear();
  d.argcount = i32();
  d.posonlyargcount = i32();
  d.kwonlyargcount = i32();
  d.nlocals = i32();
  d.ncellvars = i32();
  d.nfreevars = i32();
  int32_t stacksize = i32();
  d.flags = uint32_t(uvar());
  d.firstlineno = int32_t(svar());
  d.name = text();
  d.qualname = text();
  d.filename = text();
  uint64_t nlocalsplus = count();
  if (!ok) return Value();
  d.localsplusnames.reserve(nlocalsplus);
  d.localspluskinds.reserve(nlocalsplus);
  for (uint64_t i = 0; i < nlocalsplus; ++i) {
    StrObject* s = name();
    if (!s) return Value();
    d.localsplusnames.push_back(s);
    d.localspluskinds.push_back(byte());
  }
  uint64_t nnames = count();
  if (!ok) return Value();
  d.names.reserve(nnames);
  for (uint64_t i = 0; i < nnames; ++i) {
    StrObject* s = name();
    if (!s) return Value();
    d.names.push_back(s);
  }
  uint64_t nconsts = count();
  if (!ok) return Value();
  d.consts.reserve(nconsts);
  auto drop_consts = [&] {
    for (Value v : d.consts) decref(v);
    d.consts.clear();
  };
  for (uint64_t i = 0; i < nconsts; ++i) {
    Value v = object(depth);
    if (!v) {
      drop_consts();
      return Value();
    }
    d.consts.push_back(v);
  }
  uint64_t ncode = uvar();
  if (ncode > 16 * uint64_t(end - p)) ok = false;  // at most 16 words (1 + caches) per byte
  if (!ok) {
    drop_consts();
    return Value();
  }
  d.code.assign(ncode, 0);
  for (uint64_t i = 0; i < ncode && ok; i += 1 + cache_words(d.code[i])) d.code[i] = uint32_t(uvar());
  d.positions.resize(ncode);
  int32_t prev_line = 0;
  for (uint64_t i = 0; i < ncode && ok;) {
    uint8_t h = byte();
    uint64_t run = (h & kRunMore) + 1;
    if ((h & kRunMore) == kRunMore) run += uvar();
    Position pos;
    pos.line = (h & kSameLine) ? prev_line : int32_t(prev_line + svar());
    pos.end_line = (h & kOneLine) ? pos.line : int32_t(pos.line + svar());
    pos.col = (h & kWideCols) ? int32_t(svar()) : int32_t(int64_t(uvar()) - 1);
    pos.end_col = int32_t(pos.col + svar());
    prev_line = pos.line;
    if (run > ncode - i) {
      ok = false;
      break;
    }
    std::fill_n(d.positions.begin() + ptrdiff_t(i), run, pos);
    i += run;
  }
  uint64_t nexc = count();
  d.exctable.reserve(nexc);
  for (uint64_t i = 0; i < nexc && ok; ++i) {
    ExceptionTableEntry e;
    e.start = uint32_t(uvar());
    e.end = uint32_t(uvar());
    e.handler = uint32_t(uvar());
    e.depth = uint32_t(uvar());
    e.lasti = byte() != 0;
    d.exctable.push_back(e);
  }
  if (!ok) {
    drop_consts();
    return Value();
  }
  Value v = code_new(ts, d);  // takes the constants
  if (!v) return Value();
  // code_new derives the frame's stack size from the compiler's; the blob
  // holds the final figure.
  v.as<CodeObject>()->stacksize = stacksize;
  return v;
}

// ---------------------------------------------------------------- comparison
struct Comparer {
  ThreadState* ts;
  std::string* why;
  std::string path;

  bool fail(const std::string& what) {
    if (why) *why = path + ": " + what;
    return false;
  }
  bool value(Value a, Value b, int depth);
  bool code(CodeObject* a, CodeObject* b, int depth);
};

bool Comparer::value(Value a, Value b, int depth) {
  if (a.bits() == b.bits()) return true;  // same immediate or object
  if (!a.is_obj() || !b.is_obj()) return fail("different immediates");
  if (depth > kMaxDepth) return fail("nested too deeply");
  TypeObject* type = a.obj()->type;
  if (type != b.obj()->type) return fail(strf("types %s and %s", type_name(ts, a), type_name(ts, b)));
  const BuiltinTypes& t = ts->interp->types;
  if (type == t.int_) {
    if (mpz_cmp(a.as<IntObject>()->z, b.as<IntObject>()->z) != 0) return fail("different ints");
    return true;
  }
  if (type == t.float_) {
    double x = float_value(a), y = float_value(b);
    if (std::memcmp(&x, &y, 8) != 0) return fail("different floats");
    return true;
  }
  if (type == t.complex) {
    auto *x = a.as<ComplexObject>(), *y = b.as<ComplexObject>();
    if (std::memcmp(&x->real, &y->real, 8) != 0 || std::memcmp(&x->imag, &y->imag, 8) != 0)
      return fail("different complex numbers");
    return true;
  }
  if (type == t.str) {
    if (str_view(a) != str_view(b)) return fail("different strings");
    // (Empty and one-byte strings are shared objects whose flag depends on
    // whether someone interned them yet: only longer ones must agree.)
    if (str_view(a).size() > 1 && a.as<StrObject>()->interned != b.as<StrObject>()->interned)
      return fail("interned and not interned strings");
    return true;
  }
  if (type == t.bytes) {
    if (a.as<BytesObject>()->view() != b.as<BytesObject>()->view()) return fail("different bytes");
    return true;
  }
  if (type == t.tuple) {
    if (tuple_size(a) != tuple_size(b)) return fail("tuples of different sizes");
    for (int64_t i = 0; i < tuple_size(a); ++i)
      if (!value(tuple_item(a, i), tuple_item(b, i), depth + 1)) return false;
    return true;
  }
  if (type == t.frozenset) {  // same table layout (hence the same iteration order)
    auto *x = a.as<SetObject>(), *y = b.as<SetObject>();
    if (x->mask != y->mask || x->used != y->used) return fail("frozensets of different sizes");
    int64_t px = 0, py = 0;
    Value kx, ky;
    while (set_next(x, &px, &kx)) {
      if (!set_next(y, &py, &ky) || px != py) return fail("frozensets with different layouts");
      if (!value(kx, ky, depth + 1)) return false;
    }
    return true;
  }
  if (type == t.code) return code(a.as<CodeObject>(), b.as<CodeObject>(), depth + 1);
  return fail(strf("cannot compare constants of type %s", type_name(ts, a)));
}

bool Comparer::code(CodeObject* a, CodeObject* b, int depth) {
  std::string saved = path;
  path += "/" + std::string(str_view(a->qualname));
#define SAME(field) \
  if (a->field != b->field) return fail(strf(#field " %lld != %lld", (long long)a->field, (long long)b->field));
  SAME(ncode) SAME(nexctable) SAME(nlocalsplus) SAME(nlocals) SAME(ncellvars) SAME(nfreevars) SAME(argcount)
  SAME(posonlyargcount) SAME(kwonlyargcount) SAME(stacksize) SAME(flags) SAME(firstlineno)
#undef SAME
  for (int32_t i = 0; i < a->ncode; ++i) {
    if (a->code[i] != b->code[i]) return fail(strf("code word %d", i));
    const Position &p = a->positions[i], &q = b->positions[i];
    if (p.line != q.line || p.end_line != q.end_line || p.col != q.col || p.end_col != q.end_col)
      return fail(strf("position of word %d", i));
  }
  for (int32_t i = 0; i < a->nexctable; ++i) {
    const ExceptionTableEntry &x = a->exctable[i], &y = b->exctable[i];
    if (x.start != y.start || x.end != y.end || x.handler != y.handler || x.depth != y.depth || x.lasti != y.lasti)
      return fail(strf("exception table row %d", i));
  }
  for (int32_t i = 0; i < a->nlocalsplus; ++i) {
    if (a->localspluskinds[i] != b->localspluskinds[i]) return fail(strf("kind of local %d", i));
    if (tuple_item(a->localsplusnames, i).bits() != tuple_item(b->localsplusnames, i).bits())
      return fail(strf("local name %d (not the same interned string)", i));
  }
  if (tuple_size(a->names) != tuple_size(b->names)) return fail("different numbers of names");
  for (int64_t i = 0; i < tuple_size(a->names); ++i)
    if (tuple_item(a->names, i).bits() != tuple_item(b->names, i).bits())
      return fail(strf("name %lld (not the same interned string)", (long long)i));
  for (auto [x, y, what] : {std::tuple{a->name, b->name, "co_name"}, std::tuple{a->qualname, b->qualname, "co_qualname"},
                            std::tuple{a->filename, b->filename, "co_filename"}})
    if (str_view(x) != str_view(y)) return fail(std::string("different ") + what);
  if (tuple_size(a->consts) != tuple_size(b->consts)) return fail("different numbers of constants");
  for (int64_t i = 0; i < tuple_size(a->consts); ++i) {
    std::string here = path;
    path += strf("[const %lld]", (long long)i);
    if (!value(tuple_item(a->consts, i), tuple_item(b->consts, i), depth)) return false;
    path = here;
  }
  path = saved;
  return true;
}

}  // namespace

// ---------------------------------------------------------------- API
uint64_t codecache_fingerprint() { return kFingerprint; }

bool codecache_dump(ThreadState* ts, Value code, std::string* out) {
  if (!is_code(ts, code)) {
    raise(ts, Exc::TypeError, "codecache_dump() needs a code object");
    return false;
  }
  Writer w{ts};
  if (!w.object(code, 0)) {
    if (!err_occurred(ts)) raise(ts, Exc::ValueError, w.error);
    return false;
  }
  // Header and string table first, then the object stream.
  Writer head{ts};
  head.raw(kMagic, 4);
  for (int i = 0; i < 8; ++i) head.byte(uint8_t(kFingerprint >> (8 * i)));
  head.uvar(w.strings.size());
  for (std::string_view s : w.strings) {
    head.uvar(s.size());
    head.raw(s.data(), s.size());
  }
  *out = std::move(head.out);
  out->append(w.out);
  return true;
}

bool codecache_compatible(const unsigned char* data, size_t size) {
  if (!data || size < kHeaderSize || std::memcmp(data, kMagic, 4) != 0) return false;
  uint64_t fp = 0;
  for (int i = 0; i < 8; ++i) fp |= uint64_t(data[4 + i]) << (8 * i);
  return fp == kFingerprint;
}

Value codecache_load(ThreadState* ts, const unsigned char* data, size_t size) {
  if (!codecache_compatible(data, size)) return Value();
  Reader r{ts, data + kHeaderSize, data + size};
  uint64_t nstrings = r.count();
  r.strings.reserve(nstrings);
  for (uint64_t i = 0; i < nstrings && r.ok; ++i) r.strings.push_back(r.bytes(r.uvar()));
  r.interned.assign(r.strings.size(), nullptr);
  if (!r.ok || r.byte() != 'C') return Value();
  Value v = r.code(0);
  if (v && (!r.ok || r.p != r.end)) {  // trailing garbage: not a blob we wrote
    decref(v);
    return Value();
  }
  return v;  // null: malformed (no exception) or out of memory (exception)
}

bool codecache_equal(ThreadState* ts, Value a, Value b, std::string* why) {
  if (!is_code(ts, a) || !is_code(ts, b)) {
    if (why) *why = "not code objects";
    return false;
  }
  Comparer c{ts, why, ""};
  return c.code(a.as<CodeObject>(), b.as<CodeObject>(), 0);
}

bool frozen_bytecode_enabled(ThreadState* ts) {
  bool on = true;
  for (const std::string& x : ts->interp->config.xoptions) {  // the last one wins
    if (x == "frozen_modules=off") on = false;
    else if (x == "frozen_modules=on" || x == "frozen_modules") on = true;
  }
  return on;
}

Value frozen_module_code(ThreadState* ts, const FrozenModule* fm, const std::string& filename) {
  // The blobs are compiled at optimize level 0: under -O/-OO the source is
  // compiled instead, so asserts, __debug__ and docstrings follow the level
  // (CPython imports the .opt-1/.opt-2 bytecode then).
  if (fm->code && ts->interp->config.optimize == 0 && frozen_bytecode_enabled(ts)) {
    Value code = codecache_load(ts, fm->code, fm->code_size);
    if (code) {
      // The blob was made for this module under this name; anything else is a
      // stale or misplaced table: compile the source rather than trust it.
      if (str_view(code.as<CodeObject>()->filename) == filename) return code;
      decref(code);
    } else if (err_occurred(ts)) {
      return Value();
    }
  }
  return compile_source(ts, std::string(fm->source, fm->size), filename, CompileMode::Exec);
}

}  // namespace minipy
