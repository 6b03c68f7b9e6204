// grammar/lexer.re — the tokenizer (re2c source; the build generates lexer.cpp
// from it into the build directory).
//
// Owns: Python 3.11 tokens, the indentation stack, implicit/explicit line
// joining, bracket matching and the tokenizer's SyntaxErrors (with CPython's
// messages and positions). String literals are only delimited here; their
// contents are decoded by strings.cpp.
// Must not: know about the parser or the AST beyond Loc/SyntaxErrorInfo.
#include <cstring>
#include <string_view>

#include "grammar/lexer.h"
#include "grammar/unicode.h"

namespace minipy::ast::detail {
namespace {

constexpr int kMaxParenLevel = 200;   // CPython's MAXLEVEL
constexpr int kMaxIndent = 100;       // CPython's MAXINDENT

struct Keyword { const char* text; Tok tok; };
const Keyword kKeywords[] = {
    {"False", Tok::False}, {"None", Tok::None}, {"True", Tok::True}, {"and", Tok::And},
    {"as", Tok::As}, {"assert", Tok::Assert}, {"async", Tok::Async}, {"await", Tok::Await},
    {"break", Tok::Break}, {"class", Tok::Class}, {"continue", Tok::Continue},
    {"def", Tok::Def}, {"del", Tok::Del}, {"elif", Tok::Elif}, {"else", Tok::Else},
    {"except", Tok::Except}, {"finally", Tok::Finally}, {"for", Tok::For},
    {"from", Tok::From}, {"global", Tok::Global}, {"if", Tok::If}, {"import", Tok::Import},
    {"in", Tok::In}, {"is", Tok::Is}, {"lambda", Tok::Lambda}, {"nonlocal", Tok::Nonlocal},
    {"not", Tok::Not}, {"or", Tok::Or}, {"pass", Tok::Pass}, {"raise", Tok::Raise},
    {"return", Tok::Return}, {"try", Tok::Try}, {"while", Tok::While}, {"with", Tok::With},
    {"yield", Tok::Yield},
};

Tok keyword_or_name(const unsigned char* b, size_t n) {
  if (n < 2 || n > 8) return Tok::Name;
  for (const auto& k : kKeywords)
    if (std::strlen(k.text) == n && std::memcmp(k.text, b, n) == 0) return k.tok;
  return Tok::Name;
}

// Decodes one UTF-8 sequence (input already validated). Returns its length.
int utf8_decode(const unsigned char* p, uint32_t& cp) {
  if (p[0] < 0x80) { cp = p[0]; return 1; }
  if ((p[0] & 0xE0) == 0xC0) { cp = ((p[0] & 0x1F) << 6) | (p[1] & 0x3F); return 2; }
  if ((p[0] & 0xF0) == 0xE0) { cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F); return 3; }
  cp = ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  return 4;
}

// CPython's classification of a character that cannot be in an identifier:
// 1 = non-printable, 2 = other invalid character, 0 = allowed.
int bad_identifier_char(uint32_t cp, bool first) {
  if (first ? unicode_is_id_start(cp) : unicode_is_id_continue(cp)) return 0;
  return unicode_is_printable(cp) ? 2 : 1;
}

bool is_id_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

}  // namespace

bool Lexer::run(std::vector<Token>& out, SyntaxErrorInfo& err) {
  using uchar = unsigned char;
  const uchar* const base = reinterpret_cast<const uchar*>(buf_.c_str());
  const uchar* p = base;
  const uchar* m = nullptr;       // re2c marker
  const uchar* line_start = base;
  int line = 1;
  struct Open { char ch; int line, col; };
  std::vector<Open> brackets;
  std::vector<int> indents{0}, altindents{0};
  bool at_line_start = !fstring_mode_;
  bool line_has_tokens = false;   // a token was emitted on the current logical line
  const uchar* cmt_b = nullptr;   // the last comment (a NEWLINE right after it spans it)
  const uchar* cmt_e = nullptr;
  int pending_dedent_errline = 0;
  (void)pending_dedent_errline;

  auto abs_line = [&](int l) { return l + line0_ - 1; };
  auto col_of = [&](const uchar* q) { return int(q - line_start) + (line == 1 ? col0_ : 0); };
  auto line_text = [&](const uchar* ls) {
    const uchar* e = ls;
    while (*e && *e != '\n' && *e != '\r') ++e;
    return std::string(reinterpret_cast<const char*>(ls), e - ls);
  };
  // Tokenizer errors: CPython's `offset` is usually the 1-based column of the
  // character before the scanner's cursor; callers pass it explicitly.
  auto fail = [&](const std::string& msg, int offset, int end_offset = -2, const char* kind = "SyntaxError") {
    err.kind = kind;
    err.msg = msg;
    err.line = abs_line(line);
    err.col = offset;
    err.end_line = err.line;
    err.end_col = end_offset == -2 ? offset : end_offset;
    err.text = line_text(line_start);
    err.tokenizer = std::string_view(kind) == "SyntaxError" && msg != "unexpected EOF while parsing" &&
                    msg != "unexpected character after line continuation character";
    return false;
  };
  auto emit = [&](Tok k, const uchar* b, const uchar* e, int bline, int bcol) {
    Token t;
    t.kind = k;
    t.loc = Loc{abs_line(bline), bcol, abs_line(line), col_of(e)};
    t.begin = uint32_t(b - base);
    t.end = uint32_t(e - base);
    t.level = int(brackets.size());
    out.push_back(t);
    line_has_tokens = true;
  };
  auto emit_newline = [&](const uchar* at) {
    Token t;
    t.kind = Tok::Newline;
    int c = col_of(at);
    t.loc = Loc{abs_line(line), c, abs_line(line), c};   // CPython reports NEWLINE as zero-width
    t.begin = t.end = uint32_t(at - base);
    out.push_back(t);
  };
  auto emit_marker = [&](Tok k, const uchar* at) {
    Token t;
    t.kind = k;
    int c = col_of(at);
    t.loc = Loc{abs_line(line), c, abs_line(line), c};
    t.begin = t.end = uint32_t(at - base);
    out.push_back(t);
  };

  for (;;) {
    if (at_line_start) {
      at_line_start = false;
      int col = 0, altcol = 0;
      const uchar* q = p;
      for (;; ++q) {
        if (*q == ' ') { ++col; ++altcol; }
        else if (*q == '\t') { col = (col / 8 + 1) * 8; ++altcol; }
        else if (*q == '\f') { col = altcol = 0; }
        else break;
      }
      p = q;
      bool blank = *q == '#' || *q == '\n' || *q == '\r' || *q == 0 || (*q == '\\' && (q[1] == '\n' || q[1] == '\r') && false);
      if (!blank) {
        if (col == indents.back()) {
          if (altcol != altindents.back())
            return fail("inconsistent use of tabs and spaces in indentation", 1, 0, "TabError");
        } else if (col > indents.back()) {
          if (indents.size() >= kMaxIndent) return fail("too many levels of indentation", 1, 0, "IndentationError");
          if (altcol <= altindents.back())
            return fail("inconsistent use of tabs and spaces in indentation", 1, 0, "TabError");
          indents.push_back(col);
          altindents.push_back(altcol);
          emit_marker(Tok::Indent, q);
        } else {
          // CPython checks the new level before handing out any DEDENT: the
          // parser meets the error at this line's first token.
          size_t keep = indents.size();
          while (keep > 1 && col < indents[keep - 1]) --keep;
          if (col != indents[keep - 1]) {
            std::string t = line_text(line_start);
            return fail("unindent does not match any outer indentation level", int(t.size()) + 1, -1,
                        "IndentationError");
          }
          if (altcol != altindents[keep - 1])
            return fail("inconsistent use of tabs and spaces in indentation", 1, 0, "TabError");
          while (indents.size() > keep) {
            indents.pop_back();
            altindents.pop_back();
            emit_marker(Tok::Dedent, q);
          }
        }
      }
    }

    const uchar* tok = p;
    int tok_line = line;
    int tok_col = col_of(p);
    auto newline_seen = [&](const uchar* after) {  // `after` points past the line break
      ++line;
      line_start = after;
    };

    /*!re2c
      re2c:define:YYCTYPE = "unsigned char";
      re2c:define:YYCURSOR = p;
      re2c:define:YYMARKER = m;
      re2c:yyfill:enable = 0;
      re2c:indent:top = 2;

      eol = "\r\n" | "\n" | "\r";
      digitpart = [0-9] ("_"? [0-9])*;
      exponent = [eE] [+-]? digitpart;
      pointfloat = digitpart? "." digitpart | digitpart ".";
      floatnum = pointfloat exponent? | digitpart exponent;
      hexnum = "0" [xX] ("_"? [0-9a-fA-F])+;
      octnum = "0" [oO] ("_"? [0-7])+;
      binnum = "0" [bB] ("_"? [01])+;
      strprefix = [rRbBuUfF] | [rR][bBfF] | [bBfF][rR];

      "\x00" { --p; goto eof; }
      [ \t\f]+ { continue; }
      "#" [^\r\n\x00]* { cmt_b = tok; cmt_e = p; continue; }
      eol {
        if (fstring_mode_ || !brackets.empty()) { newline_seen(p); continue; }
        if (line_has_tokens) {
          emit_newline(tok);
          if (cmt_e == tok) {   // CPython's NEWLINE token spans the comment before it
            out.back().loc.col = col_of(cmt_b);
            out.back().loc.end_col = col_of(cmt_e);
          }
        }
        newline_seen(p);
        line_has_tokens = false;
        at_line_start = true;
        continue;
      }
      "\\" eol {
        // A continuation at the very end: CPython reports it after the line break.
        if (*p == 0 && !fstring_mode_) return fail("unexpected EOF while parsing", col_of(p), -1);
        newline_seen(p);
        continue;
      }
      "\\" {
        if (*p == 0) { return fail("unexpected EOF while parsing", tok_col + 1); }
        return fail("unexpected character after line continuation character", tok_col + 2, 0);
      }

      digitpart | hexnum | octnum | binnum { goto number; }
      floatnum | (floatnum | digitpart) [jJ] { goto number; }
      "0" [xX] { return fail("invalid hexadecimal literal", col_of(p) + (*p == '_' ? 1 : 0)); }
      "0" [oO] {
        if (*p >= '0' && *p <= '9') return fail(std::string("invalid digit '") + char(*p) + "' in octal literal", col_of(p) + 1);
        return fail("invalid octal literal", col_of(p));
      }
      "0" [bB] {
        if (*p >= '0' && *p <= '9') return fail(std::string("invalid digit '") + char(*p) + "' in binary literal", col_of(p) + 1);
        return fail("invalid binary literal", col_of(p));
      }

      strprefix? ['"] { goto string; }

      [a-zA-Z_\x80-\xff] [a-zA-Z0-9_\x80-\xff]* {
        for (const uchar* q = tok; q < p; ++q) {
          if (*q < 0x80) continue;
          uint32_t cp;
          int n = utf8_decode(q, cp);
          int bad = bad_identifier_char(cp, q == tok);
          if (bad) {
            char hex[16];
            snprintf(hex, sizeof hex, "U+%04X", unsigned(cp));
            if (bad == 1) return fail(std::string("invalid non-printable character ") + hex, col_of(q) + 1);
            return fail("invalid character '" + std::string(reinterpret_cast<const char*>(q), n) + "' (" + hex + ")",
                        col_of(q) + 1);
          }
          q += n - 1;
        }
        emit(keyword_or_name(tok, size_t(p - tok)), tok, p, tok_line, tok_col);
        continue;
      }

      "(" | "[" | "{" {
        if (brackets.size() >= kMaxParenLevel) return fail("too many nested parentheses", tok_col + 1);
        Tok k = *tok == '(' ? Tok::LPar : *tok == '[' ? Tok::LSqb : Tok::LBrace;
        emit(k, tok, p, tok_line, tok_col);
        brackets.push_back(Open{char(*tok), abs_line(line), tok_col});
        continue;
      }
      ")" | "]" | "}" {
        char c = char(*tok);
        if (brackets.empty()) return fail(std::string("unmatched '") + c + "'", tok_col + 1);
        Open o = brackets.back();
        char want = o.ch == '(' ? ')' : o.ch == '[' ? ']' : '}';
        if (c != want) {
          std::string msg = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + o.ch + "'";
          if (o.line != abs_line(line)) msg += " on line " + std::to_string(o.line);
          return fail(msg, tok_col + 1);
        }
        brackets.pop_back();
        emit(c == ')' ? Tok::RPar : c == ']' ? Tok::RSqb : Tok::RBrace, tok, p, tok_line, tok_col);
        continue;
      }
      "," { emit(Tok::Comma, tok, p, tok_line, tok_col); continue; }
      ":" { emit(Tok::Colon, tok, p, tok_line, tok_col); continue; }
      ";" { emit(Tok::Semi, tok, p, tok_line, tok_col); continue; }
      "." { emit(Tok::Dot, tok, p, tok_line, tok_col); continue; }
      "..." { emit(Tok::Ellipsis, tok, p, tok_line, tok_col); continue; }
      "+" { emit(Tok::Plus, tok, p, tok_line, tok_col); continue; }
      "-" { emit(Tok::Minus, tok, p, tok_line, tok_col); continue; }
      "*" { emit(Tok::Star, tok, p, tok_line, tok_col); continue; }
      "/" { emit(Tok::Slash, tok, p, tok_line, tok_col); continue; }
      "//" { emit(Tok::DoubleSlash, tok, p, tok_line, tok_col); continue; }
      "%" { emit(Tok::Percent, tok, p, tok_line, tok_col); continue; }
      "**" { emit(Tok::DoubleStar, tok, p, tok_line, tok_col); continue; }
      "@" { emit(Tok::At, tok, p, tok_line, tok_col); continue; }
      "<<" { emit(Tok::LShift, tok, p, tok_line, tok_col); continue; }
      ">>" { emit(Tok::RShift, tok, p, tok_line, tok_col); continue; }
      "&" { emit(Tok::Amper, tok, p, tok_line, tok_col); continue; }
      "|" { emit(Tok::VBar, tok, p, tok_line, tok_col); continue; }
      "^" { emit(Tok::Circumflex, tok, p, tok_line, tok_col); continue; }
      "~" { emit(Tok::Tilde, tok, p, tok_line, tok_col); continue; }
      "<" { emit(Tok::Less, tok, p, tok_line, tok_col); continue; }
      ">" { emit(Tok::Greater, tok, p, tok_line, tok_col); continue; }
      "<=" { emit(Tok::LessEq, tok, p, tok_line, tok_col); continue; }
      ">=" { emit(Tok::GreaterEq, tok, p, tok_line, tok_col); continue; }
      "==" { emit(Tok::EqEqual, tok, p, tok_line, tok_col); continue; }
      "!=" { emit(Tok::NotEqual, tok, p, tok_line, tok_col); continue; }
      "->" { emit(Tok::RArrow, tok, p, tok_line, tok_col); continue; }
      ":=" { emit(Tok::ColonEqual, tok, p, tok_line, tok_col); continue; }
      "=" { emit(Tok::Equal, tok, p, tok_line, tok_col); continue; }
      "+=" { emit(Tok::PlusEq, tok, p, tok_line, tok_col); continue; }
      "-=" { emit(Tok::MinusEq, tok, p, tok_line, tok_col); continue; }
      "*=" { emit(Tok::StarEq, tok, p, tok_line, tok_col); continue; }
      "/=" { emit(Tok::SlashEq, tok, p, tok_line, tok_col); continue; }
      "//=" { emit(Tok::DoubleSlashEq, tok, p, tok_line, tok_col); continue; }
      "%=" { emit(Tok::PercentEq, tok, p, tok_line, tok_col); continue; }
      "**=" { emit(Tok::DoubleStarEq, tok, p, tok_line, tok_col); continue; }
      "@=" { emit(Tok::AtEq, tok, p, tok_line, tok_col); continue; }
      "&=" { emit(Tok::AmperEq, tok, p, tok_line, tok_col); continue; }
      "|=" { emit(Tok::VBarEq, tok, p, tok_line, tok_col); continue; }
      "^=" { emit(Tok::CircumflexEq, tok, p, tok_line, tok_col); continue; }
      "<<=" { emit(Tok::LShiftEq, tok, p, tok_line, tok_col); continue; }
      ">>=" { emit(Tok::RShiftEq, tok, p, tok_line, tok_col); continue; }
      * {
        if (*tok < 0x20 || *tok == 0x7f) {   // CPython: non-printable ASCII is a tokenizer error
          char hex[16];
          snprintf(hex, sizeof hex, "U+%04X", unsigned(*tok));
          return fail(std::string("invalid non-printable character ") + hex, tok_col + 1);
        }
        emit(Tok::ErrorToken, tok, p, tok_line, tok_col);
        continue;
      }
    */

  number: {
      // CPython: a number immediately followed by an identifier character is an
      // error, except before the keywords that may legally follow a number.
      bool is_zero_int = tok[0] == '0' && (p - tok == 1 || (tok[1] != 'x' && tok[1] != 'X' && tok[1] != 'o' &&
                                                           tok[1] != 'O' && tok[1] != 'b' && tok[1] != 'B'));
      if (is_zero_int) {
        bool all_int = true, nonzero = false;
        for (const uchar* q = tok; q < p; ++q) {
          if (*q == '.' || *q == 'e' || *q == 'E' || *q == 'j' || *q == 'J') all_int = false;
          if (*q >= '1' && *q <= '9') nonzero = true;
        }
        if (all_int && nonzero) {
          const uchar* z = tok;
          while (z < p && (*z == '0' || *z == '_')) ++z;
          return fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                      tok_col + 1, col_of(z) + 1);
        }
      }
      if (*p == '_' && p[-1] != '.') return fail("invalid decimal literal", col_of(p + 1));
      if ((*p == 'e' || *p == 'E') && (p[1] == '+' || p[1] == '-') && !(p[2] >= '0' && p[2] <= '9') &&
          p[-1] != 'j' && p[-1] != 'J')
        return fail("invalid decimal literal", col_of(p + 2));
      if (*p >= 0x80) {
        // A character that cannot be in an identifier is reported as itself.
        uint32_t cp;
        int n = utf8_decode(p, cp);
        if (int bad = bad_identifier_char(cp, false)) {
          char hex[16];
          snprintf(hex, sizeof hex, "U+%04X", unsigned(cp));
          if (bad == 1) return fail(std::string("invalid non-printable character ") + hex, col_of(p) + 1);
          return fail("invalid character '" + std::string(reinterpret_cast<const char*>(p), n) + "' (" + hex + ")",
                      col_of(p) + 1);
        }
      }
      if (is_id_char(*p)) {
        static const char* const kAfterNumber[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
        bool ok = false;
        for (const char* kw : kAfterNumber) {
          size_t n = std::strlen(kw);
          if (std::strncmp(reinterpret_cast<const char*>(p), kw, n) == 0) { ok = true; break; }
        }
        const char* kind = "decimal";
        if (p[-1] == 'j' || p[-1] == 'J') kind = "imaginary";
        if (ok && warnings) {
          // CPython 3.11 still accepts `1if x else y` but warns.
          if (p - tok > 1 && tok[0] == '0') {
            if (tok[1] == 'x' || tok[1] == 'X') kind = "hexadecimal";
            else if (tok[1] == 'o' || tok[1] == 'O') kind = "octal";
            else if (tok[1] == 'b' || tok[1] == 'B') kind = "binary";
          }
          warnings->push_back(ParseWarning{"SyntaxWarning", std::string("invalid ") + kind + " literal", abs_line(line)});
        }
        if (!ok) {
          if (p - tok > 1 && tok[0] == '0') {
            if (tok[1] == 'x' || tok[1] == 'X') kind = "hexadecimal";
            else if (tok[1] == 'o' || tok[1] == 'O') kind = (*p >= '0' && *p <= '9') ? nullptr : "octal";
            else if (tok[1] == 'b' || tok[1] == 'B') kind = (*p >= '0' && *p <= '9') ? nullptr : "binary";
          }
          if (!kind) {
            bool oct = tok[1] == 'o' || tok[1] == 'O';
            return fail(std::string("invalid digit '") + char(*p) + "' in " + (oct ? "octal" : "binary") + " literal",
                        col_of(p) + 1);
          }
          return fail(std::string("invalid ") + kind + " literal", col_of(p));
        }
      }
      emit(Tok::Number, tok, p, tok_line, tok_col);
      continue;
    }

  string: {
      uchar q = p[-1];
      bool triple = p[0] == q && p[1] == q;
      if (triple) p += 2;
      const uchar* start_line_start = line_start;
      int start_line = line;
      for (;;) {
        uchar c = *p;
        if (c == 0) {
          line_start = start_line_start;
          int detected = abs_line(p > base && (p[-1] == '\n' || p[-1] == '\r') ? line - 1 : line);
          line = start_line;
          if (triple)
            return fail("unterminated triple-quoted string literal (detected at line " + std::to_string(detected) + ")",
                        tok_col + 1);
          return fail("unterminated string literal (detected at line " + std::to_string(detected) + ")", tok_col + 1);
        }
        if (c == '\n' || c == '\r') {
          if (!triple) {
            int detected = abs_line(line);
            return fail("unterminated string literal (detected at line " + std::to_string(detected) + ")", tok_col + 1);
          }
          ++p;
          if (c == '\r' && *p == '\n') ++p;
          newline_seen(p);
          continue;
        }
        if (c == '\\') {
          ++p;
          if (*p == 0) continue;
          if (*p == '\n' || *p == '\r') {
            uchar c2 = *p++;
            if (c2 == '\r' && *p == '\n') ++p;
            newline_seen(p);
          } else {
            ++p;
          }
          continue;
        }
        if (c == q) {
          if (!triple) { ++p; break; }
          if (p[1] == q && p[2] == q) { p += 3; break; }
        }
        ++p;
      }
      emit(Tok::String, tok, p, tok_line, tok_col);
      continue;
    }
  }

eof:
  if (fstring_mode_) {
    emit_marker(Tok::EndMarker, p);
    return true;
  }
  if (line_has_tokens && brackets.empty() && eof_newline) emit_newline(p);
  while (indents.size() > 1) {
    indents.pop_back();
    emit_marker(Tok::Dedent, p);
  }
  emit_marker(Tok::EndMarker, p);
  if (p > base && p == line_start && line > 1) {
    // CPython's ENDMARKER belongs to the last line, just past its line break:
    // errors found there ("expected an indented block ...") point at it.
    const uchar* prev = p - 1;
    if (prev > base && prev[0] == '\n' && prev[-1] == '\r') --prev;
    while (prev > base && prev[-1] != '\n' && prev[-1] != '\r') --prev;
    int c = int(p - prev) - 1 + (line - 1 == 1 ? col0_ : 0);
    Loc eloc{abs_line(line - 1), c, abs_line(line - 1), c};
    for (size_t k = out.size(); k-- > 0 && (out[k].kind == Tok::EndMarker || out[k].kind == Tok::Dedent);)
      out[k].loc = eloc;
  }
  out.back().level = int(brackets.size());
  if (!brackets.empty()) {
    // Remember the innermost unclosed bracket for "'(' was never closed";
    // parse.cpp reports it if the parser fails at the end of input.
    Token t;
    t.kind = Tok::ErrorToken;
    const Open& o = brackets.back();
    t.loc = Loc{o.line, o.col, o.line, o.col + 1};
    t.begin = t.end = 0;
    t.level = -1;   // marks "unclosed bracket record", never given to the parser
    out.push_back(t);
  }
  return true;
}

void classify_soft_keywords(std::vector<Token>& toks, const std::string& buf) {
  auto text_is = [&](const Token& t, const char* s) {
    size_t n = std::strlen(s);
    return t.end - t.begin == n && buf.compare(t.begin, n, s) == 0;
  };
  auto starts_expression = [](Tok k) {
    switch (k) {
      case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb: case Tok::LBrace:
      case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::Star: case Tok::Ellipsis: case Tok::False:
      case Tok::None: case Tok::True: case Tok::Not: case Tok::Lambda: case Tok::Await: case Tok::Match:
      case Tok::Case:
        return true;
      default:
        return false;
    }
  };
  size_t n = toks.size();
  bool line_start = true;
  for (size_t i = 0; i < n; ++i) {
    Token& t = toks[i];
    if (t.kind == Tok::Newline || t.kind == Tok::Indent || t.kind == Tok::Dedent) { line_start = true; continue; }
    if (t.kind == Tok::With || (t.kind == Tok::Async && i + 1 < n && toks[i + 1].kind == Tok::With)) {
      size_t j = t.kind == Tok::With ? i + 1 : i + 2;
      if (j < n && toks[j].kind == Tok::LPar) {
        int depth = 0;
        size_t k = j;
        for (; k < n; ++k) {
          Tok kk = toks[k].kind;
          if (kk == Tok::LPar || kk == Tok::LSqb || kk == Tok::LBrace) ++depth;
          else if (kk == Tok::RPar || kk == Tok::RSqb || kk == Tok::RBrace) { if (--depth == 0) break; }
          else if (kk == Tok::Newline || kk == Tok::EndMarker) break;
        }
        if (k + 1 < n && toks[k].kind == Tok::RPar && toks[k + 1].kind == Tok::Colon) {
          // `with (a, b):` — only if the group contains a top-level comma or `as`;
          // `with (a):` is the same either way.
          int d = 0;
          bool items = false;
          for (size_t q = j + 1; q < k; ++q) {
            Tok kk = toks[q].kind;
            if (kk == Tok::LPar || kk == Tok::LSqb || kk == Tok::LBrace) ++d;
            else if (kk == Tok::RPar || kk == Tok::RSqb || kk == Tok::RBrace) --d;
            else if (d == 0 && (kk == Tok::Comma || kk == Tok::As)) items = true;
            else if (d == 0 && (kk == Tok::Yield || kk == Tok::Star)) { items = false; break; }
          }
          if (items) toks[j].kind = Tok::WithLPar;
        }
      }
    }
    if (line_start && t.kind == Tok::Name && i + 1 < n && (text_is(t, "match") || text_is(t, "case"))) {
      bool is_match = text_is(t, "match");
      Tok next = toks[i + 1].kind;
      if (starts_expression(next) && !(next == Tok::Star && false)) {
        // Find a top-level ':' on this logical line (for `match`: right before NEWLINE).
        int depth = 0;
        bool found = false;
        for (size_t k = i + 1; k < n; ++k) {
          Tok kk = toks[k].kind;
          if (kk == Tok::Newline || kk == Tok::EndMarker) break;
          if (kk == Tok::LPar || kk == Tok::LSqb || kk == Tok::LBrace) ++depth;
          else if (kk == Tok::RPar || kk == Tok::RSqb || kk == Tok::RBrace) --depth;
          else if (kk == Tok::Lambda && depth == 0) break;
          else if (kk == Tok::Colon && depth == 0) {
            found = !is_match || (k + 1 < n && toks[k + 1].kind == Tok::Newline);
            break;
          }
        }
        if (found) t.kind = is_match ? Tok::Match : Tok::Case;
      }
    }
    line_start = false;
  }
}

const char* tok_name(Tok t) {
  switch (t) {
    case Tok::EndMarker: return "ENDMARKER";
    case Tok::Newline: return "NEWLINE";
    case Tok::Indent: return "INDENT";
    case Tok::Dedent: return "DEDENT";
    case Tok::Name: return "NAME";
    case Tok::Number: return "NUMBER";
    case Tok::String: return "STRING";
    default: return "OP";
  }
}

}  // namespace minipy::ast::detail
