// grammar/parse.cpp — the ast::parse() entry point: input checks, running the
// lexer and the bison parser, f-string sub-parses, and turning parser failures
// into CPython-like SyntaxError reports.
//
// Must not: throw out of parse(); every failure becomes a SyntaxErrorInfo.
#include <cstring>
#include <new>

#include "grammar/parse_internal.h"
#include "parser.hpp"

namespace minipy::ast::detail {

using TK = Parser::token::token_kind_type;

static TK map_tok(Tok t) {
  switch (t) {
    case Tok::EndMarker: return Parser::token::ENDMARKER;
    case Tok::Newline: return Parser::token::NEWLINE;
    case Tok::Indent: return Parser::token::INDENT;
    case Tok::Dedent: return Parser::token::DEDENT;
    case Tok::Name: return Parser::token::NAME;
    case Tok::Number: return Parser::token::NUMBER;
    case Tok::String: return Parser::token::STRING;
    case Tok::LPar: return Parser::token::LPAR;
    case Tok::RPar: return Parser::token::RPAR;
    case Tok::LSqb: return Parser::token::LSQB;
    case Tok::RSqb: return Parser::token::RSQB;
    case Tok::LBrace: return Parser::token::LBRACE;
    case Tok::RBrace: return Parser::token::RBRACE;
    case Tok::Comma: return Parser::token::COMMA;
    case Tok::Colon: return Parser::token::COLON;
    case Tok::Semi: return Parser::token::SEMI;
    case Tok::Dot: return Parser::token::DOT;
    case Tok::Ellipsis: return Parser::token::ELLIPSIS;
    case Tok::Plus: return Parser::token::PLUS;
    case Tok::Minus: return Parser::token::MINUS;
    case Tok::Star: return Parser::token::STAR;
    case Tok::Slash: return Parser::token::SLASH;
    case Tok::DoubleSlash: return Parser::token::DOUBLESLASH;
    case Tok::Percent: return Parser::token::PERCENT;
    case Tok::DoubleStar: return Parser::token::DOUBLESTAR;
    case Tok::At: return Parser::token::AT;
    case Tok::LShift: return Parser::token::LSHIFT;
    case Tok::RShift: return Parser::token::RSHIFT;
    case Tok::Amper: return Parser::token::AMPER;
    case Tok::VBar: return Parser::token::VBAR;
    case Tok::Circumflex: return Parser::token::CIRCUMFLEX;
    case Tok::Tilde: return Parser::token::TILDE;
    case Tok::Less: return Parser::token::LESS;
    case Tok::Greater: return Parser::token::GREATER;
    case Tok::LessEq: return Parser::token::LESSEQ;
    case Tok::GreaterEq: return Parser::token::GREATEREQ;
    case Tok::EqEqual: return Parser::token::EQEQUAL;
    case Tok::NotEqual: return Parser::token::NOTEQUAL;
    case Tok::RArrow: return Parser::token::RARROW;
    case Tok::ColonEqual: return Parser::token::COLONEQUAL;
    case Tok::Equal: return Parser::token::EQUAL;
    case Tok::PlusEq: return Parser::token::PLUSEQ;
    case Tok::MinusEq: return Parser::token::MINUSEQ;
    case Tok::StarEq: return Parser::token::STAREQ;
    case Tok::SlashEq: return Parser::token::SLASHEQ;
    case Tok::DoubleSlashEq: return Parser::token::DOUBLESLASHEQ;
    case Tok::PercentEq: return Parser::token::PERCENTEQ;
    case Tok::DoubleStarEq: return Parser::token::DOUBLESTAREQ;
    case Tok::AtEq: return Parser::token::ATEQ;
    case Tok::AmperEq: return Parser::token::AMPEREQ;
    case Tok::VBarEq: return Parser::token::VBAREQ;
    case Tok::CircumflexEq: return Parser::token::CIRCUMFLEXEQ;
    case Tok::LShiftEq: return Parser::token::LSHIFTEQ;
    case Tok::RShiftEq: return Parser::token::RSHIFTEQ;
    case Tok::False: return Parser::token::FALSE;
    case Tok::None: return Parser::token::NONE;
    case Tok::True: return Parser::token::TRUE;
    case Tok::And: return Parser::token::AND;
    case Tok::As: return Parser::token::AS;
    case Tok::Assert: return Parser::token::ASSERT;
    case Tok::Async: return Parser::token::ASYNC;
    case Tok::Await: return Parser::token::AWAIT;
    case Tok::Break: return Parser::token::BREAK;
    case Tok::Class: return Parser::token::CLASS;
    case Tok::Continue: return Parser::token::CONTINUE;
    case Tok::Def: return Parser::token::DEF;
    case Tok::Del: return Parser::token::DEL;
    case Tok::Elif: return Parser::token::ELIF;
    case Tok::Else: return Parser::token::ELSE;
    case Tok::Except: return Parser::token::EXCEPT;
    case Tok::Finally: return Parser::token::FINALLY;
    case Tok::For: return Parser::token::FOR;
    case Tok::From: return Parser::token::FROM;
    case Tok::Global: return Parser::token::GLOBAL;
    case Tok::If: return Parser::token::IF;
    case Tok::Import: return Parser::token::IMPORT;
    case Tok::In: return Parser::token::IN;
    case Tok::Is: return Parser::token::IS;
    case Tok::Lambda: return Parser::token::LAMBDA;
    case Tok::Nonlocal: return Parser::token::NONLOCAL;
    case Tok::Not: return Parser::token::NOT;
    case Tok::Or: return Parser::token::OR;
    case Tok::Pass: return Parser::token::PASS;
    case Tok::Raise: return Parser::token::RAISE;
    case Tok::Return: return Parser::token::RETURN;
    case Tok::Try: return Parser::token::TRY;
    case Tok::While: return Parser::token::WHILE;
    case Tok::With: return Parser::token::WITH;
    case Tok::Yield: return Parser::token::YIELD;
    case Tok::Match: return Parser::token::MATCH;
    case Tok::Case: return Parser::token::CASE;
    case Tok::WithLPar: return Parser::token::WITHLPAR;
    case Tok::ErrorToken: return Parser::token::ERRORTOKEN;
  }
  return Parser::token::ERRORTOKEN;
}

Parser::symbol_type yylex(ParseCtx& ctx) {
  if (!ctx.started) {
    ctx.started = true;
    return Parser::symbol_type(ctx.start_token, 0, Loc{1, 0, 1, 0});
  }
  if (ctx.pos >= ctx.toks.size()) {
    Loc l = ctx.toks.empty() ? Loc{1, 0, 1, 0} : ctx.toks.back().loc;
    return Parser::make_YYEOF(l);
  }
  int i = int(ctx.pos++);
  const Token& t = ctx.toks[i];
  return Parser::symbol_type(map_tok(t.kind), i, t.loc);
}

namespace {

bool is_compound_kw(Tok k) {
  switch (k) {
    case Tok::If: case Tok::Elif: case Tok::Else: case Tok::While: case Tok::For: case Tok::With: case Tok::Def:
    case Tok::Class: case Tok::Try: case Tok::Except: case Tok::Finally: case Tok::Match: case Tok::Case:
    case Tok::Async:
      return true;
    default:
      return false;
  }
}

bool starts_expr(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::LPar: case Tok::LSqb: case Tok::LBrace:
    case Tok::False: case Tok::None: case Tok::True: case Tok::Lambda: case Tok::Await: case Tok::Ellipsis:
    case Tok::Tilde: case Tok::Match: case Tok::Case:
      return true;
    default:
      return false;
  }
}

bool ends_expr(Tok k) {
  switch (k) {
    case Tok::Name: case Tok::Number: case Tok::String: case Tok::RPar: case Tok::RSqb: case Tok::RBrace:
    case Tok::False: case Tok::None: case Tok::True: case Tok::Ellipsis:
      return true;
    default:
      return false;
  }
}

// Index of the first token of the logical line containing token i.
size_t line_start_index(const std::vector<Token>& t, size_t i) {
  while (i > 0) {
    Tok k = t[i - 1].kind;
    if (k == Tok::Newline || k == Tok::Indent || k == Tok::Dedent || (k == Tok::Semi && t[i - 1].level == 0)) break;
    --i;
  }
  return i;
}

bool is_open(Tok k) { return k == Tok::LPar || k == Tok::LSqb || k == Tok::LBrace || k == Tok::WithLPar; }
bool is_close(Tok k) { return k == Tok::RPar || k == Tok::RSqb || k == Tok::RBrace; }
bool is_binop_tok(Tok k) {
  switch (k) {
    case Tok::Plus: case Tok::Minus: case Tok::Star: case Tok::Slash: case Tok::DoubleSlash: case Tok::Percent:
    case Tok::DoubleStar: case Tok::At: case Tok::LShift: case Tok::RShift: case Tok::Amper: case Tok::VBar:
    case Tok::Circumflex: case Tok::Dot:
      return true;
    default:
      return false;
  }
}

// Extent of the expression ending at token i (walking back) / starting at i.
size_t expr_begin(const std::vector<Token>& t, size_t i) {
  size_t j = i;
  for (;;) {
    if (is_close(t[j].kind)) {
      int d = 0;
      while (j > 0) {
        if (is_close(t[j].kind)) ++d;
        else if (is_open(t[j].kind) && --d == 0) break;
        --j;
      }
    }
    if (j == 0) return 0;
    Tok p = t[j - 1].kind;
    if (is_binop_tok(p) && j >= 2 && (ends_expr(t[j - 2].kind))) { j -= 2; continue; }
    if (p == Tok::Dot || is_binop_tok(p)) { --j; continue; }
    if ((p == Tok::Name || p == Tok::RPar || p == Tok::RSqb) && (t[j].kind == Tok::LPar || t[j].kind == Tok::LSqb)) {
      --j;
      continue;
    }
    if (p == Tok::String && t[j].kind == Tok::String) { --j; continue; }
    return j;
  }
}

size_t expr_end(const std::vector<Token>& t, size_t i) {
  size_t j = i;
  for (;;) {
    if (is_open(t[j].kind)) {
      int d = 0;
      while (j + 1 < t.size()) {
        if (is_open(t[j].kind)) ++d;
        else if (is_close(t[j].kind) && --d == 0) break;
        ++j;
      }
    }
    if (j + 1 >= t.size()) return j;
    Tok n = t[j + 1].kind;
    if ((n == Tok::LPar || n == Tok::LSqb) || (n == Tok::String && t[j].kind == Tok::String)) { ++j; continue; }
    if ((n == Tok::Dot || is_binop_tok(n)) && j + 2 < t.size() && starts_expr(t[j + 2].kind)) { j += 2; continue; }
    return j;
  }
}

const char* header_name(Tok k, bool& is_stmt) {
  is_stmt = true;
  switch (k) {
    case Tok::If: return "if";
    case Tok::Elif: return "elif";
    case Tok::Else: return "else";
    case Tok::While: return "while";
    case Tok::For: return "for";
    case Tok::With: return "with";
    case Tok::Try: return "try";
    case Tok::Except: return "except";
    case Tok::Finally: return "finally";
    case Tok::Match: return "match";
    case Tok::Case: return "case";
    case Tok::Def: is_stmt = false; return "function definition";
    case Tok::Class: is_stmt = false; return "class definition";
    default: return nullptr;
  }
}

}  // namespace

void Parser::report_syntax_error(const context& yyctx) const {
  const auto& t = ctx.toks;
  if (ctx.pos == 0 || t.empty()) raise_error(ctx, yyctx.location(), "invalid syntax");
  size_t i = ctx.pos - 1;
  const Token& tok = t[i];
  // 1. The lexer stopped here: its error wins (CPython tokenizes the rest of
  //    the file and prefers tokenizer errors to a generic "invalid syntax").
  if (tok.kind == Tok::ErrorToken && tok.level == -2) raise_error(ctx, tok.loc, "invalid syntax");  // run() substitutes
  symbol_kind_type expected[16];
  int nexp = yyctx.expected_tokens(expected, 16);
  auto expects = [&](symbol_kind_type k) {
    for (int q = 0; q < nexp; ++q)
      if (expected[q] == k) return true;
    return false;
  };
  // 2. A block that should have been indented.
  if (tok.kind != Tok::Indent && i >= 2 && t[i - 1].kind == Tok::Newline && t[i - 2].kind == Tok::Colon) {
    size_t s = line_start_index(t, i - 2);
    while (s < i && (t[s].kind == Tok::Async || t[s].kind == Tok::At)) {
      if (t[s].kind == Tok::At) break;
      ++s;
    }
    bool is_stmt;
    const char* what = header_name(t[s].kind, is_stmt);
    if (t[s].kind == Tok::Except && s + 1 < i && t[s + 1].kind == Tok::Star) what = "except*";
    if (what) {
      std::string msg = std::string("expected an indented block after ") + (is_stmt ? "'" : "") + what +
                        (is_stmt ? "' statement" : "") + " on line " + std::to_string(t[s].loc.line);
      raise_error(ctx, tok.loc, msg, "IndentationError");
    }
  }
  if (tok.kind == Tok::Indent) {
    ParseFailure f;
    f.info.kind = "IndentationError";
    f.info.msg = "unexpected indent";
    f.info.line = tok.loc.line;
    f.info.col = tok.loc.col;
    f.info.end_line = tok.loc.line;
    f.info.end_col = -1;
    f.info.text = ctx.src ? ctx.src->line(tok.loc.line) : std::string();
    throw f;
  }
  // 3. Specific messages.
  if (tok.kind == Tok::Newline && expects(symbol_kind::S_COLON)) {
    size_t s = line_start_index(t, i);
    if (is_compound_kw(t[s].kind)) raise_error(ctx, tok.loc, "expected ':'");
  }
  if (expects(symbol_kind::S_EXCEPT) && expects(symbol_kind::S_FINALLY) && nexp <= 3)
    raise_error(ctx, tok.loc, "expected 'except' or 'finally' block");
  if (i >= 1 && t[i - 1].kind == Tok::Name && ctx.text(int(i - 1)) == "print" && starts_expr(tok.kind) &&
      line_start_index(t, i - 1) == i - 1) {
    size_t e = i;
    while (e + 1 < t.size() && t[e + 1].kind != Tok::Newline && t[e + 1].kind != Tok::EndMarker) ++e;
    Loc l{t[i - 1].loc.line, t[i - 1].loc.col, t[e].loc.end_line, t[e].loc.end_col};
    raise_error(ctx, l, "Missing parentheses in call to 'print'. Did you mean print(...)?");
  }
  if (tok.level > 0 && i >= 1 && starts_expr(tok.kind) && ends_expr(t[i - 1].kind) &&
      !(t[i - 1].kind == Tok::Name && tok.kind == Tok::String)) {
    size_t b = expr_begin(t, i - 1), e = expr_end(t, i);
    Loc l{t[b].loc.line, t[b].loc.col, t[e].loc.end_line, t[e].loc.end_col};
    raise_error(ctx, l, "invalid syntax. Perhaps you forgot a comma?");
  }
  if (tok.kind == Tok::Equal && i >= 1) {
    size_t s = line_start_index(t, i);
    Tok k = t[s].kind;
    if ((k == Tok::If || k == Tok::Elif || k == Tok::While) && t[i - 1].kind == Tok::Name && i - 1 == s + 1) {
      size_t e = i + 1 < t.size() && starts_expr(t[i + 1].kind) ? expr_end(t, i + 1) : i;
      Loc l{t[i - 1].loc.line, t[i - 1].loc.col, t[e].loc.end_line, t[e].loc.end_col};
      raise_error(ctx, l, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  raise_error(ctx, tok.loc, "invalid syntax");
}

namespace {

void finish_unclosed(const ParseCtx& ctx, const Token* unclosed, ParseFailure& f) {
  // CPython replaces a generic "invalid syntax" that is reported after the line
  // of an unclosed bracket (or at the end of input) by "'(' was never closed".
  // CPython tokenizes the rest of the file after a parser error; reaching the
  // end of input inside brackets is a tokenizer error, and tokenizer errors
  // take priority over the parser's messages.
  if (!unclosed || f.info.kind != "SyntaxError") return;
  char ch = ctx.src && ctx.src->text ? '(' : '(';
  std::string line = ctx.src ? ctx.src->line(unclosed->loc.line) : std::string();
  if (size_t(unclosed->loc.col) < line.size()) ch = line[unclosed->loc.col];
  f.info.msg = std::string("'") + ch + "' was never closed";
  f.info.line = unclosed->loc.line;
  f.info.col = unclosed->loc.col + 1;
  f.info.end_line = unclosed->loc.line;
  f.info.end_col = 0;
  f.info.text = line;
}

bool validate_utf8(const std::string& s, size_t& bad, bool& start_byte) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || (len == 2 && c < 0xC2) || (len == 4 && c > 0xF4)) { bad = i; start_byte = true; return false; }
    if (i + len > n) { bad = i; start_byte = false; return false; }
    for (int k = 1; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) { bad = i; start_byte = false; return false; }
    if (len == 3) {
      uint32_t cp = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6);
      if (cp < 0x800) { bad = i; start_byte = false; return false; }
    }
    if (len == 4) {
      uint32_t cp = ((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12);
      if (cp < 0x10000 || cp > 0x10FFFF) { bad = i; start_byte = false; return false; }
    }
    i += len;
  }
  return true;
}

// PEP 263: a `coding` comment on line 1 or 2. Only the Latin-1 family needs
// transcoding; other declared encodings are read as UTF-8.
bool is_latin1_cookie(const std::string& text) {
  size_t pos = 0;
  for (int line = 0; line < 2 && pos < text.size(); ++line) {
    size_t e = text.find('\n', pos);
    std::string l = text.substr(pos, e == std::string::npos ? std::string::npos : e - pos);
    size_t k = l.find_first_not_of(" \t\f");
    if (k == std::string::npos || l[k] != '#') {
      if (k != std::string::npos) return false;
    } else {
      size_t c = l.find("coding");
      if (c != std::string::npos && c + 6 < l.size() && (l[c + 6] == ':' || l[c + 6] == '=')) {
        size_t v = c + 7;
        while (v < l.size() && (l[v] == ' ' || l[v] == '\t')) ++v;
        std::string name;
        while (v < l.size() && (isalnum(static_cast<unsigned char>(l[v])) || l[v] == '-' || l[v] == '_' || l[v] == '.'))
          name += char(tolower(static_cast<unsigned char>(l[v++])));
        for (char& ch : name)
          if (ch == '_') ch = '-';
        return name == "latin-1" || name == "iso-8859-1" || name == "iso-latin-1" || name == "latin1" ||
               name.rfind("latin-1-", 0) == 0 || name.rfind("iso-8859-1-", 0) == 0;
      }
    }
    if (e == std::string::npos) break;
    pos = e + 1;
  }
  return false;
}

std::string latin1_to_utf8(const std::string& s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (unsigned char c : s) {
    if (c < 0x80) {
      out += char(c);
    } else {
      out += char(0xC0 | (c >> 6));
      out += char(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// Runs lexer + parser over ctx.buf. Throws ParseFailure.
void run(ParseCtx& ctx, int line0, int col0, bool fstring_mode) {
  SyntaxErrorInfo lex_err;
  Lexer lx(ctx.buf, line0, col0, fstring_mode);
  bool lex_ok = lx.run(ctx.toks, lex_err);
  const Token* unclosed = nullptr;
  Token unclosed_copy;
  if (lex_ok) {
    if (!ctx.toks.empty() && ctx.toks.back().level == -1) {
      unclosed_copy = ctx.toks.back();
      unclosed = &unclosed_copy;
      ctx.toks.pop_back();
    }
  } else {
    Token t;
    t.kind = Tok::ErrorToken;
    t.level = -2;
    t.loc = Loc{lex_err.line, lex_err.col, lex_err.line, lex_err.col};
    ctx.toks.push_back(t);
  }
  classify_soft_keywords(ctx.toks, ctx.buf);
  try {
    Parser p(ctx);
    p.parse();
  } catch (ParseFailure& f) {
    if (!lex_ok) {
      // Specific parser errors before the lexer's failure point win; a generic
      // "invalid syntax" is replaced by the tokenizer error, as in CPython.
      if (f.info.msg == "invalid syntax" || ctx.pos >= ctx.toks.size()) throw ParseFailure{lex_err};
      throw;
    }
    finish_unclosed(ctx, unclosed, f);
    throw;
  }
  if (!lex_ok) throw ParseFailure{lex_err};
}

}  // namespace

Expr* parse_fstring_expr(ParseCtx& parent, const std::string& text, int line, int col) {
  ParseCtx sub;
  sub.buf = text;
  sub.arena = parent.arena;
  sub.src = parent.src;
  sub.fstring_depth = parent.fstring_depth + 1;
  sub.start_token = Parser::token::START_FSTRING;
  if (sub.fstring_depth > 20) raise_error(parent, Loc{line, col, line, col}, "f-string: expressions nested too deeply");
  try {
    run(sub, line, col, true);
  } catch (ParseFailure& f) {
    if (f.info.msg.rfind("f-string", 0) != 0) f.info.msg = "f-string: " + f.info.msg;
    throw;
  }
  return sub.expr;
}

// A compound statement ends where its last nested statement ends (CPython's
// end_lineno/end_col_offset); the grammar's span would also cover the
// NEWLINE/DEDENT tokens that close its block. Nested ones first.
void fix_compound_ends(std::vector<Stmt*>& body) {
  for (Stmt* s : body) {
    if (!s) continue;
    const Stmt* last = nullptr;
    auto block = [&](std::vector<Stmt*>& b) {
      fix_compound_ends(b);
      if (!b.empty() && b.back()) last = b.back();
    };
    block(s->body);
    for (ExceptHandler& h : s->handlers) block(h.body);
    for (MatchCase& c : s->cases) block(c.body);
    block(s->orelse);
    block(s->finalbody);
    if (last) {
      s->loc.end_line = last->loc.end_line;
      s->loc.end_col = last->loc.end_col;
    }
  }
}

}  // namespace minipy::ast::detail

namespace minipy::ast {

bool parse(const std::string& source, const std::string& filename, ParseMode mode, Module& out,
           SyntaxErrorInfo& err) {
  using namespace detail;
  (void)filename;
  out.body.clear();
  out.expression = nullptr;
  out.depth = -1;
  try {
    SourceText src;
    std::string text = source;
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    else if (is_latin1_cookie(text)) text = latin1_to_utf8(text);
    src.text = &text;
    src.line_starts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
        src.line_starts.push_back(i + 1);
    }
    auto line_of = [&](size_t off) {
      size_t lo = 0;
      while (lo + 1 < src.line_starts.size() && src.line_starts[lo + 1] <= off) ++lo;
      return int(lo + 1);
    };
    if (text.find('\0') != std::string::npos) {
      err = SyntaxErrorInfo{};
      err.msg = "source code string cannot contain null bytes";
      err.line = line_of(text.find('\0'));
      err.col = 0;
      return false;
    }
    size_t bad = 0;
    bool start_byte = false;
    if (!validate_utf8(text, bad, start_byte)) {
      err = SyntaxErrorInfo{};
      char buf[160];
      int ln = line_of(bad);
      snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
               unsigned(static_cast<unsigned char>(text[bad])), bad - src.line_starts[ln - 1],
               start_byte ? "invalid start byte" : "invalid continuation byte");
      err.msg = buf;
      err.line = ln;
      err.col = 0;
      return false;
    }
    ParseCtx ctx;
    ctx.buf = text;
    if (mode == ParseMode::Eval) {
      size_t k = 0;
      while (k < ctx.buf.size() && (ctx.buf[k] == ' ' || ctx.buf[k] == '\t')) ++k;
      ctx.buf.replace(0, k, k, '\f');   // keep columns, but no INDENT
    }
    ctx.arena = out.arena.get();
    ctx.src = &src;
    ctx.start_token = mode == ParseMode::Eval ? Parser::token::START_EVAL : Parser::token::START_FILE;
    run(ctx, 1, 0, false);
    Loc where;
    int depth = 0;
    if (!check_tree(ctx.body, ctx.expr, &depth, where)) {
      err = SyntaxErrorInfo{};
      err.kind = "MemoryError";  // CPython: "MemoryError" with no message
      err.line = err.end_line = where.line;
      return false;
    }
    fix_compound_ends(ctx.body);
    out.body = std::move(ctx.body);
    out.expression = ctx.expr;
    out.depth = depth;
    return true;
  } catch (ParseFailure& f) {
    err = f.info;
    out.body.clear();
    return false;
  } catch (const std::bad_alloc&) {
    err = SyntaxErrorInfo{};
    err.msg = "out of memory while parsing";
    return false;
  } catch (...) {
    err = SyntaxErrorInfo{};
    err.msg = "internal parser error";
    return false;
  }
}

}  // namespace minipy::ast
