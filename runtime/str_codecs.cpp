// runtime/str_codecs.cpp — the codecs str.encode / bytes.decode run natively:
// utf-8, ascii, latin-1, utf-16/-le/-be, utf-32/-le/-be and the single-byte
// charmap codecs of runtime/codecs_tables.cpp (iso8859-*, cp125x, cp437...),
// found by CPython's name normalisation and alias table; the error handlers
// strict, ignore, replace, surrogateescape, backslashreplace and (encode)
// xmlcharrefreplace inline. Everything else goes to stdlib/_codecs_text.py
// (over the registry of stdlib/codecs.py): other codecs (_text_encode/
// _text_decode: utf-8-sig, unicode_escape, idna, registered codecs, "is not a
// text encoding" errors) and other error handlers (_encode_with_handler/
// _decode_with_handler: namereplace, surrogatepass, codecs.register_error
// handlers), which call back here with errors='strict'.
// UnicodeEncodeError/UnicodeDecodeError as CPython words them.
// Must not: hold state (the codec registry lives in the codecs module).
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/codecs_tables.h"
#include "runtime/unicode.h"

namespace minipy {

namespace {

// Codec ids: the Unicode codecs, then kCharmapBase + index into kCharmapCodecs.
enum CodecId : int {
  kUnknown = -1, kUtf8 = 0, kAscii, kLatin1, kUtf16, kUtf16LE, kUtf16BE, kUtf32, kUtf32LE, kUtf32BE,
  kCharmapBase = 100,
};

struct NativeName {
  const char* module;
  int id;
  const char* name;  // the name errors report ("utf-16-le")
};
constexpr NativeName kNative[] = {
    {"utf_8", kUtf8, "utf-8"},          {"ascii", kAscii, "ascii"},         {"latin_1", kLatin1, "latin-1"},
    {"utf_16", kUtf16, "utf-16"},       {"utf_16_le", kUtf16LE, "utf-16-le"}, {"utf_16_be", kUtf16BE, "utf-16-be"},
    {"utf_32", kUtf32, "utf-32"},       {"utf_32_le", kUtf32LE, "utf-32-le"}, {"utf_32_be", kUtf32BE, "utf-32-be"},
};

// CPython's normalisation (lower case, then encodings.normalize_encoding: runs
// of characters other than ASCII letters, digits and '.' become one '_', none
// leading) into buf; false when the name is too long or not ASCII (such names
// take the Python path, which decides).
bool normalize(std::string_view enc, char* buf, size_t cap, size_t* len) {
  size_t n = 0;
  bool punct = false;
  for (char c : enc) {
    auto u = uint8_t(c);
    if (u >= 0x80) return false;
    bool keep = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '.';
    if (!keep) { punct = true; continue; }
    if (punct && n) {
      if (n + 1 >= cap) return false;
      buf[n++] = '_';
    }
    if (n + 1 >= cap) return false;
    buf[n++] = char(u >= 'A' && u <= 'Z' ? u + 32 : u);
    punct = false;
  }
  *len = n;
  return true;
}

const char* alias_module(std::string_view key) {
  const CodecAlias* lo = kCodecAliases;
  const CodecAlias* hi = kCodecAliases + kCodecAliasCount;
  const CodecAlias* it = std::lower_bound(lo, hi, key, [](const CodecAlias& a, std::string_view k) {
    return std::string_view(a.alias) < k;
  });
  return it != hi && std::string_view(it->alias) == key ? it->module : nullptr;
}

int codec_id(std::string_view enc) {
  // The names programs spell most often, before any normalisation.
  if (enc == "utf-8" || enc == "utf8" || enc == "UTF-8") return kUtf8;
  if (enc == "ascii") return kAscii;
  if (enc == "latin-1" || enc == "latin1") return kLatin1;
  char buf[48];
  size_t n;
  if (!normalize(enc, buf, sizeof(buf), &n)) return kUnknown;
  std::string_view key(buf, n);
  const char* mod = alias_module(key);
  if (!mod && key.find('.') != std::string_view::npos) {
    std::replace(buf, buf + n, '.', '_');
    mod = alias_module(key);
  }
  // A name that is no alias is a module name itself ("cp1252", "utf_8").
  if (!mod) return kUnknown;
  std::string_view m(mod);
  for (const NativeName& nn : kNative)
    if (m == nn.module) return nn.id;
  for (size_t i = 0; i < kCharmapCodecCount; ++i)
    if (m == kCharmapCodecs[i].module) return kCharmapBase + int(i);
  return kUnknown;
}

const char* error_name(int id) {
  if (id >= kCharmapBase) return "charmap";
  for (const NativeName& nn : kNative)
    if (nn.id == id) return nn.name;
  return "?";
}

enum class Handler { Strict, Ignore, Replace, SurrogateEscape, BackslashReplace, XmlCharRef, Other };
Handler handler_of(std::string_view e) {
  if (e == "strict") return Handler::Strict;
  if (e == "ignore") return Handler::Ignore;
  if (e == "replace") return Handler::Replace;
  if (e == "surrogateescape") return Handler::SurrogateEscape;
  if (e == "backslashreplace") return Handler::BackslashReplace;
  if (e == "xmlcharrefreplace") return Handler::XmlCharRef;
  return Handler::Other;
}

void append_escape(std::string& out, uint32_t cp) {
  static constexpr char kHex[] = "0123456789abcdef";
  if (cp <= 0xFF) {
    out += "\\x";
    out.push_back(kHex[cp >> 4]);
    out.push_back(kHex[cp & 15]);
  } else if (cp <= 0xFFFF) {
    out += "\\u";
    for (int s = 12; s >= 0; s -= 4) out.push_back(kHex[(cp >> s) & 15]);
  } else {
    out += "\\U";
    for (int s = 28; s >= 0; s -= 4) out.push_back(kHex[(cp >> s) & 15]);
  }
}

Value raise_encode_error(ThreadState* ts, const char* codec, StrObject* s, size_t start, size_t end,
                         const char* reason) {
  Value e = unicode_encode_error_new(ts, codec, s->view(), int64_t(start), int64_t(end), reason);
  if (e) err_restore(ts, e);
  return Value();
}

Value raise_decode_error(ThreadState* ts, const char* codec, std::string_view data, size_t start, size_t end,
                         const char* reason) {
  Value e = unicode_decode_error_new(ts, codec, data, int64_t(start), int64_t(end), reason);
  if (e) err_restore(ts, e);
  return Value();
}

// _codecs_text.<fn>(a, encoding, errors): the Python side of the codec machinery.
Value call_codecs(ThreadState* ts, std::string_view fn, Value a, std::string_view encoding, std::string_view errors) {
  Ref mod(codecs_import(ts, "_codecs_text"));
  if (!mod) return Value();
  Ref f(getattr_str(ts, mod.get(), fn));
  if (!f) return Value();
  Ref enc(str_new(ts, encoding));
  if (!enc) return Value();
  Ref errs(str_new(ts, errors));
  if (!errs) return Value();
  Value args[3] = {a, enc.get(), errs.get()};
  return call(ts, f.get(), args, 3);
}

// Copy a bytes result of the Python side into *out.
bool bytes_result(ThreadState* ts, Value r, std::string* out) {
  if (!r) return false;
  Ref hold(r);
  std::string_view v;
  if (!bytes_like_view(ts, r, &v)) return false;
  out->assign(v);
  return true;
}

void put16(std::string& out, uint32_t u, bool be) {
  if (be) { out.push_back(char(u >> 8)); out.push_back(char(u & 0xFF)); }
  else { out.push_back(char(u & 0xFF)); out.push_back(char(u >> 8)); }
}
void put32(std::string& out, uint32_t u, bool be) {
  for (int k = 0; k < 4; ++k) out.push_back(char(be ? (u >> (24 - 8 * k)) & 0xFF : (u >> (8 * k)) & 0xFF));
}

bool has_surrogate(std::string_view utf8) {
  // A surrogate's UTF-8 form starts ED A0..ED BF.
  for (size_t i = 0; i + 1 < utf8.size(); ++i)
    if (uint8_t(utf8[i]) == 0xED && uint8_t(utf8[i + 1]) >= 0xA0) return true;
  return false;
}

int charmap_byte(const CharmapCodec& cm, uint32_t cp) {
  if (cp < 0x80) return int(cp);
  const CharmapPair* lo = cm.enc;
  const CharmapPair* hi = cm.enc + cm.nenc;
  const CharmapPair* it = std::lower_bound(lo, hi, cp, [](const CharmapPair& p, uint32_t c) { return p.cp < c; });
  return it != hi && it->cp == cp ? it->byte : -1;
}

inline void put16p(char*& o, uint32_t u, bool be) {
  o[be ? 0 : 1] = char(u >> 8);
  o[be ? 1 : 0] = char(u & 0xFF);
  o += 2;
}

// Error-free encoders writing straight into the output (the general loop
// below handles errors): UTF-16/32 of text without surrogates, and charmaps
// (false at the first character the table lacks).
void encode_wide_fast(std::string_view text, int id, std::string* out) {
  bool is32 = id >= kUtf32;
  bool be = id == kUtf16BE || id == kUtf32BE;
  size_t bom = id == kUtf16 ? 2 : id == kUtf32 ? 4 : 0;
  out->resize(bom + text.size() * (is32 ? 4 : 2));
  char* o = out->data();
  if (bom) {
    memcpy(o, id == kUtf16 ? "\xff\xfe" : "\xff\xfe\x00\x00", bom);
    o += bom;
  }
  const char* p = text.data();
  const char* e = p + text.size();
  while (p < e) {
    uint32_t cp = uint8_t(*p);
    if (cp < 0x80) ++p;
    else cp = uni::utf8_next(p);
    if (is32) {
      for (int k = 0; k < 4; ++k) o[k] = char(be ? (cp >> (24 - 8 * k)) & 0xFF : (cp >> (8 * k)) & 0xFF);
      o += 4;
    } else if (cp >= 0x10000) {
      put16p(o, 0xD800 + ((cp - 0x10000) >> 10), be);
      put16p(o, 0xDC00 + ((cp - 0x10000) & 0x3FF), be);
    } else {
      put16p(o, cp, be);
    }
  }
  out->resize(size_t(o - out->data()));
}

bool encode_charmap_fast(std::string_view text, const CharmapCodec& cm, std::string* out) {
  out->resize(text.size());
  char* o = out->data();
  const char* p = text.data();
  const char* e = p + text.size();
  while (p < e) {
    uint8_t c = uint8_t(*p);
    if (c < 0x80) {
      *o++ = char(c);
      ++p;
      continue;
    }
    int b = charmap_byte(cm, uni::utf8_next(p));
    if (b < 0) return false;
    *o++ = char(b);
  }
  out->resize(size_t(o - out->data()));
  return true;
}

// The encoder proper. Returns 1 on success, 0 on error (exception set), -1
// when the Python side must do the work (an error handler it owns).
int encode_native(ThreadState* ts, int id, StrObject* s, Handler h, std::string* out) {
  const CharmapCodec* cm = id >= kCharmapBase ? &kCharmapCodecs[id - kCharmapBase] : nullptr;
  bool wide = id >= kUtf16 && id <= kUtf32BE;
  bool is32 = id >= kUtf32 && id <= kUtf32BE;
  bool be = id == kUtf16BE || id == kUtf32BE;
  out->clear();
  if (id == kUtf16) out->append("\xff\xfe", 2);
  if (id == kUtf32) out->append("\xff\xfe\x00\x00", 4);
  std::string_view text = s->view();
  if (id == kUtf8 || ((id == kAscii || id == kLatin1 || cm) && s->ascii)) {
    if (!has_surrogate(text)) { out->assign(text); return 1; }
  }
  if (wide && !has_surrogate(text)) {
    encode_wide_fast(text, id, out);
    return 1;
  }
  if (cm && encode_charmap_fast(text, *cm, out)) return 1;
  out->clear();
  if (id == kUtf16) out->append("\xff\xfe", 2);
  if (id == kUtf32) out->append("\xff\xfe\x00\x00", 4);
  out->reserve(out->size() + text.size() * (is32 ? 4 : wide ? 2 : 1));
  const char* reason = id == kAscii ? "ordinal not in range(128)"
                       : id == kLatin1 ? "ordinal not in range(256)"
                       : cm ? "character maps to <undefined>" : "surrogates not allowed";
  // One code point to bytes; -1 when it cannot be encoded.
  auto emit = [&](uint32_t cp) -> bool {
    switch (id) {
      case kUtf8:
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        uni::utf8_append(*out, cp);
        return true;
      case kAscii:
        if (cp >= 0x80) return false;
        out->push_back(char(cp));
        return true;
      case kLatin1:
        if (cp >= 0x100) return false;
        out->push_back(char(cp));
        return true;
      default: break;
    }
    if (cm) {
      int b = charmap_byte(*cm, cp);
      if (b < 0) return false;
      out->push_back(char(b));
      return true;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    if (is32) put32(*out, cp, be);
    else if (cp >= 0x10000) {
      put16(*out, 0xD800 + ((cp - 0x10000) >> 10), be);
      put16(*out, 0xDC00 + ((cp - 0x10000) & 0x3FF), be);
    } else {
      put16(*out, cp, be);
    }
    return true;
  };
  // Replacement text (ASCII) goes through the same encoder.
  auto emit_ascii = [&](std::string_view rep) {
    for (char c : rep) emit(uint8_t(c));
  };
  const char* p = s->data;
  const char* e = p + s->size;
  size_t i = 0;
  std::vector<uint32_t> run;
  while (p < e) {
    const char* before = p;
    uint32_t cp = uni::utf8_next(p);
    if (emit(cp)) { ++i; continue; }
    // An unencodable run [i, j).
    run.clear();
    run.push_back(cp);
    const char* q = p;
    // UTF-16/32 report each surrogate on its own; the others report runs.
    while (!wide && q < e) {
      const char* r = q;
      uint32_t c2 = uni::utf8_next(r);
      size_t mark = out->size();
      bool ok = emit(c2);
      out->resize(mark);
      if (ok) break;
      run.push_back(c2);
      q = r;
    }
    size_t j = i + run.size();
    (void)before;
    switch (h) {
      case Handler::Strict:
        raise_encode_error(ts, error_name(id), s, i, j, reason);
        return 0;
      case Handler::Other:
        return -1;
      case Handler::Ignore: break;
      case Handler::Replace:
        for (size_t k = 0; k < run.size(); ++k) emit('?');
        break;
      case Handler::BackslashReplace: {
        std::string esc;
        for (uint32_t c : run) append_escape(esc, c);
        emit_ascii(esc);
        break;
      }
      case Handler::XmlCharRef:
        for (uint32_t c : run) emit_ascii("&#" + std::to_string(c) + ";");
        break;
      case Handler::SurrogateEscape:
        // CPython converts until a code point fails, then reports the run
        // from there.
        for (size_t k = 0; k < run.size(); ++k) {
          uint32_t c = run[k];
          if (c < 0xDC80 || c > 0xDCFF || wide) {
            raise_encode_error(ts, error_name(id), s, i + k, j, reason);
            return 0;
          }
          out->push_back(char(c - 0xDC00));
        }
        break;
    }
    p = q;
    i = j;
  }
  return 1;
}

// UTF-16 / UTF-32 decoding (BOM-detecting for the plain names, whose errors
// name the byte order found: 'utf-16-le'). Returns null with no exception set
// when the Python side must take over.
Value decode_wide(ThreadState* ts, std::string_view data, int id, Handler h, bool* delegate) {
  bool is32 = id >= kUtf32;
  bool be = id == kUtf16BE || id == kUtf32BE;
  size_t unit = is32 ? 4 : 2;
  size_t pos = 0;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(data.data());
  if (id == kUtf16 && data.size() >= 2) {
    if (p[0] == 0xFF && p[1] == 0xFE) pos = 2;
    else if (p[0] == 0xFE && p[1] == 0xFF) { pos = 2; be = true; }
  } else if (id == kUtf32 && data.size() >= 4) {
    if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) pos = 4;
    else if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) { pos = 4; be = true; }
  }
  const char* codec = is32 ? (be ? "utf-32-be" : "utf-32-le") : (be ? "utf-16-be" : "utf-16-le");
  auto rd = [&](size_t at) -> uint32_t {
    uint32_t v = 0;
    for (size_t k = 0; k < unit; ++k) {
      uint32_t b = p[at + k];
      v |= be ? b << (8 * (unit - 1 - k)) : b << (8 * k);
    }
    return v;
  };
  if (!is32) {
    // Well-formed UTF-16 straight into the result; anything else takes the
    // general loop below from the start.
    std::string fast;
    fast.resize((data.size() - pos) / 2 * 3 + 4);
    char* o = fast.data();
    int64_t n = 0;
    bool asc = true;
    size_t q = pos;
    for (; q + 2 <= data.size(); q += 2) {
      uint32_t u = be ? uint32_t(p[q]) << 8 | p[q + 1] : uint32_t(p[q + 1]) << 8 | p[q];
      if (u < 0x80) {
        *o++ = char(u);
      } else if (u < 0xD800 || u > 0xDFFF) {
        asc = false;
        o += uni::utf8_encode(u, o);
      } else {
        if (u >= 0xDC00 || q + 4 > data.size()) break;
        uint32_t lo = be ? uint32_t(p[q + 2]) << 8 | p[q + 3] : uint32_t(p[q + 3]) << 8 | p[q + 2];
        if (lo < 0xDC00 || lo > 0xDFFF) break;
        asc = false;
        o += uni::utf8_encode(0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00), o);
        q += 2;
      }
      ++n;
    }
    if (q == data.size()) {
      fast.resize(size_t(o - fast.data()));
      return str_new_len(ts, fast, n, asc);
    }
  }
  std::string out;
  out.reserve(data.size());
  int64_t ncp = 0;
  bool ascii = true;
  auto app = [&](uint32_t cp) {
    ++ncp;
    if (cp < 0x80) out.push_back(char(cp));
    else { ascii = false; uni::utf8_append(out, cp); }
  };
  // An error over [a, b): the position to go on from, or 0 on failure
  // (positions after an error are never 0).
  auto fail = [&](size_t a, size_t b, const char* reason) -> size_t {
    switch (h) {
      case Handler::Ignore: return b;
      case Handler::Replace: app( 0xFFFD); return b;
      case Handler::SurrogateEscape: {
        // CPython's handler escapes up to four bytes >= 0x80 and goes on after them.
        size_t k = a;
        while (k < b && k - a < 4 && p[k] >= 0x80) app( 0xDC00 + p[k++]);
        if (k == a) { raise_decode_error(ts, codec, data, a, b, reason); return 0; }
        return k;
      }
      case Handler::BackslashReplace: {
        size_t before = out.size();
        for (size_t k = a; k < b; ++k) append_escape(out, p[k]);
        ncp += int64_t(out.size() - before);
        return b;
      }
      case Handler::Strict: raise_decode_error(ts, codec, data, a, b, reason); return 0;
      default: *delegate = true; return 0;
    }
  };
  while (pos < data.size()) {
    if (pos + unit > data.size()) {
      size_t next = fail(pos, data.size(), "truncated data");
      if (!next) return Value();
      pos = next;
      continue;
    }
    uint32_t u = rd(pos);
    if (is32) {
      size_t next = pos + 4;
      if (u > 0x10FFFF) next = fail(pos, pos + 4, "code point not in range(0x110000)");
      else if (u >= 0xD800 && u <= 0xDFFF)
        next = fail(pos, pos + 4, "code point in surrogate code point range(0xd800, 0xe000)");
      else app( u);
      if (!next) return Value();
      pos = next;
      continue;
    }
    if (u < 0xD800 || u > 0xDFFF) { app( u); pos += 2; continue; }
    size_t next;
    if (u >= 0xDC00) {
      next = fail(pos, pos + 2, "illegal encoding");
    } else if (pos + 4 > data.size()) {
      next = fail(pos, data.size(), "unexpected end of data");
    } else {
      uint32_t lo = rd(pos + 2);
      if (lo < 0xDC00 || lo > 0xDFFF) {
        next = fail(pos, pos + 2, "illegal UTF-16 surrogate");
      } else {
        app( 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
        next = pos + 4;
      }
    }
    if (!next) return Value();
    pos = next;
  }
  return str_new_len(ts, out, ncp, ascii);
}

// The decoders for one-byte-per-character input (ascii, charmaps) and
// utf-8. Null without an exception: delegate to Python.
Value decode_bytewise(ThreadState* ts, std::string_view data, int id, Handler h, bool* delegate) {
  const CharmapCodec* cm = id >= kCharmapBase ? &kCharmapCodecs[id - kCharmapBase] : nullptr;
  std::string out;
  out.resize(data.size() * 3);  // every byte gives at most 3 bytes of UTF-8 (BMP tables)
  char* o = out.data();
  int64_t ncp = 0;
  for (size_t i = 0; i < data.size(); ++i) {
    uint8_t c = uint8_t(data[i]);
    if (c < 128) { *o++ = char(c); ++ncp; continue; }
    uint32_t cp = cm ? cm->dec[c - 128] : 0xFFFE;
    if (cp != 0xFFFE) {
      o += uni::utf8_encode(cp, o);
      ++ncp;
      continue;
    }
    // Error handling appends to the string: sync it first.
    out.resize(size_t(o - out.data()));
    size_t before = out.size();
    switch (h) {
      case Handler::Strict:
        return raise_decode_error(ts, error_name(id), data, i, i + 1,
                                  cm ? "character maps to <undefined>" : "ordinal not in range(128)");
      case Handler::Ignore: break;
      case Handler::Replace: uni::utf8_append(out, 0xFFFD); ++ncp; break;
      case Handler::SurrogateEscape: uni::utf8_append(out, 0xDC00 + c); ++ncp; break;
      case Handler::BackslashReplace: append_escape(out, c); ncp += int64_t(out.size() - before); break;
      default: *delegate = true; return Value();
    }
    size_t used = out.size();
    out.resize(used + (data.size() - i) * 3);
    o = out.data() + used;
  }
  out.resize(size_t(o - out.data()));
  return str_new_len(ts, out, ncp, size_t(ncp) == out.size());
}

Value decode_utf8(ThreadState* ts, std::string_view data, Handler h, bool* delegate) {
  int64_t ncp;
  bool ascii;
  size_t es, ee;
  const char* reason;
  if (uni::utf8_validate(data, &ncp, &ascii, &es, &ee, &reason)) return str_new_len(ts, data, ncp, ascii);
  std::string out;
  size_t pos = 0;
  while (true) {
    std::string_view rest = data.substr(pos);
    if (uni::utf8_validate(rest, &ncp, &ascii, &es, &ee, &reason)) {
      out.append(rest);
      break;
    }
    out.append(rest.substr(0, es));
    size_t a = pos + es, b = pos + ee;
    switch (h) {
      case Handler::Strict: return raise_decode_error(ts, "utf-8", data, a, b, reason);
      case Handler::Ignore: break;
      case Handler::Replace: uni::utf8_append(out, 0xFFFD); break;
      case Handler::SurrogateEscape:
        for (size_t k = a; k < b; ++k) uni::utf8_append(out, 0xDC00 + uint8_t(data[k]));
        break;
      case Handler::BackslashReplace:
        for (size_t k = a; k < b; ++k) append_escape(out, uint8_t(data[k]));
        break;
      default: *delegate = true; return Value();
    }
    pos = b;
  }
  return str_new(ts, out);
}

}  // namespace

Value codecs_import(ThreadState* ts, std::string_view name) {
  StrObject* n = intern(ts, name);
  if (ts->interp->modules) {
    Value m = dict_get_str(ts->interp->modules, n);
    if (m) return newref(m);
  }
  Value imp = ts->interp->builtins_dict ? dict_get_str(ts->interp->builtins_dict, ts->interp->names.__import__)
                                        : Value();
  if (!imp) return raise(ts, Exc::ImportError, "__import__ not found");
  Ref hold = Ref::borrow(imp);
  Value arg = Value::from_obj(n);
  return call(ts, imp, &arg, 1);
}

std::string_view codec_name(std::string_view enc) {
  switch (codec_id(enc)) {
    case kUtf8: return "utf-8";
    case kAscii: return "ascii";
    case kLatin1: return "latin-1";
    case kUtf16: return "utf-16";
    case kUtf16LE: return "utf-16-le";
    case kUtf16BE: return "utf-16-be";
    case kUtf32: return "utf-32";
    case kUtf32LE: return "utf-32-le";
    case kUtf32BE: return "utf-32-be";
    default: return "";
  }
}

bool str_encode_to(ThreadState* ts, StrObject* s, std::string_view encoding, std::string_view errors,
                   std::string* out) {
  int id = codec_id(encoding);
  if (id == kUnknown)
    return bytes_result(ts, call_codecs(ts, "_text_encode", Value::from_obj(s), encoding, errors), out);
  int r = encode_native(ts, id, s, handler_of(errors), out);
  if (r >= 0) return r == 1;
  return bytes_result(ts, call_codecs(ts, "_encode_with_handler", Value::from_obj(s), encoding, errors), out);
}

Value bytes_decode_to_str(ThreadState* ts, std::string_view data, std::string_view encoding, std::string_view errors) {
  int id = codec_id(encoding);
  if (id == kLatin1) {
    if (uni::all_ascii(data)) return str_new_len(ts, data, int64_t(data.size()), true);
    std::string out;
    out.reserve(data.size() * 2);
    for (char c : data) uni::utf8_append(out, uint8_t(c));
    return str_new_len(ts, out, int64_t(data.size()), false);
  }
  Handler h = handler_of(errors);
  bool delegate = false;
  Value r;
  if (id == kUtf8) r = decode_utf8(ts, data, h, &delegate);
  else if (id == kAscii || id >= kCharmapBase) {
    if ((id == kAscii || id >= kCharmapBase) && uni::all_ascii(data))
      return str_new_len(ts, data, int64_t(data.size()), true);
    r = decode_bytewise(ts, data, id, h, &delegate);
  } else if (id != kUnknown) {
    r = decode_wide(ts, data, id, h, &delegate);
  }
  if (r || (id != kUnknown && !delegate)) return r;
  Ref b(bytes_new(ts, data));
  if (!b) return Value();
  Ref res(call_codecs(ts, id == kUnknown ? "_text_decode" : "_decode_with_handler", b.get(), encoding, errors));
  if (!res) return Value();
  if (!is_str_fast(ts, res.get()))
    return raisef(ts, Exc::TypeError, "'%.*s' decoder returned '%s' instead of 'str'; use codecs.decode() to "
                  "decode to arbitrary types", int(encoding.size()), encoding.data(), type_name(ts, res.get()));
  return res.release();
}

}  // namespace minipy
