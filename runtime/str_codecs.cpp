// runtime/str_codecs.cpp — the built-in codecs str.encode / bytes.decode know:
// utf-8, ascii and latin-1 (with their common aliases), with the error
// handlers strict, ignore, replace, surrogateescape, backslashreplace and
// (encode only) xmlcharrefreplace; UnicodeEncodeError/UnicodeDecodeError
// messages as CPython words them.
#include <cstring>
#include <vector>

#include "runtime/unicode.h"

namespace minipy {

std::string_view codec_name(std::string_view enc) {
  char buf[32];
  if (enc.size() >= sizeof(buf)) return "";
  size_t n = 0;
  for (char c : enc) {
    char d = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (d == '_' || d == ' ') d = '-';
    buf[n++] = d;
  }
  std::string_view e(buf, n);
  if (e == "utf-8" || e == "utf8" || e == "u8" || e == "utf") return "utf-8";
  if (e == "utf-16" || e == "utf16" || e == "u16") return "utf-16";
  if (e == "utf-16-le" || e == "utf-16le" || e == "utf16le") return "utf-16-le";
  if (e == "utf-16-be" || e == "utf-16be" || e == "utf16be") return "utf-16-be";
  if (e == "utf-32" || e == "utf32" || e == "u32") return "utf-32";
  if (e == "utf-32-le" || e == "utf-32le" || e == "utf32le") return "utf-32-le";
  if (e == "utf-32-be" || e == "utf-32be" || e == "utf32be") return "utf-32-be";
  if (e == "ascii" || e == "us-ascii" || e == "646" || e == "us") return "ascii";
  if (e == "latin-1" || e == "latin1" || e == "iso-8859-1" || e == "iso8859-1" || e == "8859" || e == "cp819" ||
      e == "l1" || e == "latin" || e == "iso-ir-100")
    return "latin-1";
  return "";
}

namespace {

enum class Handler { Strict, Ignore, Replace, SurrogateEscape, BackslashReplace, XmlCharRef, Unknown };
Handler handler_of(std::string_view e) {
  if (e == "strict") return Handler::Strict;
  if (e == "ignore") return Handler::Ignore;
  if (e == "replace") return Handler::Replace;
  if (e == "surrogateescape") return Handler::SurrogateEscape;
  if (e == "backslashreplace") return Handler::BackslashReplace;
  if (e == "xmlcharrefreplace") return Handler::XmlCharRef;
  return Handler::Unknown;
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

Value raise_encode_error(ThreadState* ts, std::string_view codec, StrObject* s, size_t start, size_t end,
                         const char* reason) {
  std::string enc(codec);
  Value e = unicode_encode_error_new(ts, enc.c_str(), s->view(), int64_t(start), int64_t(end), reason);
  if (e) err_restore(ts, e);
  return Value();
}

Value raise_decode_error(ThreadState* ts, std::string_view codec, std::string_view data, size_t start, size_t end,
                         const char* reason) {
  std::string enc(codec);
  Value e = unicode_decode_error_new(ts, enc.c_str(), data, int64_t(start), int64_t(end), reason);
  if (e) err_restore(ts, e);
  return Value();
}

Value unknown_handler(ThreadState* ts, std::string_view errors) {
  return raisef(ts, Exc::LookupError, "unknown error handler name '%.*s'", int(errors.size()), errors.data());
}

void put16(std::string& out, uint32_t u, bool be) {
  if (be) { out.push_back(char(u >> 8)); out.push_back(char(u & 0xFF)); }
  else { out.push_back(char(u & 0xFF)); out.push_back(char(u >> 8)); }
}
void put32(std::string& out, uint32_t u, bool be) {
  for (int k = 0; k < 4; ++k) out.push_back(char(be ? (u >> (24 - 8 * k)) & 0xFF : (u >> (8 * k)) & 0xFF));
}

}  // namespace

bool str_encode_to(ThreadState* ts, StrObject* s, std::string_view encoding, std::string_view errors,
                   std::string* out) {
  std::string_view codec = codec_name(encoding);
  if (codec.empty()) {
    raisef(ts, Exc::LookupError, "unknown encoding: %.*s", int(encoding.size()), encoding.data());
    return false;
  }
  bool wide = codec.substr(0, 5) == "utf-1" || codec.substr(0, 5) == "utf-3";
  if (s->ascii && !wide) { out->assign(s->view()); return true; }
  bool is32 = codec.substr(0, 6) == "utf-32";
  bool be = codec.size() > 7 && codec.substr(codec.size() - 2) == "be";
  out->clear();
  if (codec == "utf-16") out->append("\xff\xfe", 2);
  if (codec == "utf-32") out->append("\xff\xfe\x00\x00", 4);
  auto emit = [&](uint32_t cp) {
    if (!wide) {
      // ascii/latin-1 only ever emit code points below their limit.
      if (codec == "utf-8") uni::utf8_append(*out, cp);
      else out->push_back(char(cp));
    } else if (is32) {
      put32(*out, cp, be);
    } else if (cp >= 0x10000) {
      put16(*out, 0xD800 + ((cp - 0x10000) >> 10), be);
      put16(*out, 0xDC00 + ((cp - 0x10000) & 0x3FF), be);
    } else {
      put16(*out, cp, be);
    }
  };
  uint32_t limit = codec == "ascii" ? 128 : codec == "latin-1" ? 256 : 0x110000;
  const char* reason = codec == "ascii" ? "ordinal not in range(128)"
                       : codec == "latin-1" ? "ordinal not in range(256)" : "surrogates not allowed";
  auto bad = [&](uint32_t cp) { return cp >= limit || (limit == 0x110000 && cp >= 0xD800 && cp <= 0xDFFF); };
  // Fast path: UTF-8 without surrogates is the stored text itself.
  std::vector<uint32_t> cps;
  cps.reserve(size_t(s->length));
  const char* p = s->data;
  const char* e = p + s->size;
  bool any_bad = false;
  while (p < e) {
    uint32_t cp = uni::utf8_next(p);
    any_bad |= bad(cp);
    cps.push_back(cp);
  }
  if (!any_bad) {
    if (codec == "utf-8") { out->assign(s->view()); return true; }
    for (uint32_t cp : cps) emit(cp);
    return true;
  }
  Handler h = handler_of(errors);
  size_t i = 0, n = cps.size();
  while (i < n) {
    uint32_t cp = cps[i];
    if (!bad(cp)) {
      emit(cp);
      ++i;
      continue;
    }
    size_t j = i;
    while (j < n && bad(cps[j])) ++j;
    switch (h) {
      case Handler::Strict:
        raise_encode_error(ts, codec, s, i, j, reason);
        return false;
      case Handler::Unknown:
        unknown_handler(ts, errors);
        return false;
      case Handler::Ignore: break;
      case Handler::Replace:
        for (size_t k = i; k < j; ++k) emit('?');
        break;
      case Handler::BackslashReplace: {
        std::string esc;
        for (size_t k = i; k < j; ++k) append_escape(esc, cps[k]);
        for (char c : esc) emit(uint8_t(c));
        break;
      }
      case Handler::XmlCharRef:
        for (size_t k = i; k < j; ++k) {
          if (cps[k] >= 0xD800 && cps[k] <= 0xDFFF && limit == 0x110000) {
            raise_encode_error(ts, codec, s, k, k + 1, reason);
            return false;
          }
          for (char c : "&#" + std::to_string(cps[k]) + ";") emit(uint8_t(c));
        }
        break;
      case Handler::SurrogateEscape:
        for (size_t k = i; k < j; ++k) {
          if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) {
            size_t m = k + 1;
            while (m < j && !(cps[m] >= 0xDC80 && cps[m] <= 0xDCFF)) ++m;
            raise_encode_error(ts, codec, s, k, m, reason);
            return false;
          }
          if (wide) { raise_encode_error(ts, codec, s, k, k + 1, reason); return false; }
          out->push_back(char(cps[k] - 0xDC00));
        }
        break;
    }
    i = j;
  }
  return true;
}

namespace {
// UTF-16 / UTF-32 decoding (BOM-detecting for the plain names).
Value decode_wide(ThreadState* ts, std::string_view data, std::string_view codec, std::string_view errors, Handler h) {
  bool is32 = codec.substr(0, 6) == "utf-32";
  bool be = codec.size() > 7 && codec.substr(codec.size() - 2) == "be";
  size_t unit = is32 ? 4 : 2;
  size_t pos = 0;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(data.data());
  if (codec == "utf-16" && data.size() >= 2) {
    if (p[0] == 0xFF && p[1] == 0xFE) pos = 2;
    else if (p[0] == 0xFE && p[1] == 0xFF) { pos = 2; be = true; }
  } else if (codec == "utf-32" && data.size() >= 4) {
    if (p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) pos = 4;
    else if (p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) { pos = 4; be = true; }
  }
  auto rd = [&](size_t at) -> uint32_t {
    uint32_t v = 0;
    for (size_t k = 0; k < unit; ++k) {
      uint32_t b = p[at + k];
      v |= be ? b << (8 * (unit - 1 - k)) : b << (8 * k);
    }
    return v;
  };
  std::string out;
  auto fail = [&](size_t a, size_t b, const char* reason) -> bool {
    switch (h) {
      case Handler::Ignore: return true;
      case Handler::Replace: uni::utf8_append(out, 0xFFFD); return true;
      case Handler::SurrogateEscape:
        for (size_t k = a; k < b; ++k) uni::utf8_append(out, 0xDC00 + p[k]);
        return true;
      case Handler::BackslashReplace:
        for (size_t k = a; k < b; ++k) append_escape(out, p[k]);
        return true;
      case Handler::Unknown: unknown_handler(ts, errors); return false;
      default: raise_decode_error(ts, codec, data, a, b, reason); return false;
    }
  };
  while (pos < data.size()) {
    if (pos + unit > data.size()) {
      if (!fail(pos, data.size(), "truncated data")) return Value();
      break;
    }
    uint32_t u = rd(pos);
    if (is32) {
      if (u > 0x10FFFF || (u >= 0xD800 && u <= 0xDFFF)) {
        if (!fail(pos, pos + 4, "code point not in range(0x110000)")) return Value();
      } else {
        uni::utf8_append(out, u);
      }
      pos += 4;
      continue;
    }
    if (u < 0xD800 || u > 0xDFFF) { uni::utf8_append(out, u); pos += 2; continue; }
    if (u >= 0xDC00) {
      if (!fail(pos, pos + 2, "illegal encoding")) return Value();
      pos += 2;
      continue;
    }
    if (pos + 4 > data.size()) {
      if (!fail(pos, data.size(), "unexpected end of data")) return Value();
      break;
    }
    uint32_t lo = rd(pos + 2);
    if (lo < 0xDC00 || lo > 0xDFFF) {
      if (!fail(pos, pos + 2, "illegal UTF-16 surrogate")) return Value();
      pos += 2;
      continue;
    }
    uni::utf8_append(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
    pos += 4;
  }
  return str_new(ts, out);
}
}  // namespace

Value bytes_decode_to_str(ThreadState* ts, std::string_view data, std::string_view encoding, std::string_view errors) {
  std::string_view codec = codec_name(encoding);
  if (codec.empty())
    return raisef(ts, Exc::LookupError, "unknown encoding: %.*s", int(encoding.size()), encoding.data());
  if (codec == "latin-1") {
    if (uni::all_ascii(data)) return str_new_len(ts, data, int64_t(data.size()), true);
    std::string out;
    out.reserve(data.size() * 2);
    for (char c : data) uni::utf8_append(out, uint8_t(c));
    return str_new_len(ts, out, int64_t(data.size()), false);
  }
  Handler h = handler_of(errors);
  if (codec.substr(0, 5) == "utf-1" || codec.substr(0, 5) == "utf-3") return decode_wide(ts, data, codec, errors, h);
  if (codec == "ascii") {
    if (uni::all_ascii(data)) return str_new_len(ts, data, int64_t(data.size()), true);
    std::string out;
    for (size_t i = 0; i < data.size(); ++i) {
      uint8_t c = uint8_t(data[i]);
      if (c < 128) { out.push_back(char(c)); continue; }
      switch (h) {
        case Handler::Strict: case Handler::XmlCharRef:
          return raise_decode_error(ts, codec, data, i, i + 1, "ordinal not in range(128)");
        case Handler::Unknown:
          return unknown_handler(ts, errors);
        case Handler::Ignore: break;
        case Handler::Replace: uni::utf8_append(out, 0xFFFD); break;
        case Handler::SurrogateEscape: uni::utf8_append(out, 0xDC00 + c); break;
        case Handler::BackslashReplace: append_escape(out, c); break;
      }
    }
    return str_new(ts, out);
  }
  // utf-8
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
      case Handler::Strict: case Handler::XmlCharRef:
        return raise_decode_error(ts, codec, data, a, b, reason);
      case Handler::Unknown:
        return unknown_handler(ts, errors);
      case Handler::Ignore: break;
      case Handler::Replace: uni::utf8_append(out, 0xFFFD); break;
      case Handler::SurrogateEscape:
        for (size_t k = a; k < b; ++k) uni::utf8_append(out, 0xDC00 + uint8_t(data[k]));
        break;
      case Handler::BackslashReplace:
        for (size_t k = a; k < b; ++k) append_escape(out, uint8_t(data[k]));
        break;
    }
    pos = b;
  }
  return str_new(ts, out);
}

}  // namespace minipy
