// grammar/parse.cpp — the ast::parse() entry point: input checks, running the
// lexer and the bison parser, f-string sub-parses, and turning parser failures
// into CPython-like SyntaxError reports.
//
// Must not: throw out of parse(); every failure becomes a SyntaxErrorInfo.
#include <algorithm>
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

bool is_compare_or_bool(Tok k) {
  switch (k) {
    case Tok::Less: case Tok::Greater: case Tok::LessEq: case Tok::GreaterEq: case Tok::EqEqual: case Tok::NotEqual:
    case Tok::In: case Tok::Is: case Tok::And: case Tok::Or: case Tok::Not:
      return true;
    default:
      return false;
  }
}

// `full`: also across comparisons and and/or (CPython's `expression`), not
// only the arithmetic chain (its `bitwise_or`).
size_t expr_end(const std::vector<Token>& t, size_t i, bool full = false) {
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
    if (n == Tok::LSqb && j + 2 < t.size() && t[j + 2].kind == Tok::RSqb) return j;   // `x[]` is no subscript
    if ((n == Tok::LPar || n == Tok::LSqb) || (n == Tok::String && t[j].kind == Tok::String)) { ++j; continue; }
    if ((n == Tok::Dot || is_binop_tok(n)) && j + 2 < t.size() && starts_expr(t[j + 2].kind)) { j += 2; continue; }
    if (full && is_compare_or_bool(n)) {   // `a in b`, `a not in b`, `a is not b`, `a and b`
      size_t k = j + 1;
      if (k + 1 < t.size() && (t[k + 1].kind == Tok::Not || t[k + 1].kind == Tok::In) && t[k].kind != Tok::Not) ++k;
      if (t[k].kind == Tok::Not && k + 1 < t.size() && t[k + 1].kind == Tok::In) ++k;
      if (k + 1 < t.size() && (starts_expr(t[k + 1].kind) || t[k + 1].kind == Tok::Minus || t[k + 1].kind == Tok::Not)) {
        j = k + 1;
        if (t[j].kind == Tok::Minus || t[j].kind == Tok::Not) {
          if (j + 1 >= t.size()) return j;
          ++j;
        }
        continue;
      }
    }
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

// `except A, B:` — CPython's range covers the unparenthesized types.
Loc except_types_range(const ParseCtx& ctx, const Loc& first) {
  const auto& t = ctx.toks;
  size_t k = 0;
  while (k < t.size() && !(t[k].loc.line == first.line && t[k].loc.col == first.col)) ++k;
  if (k >= t.size()) return first;
  int lvl = t[k].level;
  size_t e = k;
  while (e + 1 < t.size() && t[e + 1].kind != Tok::Newline && t[e + 1].kind != Tok::EndMarker &&
         !(t[e + 1].level == lvl && t[e + 1].kind == Tok::Colon))
    ++e;
  return Loc{first.line, first.col, t[e].loc.end_line, t[e].loc.end_col};
}

void Parser::report_syntax_error(const context& yyctx) const {
  ctx.in_report = true;
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
  bool at_end = true;   // only DEDENTs and the ENDMARKER from here on
  for (size_t k = i; k < t.size() && at_end; ++k)
    at_end = t[k].kind == Tok::Dedent || t[k].kind == Tok::EndMarker;
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
      if (at_end)   // CPython: the end of the last line, no end column
        raise_error_point(ctx, tok.loc.line, tok.loc.col + 1, msg, -1, "IndentationError");
      if (tok.kind == Tok::Dedent)   // CPython's DEDENT has no column: the cursor, no end
        raise_error_point(ctx, tok.loc.line, tok.loc.col, msg, -1, "IndentationError");
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
  // A soft keyword the look-ahead took for `match`/`case` is a plain name to
  // CPython, whose parser then fails on the token after it.
  bool soft_name = tok.kind == Tok::Name && (ctx.text(int(i)) == "case" || ctx.text(int(i)) == "match");
  if ((tok.kind == Tok::Case || tok.kind == Tok::Match || soft_name) && i + 1 < t.size() &&
      t[i + 1].kind != Tok::EndMarker && t[i + 1].kind != Tok::Newline) {
    bool colon = false;
    size_t e = i + 1;
    for (; e < t.size() && t[e].kind != Tok::Newline && t[e].kind != Tok::EndMarker; ++e)
      if (t[e].kind == Tok::Colon && t[e].level == 0) colon = true;
    if (soft_name && !colon && e < t.size() && t[e].kind == Tok::Newline && starts_expr(t[i + 1].kind))
      raise_error(ctx, t[e].loc, "expected ':'");
    raise_error(ctx, t[i + 1].loc, "invalid syntax");
  }
  // The innermost open bracket before token i (index), or npos.
  // Bracket tokens carry the outer level; the tokens inside, the inner one.
  const int L = is_close(tok.kind) ? tok.level + 1 : tok.level;
  auto opener = [&](size_t k) -> size_t {
    int lvl = is_close(t[k].kind) ? t[k].level + 1 : t[k].level;
    if (lvl <= 0) return std::string::npos;
    for (size_t j = k; j-- > 0;)
      if (is_open(t[j].kind) && t[j].level == lvl - 1) return j;
    return std::string::npos;
  };
  size_t ls = line_start_index(t, i);
  size_t op = opener(i);
  size_t hs = ls;   // the statement keyword, after `async` and decorators
  while (hs < i && t[hs].kind == Tok::Async) ++hs;
  // 3. Forced tokens of CPython's grammar (`&&':'`): def's '(' and ':', and the
  //    ':' after try / finally / else.
  if (t[hs].kind == Tok::Def && tok.level == 0) {
    if (i == hs + 2 && tok.kind != Tok::LPar) raise_error(ctx, tok.loc, "expected '('");
    size_t close = std::string::npos;
    for (size_t j = hs + 3; j < i; ++j)
      if (t[j].kind == Tok::RPar && t[j].level == 0) { close = j; break; }
    if (close != std::string::npos && !(tok.kind == Tok::Colon && i == close + 1)) {
      size_t a = close + 1;
      if (i == a || (t[a].kind == Tok::RArrow && !expects(symbol_kind::S_COLON))) raise_error(ctx, t[a].loc, "expected ':'");
      if (expects(symbol_kind::S_COLON)) raise_error(ctx, tok.loc, "expected ':'");
    }
  }
  if (i == ls + 1 && (t[ls].kind == Tok::Try || t[ls].kind == Tok::Finally || t[ls].kind == Tok::Else) &&
      tok.kind != Tok::Colon)
    raise_error(ctx, tok.loc, "expected ':'");
  // `match x` / `case p` without ':' (not classified as soft keywords).
  if (t[ls].kind == Tok::Name && i == ls + 1 && (ctx.text(int(ls)) == "match" || ctx.text(int(ls)) == "case") &&
      starts_expr(tok.kind)) {
    size_t e = i;
    bool colon = false;
    while (e < t.size() && t[e].kind != Tok::Newline && t[e].kind != Tok::EndMarker) {
      if (t[e].kind == Tok::Colon && t[e].level == 0) colon = true;
      ++e;
    }
    if (!colon && e < t.size() && t[e].kind == Tok::Newline) raise_error(ctx, t[e].loc, "expected ':'");
  }
  auto range = [&](size_t a, size_t b) { return Loc{t[a].loc.line, t[a].loc.col, t[b].loc.end_line, t[b].loc.end_col}; };
  // Inside a lambda's parameters (no bracket): the `lambda` before i, no ':' between.
  bool lambda_params = false;
  for (size_t j = i; j-- > ls;) {
    if (t[j].level < L) break;
    if (t[j].level != L) continue;
    if (t[j].kind == Tok::Colon) break;
    if (t[j].kind == Tok::Lambda) { lambda_params = true; break; }
  }
  // Parameters: defaults of *args/**kwargs, parenthesized parameters.
  bool def_params = op != std::string::npos && op >= 2 && t[op].kind == Tok::LPar && t[op - 1].kind == Tok::Name &&
                    t[op - 2].kind == Tok::Def;
  bool any_params = def_params || lambda_params;
  if (any_params && tok.kind == Tok::Equal) {
    size_t b = i;   // the first token of this parameter
    while (b > 0 && !(t[b - 1].level == L && (t[b - 1].kind == Tok::Comma || t[b - 1].kind == Tok::Lambda)) &&
           !(def_params && b - 1 == op))
      --b;
    if (t[b].kind == Tok::DoubleStar) raise_error(ctx, tok.loc, "var-keyword argument cannot have default value");
    if (t[b].kind == Tok::Star) raise_error(ctx, tok.loc, "var-positional argument cannot have default value");
  }
  if (def_params && t[op + 1].kind == Tok::Slash) raise_error(ctx, t[op + 1].loc, "at least one argument must precede /");
  if (any_params && i >= 1 && t[i - 1].kind == Tok::Equal && (tok.kind == Tok::Comma || tok.kind == Tok::RPar))
    raise_error(ctx, t[i - 1].loc, "expected default value expression");
  if (any_params && tok.kind == Tok::Star && i >= 1 && t[i - 1].kind == Tok::Slash)
    raise_error(ctx, tok.loc, "expected comma between / and *");
  if (any_params && tok.kind == Tok::Slash && i >= 1 &&
      ((def_params && i == op + 1) || t[i - 1].kind == Tok::Lambda))
    raise_error(ctx, tok.loc, "at least one argument must precede /");
  if (tok.kind == Tok::LPar && i >= 1 &&
      ((def_params && (t[i - 1].kind == Tok::LPar || t[i - 1].kind == Tok::Comma)) || t[i - 1].kind == Tok::Lambda ||
       (lambda_params && t[i - 1].kind == Tok::Comma))) {
    size_t e = i;
    int d = 0;
    for (; e < t.size(); ++e) {
      if (is_open(t[e].kind)) ++d;
      else if (is_close(t[e].kind) && --d == 0) break;
    }
    if (e < t.size())
      raise_error(ctx, range(i, e), lambda_params || t[i - 1].kind == Tok::Lambda
                                        ? "Lambda expression parameters cannot be parenthesized"
                                        : "Function parameters cannot be parenthesized");
  }
  // `[z=3]`: '=' in a display (not a call's keyword argument).
  bool call_paren = op != std::string::npos && op >= 1 && t[op].kind == Tok::LPar &&
                    (t[op - 1].kind == Tok::Name || t[op - 1].kind == Tok::RPar || t[op - 1].kind == Tok::RSqb);
  if (tok.kind == Tok::Equal && op != std::string::npos && !call_paren && !any_params &&
      i >= 1 && t[i - 1].kind == Tok::Name && (i - 1 == op + 1 || t[i - 2].kind == Tok::Comma) && i + 1 < t.size() &&
      starts_expr(t[i + 1].kind) &&
      !(t[op].kind == Tok::LSqb && op >= 1 && (t[op - 1].kind == Tok::Name || t[op - 1].kind == Tok::RSqb)))
    raise_error(ctx, range(i - 1, expr_end(t, i + 1)), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  // `f(**kw, *)`
  if (call_paren && i >= 1 && t[i - 1].kind == Tok::Star && (tok.kind == Tok::RPar || tok.kind == Tok::Comma)) {
    bool dstar = false;
    for (size_t j = op + 1; j + 1 < i; ++j)
      if (t[j].level == L && t[j].kind == Tok::DoubleStar) dstar = true;
    if (dstar) raise_error(ctx, t[i - 1].loc, "iterable argument unpacking follows keyword argument unpacking");
  }
  // `{1: *a}`
  if (tok.kind == Tok::Star && op != std::string::npos && t[op].kind == Tok::LBrace && i >= 1 &&
      t[i - 1].kind == Tok::Colon && i + 1 < t.size() && starts_expr(t[i + 1].kind))
    raise_error(ctx, range(i, expr_end(t, i + 1)), "cannot use a starred expression in a dictionary value");
  // `<>` is one token (NOTEQUAL) to CPython, rejected by its parser.
  if (tok.kind == Tok::Greater && i >= 1 && t[i - 1].kind == Tok::Less && t[i - 1].loc.end_col == tok.loc.col &&
      t[i - 1].loc.line == tok.loc.line)
    raise_error(ctx, range(i - 1, i), "invalid syntax");
  // `except*:`
  if (tok.kind == Tok::Colon && i >= 2 && t[i - 1].kind == Tok::Star && t[i - 2].kind == Tok::Except)
    raise_error(ctx, tok.loc, "expected one or more exception types");
  // 4. CPython's invalid_* rules for displays, comprehensions and walrus.
  if (tok.kind == Tok::ColonEqual && i >= 1 && ends_expr(t[i - 1].kind)) {
    Tok pk = t[i - 1].kind;
    if (pk == Tok::True || pk == Tok::False || pk == Tok::None)
      raise_error(ctx, t[i - 1].loc, std::string("cannot use assignment expressions with ") + ctx.text(int(i - 1)));
    size_t b = expr_begin(t, i - 1);
    if (b < i - 1 && t[i - 1].kind == Tok::Name && t[i - 2].kind == Tok::Dot)
      raise_error(ctx, range(b, i - 1), "cannot use assignment expressions with attribute");
    if (b < i - 1 && t[i - 1].kind == Tok::RSqb)
      raise_error(ctx, range(b, i - 1), "cannot use assignment expressions with subscript");
    for (size_t j = b; j-- > ls;) {   // `lambda: x := 1`
      if (t[j].level != L) continue;
      if (t[j].kind == Tok::Lambda) raise_error(ctx, range(j, i - 1), "cannot use assignment expressions with lambda");
      if (t[j].kind != Tok::Colon && t[j].kind != Tok::Name && t[j].kind != Tok::Comma) break;
    }
  }
  if (op != std::string::npos && tok.kind == Tok::DoubleStar && t[op].kind == Tok::LPar && i == op + 1 &&
      !(op >= 1 && (t[op - 1].kind == Tok::Name || t[op - 1].kind == Tok::RPar || t[op - 1].kind == Tok::RSqb)) &&
      i + 1 < t.size() && starts_expr(t[i + 1].kind))
    raise_error(ctx, tok.loc, "cannot use double starred expression here");
  // `del a if b else c`
  if (t[ls].kind == Tok::Del && tok.kind == Tok::If && tok.level == 0 && i >= 1 && ends_expr(t[i - 1].kind)) {
    size_t e = i;
    while (e + 1 < t.size() && t[e + 1].kind != Tok::Newline && !(t[e + 1].kind == Tok::Semi && t[e + 1].level == 0) &&
           !(t[e + 1].kind == Tok::Comma && t[e + 1].level == 0) && t[e + 1].kind != Tok::EndMarker)
      ++e;
    raise_error(ctx, range(expr_begin(t, i - 1), e), "cannot delete conditional expression");
  }
  if (op != std::string::npos && i > op + 1) {
    Tok ok = t[op].kind;
    // Top-level commas / colons / `for` of the innermost display.
    bool comma = false, colon = false, has_for = false;
    size_t last_comma = op;
    for (size_t j = op + 1; j < i; ++j) {
      if (t[j].level != L) continue;
      if (t[j].kind == Tok::Comma) { comma = true; last_comma = j; }
      if (t[j].kind == Tok::Colon) colon = true;
      if (t[j].kind == Tok::For) has_for = true;
    }
    if (tok.kind == Tok::For && !has_for) {
      if (ok == Tok::LBrace && t[op + 1].kind == Tok::DoubleStar)
        raise_error(ctx, t[op + 1].loc, "dict unpacking cannot be used in dict comprehension");
      if (t[op + 1].kind == Tok::Star && !comma)
        raise_error(ctx, range(op + 1, i - 1), "iterable unpacking cannot be used in comprehension");
      if ((ok == Tok::LSqb || ok == Tok::LBrace) && comma && !colon)
        raise_error(ctx, range(op + 1, i - 1), "did you forget parentheses around the comprehension target?");
    }
    if (ok == Tok::LBrace && !has_for) {
      if ((tok.kind == Tok::RBrace || tok.kind == Tok::Comma) && t[i - 1].kind == Tok::Colon)
        raise_error(ctx, t[i - 1].loc, "expression expected after dictionary key and ':'");
      bool is_dict = colon || t[op + 1].kind == Tok::DoubleStar;
      if (is_dict && comma && (tok.kind == Tok::RBrace || tok.kind == Tok::Comma || tok.kind == Tok::For)) {
        bool elem_colon = false;
        for (size_t j = last_comma + 1; j < i; ++j)
          if (t[j].level == L && t[j].kind == Tok::Colon) elem_colon = true;
        if (!elem_colon && last_comma + 1 < i && t[last_comma + 1].kind != Tok::DoubleStar)
          raise_error_point(ctx, t[last_comma + 1].loc.line, t[last_comma + 1].loc.col + 1,
                            "':' expected after dictionary key", 0);
      }
    }
  }
  // `a if b` without `else`.
  if (tok.kind != Tok::Else && tok.kind != Tok::Colon && i >= 3 && ends_expr(t[i - 1].kind)) {
    size_t bb = expr_begin(t, i - 1);
    if (bb >= 2 && t[bb - 1].kind == Tok::If && t[bb - 1].level == L && ends_expr(t[bb - 2].kind)) {
      bool comp = false;
      for (size_t j = (op == std::string::npos ? ls : op + 1); j < bb; ++j)
        if (t[j].level == L && t[j].kind == Tok::For) comp = true;
      size_t ab = expr_begin(t, bb - 2);
      if (!comp && t[ab].loc.line == t[bb].loc.line)
        raise_error(ctx, range(ab, i - 1), "expected 'else' after 'if' expression");
    }
  }
  if (tok.kind == Tok::Newline && i >= 1 && i - 1 == ls &&
      (t[ls].kind == Tok::Except || t[ls].kind == Tok::Else || t[ls].kind == Tok::Finally || t[ls].kind == Tok::Try))
    raise_error(ctx, tok.loc, "expected ':'");
  if (t[hs].kind == Tok::With && tok.level <= 1) {   // `with (a as b)` without ':'
    size_t e = hs;
    bool colon = false;
    while (e < t.size() && t[e].kind != Tok::Newline && t[e].kind != Tok::EndMarker) {
      if (t[e].kind == Tok::Colon && t[e].level == 0) colon = true;
      ++e;
    }
    if (!colon && e < t.size() && t[e].kind == Tok::Newline && e > hs + 1 && ends_expr(t[e - 1].kind))
      raise_error(ctx, t[e].loc, "expected ':'");
  }
  // `a and b:` — not an annotation target: CPython's parser stops at the ':'.
  if (tok.kind == Tok::Newline && i >= 2 && t[i - 1].kind == Tok::Colon && t[i - 1].level == 0 && !is_compound_kw(t[hs].kind) &&
      t[hs].kind != Tok::Lambda) {
    bool complex_target = false;
    for (size_t j = ls; j + 1 < i && !complex_target; ++j) {
      if (t[j].level != 0) continue;
      Tok k = t[j].kind;
      complex_target = (is_binop_tok(k) && k != Tok::Dot) || k == Tok::And || k == Tok::Or || k == Tok::Not ||
                       (j + 2 == i && k == Tok::RPar && t[ls].kind != Tok::LPar) ||   // a call
                       k == Tok::Is || k == Tok::In || k == Tok::Less || k == Tok::Greater || k == Tok::LessEq ||
                       k == Tok::GreaterEq || k == Tok::EqEqual || k == Tok::NotEqual || k == Tok::Comma ||
                       k == Tok::If || k == Tok::Lambda;
    }
    if (complex_target && ls + 1 < i - 1) raise_error(ctx, t[i - 1].loc, "invalid syntax");
  }
  // 5. Specific messages.
  if (tok.kind == Tok::Newline && expects(symbol_kind::S_COLON)) {
    size_t s = line_start_index(t, i);
    if (is_compound_kw(t[s].kind)) raise_error(ctx, tok.loc, "expected ':'");
  }
  if (expects(symbol_kind::S_EXCEPT) && expects(symbol_kind::S_FINALLY) && nexp <= 3) {
    if (at_end)
      raise_error_point(ctx, tok.loc.line, tok.loc.col + 1, "expected 'except' or 'finally' block", -1);
    raise_error(ctx, tok.loc, "expected 'except' or 'finally' block");
  }
  if (i >= 1 && t[i - 1].kind == Tok::Name && (ctx.text(int(i - 1)) == "print" || ctx.text(int(i - 1)) == "exec") &&
      starts_expr(tok.kind) && line_start_index(t, i - 1) == i - 1) {
    std::string fn = ctx.text(int(i - 1));
    size_t e = i;
    while (e + 1 < t.size() && t[e + 1].kind != Tok::Newline && t[e + 1].kind != Tok::EndMarker) ++e;
    Loc l{t[i - 1].loc.line, t[i - 1].loc.col, t[e].loc.end_line, t[e].loc.end_col};
    raise_error(ctx, l, "Missing parentheses in call to '" + fn + "'. Did you mean " + fn + "(...)?");
  }
  bool in_fstring_field = ctx.start_token == Parser::token::START_FSTRING;   // parsed as "(expr)"
  // Parameter lists are not expressions: no comma hint there.
  bool in_params = op != std::string::npos && op >= 2 && t[op].kind == Tok::LPar && t[op - 1].kind == Tok::Name &&
                   t[op - 2].kind == Tok::Def && i >= 2 &&
                   (t[i - 2].kind == Tok::LPar || t[i - 2].kind == Tok::Comma || t[i - 2].kind == Tok::Star ||
                    t[i - 2].kind == Tok::DoubleStar || t[i - 2].kind == Tok::Slash);   // a bare parameter name
  if ((tok.level > 0 || in_fstring_field) && !in_params && i >= 1 && starts_expr(tok.kind) && ends_expr(t[i - 1].kind) &&
      !(t[i - 1].kind == Tok::Name && tok.kind == Tok::String)) {
    size_t b = expr_begin(t, i - 1), e = expr_end(t, i, true);
    Loc l{t[b].loc.line, t[b].loc.col, t[e].loc.end_line, t[e].loc.end_col};
    raise_error(ctx, l, "invalid syntax. Perhaps you forgot a comma?");
  }
  if (tok.kind == Tok::Equal && i >= 1) {
    size_t s = line_start_index(t, i);
    Tok k = t[s].kind;
    if ((k == Tok::If || k == Tok::Elif || k == Tok::While) && i - 1 > s + 1 && tok.level == 0 &&
        expr_begin(t, i - 1) == s + 1 && (t[i - 1].kind == Tok::RSqb || t[i - 1].kind == Tok::RPar ||
                                          (t[i - 1].kind == Tok::Name && t[i - 2].kind == Tok::Dot))) {
      const char* what = t[i - 1].kind == Tok::RSqb ? "subscript" : t[i - 1].kind == Tok::RPar ? "function call" : "attribute";
      raise_error(ctx, range(s + 1, i - 1),
                  std::string("cannot assign to ") + what + " here. Maybe you meant '==' instead of '='?");
    }
    if ((k == Tok::If || k == Tok::Elif || k == Tok::While) && t[i - 1].kind == Tok::Name && i - 1 == s + 1) {
      size_t e = i + 1 < t.size() && starts_expr(t[i + 1].kind) ? expr_end(t, i + 1) : i;
      Loc l{t[i - 1].loc.line, t[i - 1].loc.col, t[e].loc.end_line, t[e].loc.end_col};
      raise_error(ctx, l, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  if (tok.kind == Tok::EndMarker && !in_fstring_field) {  // CPython's ENDMARKER has no column
    // Input of blanks only, without a line break (eval('')): CPython's
    // tokenizer never started a line, so the error is at line 0.
    const std::string* src = ctx.src ? ctx.src->text : nullptr;
    if (src && src->find_first_not_of(" \t\f") == std::string::npos)
      raise_error_point(ctx, 0, 0, "invalid syntax", 0);
    raise_error_point(ctx, tok.loc.line, 0, "invalid syntax", 0);
  }
  if (in_fstring_field && tok.kind == Tok::EndMarker) {
    // The field's closing ')' (see parse_fstring_expr) is where CPython fails.
    Loc l{tok.loc.line, tok.loc.col, tok.loc.line, tok.loc.col + 1};
    raise_error(ctx, l, "invalid syntax");
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
  // CPython: only when its parser ran into the end of input, or when the
  // last token it read is on a later line than the bracket.
  bool at_eof = true;   // the parser failed on the end of input (DEDENTs / ENDMARKER only from there)
  for (size_t k = ctx.pos > 0 ? ctx.pos - 1 : 0; k < ctx.toks.size() && at_eof; ++k)
    at_eof = ctx.toks[k].kind == Tok::Dedent || ctx.toks[k].kind == Tok::EndMarker;
  int last_line = ctx.pos > 0 && ctx.pos <= ctx.toks.size() ? ctx.toks[ctx.pos - 1].loc.line : f.info.line;
  // How far CPython's parser read before giving up (its last token decides):
  // after a specific error's range, it had read one token past that range;
  // after a generic one, its second pass had parsed the expression that
  // follows the failing token and read one token past it.
  size_t fail = ctx.pos > 0 ? std::min(ctx.pos, ctx.toks.size()) - 1 : 0;
  Tok first = ctx.toks.empty() ? Tok::EndMarker : ctx.toks[line_start_index(ctx.toks, fail)].kind;
  bool expr_context = first != Tok::From && first != Tok::Import && first != Tok::Def && first != Tok::Class &&
                      first != Tok::Global && first != Tok::Nonlocal;
  if (f.info.msg == "invalid syntax" && !at_eof && expr_context && fail + 1 < ctx.toks.size()) {
    size_t from = starts_expr(ctx.toks[fail].kind) ? fail : ctx.toks[fail].kind == Tok::Equal ? fail + 1 : fail;
    // A bracket whose first token cannot start an element stops CPython at once.
    bool stops = is_open(ctx.toks[from].kind) && from + 1 < ctx.toks.size() &&
                 !starts_expr(ctx.toks[from + 1].kind) && !is_close(ctx.toks[from + 1].kind) &&
                 ctx.toks[from + 1].kind != Tok::Star && ctx.toks[from + 1].kind != Tok::DoubleStar &&
                 ctx.toks[from + 1].kind != Tok::Minus && ctx.toks[from + 1].kind != Tok::Plus &&
                 ctx.toks[from + 1].kind != Tok::Not;
    if (starts_expr(ctx.toks[from].kind) && !stops) {
      size_t e = expr_end(ctx.toks, from);
      const Token& next = ctx.toks[std::min(e + 1, ctx.toks.size() - 1)];
      last_line = std::max(last_line, next.loc.line);
      if (e + 1 >= ctx.toks.size() || next.kind == Tok::EndMarker || next.kind == Tok::Dedent) at_eof = true;
    }
  }
  if (f.info.msg != "invalid syntax") {
    for (const Token& tk : ctx.toks)
      if (tk.loc.line > f.info.end_line || (tk.loc.line == f.info.end_line && tk.loc.col + 1 >= f.info.end_col)) {
        last_line = std::max(last_line, tk.loc.line);
        if (tk.kind == Tok::EndMarker) at_eof = true;   // that token was the end of input
        break;
      }
  }
  if (!at_eof && last_line <= unclosed->loc.line) return;
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

// CPython's _PyPegen_byte_offset_to_character_offset: the number of
// characters in the first `off` bytes of `line` (at most one past its end).
int byte_to_char_offset(const std::string& line, int off) {
  if (off <= 0) return off;
  size_t n = std::min(size_t(off), line.size() + 1);
  int chars = 0;
  for (size_t i = 0; i < n; ++i)
    if (i >= line.size() || (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
  return chars;
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
  lx.warnings = ctx.warnings;
  lx.eof_newline = ctx.start_token != Parser::token::START_EVAL;
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
  if (ctx.normalize && ctx.normalize->fn) {
    // PEP 3131: identifiers are compared in NFKC form (CPython normalises in
    // its parser, so `ﬁ` and `fi` are the same name).
    for (const Token& tk : ctx.toks) {
      if (tk.kind != Tok::Name) continue;
      bool ascii = true;
      for (uint32_t k = tk.begin; k < tk.end && ascii; ++k) ascii = static_cast<unsigned char>(ctx.buf[k]) < 0x80;
      if (ascii) continue;
      std::string in = ctx.buf.substr(tk.begin, tk.end - tk.begin), out;
      if (ctx.normalize->fn(ctx.normalize->ctx, in, out) && out != in) ctx.normalized.emplace_back(tk.begin, out);
    }
  }
  try {
    Parser p(ctx);
    p.parse();
  } catch (ParseFailure& f) {
    if (!lex_ok) {
      // CPython tokenizes the rest of the source after a parser error: an error
      // its tokenizer raises there (bad literal, unterminated string, invalid
      // character, unmatched bracket) replaces the parser's, even a specific
      // one; indentation and line-continuation errors only count when the
      // parser got to them.
      // ("unexpected indent" is reported before that look, so it stays.)
      bool unexpected_indent = f.info.msg == "unexpected indent";
      if ((lex_err.tokenizer && !unexpected_indent) || ctx.pos >= ctx.toks.size()) throw ParseFailure{lex_err};
      throw;
    }
    // CPython quotes the line with its newline only when its tokenizer is
    // still on that line: not for an error on an earlier line than the token
    // it failed at, nor for an unclosed bracket found by reading to the end.
    if (!ctx.toks.empty() && f.tok_line == 0 && ctx.in_report)
      f.tok_line = ctx.toks[std::min(ctx.pos, ctx.toks.size()) - (ctx.pos > 0 ? 1 : 0)].loc.line;
    std::string before = f.info.msg;
    finish_unclosed(ctx, unclosed, f);
    if (f.info.msg != before && !ctx.toks.empty()) f.tok_line = ctx.toks.back().loc.line;
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
  sub.warnings = parent.warnings;
  sub.normalize = parent.normalize;
  sub.start_token = Parser::token::START_FSTRING;
  if (sub.fstring_depth > 20) raise_error(parent, Loc{line, col, line, col}, "f-string: expressions nested too deeply");
  try {
    run(sub, line, col, true);
    if (sub.expr && sub.expr->kind == ExprKind::Starred)
      raise_error(sub, sub.expr->loc, "cannot use starred expression here");
  } catch (ParseFailure& f) {
    if (f.info.msg.rfind("f-string", 0) != 0) f.info.msg = "f-string: " + f.info.msg;
    if (!f.fstring_mapped) {
      // CPython 3.11 parses the field alone as "(expr)": an error inside it
      // quotes that text, and columns count from its '(' on the field's first
      // line (from the line start, less the field's offset, on later lines).
      f.fstring_mapped = true;
      f.tok_line = 0;
      std::string paren = "(" + text + ")";
      std::vector<std::string> lines;
      size_t b = 0;
      for (;;) {
        size_t e = paren.find('\n', b);
        lines.push_back(paren.substr(b, e == std::string::npos ? std::string::npos : e - b));
        if (e == std::string::npos) break;
        b = e + 1;
      }
      size_t nl = text.find('\n');
      bool newline_after_brace = text.find_first_not_of(" \t\f") == nl && nl != std::string::npos;
      int shift_first = col - 1, shift_later = newline_after_brace ? 0 : col - 1;
      auto map_col = [&](int l, int c1) {
        if (c1 <= 0) return c1;
        return c1 - (l == line ? shift_first : shift_later);
      };
      int k = f.info.line - line;
      if (k >= 0 && size_t(k) < lines.size()) {
        f.info.col = map_col(f.info.line, f.info.col);
        if (f.info.end_col > 0) f.info.end_col = map_col(f.info.end_line, f.info.end_col);
        f.info.text = lines[k] + "\n";
        f.info.tokenizer = false;
      }
    }
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
    for (ExceptHandler& h : s->handlers) {
      block(h.body);
      if (!h.body.empty() && h.body.back()) {   // a handler ends with its body too
        h.loc.end_line = h.body.back()->loc.end_line;
        h.loc.end_col = h.body.back()->loc.end_col;
      }
    }
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
           SyntaxErrorInfo& err, const IdentNormalizer& normalize) {
  using namespace detail;
  (void)filename;
  out.body.clear();
  out.expression = nullptr;
  out.depth = -1;
  int lines_with_break = 0;   // lines 1..this one end with a line break
  try {
    SourceText src;
    std::string text = source;
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    else if (is_latin1_cookie(text)) text = latin1_to_utf8(text);
    // CPython's tokenizer ends the last line with a newline when the source
    // does not: positions of errors at the end of input depend on it.
    // (Only for `exec` input, as CPython's translate_newlines.)
    if (mode == ParseMode::File && !text.empty() && text.back() != '\n' && text.back() != '\r') text += '\n';
    src.text = &text;
    src.line_starts.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
        src.line_starts.push_back(i + 1);
    }
    lines_with_break = int(src.line_starts.size()) - 1;
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
    out.warnings.clear();
    ctx.warnings = &out.warnings;
    ctx.normalize = &normalize;
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
    // The parser's errors quote the line with its newline (CPython reads it
    // from the tokenizer's buffer); the tokenizer's own errors do not.
    if (!err.tokenizer && err.line > 0 && err.line >= f.tok_line && (f.fstring_mapped || err.line <= lines_with_break) &&
        (err.text.empty() || err.text.back() != '\n'))
      err.text += '\n';
    // Positions so far are byte columns; CPython reports characters, counted
    // in the first line of the error (also for end_offset).
    err.col = byte_to_char_offset(err.text, err.col);
    if (err.end_col > 0) err.end_col = byte_to_char_offset(err.text, err.end_col);
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
