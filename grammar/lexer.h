// grammar/lexer.h — tokens and the tokenizer interface (internal to grammar/).
//
// Owns: turning UTF-8 source bytes into a vector of Python tokens, including
// INDENT/DEDENT/NEWLINE, bracket matching and tokenizer-level SyntaxErrors.
// Must not: build AST nodes or decode string literal contents (strings.cpp does).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grammar/ast.h"

namespace minipy::ast::detail {

enum class Tok : uint8_t {
  EndMarker, Newline, Indent, Dedent, Name, Number, String,
  LPar, RPar, LSqb, RSqb, LBrace, RBrace, Comma, Colon, Semi, Dot, Ellipsis,
  Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, At, LShift, RShift,
  Amper, VBar, Circumflex, Tilde, Less, Greater, LessEq, GreaterEq, EqEqual, NotEqual,
  RArrow, ColonEqual, Equal,
  PlusEq, MinusEq, StarEq, SlashEq, DoubleSlashEq, PercentEq, DoubleStarEq, AtEq,
  AmperEq, VBarEq, CircumflexEq, LShiftEq, RShiftEq,
  // keywords
  False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del,
  Elif, Else, Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal,
  Not, Or, Pass, Raise, Return, Try, While, With, Yield,
  // Decided after tokenizing by look-ahead (classify_soft_keywords):
  Match, Case,  // soft keywords that start a match statement / case block
  WithLPar,     // '(' right after `with` that opens a parenthesized with-item list
  ErrorToken,   // a character that cannot start any token (e.g. '$', '?', '!')
};

struct Token {
  Tok kind;
  Loc loc;              // 1-based line, 0-based byte columns
  uint32_t begin = 0;   // byte range in the lexed buffer
  uint32_t end = 0;
  int level = 0;        // bracket depth before this token (for error messages)
};

// Tokenizes `buf` (must be NUL-terminated and contain no other NUL bytes).
// `line0`/`col0` shift reported positions (for f-string replacement fields,
// which are lexed as if inside parentheses: no NEWLINE/INDENT tokens).
class Lexer {
 public:
  Lexer(const std::string& buf, int line0, int col0, bool fstring_mode)
      : buf_(buf), line0_(line0), col0_(col0), fstring_mode_(fstring_mode) {}
  bool run(std::vector<Token>& out, SyntaxErrorInfo& err);
  std::vector<ParseWarning>* warnings = nullptr;   // where tokenizer warnings go (may be null)
  bool eof_newline = true;   // a NEWLINE before the end (CPython's exec input); not for eval input

 private:
  const std::string& buf_;
  int line0_, col0_;
  bool fstring_mode_;
};

// Rewrites NAME tokens `match`/`case` that start a match statement / case block
// into Tok::Match/Tok::Case, and `with (` into Tok::WithLPar when the
// parenthesized group is followed by ':'.
void classify_soft_keywords(std::vector<Token>& toks, const std::string& buf);

const char* tok_name(Tok t);

}  // namespace minipy::ast::detail
