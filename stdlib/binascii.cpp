// stdlib/binascii.cpp — the native `binascii` module: hex (hexlify/unhexlify
// with separators), base64 (b2a_base64/a2b_base64 incl. strict_mode), crc32
// (zlib's), crc_hqx, quoted-printable and uuencode, with binascii.Error /
// binascii.Incomplete and CPython 3.11's messages.
// Must not: know about the base64 module's alphabets (base64.py owns those).
#include <zlib.h>

#include <cstring>
#include <string>

#include "stdlib/modules.h"
#include "stdlib/modutil.h"

namespace minipy {

namespace {

Value binascii_error(ThreadState* ts, std::string_view msg) {
  return raise_module_error(ts, "binascii", "Error", Exc::ValueError, msg);
}

// Argument of an a2b_* function: bytes-like, or a str of ASCII characters.
bool ascii_data(ThreadState* ts, Value v, std::string_view* out) {
  if (is_str(ts, v)) {
    if (!v.as<StrObject>()->ascii) {
      raise(ts, Exc::ValueError, "string argument should contain only ASCII characters");
      return false;
    }
    *out = str_view(v);
    return true;
  }
  if (!read_buffer(ts, v, out)) {
    err_clear(ts);
    raisef(ts, Exc::TypeError, "argument should be bytes, buffer or ASCII string, not '%s'", type_name(ts, v));
    return false;
  }
  return true;
}

constexpr char kHex[] = "0123456789abcdef";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// bytes.hex()-style formatting with an optional one-character separator every
// `per` bytes (counted from the right when per > 0, from the left when < 0).
Value hexlify_impl(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"data", "sep", "bytes_per_sep"};
  Value a[3] = {};
  if (!parse_args(ts, fname, args, nargs, kw, kNames, 3, 1, 3, 1, a)) return Value();
  std::string_view data;
  if (!read_buffer(ts, a[0], &data)) return Value();
  int64_t per = 1;
  if (a[2] && !index_i64(ts, a[2], &per)) return Value();
  char sep = 0;
  if (a[1] && !a[1].is_none()) {
    std::string_view s;
    if (is_str(ts, a[1])) {
      s = str_view(a[1]);
      if (a[1].as<StrObject>()->length != 1) return raise(ts, Exc::ValueError, "sep must be length 1.");
      if (!a[1].as<StrObject>()->ascii) return raise(ts, Exc::ValueError, "sep must be ASCII.");
    } else if (is_bytes(ts, a[1]) || is_bytearray(ts, a[1])) {
      bytes_like_view(ts, a[1], &s);
      if (s.size() != 1) return raise(ts, Exc::ValueError, "sep must be length 1.");
    } else {
      return raise(ts, Exc::TypeError, "sep must be str or bytes.");
    }
    sep = s[0];
  }
  std::string out;
  size_t n = data.size();
  if (!sep || per == 0 || n == 0) {
    out.resize(n * 2);
    for (size_t i = 0; i < n; i++) {
      uint8_t b = uint8_t(data[i]);
      out[2 * i] = kHex[b >> 4];
      out[2 * i + 1] = kHex[b & 15];
    }
    return bytes_new(ts, out);
  }
  size_t group = size_t(per < 0 ? -per : per);
  out.reserve(n * 3);
  for (size_t i = 0; i < n; i++) {
    bool boundary;
    if (per > 0) boundary = i > 0 && (n - i) % group == 0;
    else boundary = i > 0 && i % group == 0;
    if (boundary) out.push_back(sep);
    uint8_t b = uint8_t(data[i]);
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
  return bytes_new(ts, out);
}

Value unhexlify_impl(ThreadState* ts, const char* fname, const Value* args, size_t nargs, TupleObject* kw) {
  static constexpr const char* kNames[] = {"hexstr"};
  Value a[1] = {};
  if (!parse_args(ts, fname, args, nargs, kw, kNames, 1, 1, 1, 1, a)) return Value();
  std::string_view data;
  if (!ascii_data(ts, a[0], &data)) return Value();
  if (data.size() % 2) return binascii_error(ts, "Odd-length string");
  std::string out(data.size() / 2, '\0');
  for (size_t i = 0; i < out.size(); i++) {
    int hi = hex_value(data[2 * i]), lo = hex_value(data[2 * i + 1]);
    if (hi < 0 || lo < 0) return binascii_error(ts, "Non-hexadecimal digit found");
    out[i] = char(hi * 16 + lo);
  }
  return bytes_new(ts, out);
}

#define METH(name) Value name(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw)

METH(m_hexlify) { return hexlify_impl(ts, "hexlify", args, nargs, kw); }
METH(m_b2a_hex) { return hexlify_impl(ts, "b2a_hex", args, nargs, kw); }
METH(m_unhexlify) { return unhexlify_impl(ts, "unhexlify", args, nargs, kw); }
METH(m_a2b_hex) { return unhexlify_impl(ts, "a2b_hex", args, nargs, kw); }

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int b64_value(uint8_t c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

METH(m_b2a_base64) {
  static constexpr const char* kNames[] = {"data", "newline"};
  Value a[2] = {};
  if (!parse_args(ts, "b2a_base64", args, nargs, kw, kNames, 2, 1, 1, 1, a)) return Value();
  std::string_view data;
  if (!read_buffer(ts, a[0], &data)) return Value();
  int newline = 1;
  if (a[1] && (newline = truthy(ts, a[1])) < 0) return Value();
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4 + 1);
  size_t i = 0, n = data.size();
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t(uint8_t(data[i])) << 16) | (uint32_t(uint8_t(data[i + 1])) << 8) | uint8_t(data[i + 2]);
    out.push_back(kB64[v >> 18]);
    out.push_back(kB64[(v >> 12) & 63]);
    out.push_back(kB64[(v >> 6) & 63]);
    out.push_back(kB64[v & 63]);
  }
  if (n - i == 1) {
    uint32_t v = uint32_t(uint8_t(data[i])) << 16;
    out.push_back(kB64[v >> 18]);
    out.push_back(kB64[(v >> 12) & 63]);
    out += "==";
  } else if (n - i == 2) {
    uint32_t v = (uint32_t(uint8_t(data[i])) << 16) | (uint32_t(uint8_t(data[i + 1])) << 8);
    out.push_back(kB64[v >> 18]);
    out.push_back(kB64[(v >> 12) & 63]);
    out.push_back(kB64[(v >> 6) & 63]);
    out.push_back('=');
  }
  if (newline) out.push_back('\n');
  return bytes_new(ts, out);
}

METH(m_a2b_base64) {
  static constexpr const char* kNames[] = {"data", "strict_mode"};
  Value a[2] = {};
  if (!parse_args(ts, "a2b_base64", args, nargs, kw, kNames, 2, 1, 1, 1, a)) return Value();
  std::string_view data;
  if (!ascii_data(ts, a[0], &data)) return Value();
  int strict = 0;
  if (a[1] && (strict = truthy(ts, a[1])) < 0) return Value();
  std::string out;
  out.reserve(data.size() / 4 * 3 + 3);
  int quad_pos = 0, pads = 0;
  uint32_t left = 0;
  bool padding_started = false;
  if (strict && !data.empty() && data[0] == '=') return binascii_error(ts, "Leading padding not allowed");
  for (size_t i = 0; i < data.size(); i++) {
    uint8_t c = uint8_t(data[i]);
    if (c == '=') {
      padding_started = true;
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        if (strict && i + 1 < data.size()) return binascii_error(ts, "Excess data after padding");
        return bytes_new(ts, out);
      }
      continue;
    }
    int v = b64_value(c);
    if (v < 0) {
      if (strict) return binascii_error(ts, "Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started) return binascii_error(ts, "Discontinuous padding not allowed");
    pads = 0;
    switch (quad_pos) {
      case 0: quad_pos = 1; left = uint32_t(v); break;
      case 1: quad_pos = 2; out.push_back(char((left << 2) | (uint32_t(v) >> 4))); left = uint32_t(v) & 0xf; break;
      case 2: quad_pos = 3; out.push_back(char((left << 4) | (uint32_t(v) >> 2))); left = uint32_t(v) & 3; break;
      default: quad_pos = 0; out.push_back(char((left << 6) | uint32_t(v))); left = 0; break;
    }
  }
  if (quad_pos == 1)
    return binascii_error(ts, strf("Invalid base64-encoded string: number of data characters (%zu) cannot be 1 more "
                                   "than a multiple of 4", out.size() / 3 * 4 + 1));
  if (quad_pos != 0) return binascii_error(ts, "Incorrect padding");
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

METH(m_crc32) {
  if (!no_kwargs(ts, "crc32", kw) || !check_nargs(ts, "crc32", nargs, 1, 2)) return Value();
  std::string_view data;
  if (!read_buffer(ts, args[0], &data)) return Value();
  uint32_t crc = 0;
  if (nargs > 1 && !u32_arg(ts, args[1], &crc)) return Value();
  uLong c = crc;
  size_t off = 0;
  while (off < data.size()) {
    size_t chunk = std::min<size_t>(data.size() - off, 1u << 30);
    c = ::crc32(c, reinterpret_cast<const Bytef*>(data.data() + off), uInt(chunk));
    off += chunk;
  }
  return int_from_u64(ts, uint64_t(uint32_t(c)));
}

METH(m_crc_hqx) {
  if (!no_kwargs(ts, "crc_hqx", kw) || !check_nargs(ts, "crc_hqx", nargs, 2, 2)) return Value();
  std::string_view data;
  if (!read_buffer(ts, args[0], &data)) return Value();
  uint32_t crc;
  if (!u32_arg(ts, args[1], &crc)) return Value();
  crc &= 0xffff;
  for (char ch : data) {
    crc ^= uint32_t(uint8_t(ch)) << 8;
    for (int k = 0; k < 8; k++) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) : (crc << 1);
    crc &= 0xffff;
  }
  return Value::small_int(crc);
}

// ---------------------------------------------------------------- uuencode

METH(m_b2a_uu) {
  static constexpr const char* kNames[] = {"data", "backtick"};
  Value a[2] = {};
  if (!parse_args(ts, "b2a_uu", args, nargs, kw, kNames, 2, 1, 1, 1, a)) return Value();
  std::string_view data;
  if (!read_buffer(ts, a[0], &data)) return Value();
  int backtick = 0;
  if (a[1] && (backtick = truthy(ts, a[1])) < 0) return Value();
  if (data.size() > 45) return binascii_error(ts, "At most 45 bytes at once");
  auto enc = [&](uint32_t v) { return char(backtick && v == 0 ? '`' : ' ' + v); };
  std::string out;
  out.push_back(enc(uint32_t(data.size())));
  for (size_t i = 0; i < data.size(); i += 3) {
    uint32_t b0 = uint8_t(data[i]);
    uint32_t b1 = i + 1 < data.size() ? uint8_t(data[i + 1]) : 0;
    uint32_t b2 = i + 2 < data.size() ? uint8_t(data[i + 2]) : 0;
    uint32_t v = (b0 << 16) | (b1 << 8) | b2;
    out.push_back(enc(v >> 18));
    out.push_back(enc((v >> 12) & 63));
    out.push_back(enc((v >> 6) & 63));
    out.push_back(enc(v & 63));
  }
  out.push_back('\n');
  return bytes_new(ts, out);
}

METH(m_a2b_uu) {
  if (!no_kwargs(ts, "a2b_uu", kw) || !check_nargs(ts, "a2b_uu", nargs, 1, 1)) return Value();
  std::string_view data;
  if (!ascii_data(ts, args[0], &data)) return Value();
  if (data.empty()) return bytes_new(ts, std::string(32, '\0'));
  size_t n = size_t((uint8_t(data[0]) - ' ') & 0x3f);
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  size_t i = 1;
  for (; out.size() < n; i++) {
    uint32_t v = 0;
    // Missing characters and line ends count as zero bits (whitespace is trailing).
    if (i < data.size() && data[i] != '\n' && data[i] != '\r') {
      uint8_t c = uint8_t(data[i]);
      if (c == '`') c = ' ';
      if (c < ' ' || c > ' ' + 64) return binascii_error(ts, "Illegal char");
      v = uint32_t(c - ' ') & 0x3f;
    }
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(char((acc >> bits) & 0xff));
    }
  }
  for (; i < data.size(); i++) {
    uint8_t c = uint8_t(data[i]);
    if (c != ' ' && c != '`' && c != '\n' && c != '\r') return binascii_error(ts, "Trailing garbage");
  }
  return bytes_new(ts, out);
}

// ---------------------------------------------------------------- quoted-printable

METH(m_a2b_qp) {
  static constexpr const char* kNames[] = {"data", "header"};
  Value a[2] = {};
  if (!parse_args(ts, "a2b_qp", args, nargs, kw, kNames, 2, 0, 2, 1, a)) return Value();
  std::string_view data;
  if (!ascii_data(ts, a[0], &data)) return Value();
  int header = 0;
  if (a[1] && (header = truthy(ts, a[1])) < 0) return Value();
  std::string out;
  size_t i = 0, n = data.size();
  while (i < n) {
    char c = data[i];
    if (c == '=') {
      i++;
      if (i >= n) break;
      // Soft line break: "=\n" or "=\r\n".
      if (data[i] == '\n' || data[i] == '\r') {
        if (data[i] != '\n') {
          while (i < n && data[i] != '\n') i++;
        }
        if (i < n) i++;
      } else if (data[i] == '=') {
        out.push_back('=');
        i++;
      } else if (i + 1 < n && hex_value(data[i]) >= 0 && hex_value(data[i + 1]) >= 0) {
        out.push_back(char(hex_value(data[i]) * 16 + hex_value(data[i + 1])));
        i += 2;
      } else {
        out.push_back('=');
      }
    } else if (header && c == '_') {
      out.push_back(' ');
      i++;
    } else {
      out.push_back(c);
      i++;
    }
  }
  return bytes_new(ts, out);
}

METH(m_b2a_qp) {
  static constexpr const char* kNames[] = {"data", "quotetabs", "istext", "header"};
  Value a[4] = {};
  if (!parse_args(ts, "b2a_qp", args, nargs, kw, kNames, 4, 0, 4, 1, a)) return Value();
  std::string_view data;
  if (!read_buffer(ts, a[0], &data)) return Value();
  int quotetabs = 0, istext = 1, header = 0;
  if (a[1] && (quotetabs = truthy(ts, a[1])) < 0) return Value();
  if (a[2] && (istext = truthy(ts, a[2])) < 0) return Value();
  if (a[3] && (header = truthy(ts, a[3])) < 0) return Value();
  constexpr size_t kMaxLine = 76;
  size_t n = data.size();
  auto at = [&](size_t i) { return uint8_t(data[i]); };
  // CRLF line ends are kept when the first line end is one.
  size_t nl = data.find('\n');
  bool crlf = nl != std::string_view::npos && nl > 0 && data[nl - 1] == '\r';
  std::string out;
  size_t linelen = 0;
  auto soft_break = [&]() {
    out.push_back('=');
    if (crlf) out.push_back('\r');
    out.push_back('\n');
    linelen = 0;
  };
  auto put_hex = [&](uint8_t c) {
    out.push_back("0123456789ABCDEF"[c >> 4]);
    out.push_back("0123456789ABCDEF"[c & 15]);
  };
  size_t i = 0;
  while (i < n) {
    uint8_t c = at(i);
    bool last = i + 1 == n;
    bool quote = c > 126 || c == '=' || (header && c == '_') ||
                 (c == '.' && linelen == 0 && (last || at(i + 1) == '\n' || at(i + 1) == '\r' || at(i + 1) == 0)) ||
                 (!istext && (c == '\r' || c == '\n')) || ((c == '\t' || c == ' ') && last) ||
                 (c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')));
    if (quote) {
      if (linelen + 3 >= kMaxLine) soft_break();
      out.push_back('=');
      put_hex(c);
      i++;
      linelen += 3;
    } else if (istext && (c == '\n' || (i + 1 < n && c == '\r' && at(i + 1) == '\n'))) {
      linelen = 0;
      // Whitespace just before a line end must be quoted.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        uint8_t w = uint8_t(out.back());
        out.back() = '=';
        put_hex(w);
      }
      if (crlf) out.push_back('\r');
      out.push_back('\n');
      i += c == '\r' ? 2 : 1;
    } else {
      if (!last && at(i + 1) != '\n' && linelen + 1 >= kMaxLine) soft_break();
      linelen++;
      out.push_back(header && c == ' ' ? '_' : char(c));
      i++;
    }
  }
  return bytes_new(ts, out);
}

#undef METH

const MethodDef kModuleMethods[] = {
    {"a2b_base64", m_a2b_base64, kMethNormal, "Decode a line of base64 data."},
    {"a2b_hex", m_a2b_hex},
    {"a2b_qp", m_a2b_qp},
    {"a2b_uu", m_a2b_uu},
    {"b2a_base64", m_b2a_base64, kMethNormal, "Base64-code line of data."},
    {"b2a_hex", m_b2a_hex},
    {"b2a_qp", m_b2a_qp},
    {"b2a_uu", m_b2a_uu},
    {"crc32", m_crc32, kMethNormal, "Compute CRC-32 incrementally."},
    {"crc_hqx", m_crc_hqx, kMethNormal, "Compute CRC-CCITT incrementally."},
    {"hexlify", m_hexlify, kMethNormal, "Hexadecimal representation of binary data."},
    {"unhexlify", m_unhexlify, kMethNormal, "Binary data of hexadecimal representation."},
    {nullptr, nullptr},
};

bool binascii_init(ThreadState* ts, ModuleObject* m) {
  Ref err(make_exception_class(ts, "binascii", "Error", exc_type(ts, Exc::ValueError)));
  Ref inc(make_exception_class(ts, "binascii", "Incomplete", exc_type(ts, Exc::Exception)));
  if (!err || !inc) return false;
  return module_add(ts, m, "Error", err.get()) && module_add(ts, m, "Incomplete", inc.get());
}

}  // namespace

const ModuleDef binascii_module_def = {
    .name = "binascii",
    .doc = "Conversion between binary data and ASCII",
    .methods = kModuleMethods,
    .init = binascii_init,
};

}  // namespace minipy
