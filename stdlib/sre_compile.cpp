// stdlib/sre_compile.cpp — parser and compiler for Python regular expressions
// (CPython 3.11 `re` syntax and error messages), producing the Program that
// sre_engine.cpp runs. Parsing recurses per group nesting level (bounded);
// nothing here recurses per subject character.
// Must not: touch Python objects or hold global mutable state.
#include "stdlib/sre_compile.h"

#include <deque>
#include <memory>

#include "runtime/unicode.h"

namespace minipy {
namespace sre {

uint32_t lower1(uint32_t c) {
  if (c < 128) return uni::ascii_lower(c);
  if (c == 0x130) return 'i';  // simple lowercase of U+0130 (the full mapping has two code points)
  uint32_t o[3];
  return uni::to_case(c, uni::Case::Lower, o) == 1 ? o[0] : c;
}
uint32_t upper1(uint32_t c) {
  if (c < 128) return uni::ascii_upper(c);
  uint32_t o[3];
  return uni::to_case(c, uni::Case::Upper, o) == 1 ? o[0] : c;
}
bool is_word_char(uint32_t c, bool ascii) {
  if (c < 128) return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '_';
  return !ascii && uni::is_alnum(c);
}
bool is_digit_char(uint32_t c, bool ascii) {
  if (c < 128) return c >= '0' && c <= '9';
  return !ascii && uni::is_decimal(c);
}
bool is_space_char(uint32_t c, bool ascii) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (!ascii && c >= 0x1c && c <= 0x1f);
  return !ascii && uni::is_space(c);
}

bool CharClass::contains_raw(uint32_t c) const {
  for (auto& r : ranges)
    if (c >= r.first && c <= r.second) return true;
  if (cats) {
    if ((cats & kCatDigit) && is_digit_char(c, ascii)) return true;
    if ((cats & kCatNotDigit) && !is_digit_char(c, ascii)) return true;
    if ((cats & kCatWord) && is_word_char(c, ascii)) return true;
    if ((cats & kCatNotWord) && !is_word_char(c, ascii)) return true;
    if ((cats & kCatSpace) && is_space_char(c, ascii)) return true;
    if ((cats & kCatNotSpace) && !is_space_char(c, ascii)) return true;
  }
  return false;
}
bool CharClass::matches_slow(uint32_t c) const {
  bool r = contains_raw(c);
  if (!r && icase) {
    if (ascii) {
      r = contains_raw(uni::ascii_lower(c)) || contains_raw(uni::ascii_upper(c));
    } else {
      uint32_t l = lower1(c), u = upper1(c);
      r = (l != c && contains_raw(l)) || (u != c && contains_raw(u));
    }
  }
  return r != negate;
}
void CharClass::finish() {
  for (uint32_t c = 0; c < 256; c++) table[c] = matches_slow(c) ? 1 : 0;
}

namespace {

constexpr int64_t kInf = -1;
constexpr size_t kMaxCode = 4000000;

enum class NK : uint8_t { Empty, Char, Any, Class, Seq, Alt, Group, Repeat, Backref, Assert, Look, Atomic, Cond };

struct Node {
  NK kind;
  uint8_t icase = 0, ascii = 0, dotall = 0, multiline = 0;
  uint32_t c = 0;
  int cls = -1;
  int group = -1;     // capturing group number (Group), referenced group (Backref/Cond)
  int64_t min = 0, max = 0;
  bool greedy = true, possessive = false;
  bool behind = false, neg = false;
  uint8_t akind = 0;
  std::vector<Node*> kids;
  int64_t minw = 0, maxw = 0;  // computed widths (maxw -1 = unbounded)
};

struct Parser {
  const std::vector<uint32_t>& p;
  size_t i = 0;
  bool is_bytes;
  uint32_t flags;   // current (scoped) flags
  uint32_t global_flags;
  Program* prog;
  CompileError* err;
  std::deque<Node> arena;
  std::vector<bool> closed;  // per group (index = group number)
  std::vector<std::pair<int, int64_t>> cond_refs;  // (group, pos) checked at the end
  int depth = 0;
  bool any_item = false;   // something parsed at top level (for global flags)

  Parser(const std::vector<uint32_t>& pat, bool b, uint32_t f, Program* pr, CompileError* e)
      : p(pat), is_bytes(b), flags(f), global_flags(f), prog(pr), err(e) { closed.push_back(true); }

  Node* mk(NK k) {
    arena.emplace_back();
    Node* n = &arena.back();
    n->kind = k;
    n->icase = (flags & kFlagIgnoreCase) != 0;
    n->ascii = is_bytes || (flags & kFlagAscii) != 0;
    n->dotall = (flags & kFlagDotAll) != 0;
    n->multiline = (flags & kFlagMultiline) != 0;
    return n;
  }
  bool fail(std::string msg, int64_t pos) {
    if (err->msg.empty()) { err->msg = std::move(msg); err->pos = pos; }
    return false;
  }
  bool at_end() const { return i >= p.size(); }
  int64_t peek() const { return i < p.size() ? int64_t(p[i]) : -1; }
  bool eat(uint32_t c) { if (i < p.size() && p[i] == c) { i++; return true; } return false; }
  std::string text(size_t a, size_t b) const {
    std::string s;
    for (size_t k = a; k < b && k < p.size(); k++) uni::utf8_append(s, p[k]);
    return s;
  }
  static bool is_hex(uint32_t c) { return (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'f'); }
  static int hexval(uint32_t c) { return c <= '9' ? int(c - '0') : int((c | 32) - 'a' + 10); }
  static bool is_oct(int64_t c) { return c >= '0' && c <= '7'; }
  static bool is_dig(int64_t c) { return c >= '0' && c <= '9'; }
  static bool is_ascii_letter(uint32_t c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
  void skip_verbose() {
    if (!(flags & kFlagVerbose)) return;
    for (;;) {
      int64_t c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') { i++; continue; }
      if (c == '#') {
        while (!at_end() && p[i] != '\n') i++;
        continue;
      }
      return;
    }
  }

  // Escapes shared by classes and the top level: hex/unicode/octal-0 forms.
  // Returns 1 handled (value in *out), 0 not handled, -1 error.
  int common_escape(size_t start, uint32_t c, uint32_t* out) {
    switch (c) {
      case 'a': *out = 7; return 1;
      case 'f': *out = 12; return 1;
      case 'n': *out = 10; return 1;
      case 'r': *out = 13; return 1;
      case 't': *out = 9; return 1;
      case 'v': *out = 11; return 1;
      case '\\': *out = '\\'; return 1;
      case 'x': case 'u': case 'U': {
        if (c != 'x' && is_bytes) return 0;
        size_t n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t v = 0;
        size_t k = 0;
        for (; k < n && i < p.size() && is_hex(p[i]); k++, i++) v = v * 16 + uint32_t(hexval(p[i]));
        if (k < n) return fail("incomplete escape " + text(start, i), int64_t(start)), -1;
        if (c == 'U' && v > 0x10FFFF) return fail("bad escape " + text(start, i), int64_t(start)), -1;
        *out = v;
        return 1;
      }
      case 'N':
        if (is_bytes) return 0;
        return fail("bad escape \\N (named Unicode escapes are not supported)", int64_t(start)), -1;
      case '0': {
        uint32_t v = 0;
        for (int k = 0; k < 2 && is_oct(peek()); k++) v = v * 8 + (p[i++] - '0');
        *out = v;
        return 1;
      }
    }
    return 0;
  }

  // Escape inside [...]: literal (*lit) or category bits (*cat).
  bool class_escape(uint32_t* lit, uint32_t* cat) {
    size_t start = i - 1;
    if (at_end()) return fail("bad escape (end of pattern)", int64_t(start));
    uint32_t c = p[i++];
    *cat = 0;
    switch (c) {
      case 'd': *cat = kCatDigit; return true;
      case 'D': *cat = kCatNotDigit; return true;
      case 'w': *cat = kCatWord; return true;
      case 'W': *cat = kCatNotWord; return true;
      case 's': *cat = kCatSpace; return true;
      case 'S': *cat = kCatNotSpace; return true;
      case 'b': *lit = 8; return true;
    }
    int r = common_escape(start, c, lit);
    if (r < 0) return false;
    if (r > 0) return true;
    if (is_oct(c)) {
      uint32_t v = c - '0';
      for (int k = 0; k < 2 && is_oct(peek()); k++) v = v * 8 + (p[i++] - '0');
      if (v > 0377) return fail("octal escape value " + text(start, i) + " outside of range 0-0o377", int64_t(start));
      *lit = v;
      return true;
    }
    if (is_dig(c) || (c < 128 && is_ascii_letter(c))) return fail("bad escape " + text(start, i), int64_t(start));
    *lit = c;
    return true;
  }

  Node* parse_class() {
    size_t start = i - 1;
    Node* n = mk(NK::Class);
    CharClass cc;
    cc.icase = n->icase;
    cc.ascii = n->ascii;
    if (peek() == '[') prog->warnings.push_back("Possible nested set at position " + std::to_string(i));
    cc.negate = eat('^');
    bool first = true;
    for (;;) {
      if (at_end()) return fail("unterminated character set", int64_t(start)), nullptr;
      size_t item_start = i;
      uint32_t c = p[i++];
      if (c == ']' && !first) break;
      if (!first && (c == '-' || c == '&' || c == '~' || c == '|') && peek() == c) {
        const char* kind = c == '-' ? "difference" : c == '&' ? "intersection" : c == '~' ? "symmetric difference" : "union";
        prog->warnings.push_back(std::string("Possible set ") + kind + " at position " + std::to_string(item_start));
      }
      first = false;
      uint32_t lo = c, cat = 0;
      if (c == '\\' && !class_escape(&lo, &cat)) return nullptr;
      size_t item_end = i;
      if (peek() == '-') {
        i++;
        if (at_end()) return fail("unterminated character set", int64_t(start)), nullptr;
        uint32_t c2 = p[i++];
        if (c2 == ']') {
          if (cat) cc.cats |= cat; else cc.ranges.push_back({lo, lo});
          cc.ranges.push_back({'-', '-'});
          break;
        }
        uint32_t hi = c2, cat2 = 0;
        if (c2 == '-') prog->warnings.push_back("Possible set difference at position " + std::to_string(i - 2));
        if (c2 == '\\' && !class_escape(&hi, &cat2)) return nullptr;
        if (cat || cat2 || hi < lo)
          return fail("bad character range " + text(item_start, item_end) + "-" + text(item_end + 1, i),
                      int64_t(item_start)), nullptr;
        cc.ranges.push_back({lo, hi});
      } else if (cat) {
        cc.cats |= cat;
      } else {
        cc.ranges.push_back({lo, lo});
      }
    }
    // A one-character positive class is just a literal.
    if (!cc.negate && !cc.cats && cc.ranges.size() == 1 && cc.ranges[0].first == cc.ranges[0].second) {
      n->kind = NK::Char;
      n->c = cc.ranges[0].first;
      return n;
    }
    cc.finish();
    n->cls = int(prog->classes.size());
    prog->classes.push_back(std::move(cc));
    return n;
  }

  Node* category_node(uint32_t cat) {
    Node* n = mk(NK::Class);
    CharClass cc;
    cc.ascii = n->ascii;
    cc.cats = cat;
    cc.finish();
    n->cls = int(prog->classes.size());
    prog->classes.push_back(std::move(cc));
    return n;
  }

  Node* parse_escape() {
    size_t start = i - 1;
    if (at_end()) return fail("bad escape (end of pattern)", int64_t(start)), nullptr;
    uint32_t c = p[i++];
    auto assert_node = [&](uint8_t k) { Node* n = mk(NK::Assert); n->akind = k; return n; };
    switch (c) {
      case 'A': return assert_node(kBegin);
      case 'Z': return assert_node(kEnd);
      case 'b': return assert_node(kWordB);
      case 'B': return assert_node(kNotWordB);
      case 'd': return category_node(kCatDigit);
      case 'D': return category_node(kCatNotDigit);
      case 'w': return category_node(kCatWord);
      case 'W': return category_node(kCatNotWord);
      case 's': return category_node(kCatSpace);
      case 'S': return category_node(kCatNotSpace);
    }
    uint32_t v;
    int r = common_escape(start, c, &v);
    if (r < 0) return nullptr;
    if (r > 0) { Node* n = mk(NK::Char); n->c = v; return n; }
    if (c >= '1' && c <= '9') {
      if (is_dig(peek())) {
        if (is_oct(c) && is_oct(peek()) && i + 1 < p.size() && is_oct(p[i + 1])) {
          uint32_t o = (c - '0') * 64 + (p[i] - '0') * 8 + (p[i + 1] - '0');
          i += 2;
          if (o > 0377) return fail("octal escape value " + text(start, i) + " outside of range 0-0o377", int64_t(start)), nullptr;
          Node* n = mk(NK::Char); n->c = o; return n;
        }
        i++;
      }
      int g = 0;
      for (size_t k = start + 1; k < i; k++) g = g * 10 + int(p[k] - '0');
      if (g >= int(closed.size())) return fail("invalid group reference " + std::to_string(g), int64_t(start + 1)), nullptr;
      if (!closed[size_t(g)]) return fail("cannot refer to an open group", int64_t(start)), nullptr;
      Node* n = mk(NK::Backref);
      n->group = g;
      prog->memo_ok = false;
      return n;
    }
    if (c < 128 && (is_ascii_letter(c) || is_dig(c))) return fail("bad escape " + text(start, i), int64_t(start)), nullptr;
    Node* n = mk(NK::Char);
    n->c = c;
    return n;
  }

  bool is_ident(size_t a, size_t b) {
    if (a >= b) return false;
    for (size_t k = a; k < b; k++) {
      uint32_t c = p[k];
      if (is_bytes && c >= 128) return false;
      bool ok = c == '_' || (k == a ? uni::is_xid_start(c) : uni::is_xid_continue(c));
      if (!ok) return false;
    }
    return true;
  }
  // Reads a group name up to `term`; returns false after an error.
  bool read_name(uint32_t term, size_t* a, size_t* b) {
    *a = i;
    while (!at_end() && p[i] != term) i++;
    if (at_end()) {
      if (*a == i) return fail("missing group name", int64_t(*a));
      return fail(std::string("missing ") + char(term) + ", unterminated name", int64_t(*a));
    }
    *b = i++;
    if (*a == *b) return fail("missing group name", int64_t(*a));
    if (!is_ident(*a, *b)) return fail("bad character in group name '" + text(*a, *b) + "'", int64_t(*a));
    return true;
  }
  int find_name(size_t a, size_t b) {
    std::u32string nm(p.begin() + int64_t(a), p.begin() + int64_t(b));
    for (auto& e : prog->names)
      if (e.first == nm) return e.second;
    return -1;
  }

  static int flag_of(uint32_t c) {
    switch (c) {
      case 'i': return kFlagIgnoreCase;
      case 'L': return kFlagLocale;
      case 'm': return kFlagMultiline;
      case 's': return kFlagDotAll;
      case 'x': return kFlagVerbose;
      case 'a': return kFlagAscii;
      case 'u': return kFlagUnicode;
    }
    return 0;
  }

  Node* group_body(Node* n, size_t open_pos) {
    Node* body = parse_alt();
    if (!body) return nullptr;
    if (!eat(')')) return fail("missing ), unterminated subpattern", int64_t(open_pos)), nullptr;
    n->kids.push_back(body);
    return n;
  }

  // After '(' has been consumed.
  Node* parse_group(bool* was_global) {
    size_t open = i - 1;
    *was_global = false;
    if (!eat('?')) {
      int g = int(closed.size());
      closed.push_back(false);
      Node* n = mk(NK::Group);
      n->group = g;
      if (!group_body(n, open)) return nullptr;
      closed[size_t(g)] = true;
      return n;
    }
    if (at_end()) return fail("unexpected end of pattern", int64_t(i)), nullptr;
    uint32_t c = p[i++];
    switch (c) {
      case ':': return group_body(mk(NK::Group), open);
      case 'P': {
        if (at_end()) return fail("unexpected end of pattern", int64_t(i)), nullptr;
        uint32_t d = p[i++];
        size_t a, b;
        if (d == '<') {
          if (!read_name('>', &a, &b)) return nullptr;
          int g = int(closed.size());
          int old = find_name(a, b);
          if (old >= 0)
            return fail("redefinition of group name '" + text(a, b) + "' as group " + std::to_string(g) +
                        "; was group " + std::to_string(old), int64_t(a)), nullptr;
          prog->names.push_back({std::u32string(p.begin() + int64_t(a), p.begin() + int64_t(b)), g});
          closed.push_back(false);
          Node* n = mk(NK::Group);
          n->group = g;
          if (!group_body(n, open)) return nullptr;
          closed[size_t(g)] = true;
          return n;
        }
        if (d == '=') {
          if (!read_name(')', &a, &b)) return nullptr;
          int g = find_name(a, b);
          if (g < 0) return fail("unknown group name '" + text(a, b) + "'", int64_t(a)), nullptr;
          if (!closed[size_t(g)]) return fail("cannot refer to an open group", int64_t(a)), nullptr;
          Node* n = mk(NK::Backref);
          n->group = g;
          prog->memo_ok = false;
          return n;
        }
        return fail("unknown extension ?P" + text(i - 1, i), int64_t(open + 1)), nullptr;
      }
      case '=': case '!': {
        Node* n = mk(NK::Look);
        n->neg = c == '!';
        return group_body(n, open);
      }
      case '<': {
        if (at_end()) return fail("unexpected end of pattern", int64_t(i)), nullptr;
        uint32_t d = p[i++];
        if (d != '=' && d != '!') return fail("unknown extension ?<" + text(i - 1, i), int64_t(open + 1)), nullptr;
        Node* n = mk(NK::Look);
        n->behind = true;
        n->neg = d == '!';
        return group_body(n, open);
      }
      case '>': return group_body(mk(NK::Atomic), open);
      case '#':
        while (!at_end() && p[i] != ')') i++;
        if (at_end()) return fail("missing ), unterminated comment", int64_t(open)), nullptr;
        i++;
        return mk(NK::Empty);
      case '(': {
        size_t a = i;
        while (!at_end() && p[i] != ')') i++;
        if (at_end()) return fail("missing ), unterminated name", int64_t(a)), nullptr;
        size_t b = i++;
        if (a == b) return fail("missing group name", int64_t(a)), nullptr;
        int g = -1;
        bool digits = true;
        for (size_t k = a; k < b; k++) digits = digits && is_dig(p[k]);
        if (digits) {
          g = 0;
          for (size_t k = a; k < b; k++) g = g * 10 + int(p[k] - '0');
          if (g == 0) return fail("bad group number", int64_t(a)), nullptr;
          cond_refs.push_back({g, int64_t(a)});
        } else {
          if (!is_ident(a, b)) return fail("bad character in group name '" + text(a, b) + "'", int64_t(a)), nullptr;
          g = find_name(a, b);
          if (g < 0) return fail("unknown group name '" + text(a, b) + "'", int64_t(a)), nullptr;
        }
        Node* n = mk(NK::Cond);
        n->group = g;
        prog->memo_ok = false;
        Node* yes = parse_seq();
        if (!yes) return nullptr;
        Node* no = mk(NK::Empty);
        if (eat('|')) {
          no = parse_seq();
          if (!no) return nullptr;
          if (peek() == '|') return fail("conditional backref with more than two branches", int64_t(i)), nullptr;
        }
        if (!eat(')')) return fail("missing ), unterminated subpattern", int64_t(open)), nullptr;
        n->kids = {yes, no};
        return n;
      }
    }
    // Inline flags.
    if (flag_of(c) || c == '-') {
      i--;
      uint32_t add = 0, del = 0;
      while (!at_end() && flag_of(p[i])) {
        uint32_t f = uint32_t(flag_of(p[i]));
        if ((is_bytes && f == kFlagUnicode)) return fail("bad inline flags: cannot use 'u' flag with a bytes pattern", int64_t(i + 1)), nullptr;
        if (!is_bytes && f == kFlagLocale) return fail("bad inline flags: cannot use 'L' flag with a str pattern", int64_t(i + 1)), nullptr;
        add |= f;
        i++;
      }
      if (at_end()) return fail("missing -, : or )", int64_t(i)), nullptr;
      if (eat(')')) {
        if (depth > 1 || any_item) return fail("global flags not at the start of the expression", int64_t(open)), nullptr;
        flags |= add;
        global_flags |= add;
        *was_global = true;
        return mk(NK::Empty);
      }
      if (eat('-')) {
        if (at_end()) return fail("missing flag", int64_t(i)), nullptr;
        while (!at_end() && flag_of(p[i])) {
          uint32_t f = uint32_t(flag_of(p[i]));
          if (f == kFlagAscii || f == kFlagUnicode || f == kFlagLocale)
            return fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", int64_t(i + 1)), nullptr;
          if (f & add) return fail("bad inline flags: flag turned on and off", int64_t(i + 1)), nullptr;
          del |= f;
          i++;
        }
        if (at_end()) return fail("missing :", int64_t(i)), nullptr;
        if (!eat(':')) return fail(is_ascii_letter(p[i]) ? "unknown flag" : "missing :", int64_t(i)), nullptr;
      } else if (!eat(':')) {
        return fail(is_ascii_letter(p[i]) ? "unknown flag" : "missing -, : or )", int64_t(i)), nullptr;
      }
      uint32_t saved = flags;
      if (add & kFlagAscii) flags &= ~uint32_t(kFlagUnicode);
      if (add & kFlagUnicode) flags &= ~uint32_t(kFlagAscii);
      flags = (flags | add) & ~del;
      Node* n = group_body(mk(NK::Group), open);
      flags = saved;
      return n;
    }
    return fail("unknown extension ?" + text(i - 1, i), int64_t(open + 1)), nullptr;
  }

  // Try to read {m,n} at i (just after '{'); false (with i restored) if not a repeat.
  bool read_braces(int64_t* mn, int64_t* mx) {
    size_t save = i;
    int64_t a = 0, b = kInf;
    bool hasa = false, hasb = false;
    while (is_dig(peek())) { a = a * 10 + (p[i++] - '0'); hasa = true; if (a > 0xFFFFFFFFLL) a = 0xFFFFFFFFLL; }
    if (eat(',')) {
      while (is_dig(peek())) { int64_t nb = (hasb ? b : 0) * 10 + (p[i++] - '0'); b = nb > 0xFFFFFFFFLL ? 0xFFFFFFFFLL : nb; hasb = true; }
    } else {
      if (!hasa) { i = save; return false; }
      b = a;
      hasb = true;
    }
    if (!eat('}')) { i = save; return false; }
    *mn = hasa ? a : 0;
    *mx = hasb ? b : kInf;
    return true;
  }

  Node* parse_seq() {
    Node* seq = mk(NK::Seq);
    bool top = depth == 1;
    for (;;) {
      skip_verbose();
      if (at_end()) break;
      uint32_t c = p[i];
      if (c == '|' || c == ')') break;
      size_t here = i;
      i++;
      Node* item = nullptr;
      if (c == '*' || c == '+' || c == '?' || c == '{') {
        int64_t mn = 0, mx = kInf;
        if (c == '{') {
          if (!read_braces(&mn, &mx)) {
            item = mk(NK::Char);
            item->c = '{';
          } else if (mx != kInf && mn > mx) {
            return fail("min repeat greater than max repeat", int64_t(here + 1)), nullptr;
          }
        } else if (c == '+') {
          mn = 1;
        } else if (c == '?') {
          mx = 1;
        }
        if (!item) {
          Node* last = seq->kids.empty() ? nullptr : seq->kids.back();
          if (!last || last->kind == NK::Assert || last->kind == NK::Empty)
            return fail("nothing to repeat", int64_t(here)), nullptr;
          if (last->kind == NK::Repeat && !last->kids.empty() && last->c == 0)
            return fail("multiple repeat", int64_t(here)), nullptr;
          Node* r = mk(NK::Repeat);
          r->min = mn;
          r->max = mx;
          r->kids.push_back(last);
          r->c = 0;
          if (eat('?')) r->greedy = false;
          else if (eat('+')) r->possessive = true;
          seq->kids.back() = r;
          // A following quantifier is a "multiple repeat" error, including after x*? / x*+.
          continue;
        }
      }
      if (!item) {
        switch (c) {
          case '(': {
            if (depth > 200) return fail("too many nested groups", int64_t(here)), nullptr;
            bool global = false;
            item = parse_group(&global);
            if (!item) return nullptr;
            if (global) continue;
            break;
          }
          case '[': item = parse_class(); break;
          case '\\': item = parse_escape(); break;
          case '.': item = mk(NK::Any); break;
          case '^': item = mk(NK::Assert); item->akind = item->multiline ? kMBol : kBol; break;
          case '$': item = mk(NK::Assert); item->akind = item->multiline ? kMEol : kEol; break;
          default: item = mk(NK::Char); item->c = c; break;
        }
        if (!item) return nullptr;
      }
      if (top) any_item = true;
      if (item->kind == NK::Empty) {
        // comments stay "nothing" but still stop a following quantifier
        seq->kids.push_back(item);
        continue;
      }
      seq->kids.push_back(item);
    }
    return seq;
  }

  Node* parse_alt() {
    depth++;
    Node* first = parse_seq();
    if (!first) return nullptr;
    if (peek() != '|') { depth--; return first; }
    Node* alt = mk(NK::Alt);
    alt->kids.push_back(first);
    while (eat('|')) {
      if (depth == 1) any_item = true;
      Node* s = parse_seq();
      if (!s) return nullptr;
      alt->kids.push_back(s);
    }
    depth--;
    return alt;
  }
};

// ---------------------------------------------------------------- widths
void widths(Node* n) {
  for (Node* k : n->kids) widths(k);
  auto add = [](int64_t a, int64_t b) { return (a < 0 || b < 0) ? int64_t(-1) : a + b; };
  switch (n->kind) {
    case NK::Empty: case NK::Assert: case NK::Look: n->minw = n->maxw = 0; break;
    case NK::Char: case NK::Any: case NK::Class: n->minw = n->maxw = 1; break;
    case NK::Seq:
      n->minw = n->maxw = 0;
      for (Node* k : n->kids) { n->minw += k->minw; n->maxw = add(n->maxw, k->maxw); }
      break;
    case NK::Alt:
      n->minw = INT64_MAX; n->maxw = 0;
      for (Node* k : n->kids) {
        n->minw = std::min(n->minw, k->minw);
        n->maxw = (n->maxw < 0 || k->maxw < 0) ? -1 : std::max(n->maxw, k->maxw);
      }
      break;
    case NK::Group: case NK::Atomic: n->minw = n->kids[0]->minw; n->maxw = n->kids[0]->maxw; break;
    case NK::Repeat: {
      Node* k = n->kids[0];
      n->minw = k->minw * n->min;
      if (n->max == kInf) n->maxw = k->maxw == 0 ? 0 : -1;
      else n->maxw = k->maxw < 0 ? -1 : k->maxw * n->max;
      break;
    }
    case NK::Backref: n->minw = 0; n->maxw = -1; break;
    case NK::Cond:
      n->minw = std::min(n->kids[0]->minw, n->kids[1]->minw);
      n->maxw = (n->kids[0]->maxw < 0 || n->kids[1]->maxw < 0) ? -1 : std::max(n->kids[0]->maxw, n->kids[1]->maxw);
      break;
  }
}

// ---------------------------------------------------------------- code generation
struct Emitter {
  Program* prog;
  CompileError* err;
  bool too_big = false;

  int32_t pc() const { return int32_t(prog->code.size()); }
  int32_t emit(Inst in) {
    if (prog->code.size() > kMaxCode) { too_big = true; return pc(); }
    prog->code.push_back(in);
    return pc() - 1;
  }

  bool gen(Node* n) {
    if (too_big) return false;
    switch (n->kind) {
      case NK::Empty: break;
      case NK::Char:
        if (n->icase) {
          uint32_t l = n->ascii ? uni::ascii_lower(n->c) : lower1(n->c);
          uint32_t u = n->ascii ? uni::ascii_upper(n->c) : upper1(n->c);
          if (n->ascii && n->c >= 128) emit({Op::Char, 0, 0, 0, n->c, 0});
          else if (l == u && l == n->c) emit({Op::Char, 0, 0, 0, n->c, 0});
          else emit({Op::CharI, uint8_t(n->ascii ? 1 : 0), 0, 0, l, u});
        } else {
          emit({Op::Char, 0, 0, 0, n->c, 0});
        }
        break;
      case NK::Any: emit({n->dotall ? Op::AnyAll : Op::Any}); break;
      case NK::Class: emit({Op::Class, 0, n->cls}); break;
      case NK::Seq:
        for (Node* k : n->kids)
          if (!gen(k)) return false;
        break;
      case NK::Alt: {
        std::vector<int32_t> jumps;
        for (size_t k = 0; k < n->kids.size(); k++) {
          int32_t split = -1;
          if (k + 1 < n->kids.size()) split = emit({Op::Split, 0, 0, 0});
          if (split >= 0) prog->code[size_t(split)].x = pc();
          if (!gen(n->kids[k])) return false;
          if (k + 1 < n->kids.size()) {
            jumps.push_back(emit({Op::Jmp}));
            prog->code[size_t(split)].y = pc();
          }
        }
        for (int32_t j : jumps) prog->code[size_t(j)].x = pc();
        break;
      }
      case NK::Group:
        if (n->group >= 0) emit({Op::Save, 0, n->group * 2});
        if (!gen(n->kids[0])) return false;
        if (n->group >= 0) emit({Op::Save, 1, n->group * 2 + 1});
        break;
      case NK::Backref: {
        uint8_t f = uint8_t((n->icase ? 1 : 0) | (n->ascii ? 2 : 0));
        emit({Op::Backref, f, n->group});
        break;
      }
      case NK::Assert: emit({Op::Assert, n->akind, 0, 0, uint32_t(n->ascii ? 1 : 0)}); break;
      case NK::Look: {
        Node* body = n->kids[0];
        if (n->behind && (body->maxw < 0 || body->minw != body->maxw))
          return err->msg = "look-behind requires fixed-width pattern", err->pos = -1, false;
        int32_t at = emit({Op::Look, uint8_t((n->behind ? 1 : 0) | (n->neg ? 2 : 0)), 0, 0, uint32_t(body->minw)});
        if (!gen(body)) return false;
        emit({Op::Match});
        prog->code[size_t(at)].y = pc();
        break;
      }
      case NK::Atomic: {
        int32_t at = emit({Op::Atomic});
        if (!gen(n->kids[0])) return false;
        emit({Op::Match});
        prog->code[size_t(at)].y = pc();
        break;
      }
      case NK::Cond: {
        int32_t at = emit({Op::Cond, 0, n->group});
        if (!gen(n->kids[0])) return false;
        int32_t j = emit({Op::Jmp});
        prog->code[size_t(at)].y = pc();
        if (!gen(n->kids[1])) return false;
        prog->code[size_t(j)].x = pc();
        break;
      }
      case NK::Repeat: return gen_repeat(n);
    }
    return !too_big;
  }

  bool gen_repeat(Node* n) {
    Node* body = n->kids[0];
    if (n->possessive) {
      int32_t at = emit({Op::Atomic});
      n->possessive = false;
      if (!gen_repeat(n)) return false;
      n->possessive = true;
      emit({Op::Match});
      prog->code[size_t(at)].y = pc();
      return !too_big;
    }
    if (n->greedy && (body->kind == NK::Char || body->kind == NK::Any || body->kind == NK::Class) &&
        n->min < 0x7fffffff && n->max < 0x7fffffff) {
      emit({Op::RepeatChar, 0, int32_t(n->min), int32_t(n->max)});
      return gen(body);
    }
    for (int64_t k = 0; k < n->min; k++)
      if (!gen(body)) return false;
    if (n->max == kInf) {
      bool nullable = body->minw == 0;
      int32_t loop = emit({Op::Split});
      int32_t reg = nullable ? prog->nregs++ : -1;
      int32_t start = pc();
      if (nullable) emit({Op::Mark, 0, reg});
      if (!gen(body)) return false;
      int32_t prog_at = nullable ? emit({Op::Progress, 0, reg}) : -1;
      emit({Op::Jmp, 0, loop});
      int32_t exit = pc();
      Inst& s = prog->code[size_t(loop)];
      if (n->greedy) { s.x = start; s.y = exit; } else { s.x = exit; s.y = start; }
      if (prog_at >= 0) prog->code[size_t(prog_at)].y = exit;
    } else {
      std::vector<int32_t> splits;
      for (int64_t k = n->min; k < n->max; k++) {
        int32_t s = emit({Op::Split});
        splits.push_back(s);
        prog->code[size_t(s)].x = pc();
        if (!gen(body)) return false;
      }
      int32_t exit = pc();
      for (int32_t s : splits) {
        Inst& in = prog->code[size_t(s)];
        if (n->greedy) { in.y = exit; } else { in.y = in.x; in.x = exit; }
      }
    }
    return !too_big;
  }
};

Node* first_node(Node* n) {
  while (n) {
    if (n->kind == NK::Seq) {
      Node* f = nullptr;
      for (Node* k : n->kids)
        if (k->kind != NK::Empty) { f = k; break; }
      n = f;
    } else if (n->kind == NK::Group) {
      n = n->kids[0];
    } else if (n->kind == NK::Repeat && n->min > 0 && !n->possessive) {
      n = n->kids[0];
    } else {
      return n;
    }
  }
  return nullptr;
}

}  // namespace

bool compile_pattern(const std::vector<uint32_t>& pat, bool is_bytes, uint32_t flags, Program* out,
                     CompileError* err) {
  if (is_bytes && (flags & kFlagUnicode)) { err->msg = "cannot use UNICODE flag with a bytes pattern"; err->pos = -2; return false; }
  if (!is_bytes && (flags & kFlagLocale)) { err->msg = "cannot use LOCALE flag with a str pattern"; err->pos = -2; return false; }
  if ((flags & kFlagAscii) && (flags & kFlagUnicode)) { err->msg = "ASCII and UNICODE flags are incompatible"; err->pos = -2; return false; }
  Parser ps(pat, is_bytes, flags, out, err);
  Node* root = ps.parse_alt();
  if (!root) return false;
  if (!ps.at_end()) {
    if (pat[ps.i] == ')') { ps.fail("unbalanced parenthesis", int64_t(ps.i)); return false; }
    ps.fail("internal error in regular expression parser", int64_t(ps.i));
    return false;
  }
  out->groups = int(ps.closed.size()) - 1;
  for (auto& cr : ps.cond_refs)
    if (cr.first > out->groups) {
      ps.fail("invalid group reference " + std::to_string(cr.first), cr.second);
      return false;
    }
  uint32_t f = ps.global_flags;
  if (!is_bytes && !(f & kFlagAscii)) f |= kFlagUnicode;
  if ((f & kFlagAscii) && (f & kFlagUnicode) && !is_bytes) {
    err->msg = "ASCII and UNICODE flags are incompatible";
    err->pos = -2;
    return false;
  }
  out->flags = f;
  out->is_bytes = is_bytes;
  widths(root);
  Emitter em{out, err};
  if (!em.gen(root)) {
    if (em.too_big && err->msg.empty()) err->msg = "pattern too large";
    return false;
  }
  em.emit({Op::Match});
  if (em.too_big) { err->msg = "pattern too large"; return false; }
  Node* fnode = first_node(root);
  if (fnode) {
    if (fnode->kind == NK::Char && !fnode->icase) out->first_char = int32_t(fnode->c);
    if (fnode->kind == NK::Assert && (fnode->akind == kBegin || fnode->akind == kBol)) out->anchored = true;
  }
  return true;
}

}  // namespace sre
}  // namespace minipy
