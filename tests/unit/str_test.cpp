// tests/unit/str_test.cpp — str/bytes unit tests: repr quoting rules, code-point
// indexing of non-ASCII text, the Unicode tables, split/strip/replace edge
// cases and % formatting. Expected values come from CPython 3.11.
#include <doctest/doctest.h>

#include <string>

#include "runtime/runtime.h"
#include "runtime/unicode.h"

using namespace minipy;

namespace {

struct StrFixture {
  Interpreter* interp;
  ThreadState* ts;
  StrFixture() {
    InterpreterConfig cfg;
    interp = interpreter_create(cfg);
    ts = interpreter_main_thread(interp);
  }
  ~StrFixture() { interpreter_destroy(interp); }

  std::string text(Value v) {
    if (!v) {
      Ref e(err_fetch(ts));
      Ref s(str(ts, e.get()));
      return std::string("ERR ") + type_name(ts, e.get()) + ": " + std::string(s ? str_view(s.get()) : "?");
    }
    Ref r(v);
    Ref s(str(ts, r.get()));
    return std::string(str_view(s.get()));
  }
  // Evaluate a Python expression and return str() of it (or "ERR Type: msg").
  std::string eval(const std::string& expr) {
    std::string src = "__r = " + expr + "\n";
    Value d = run_source(ts, src, "<test>");
    if (!d) return text(d);
    Ref dict(d);
    Value r = dict_get_str(dict.as<DictObject>(), intern(ts, "__r"));
    return text(newref(r));
  }
  std::string reprof(const std::string& expr) { return eval("repr(" + expr + ")"); }
};

}  // namespace

TEST_CASE("repr quoting rules (pure function)") {
  CHECK(str_repr_text("abc") == "'abc'");
  CHECK(str_repr_text("a'b") == "\"a'b\"");
  CHECK(str_repr_text("a'b\"") == "'a\\'b\"'");
  CHECK(str_repr_text("a\"b") == "'a\"b'");
  CHECK(str_repr_text("\n\t\r\\") == "'\\n\\t\\r\\\\'");
  CHECK(str_repr_text(std::string("\x01\x7f", 2)) == "'\\x01\\x7f'");
  CHECK(str_repr_text("caf\xc3\xa9") == "'caf\xc3\xa9'");              // printable non-ASCII stays
  CHECK(str_repr_text("caf\xc3\xa9", true) == "'caf\\xe9'");            // ascii()
  CHECK(str_repr_text("\xe2\x80\x8b") == "'\\u200b'");                  // zero-width space: not printable
  CHECK(str_repr_text("\xc2\xa0") == "'\\xa0'");                        // NBSP: not printable
  CHECK(str_repr_text("\xf0\x9f\x98\x80") == "'\xf0\x9f\x98\x80'");     // emoji printable
  CHECK(str_repr_text("\xf0\x9f\x98\x80", true) == "'\\U0001f600'");
}

TEST_CASE("unicode tables") {
  using namespace uni;
  CHECK(is_alpha(0xE9));
  CHECK(!is_alpha(0x2028));
  CHECK(is_space(0x2028));
  CHECK(is_space(0x1C));
  CHECK(!is_space(0x200B));
  CHECK(is_decimal(0x0663));
  CHECK(decimal_value(0x0663) == 3);
  CHECK(decimal_value(0x1D7CE + 13) == 3);
  CHECK(is_digit(0xB2));
  CHECK(!is_decimal(0xB2));
  CHECK(is_numeric(0x2155));
  CHECK(is_title(0x1C5));
  uint32_t out[3];
  CHECK(to_case(0xDF, Case::Upper, out) == 2);
  CHECK(out[0] == 'S');
  CHECK(to_case(0x130, Case::Lower, out) == 2);
  CHECK(to_case(0x100, Case::Lower, out) == 1);
  CHECK(out[0] == 0x101);
  CHECK(to_case(0x101, Case::Upper, out) == 1);
  CHECK(out[0] == 0x100);
  CHECK(to_case(0x1C6, Case::Title, out) == 1);
  CHECK(out[0] == 0x1C5);
  CHECK(is_xid_start(0x4E2D));
  CHECK(!is_xid_start('1'));
  CHECK(is_xid_continue('1'));
}

TEST_CASE("utf-8 validation reasons") {
  int64_t n;
  bool ascii;
  size_t a, b;
  const char* reason;
  CHECK(uni::utf8_validate("h\xc3\xa9", &n, &ascii, &a, &b, &reason));
  CHECK(n == 2);
  CHECK(!ascii);
  CHECK(!uni::utf8_validate("\xff", &n, &ascii, &a, &b, &reason));
  CHECK(std::string(reason) == "invalid start byte");
  CHECK(!uni::utf8_validate("\xe2\x82", &n, &ascii, &a, &b, &reason));
  CHECK(std::string(reason) == "unexpected end of data");
  CHECK(b == 2);
  CHECK(!uni::utf8_validate("\xed\xa0\x80", &n, &ascii, &a, &b, &reason));
  CHECK(std::string(reason) == "invalid continuation byte");
  CHECK(b == 1);
}

TEST_CASE_FIXTURE(StrFixture, "non-ASCII indexing uses the index correctly") {
  std::string s;
  for (int i = 0; i < 300; ++i) {
    if (i % 3 == 0) s += "\xc3\xa9";            // é
    else if (i % 3 == 1) s += "\xe2\x82\xac";   // €
    else s += char('a' + i % 26);
  }
  Ref v(str_new(ts, s));
  StrObject* so = v.as<StrObject>();
  REQUIRE(so->length == 300);
  for (int i = 0; i < 300; ++i) {
    uint32_t cp = str_char_at(so, i);
    uint32_t want = i % 3 == 0 ? 0xE9 : i % 3 == 1 ? 0x20AC : uint32_t('a' + i % 26);
    CHECK(cp == want);
  }
  CHECK(str_byte_offset(so, 300) == so->size);
  CHECK(eval("len('é€a' * 100)") == "300");
  CHECK(eval("('é€a' * 100)[-2]") == "\xe2\x82\xac");
  CHECK(eval("('é€a' * 100)[200:203]") == "a" "\xc3\xa9\xe2\x82\xac");
  CHECK(eval("('é€a' * 100)[::-100]") == "a" "\xe2\x82\xac" "\xc3\xa9");
  CHECK(reprof("'abc'[5]") == "ERR IndexError: string index out of range");
  CHECK(reprof("'abc'['x']") == "ERR TypeError: string indices must be integers, not 'str'");
}

TEST_CASE_FIXTURE(StrFixture, "split / strip / replace edge cases") {
  CHECK(reprof("'  a  b  '.split()") == "['a', 'b']");
  CHECK(reprof("'  a  b  '.split(None, 1)") == "['a', 'b  ']");
  CHECK(reprof("'  a  b  '.rsplit(None, 1)") == "['  a', 'b']");
  CHECK(reprof("'a,b,,c'.split(',')") == "['a', 'b', '', 'c']");
  CHECK(reprof("'a,b,,c'.rsplit(',', 2)") == "['a,b', '', 'c']");
  CHECK(reprof("''.split(',')") == "['']");
  CHECK(reprof("''.split()") == "[]");
  CHECK(reprof("'a\\u2028b\\r\\nc'.splitlines(True)") == "['a\\u2028', 'b\\r\\n', 'c']");
  CHECK(reprof("'a'.split('')") == "ERR ValueError: empty separator");
  CHECK(reprof("'xxhixx'.strip('x')") == "'hi'");
  CHECK(reprof("'\\u3000 hi\\t'.strip()") == "'hi'");
  CHECK(reprof("'abc'.replace('', '-')") == "'-a-b-c-'");
  CHECK(reprof("'aaa'.replace('a', 'bb', 2)") == "'bbbba'");
  CHECK(reprof("'ΣΑΣ Σ'.lower()") == "'σας σ'");
  CHECK(reprof("'ß'.upper()") == "'SS'");
  CHECK(reprof("'hello wORLD'.title()") == "'Hello World'");
  CHECK(reprof("'ab'.center(7, '*')") == "'***ab**'");
  CHECK(reprof("'-42'.zfill(6)") == "'-00042'");
  CHECK(reprof("'abc'.find('', 4)") == "-1");
  CHECK(reprof("'héllo'.find('l')") == "2");
  CHECK(reprof("'héllo'.rfind('l')") == "3");
  CHECK(reprof("'-'.join(['x', 'y'])") == "'x-y'");
  CHECK(reprof("'-'.join([1])") == "ERR TypeError: sequence item 0: expected str instance, int found");
}

TEST_CASE_FIXTURE(StrFixture, "percent formatting") {
  CHECK(reprof("'%s-%04d' % ('w', 7)") == "'w-0007'");
  CHECK(reprof("'%-5s|' % 'ab'") == "'ab   |'");
  CHECK(reprof("'%.1s' % 'ab'") == "'a'");
  CHECK(reprof("'%(a)s %(b)r' % {'a': 1, 'b': 'x'}") == "\"1 'x'\"");
  CHECK(reprof("'%c%c' % (233, 'x')") == "'éx'");
  CHECK(reprof("'%5.2f|%x|%o' % (3.14159, 255, 8)") == "' 3.14|ff|10'");
  CHECK(reprof("'%s %s' % (1,)") == "ERR TypeError: not enough arguments for format string");
  CHECK(reprof("'%s' % (1, 2)") == "ERR TypeError: not all arguments converted during string formatting");
  CHECK(reprof("'%d' % 'a'") == "ERR TypeError: %d format: a real number is required, not str");
  CHECK(reprof("'%z' % 1") == "ERR ValueError: unsupported format character 'z' (0x7a) at index 1");
  CHECK(reprof("'abc' % []") == "'abc'");
  CHECK(reprof("'%s' % [1]") == "'[1]'");
}

TEST_CASE_FIXTURE(StrFixture, "str.format") {
  CHECK(reprof("'{}-{:04d}'.format('w', 7)") == "'w-0007'");
  CHECK(reprof("'{0[a]}{1.real}'.format({'a': 5}, 3)") == "'53'");
  CHECK(reprof("'{:>{w}}'.format('a', w=4)") == "'   a'");
  CHECK(reprof("'{{}}{!r}'.format('x')") == "\"{}'x'\"");
  CHECK(reprof("'{0}{}'.format(1, 2)") ==
        "ERR ValueError: cannot switch from manual field specification to automatic field numbering");
  CHECK(reprof("'{1}'.format(1)") == "ERR IndexError: Replacement index 1 out of range for positional args tuple");
  CHECK(reprof("'{a}'.format()") == "ERR KeyError: 'a'");
}

TEST_CASE_FIXTURE(StrFixture, "bytes basics") {
  CHECK(reprof("b'a\\'\"\\x00\\xff'") == "b'a\\'\"\\x00\\xff'");
  CHECK(reprof("bytearray(b'ab') + b'c'") == "bytearray(b'abc')");
  CHECK(reprof("b'abc'[1]") == "98");
  CHECK(reprof("bytes([256])") == "ERR ValueError: bytes must be in range(0, 256)");
  CHECK(reprof("b'\\xff'.decode()") ==
        "ERR UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
  CHECK(reprof("'é'.encode('ascii', 'replace')") == "b'?'");
  CHECK(reprof("b'%s-%d' % (b'x', 5)") == "b'x-5'");
  CHECK(reprof("b'abcde'.hex(':', 2)") == "'61:6263:6465'");
  CHECK(reprof("bytes.fromhex('01 ff')") == "b'\\x01\\xff'");
}

TEST_CASE_FIXTURE(StrFixture, "str_concat_inplace grows a uniquely referenced string") {
  Value s = str_new(ts, "start-");
  Ref piece(str_new(ts, "0123456789"));
  Value first = Value();
  for (int i = 0; i < 1000; ++i) {
    REQUIRE(str_concat_inplace(ts, &s, piece.get()));
    if (i == 1) first = s;
  }
  // After the first growth the same object keeps absorbing appends (amortised).
  CHECK(s.as<StrObject>()->size == 6 + 10000);
  CHECK(s.as<StrObject>()->length == 6 + 10000);
  CHECK(str_view(s).substr(0, 16) == "start-0123456789");
  (void)first;
  // Non-ASCII appends keep length/ascii right and indexing works afterwards.
  Ref e(str_new(ts, "\xc3\xa9"));
  REQUIRE(str_concat_inplace(ts, &s, e.get()));
  CHECK(!s.as<StrObject>()->ascii);
  CHECK(str_char_at(s.as<StrObject>(), 10006) == 0xE9);
  // A shared string is never mutated.
  Ref keep = Ref::borrow(s);
  Value t = newref(s);  // the call consumes this reference
  REQUIRE(str_concat_inplace(ts, &t, piece.get()));
  CHECK(t != s);
  CHECK(s.as<StrObject>()->length == 10007);
  decref(t);
  decref(s);
}
