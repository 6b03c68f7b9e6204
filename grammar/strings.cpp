// grammar/strings.cpp — string, bytes and f-string literals.
//
// Owns: decoding escapes, concatenating adjacent literals, and splitting
// f-strings into JoinedStr/FormattedValue (each replacement field is parsed by
// re-running the expression parser, see parse_fstring_expr in parse.cpp).
// Must not: know the grammar beyond that entry point.
#include <algorithm>
#include <cstring>
#include <string>

#include "grammar/parse_internal.h"

namespace minipy::ast::detail {
namespace {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

// A small table of \N{...} names; anything else is reported as unknown.
struct NamedChar { const char* name; uint32_t cp; };
const NamedChar kNamedChars[] = {
    {"SPACE", 0x20}, {"NO-BREAK SPACE", 0xA0}, {"NBSP", 0xA0}, {"EM DASH", 0x2014}, {"EN DASH", 0x2013},
    {"BULLET", 0x2022}, {"HORIZONTAL ELLIPSIS", 0x2026}, {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D}, {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019}, {"DEGREE SIGN", 0xB0}, {"EURO SIGN", 0x20AC},
    {"POUND SIGN", 0xA3}, {"YEN SIGN", 0xA5}, {"COPYRIGHT SIGN", 0xA9}, {"REGISTERED SIGN", 0xAE},
    {"MICRO SIGN", 0xB5}, {"MULTIPLICATION SIGN", 0xD7}, {"DIVISION SIGN", 0xF7}, {"PLUS-MINUS SIGN", 0xB1},
    {"GREEK SMALL LETTER ALPHA", 0x3B1}, {"GREEK SMALL LETTER BETA", 0x3B2}, {"GREEK SMALL LETTER GAMMA", 0x3B3},
    {"GREEK SMALL LETTER DELTA", 0x3B4}, {"GREEK SMALL LETTER PI", 0x3C0}, {"GREEK SMALL LETTER MU", 0x3BC},
    {"GREEK SMALL LETTER LAMDA", 0x3BB}, {"GREEK SMALL LETTER SIGMA", 0x3C3}, {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK CAPITAL LETTER DELTA", 0x394}, {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC}, {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4}, {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN CAPITAL LETTER A", 0x41}, {"LATIN SMALL LETTER A", 0x61}, {"DIGIT ZERO", 0x30},
    {"SNOWMAN", 0x2603}, {"BLACK STAR", 0x2605}, {"WHITE SMILING FACE", 0x263A}, {"CHECK MARK", 0x2713},
    {"RIGHTWARDS ARROW", 0x2192}, {"LEFTWARDS ARROW", 0x2190}, {"INFINITY", 0x221E},
    {"ZERO WIDTH SPACE", 0x200B}, {"ZERO WIDTH JOINER", 0x200D}, {"BYTE ORDER MARK", 0xFEFF},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF}, {"REPLACEMENT CHARACTER", 0xFFFD}, {"NULL", 0}, {"LINE FEED", 10},
    {"CARRIAGE RETURN", 13}, {"CHARACTER TABULATION", 9}, {"ESCAPE", 27}, {"DELETE", 127},
    {"GRINNING FACE", 0x1F600}, {"PILE OF POO", 0x1F4A9}, {"THUMBS UP SIGN", 0x1F44D},
    {"HEAVY BLACK HEART", 0x2764}, {"SECTION SIGN", 0xA7}, {"PILCROW SIGN", 0xB6}, {"MIDDLE DOT", 0xB7},
    {"EMPTY SET", 0x2205}, {"DAGGER", 0x2020}, {"CENT SIGN", 0xA2}, {"INVERTED QUESTION MARK", 0xBF},
};

bool lookup_name(const std::string& name, uint32_t& cp) {
  std::string up;
  for (char c : name) up += (c >= 'a' && c <= 'z') ? char(c - 32) : c;
  for (const auto& n : kNamedChars)
    if (up == n.name) { cp = n.cp; return true; }
  return false;
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

struct Lit {
  bool raw = false, bytes = false, fstr = false, unicode = false;
  std::string body;    // between the quotes, as in the source
  int body_line = 0, body_col = 0;   // position of body[0]
  Loc loc;             // whole token
};

// Decodes escapes of a (non-raw) literal body. Returns false with `err` set.
// `*invalid` (if given) receives the position of the character after the
// backslash of the first invalid escape (CPython's first_invalid_escape).
bool decode_escapes(const std::string& s, bool bytes, std::string& out, std::string& err,
                    size_t* invalid = nullptr) {
  auto note_invalid = [&](size_t pos) {
    if (invalid && *invalid == std::string::npos) *invalid = pos;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '\\' || i + 1 >= s.size()) { out += c; continue; }
    size_t start = i;
    char e = s[++i];
    switch (e) {
      case '\n': break;
      case '\r': if (i + 1 < s.size() && s[i + 1] == '\n') ++i; break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = e - '0';
        for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k) v = v * 8 + (s[++i] - '0');
        if (v > 0377) note_invalid(start + 1);
        if (bytes) out += char(v & 0xFF);
        else append_utf8(out, v);
        break;
      }
      case 'x': {
        int h1 = i + 1 < s.size() ? hexval(s[i + 1]) : -1, h2 = i + 2 < s.size() ? hexval(s[i + 2]) : -1;
        if (h1 < 0 || h2 < 0) {
          size_t endp = i + (h1 < 0 ? 0 : 1);
          err = std::string("(") + (bytes ? "value error) invalid \\x escape at position " + std::to_string(start)
                                          : "unicode error) 'unicodeescape' codec can't decode bytes in position " +
                                                std::to_string(start) + "-" + std::to_string(endp) +
                                                ": truncated \\xXX escape");
          return false;
        }
        i += 2;
        if (bytes) out += char(h1 * 16 + h2);
        else append_utf8(out, uint32_t(h1 * 16 + h2));
        break;
      }
      case 'u': case 'U': case 'N':
        if (bytes) { note_invalid(start + 1); out += '\\'; out += e; break; }
        if (e == 'N') {
          size_t close = s.find('}', i);
          if (i + 1 >= s.size() || s[i + 1] != '{' || close == std::string::npos) {
            size_t endp = i + 1 < s.size() && s[i + 1] == '{' ? s.size() - 1 : i;
            err = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(start) +
                  "-" + std::to_string(endp) + ": malformed \\N character escape";
            return false;
          }
          uint32_t cp;
          if (!lookup_name(s.substr(i + 2, close - i - 2), cp)) {
            err = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(start) +
                  "-" + std::to_string(close) + ": unknown Unicode character name";
            return false;
          }
          append_utf8(out, cp);
          i = close;
        } else {
          int n = e == 'u' ? 4 : 8;
          uint32_t v = 0;
          int k = 0;
          for (; k < n && i + 1 < s.size() && hexval(s[i + 1]) >= 0; ++k) v = v * 16 + hexval(s[++i]);
          if (k < n) {
            err = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(start) +
                  "-" + std::to_string(i) + ": truncated \\" + (e == 'u' ? "uXXXX" : "UXXXXXXXX") + " escape";
            return false;
          }
          if (v > 0x10FFFF) {
            err = "(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(start) +
                  "-" + std::to_string(i) + ": illegal Unicode character";
            return false;
          }
          append_utf8(out, v);
        }
        break;
      default:
        note_invalid(start + 1);
        out += '\\';
        out += e;
        break;
    }
  }
  return true;
}

// CPython 3.11 warns (DeprecationWarning) about the first invalid escape of
// each decoded literal piece, at the line where its token starts.
void warn_invalid_escape(ParseCtx& ctx, const std::string& s, size_t pos, int line) {
  if (pos == std::string::npos || !ctx.warnings) return;
  char c = s[pos];
  std::string msg = c >= '4' && c <= '7' ? "invalid octal escape sequence '\\" + s.substr(pos, 3) + "'"
                                         : std::string("invalid escape sequence '\\") + c + "'";
  ctx.warnings->push_back(ParseWarning{"DeprecationWarning", std::move(msg), line});
}

Lit split_token(const ParseCtx& ctx, int tok) {
  Lit l;
  const std::string t = ctx.text(tok);
  l.loc = ctx.loc(tok);
  size_t i = 0;
  while (i < t.size() && t[i] != '\'' && t[i] != '"') {
    char c = t[i] | 0x20;
    if (c == 'r') l.raw = true;
    else if (c == 'b') l.bytes = true;
    else if (c == 'f') l.fstr = true;
    else if (c == 'u') l.unicode = true;
    ++i;
  }
  size_t q = (t.size() >= i + 6 && t[i + 1] == t[i] && t[i + 2] == t[i]) ? 3 : 1;
  l.body = t.substr(i + q, t.size() - 2 * q - i);
  l.body_line = l.loc.line;
  l.body_col = l.loc.col + int(i + q);
  return l;
}

// Position (line, col) of body offset `off`.
void body_pos(const Lit& l, size_t off, int& line, int& col) {
  line = l.body_line;
  col = l.body_col;
  for (size_t k = 0; k < off && k < l.body.size(); ++k) {
    if (l.body[k] == '\n') { ++line; col = 0; }
    else ++col;
  }
}

struct FBuilder {
  ParseCtx& ctx;
  const Lit& lit;
  std::vector<Expr*>& values;   // output pieces
  std::string pending;          // constant text not yet emitted
  const Token* after = nullptr; // the token after the literal group (CPython's error position)
  int group_line = 0;           // first line of the literal group

  [[noreturn]] void fail(const std::string& msg) {
    if (!after || !ctx.src) raise_error_point(ctx, lit.loc.end_line, lit.loc.end_col + 1, msg);
    // CPython 3.11 reports f-string errors at the token after the strings (its
    // parser had read it), quoting the lines from the strings' start to it.
    ParseFailure f;
    f.info.msg = msg;
    f.info.line = after->loc.line;
    f.info.col = after->loc.col + 1;
    f.info.end_line = after->loc.end_line;
    f.info.end_col = after->loc.end_col + 1;
    for (int l = std::min(group_line, after->loc.line); l <= after->loc.line; ++l)
      f.info.text += ctx.src->line(l) + (l < after->loc.line ? "\n" : "");
    throw f;
  }
  void flush() {
    if (pending.empty()) return;
    Expr* c = ctx.arena->expr(ExprKind::Constant, lit.loc);
    c->ckind = ConstKind::Str;
    c->text = std::move(pending);
    pending.clear();
    values.push_back(c);
  }
  void add_literal(const std::string& raw_piece) {
    if (lit.raw) { pending += raw_piece; return; }
    std::string out, err;
    size_t invalid = std::string::npos;
    if (!decode_escapes(raw_piece, false, out, err, &invalid)) fail(err);
    warn_invalid_escape(ctx, raw_piece, invalid, lit.loc.line);
    pending += out;
  }
  // Parses body[i..] up to the end (depth 0) or to the '}' closing a format
  // spec (depth > 0). Returns the index after the consumed text.
  size_t parse(size_t i, int depth) {
    const std::string& s = lit.body;
    std::string piece;
    while (i < s.size()) {
      char c = s[i];
      if (c == '\\' && !lit.raw && i + 1 < s.size() && s[i + 1] == 'N' && i + 2 < s.size() && s[i + 2] == '{') {
        size_t close = s.find('}', i);
        if (close == std::string::npos) close = s.size() - 1;
        piece.append(s, i, close + 1 - i);
        i = close + 1;
        continue;
      }
      if (c == '\\' && !lit.raw && i + 1 < s.size()) { piece += c; piece += s[i + 1]; i += 2; continue; }
      if (c == '{') {
        if (depth == 0 && i + 1 < s.size() && s[i + 1] == '{') { piece += '{'; i += 2; continue; }
        add_literal(piece);
        piece.clear();
        if (depth >= 2) fail("f-string: expressions nested too deeply");
        i = field(i + 1, depth);
        continue;
      }
      if (c == '}') {
        if (depth > 0) break;
        if (i + 1 < s.size() && s[i + 1] == '}') { piece += '}'; i += 2; continue; }
        fail("f-string: single '}' is not allowed");
      }
      piece += c;
      ++i;
    }
    add_literal(piece);
    return i;
  }
  // A replacement field starting after '{'. Returns index after its '}'.
  size_t field(size_t i, int depth) {
    const std::string& s = lit.body;
    size_t start = i;
    std::vector<char> stack;
    char quote = 0;
    size_t qlen = 0;
    for (; i < s.size(); ++i) {
      char c = s[i];
      if (c == '\\') fail("f-string expression part cannot include a backslash");
      if (quote) {
        if (c == quote && (qlen == 1 || (i + 2 < s.size() && s[i + 1] == quote && s[i + 2] == quote))) {
          i += qlen - 1;
          quote = 0;
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        qlen = (i + 2 < s.size() && s[i + 1] == c && s[i + 2] == c) ? 3 : 1;
        i += qlen - 1;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') { stack.push_back(c); continue; }
      if (c == '#') fail("f-string expression part cannot include '#'");
      if (stack.empty() && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>')) {
        if (i + 1 < s.size() && s[i + 1] == '=' && c != ':' && c != '}') { ++i; continue; }
        if (c == '<' || c == '>') continue;
        break;
      }
      if (c == ')' || c == ']' || c == '}') {
        if (stack.empty()) fail(std::string("f-string: unmatched '") + c + "'");
        char o = stack.back();
        stack.pop_back();
        if ((o == '(' && c != ')') || (o == '[' && c != ']') || (o == '{' && c != '}'))
          fail(std::string("f-string: closing parenthesis '") + c + "' does not match opening parenthesis '" + o + "'");
      }
    }
    if (quote) fail("f-string: unterminated string");
    if (i >= s.size()) fail("f-string: expecting '}'");
    std::string expr_text = s.substr(start, i - start);
    if (expr_text.find_first_not_of(" \t\n\r\f") == std::string::npos) {
      if (s[i] == '!') fail("f-string: expression required before '!'");
      if (s[i] == ':') fail("f-string: expression required before ':'");
      if (s[i] == '=') fail("f-string: expression required before '='");
      fail("f-string: empty expression not allowed");
    }
    int line, col;
    body_pos(lit, start, line, col);
    Expr* value = parse_fstring_expr(ctx, expr_text, line, col);
    bool self_doc = false;
    if (s[i] == '=') {
      self_doc = true;
      ++i;
      size_t ws = i;
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
      pending += s.substr(start, i - start);
      (void)ws;
    }
    int conversion = -1;
    if (i < s.size() && s[i] == '!') {
      if (i + 1 >= s.size()) fail("f-string: expecting '}'");
      char cv = s[i + 1];
      if (cv != 's' && cv != 'r' && cv != 'a')
        fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      conversion = cv;
      i += 2;
      if (i < s.size() && s[i] != ':' && s[i] != '}') fail("f-string: expecting '}'");
    }
    Expr* spec = nullptr;
    if (i < s.size() && s[i] == ':') {
      std::vector<Expr*> spec_values;
      FBuilder sub{ctx, lit, spec_values, {}};
      i = sub.parse(i + 1, depth + 1);
      sub.flush();
      spec = ctx.arena->expr(ExprKind::JoinedStr, lit.loc);
      spec->elts = std::move(spec_values);
    }
    if (i >= s.size() || s[i] != '}') fail("f-string: expecting '}'");
    ++i;
    if (self_doc && conversion == -1 && !spec) conversion = 'r';
    flush();
    Expr* fv = ctx.arena->expr(ExprKind::FormattedValue, lit.loc);
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    values.push_back(fv);
    return i;
  }
};

}  // namespace

Expr* make_strings(ParseCtx& ctx, const std::vector<int>& toks) {
  std::vector<Lit> lits;
  bool any_bytes = false, any_str = false, any_f = false;
  for (int t : toks) {
    lits.push_back(split_token(ctx, t));
    (lits.back().bytes ? any_bytes : any_str) = true;
    any_f |= lits.back().fstr;
  }
  Loc loc{lits.front().loc.line, lits.front().loc.col, lits.back().loc.end_line, lits.back().loc.end_col};
  if (any_bytes && any_str)
    raise_error_point(ctx, loc.end_line, loc.end_col + 1, "cannot mix bytes and nonbytes literals");
  if (!any_f) {
    std::string out;
    for (const Lit& l : lits) {
      if (l.bytes)
        for (unsigned char c : l.body)
          if (c >= 0x80) raise_error(ctx, l.loc, "bytes can only contain ASCII literal characters");
      if (l.raw) { out += l.body; continue; }
      std::string err;
      size_t invalid = std::string::npos;
      if (!decode_escapes(l.body, l.bytes, out, err, &invalid))
        raise_error_point(ctx, l.loc.end_line, l.loc.end_col + 1, err);
      warn_invalid_escape(ctx, l.body, invalid, l.loc.line);
    }
    Expr* e = ctx.arena->expr(ExprKind::Constant, loc);
    e->ckind = any_bytes ? ConstKind::Bytes : ConstKind::Str;
    e->text = std::move(out);
    e->is_unicode_kind = lits.front().unicode;
    return e;
  }
  Expr* js = ctx.arena->expr(ExprKind::JoinedStr, loc);
  std::string pending;
  for (const Lit& l : lits) {
    FBuilder b{ctx, l, js->elts, std::move(pending)};
    if (size_t(toks.back()) + 1 < ctx.toks.size()) b.after = &ctx.toks[toks.back() + 1];
    b.group_line = lits.front().loc.line;
    if (l.fstr) {
      b.parse(0, 0);
    } else {
      b.add_literal(l.body);
    }
    pending = std::move(b.pending);
  }
  if (!pending.empty()) {
    Expr* c = ctx.arena->expr(ExprKind::Constant, loc);
    c->ckind = ConstKind::Str;
    c->text = std::move(pending);
    js->elts.push_back(c);
  }
  return js;
}

}  // namespace minipy::ast::detail
