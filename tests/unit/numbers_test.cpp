// tests/unit/numbers_test.cpp — int/float/complex/format unit tests. Expected
// values come from CPython 3.11 (python3 -c ...).
#include <doctest/doctest.h>

#include <string>

#include "runtime/int_internal.h"
#include "runtime/runtime.h"

using namespace minipy;

namespace {

struct NumFixture {
  Interpreter* interp;
  ThreadState* ts;
  NumFixture() {
    InterpreterConfig cfg;
    interp = interpreter_create(cfg);
    ts = interpreter_main_thread(interp);
  }
  ~NumFixture() { interpreter_destroy(interp); }

  std::string text(Value v) {
    if (!v) {
      Ref e(err_fetch(ts));
      Ref s(str(ts, e.get()));
      return "ERR: " + std::string(s ? str_view(s.get()) : "?");
    }
    Ref r(v);
    return std::string(str_view(r.get()));
  }
  std::string fmt_int(const char* literal, const char* spec) {
    Ref v(int_from_string(ts, literal, 10));
    FormatSpec fs;
    if (!parse_format_spec(ts, spec, &fs, "int")) return text(Value());
    return text(format_int(ts, v.get(), fs));
  }
  std::string fmt_float(double d, const char* spec) {
    FormatSpec fs;
    if (!parse_format_spec(ts, spec, &fs, "float")) return text(Value());
    return text(format_float(ts, d, fs));
  }
  std::string parse(const char* s, int base) {
    Value v = int_from_string(ts, s, base);
    if (!v) return text(v);
    Ref r(v);
    return text(int_to_str(ts, r.get(), 10));
  }
  std::string binop(const char* a, BinOp op, const char* b) {
    Ref x(int_from_string(ts, a, 10)), y(int_from_string(ts, b, 10));
    Value r = int_binary(ts, x.get(), y.get(), op);
    if (!r) return text(r);
    Ref rr(r);
    if (is_float(ts, r)) return float_repr(float_value(r));
    return text(int_to_str(ts, r, 10));
  }
};

}  // namespace

TEST_CASE("float_repr: shortest round-trip with Python's layout") {
  CHECK(float_repr(1.0) == "1.0");
  CHECK(float_repr(0.1) == "0.1");
  CHECK(float_repr(1e16) == "1e+16");
  CHECK(float_repr(1e15) == "1000000000000000.0");
  CHECK(float_repr(123456789012345678.0) == "1.2345678901234568e+17");
  CHECK(float_repr(1e-5) == "1e-05");
  CHECK(float_repr(0.0001) == "0.0001");
  CHECK(float_repr(-0.0) == "-0.0");
  CHECK(float_repr(1.5e-7) == "1.5e-07");
  CHECK(float_repr(5e-324) == "5e-324");
  CHECK(float_repr(1.7976931348623157e308) == "1.7976931348623157e+308");
  CHECK(float_repr(1.0 / 3.0) == "0.3333333333333333");
  CHECK(float_repr(1.0 / 0.0) == "inf");
  CHECK(float_repr(-1.0 / 0.0) == "-inf");
}

TEST_CASE("float_hash matches CPython") {
  CHECK(float_hash(0.5) == 1152921504606846976LL);
  CHECK(float_hash(-1.5) == -1152921504606846977LL);
  CHECK(float_hash(1e300) == 1224995262755759164LL);
  CHECK(float_hash(1e-300) == 482449582752280463LL);
  CHECK(float_hash(1.0) == 1);
  CHECK(float_hash(-1.0) == -2);
  CHECK(float_hash(3.14159) == 326484311674566659LL);
  CHECK(float_hash(1.0 / 0.0) == 314159);
}

TEST_CASE("exact int -> double conversions") {
  mpz_t a, b;
  mpz_init(a);
  mpz_init(b);
  double r;
  mpz_set_str(a, "123456789012345678901234567890", 10);
  mpz_set_str(b, "987654321", 10);
  CHECK(mpz_true_div(a, b, &r) == 0);
  CHECK(float_repr(r) == "1.249999988734375e+20");
  mpz_set_ui(a, 3);
  mpz_ui_pow_ui(b, 2, 1076);
  CHECK(mpz_true_div(a, b, &r) == 0);
  CHECK(float_repr(r) == "5e-324");
  bool ovf;
  mpz_set_str(a, "9007199254740993", 10);  // half-even: rounds down
  CHECK(float_repr(mpz_to_double(a, &ovf)) == "9007199254740992.0");
  mpz_ui_pow_ui(a, 2, 1024);
  mpz_sub_ui(a, a, 1);
  mpz_to_double(a, &ovf);
  CHECK(ovf);
  mpz_clear(a);
  mpz_clear(b);
}

TEST_CASE_FIXTURE(NumFixture, "int parsing") {
  CHECK(parse(" 0x_1f ", 0) == "31");
  CHECK(parse("0_0", 0) == "0");
  CHECK(parse("1_000_000", 10) == "1000000");
  CHECK(parse(" -42 ", 10) == "-42");
  CHECK(parse("z", 36) == "35");
  CHECK(parse("123456789012345678901234567890", 10) == "123456789012345678901234567890");
  CHECK(parse("010", 0) == "ERR: invalid literal for int() with base 0: '010'");
  CHECK(parse("1__0", 10) == "ERR: invalid literal for int() with base 10: '1__0'");
  CHECK(parse("", 10) == "ERR: invalid literal for int() with base 10: ''");
  CHECK(parse("1_", 10) == "ERR: invalid literal for int() with base 10: '1_'");
  std::string big(5000, '1');
  CHECK(parse(big.c_str(), 10) ==
        "ERR: Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use "
        "sys.set_int_max_str_digits() to increase the limit");
}

TEST_CASE_FIXTURE(NumFixture, "int arithmetic and errors") {
  CHECK(binop("9223372036854775807", BinOp::Add, "1") == "9223372036854775808");
  CHECK(binop("-7", BinOp::FloorDiv, "2") == "-4");
  CHECK(binop("-7", BinOp::Mod, "2") == "1");
  CHECK(binop("7", BinOp::Mod, "-2") == "-1");
  CHECK(binop("1", BinOp::FloorDiv, "0") == "ERR: integer division or modulo by zero");
  CHECK(binop("1", BinOp::Mod, "0") == "ERR: integer modulo by zero");
  CHECK(binop("1", BinOp::TrueDiv, "0") == "ERR: division by zero");
  CHECK(binop("2", BinOp::Pow, "-1") == "0.5");
  CHECK(binop("0", BinOp::Pow, "-1") == "ERR: 0.0 cannot be raised to a negative power");
  CHECK(binop("-2", BinOp::Pow, "63") == "-9223372036854775808");
  CHECK(binop("-12345678901234567890123", BinOp::Mod, "1000000007") == "183813582");
  CHECK(binop("1", BinOp::LShift, "-1") == "ERR: negative shift count");
  CHECK(binop("-1", BinOp::RShift, "1000") == "-1");
}

TEST_CASE_FIXTURE(NumFixture, "int hash") {
  auto h = [&](const char* s) {
    Ref v(int_from_string(ts, s, 10));
    return int_hash(ts, v.get());
  };
  CHECK(h("-1") == -2);
  CHECK(h("2305843009213693951") == 0);
  CHECK(h("2305843009213693952") == 1);
  CHECK(h("-2305843009213693957") == -6);
  CHECK(h("123456789012345678901234567890") == 248789772095949448LL);
}

TEST_CASE_FIXTURE(NumFixture, "format specs for ints") {
  CHECK(fmt_int("1234", "08,") == "0,001,234");
  CHECK(fmt_int("-1234567", "010,") == "-1,234,567");
  CHECK(fmt_int("-5", "#010x") == "-0x0000005");
  CHECK(fmt_int("123456789", "_x") == "75b_cd15");
  CHECK(fmt_int("5", "*^9b") == "***101***");
  CHECK(fmt_int("-5", "^+8") == "   -5   ");
  CHECK(fmt_int("65", "c") == "A");
  CHECK(fmt_int("1234", "e") == "1.234000e+03");
  CHECK(fmt_int("5", "abc") == "ERR: Invalid format specifier 'abc' for object of type 'int'");
  CHECK(fmt_int("5", ",s") == "ERR: Cannot specify ',' with 's'.");
  CHECK(fmt_int("5", ",_") == "ERR: Cannot specify both ',' and '_'.");
  CHECK(fmt_int("5", ".2d") == "ERR: Precision not allowed in integer format specifier");
  CHECK(fmt_int("5", "+c") == "ERR: Sign not allowed with integer format specifier 'c'");
  CHECK(fmt_int("5", "s") == "ERR: Unknown format code 's' for object of type 'int'");
}

TEST_CASE_FIXTURE(NumFixture, "format specs for floats") {
  CHECK(fmt_float(1e20, ".3") == "1e+20");
  CHECK(fmt_float(1.0, ".3") == "1.0");
  CHECK(fmt_float(123456.0, ".3") == "1.23e+05");
  CHECK(fmt_float(12345.678, ",.2f") == "12,345.68");
  CHECK(fmt_float(-0.0001, "z.2f") == "0.00");
  CHECK(fmt_float(1.5, "%") == "150.000000%");
  CHECK(fmt_float(1234.5, "#.6g") == "1234.50");
  CHECK(fmt_float(1.0 / 0.0, "010") == "0000000inf");
  CHECK(fmt_float(-3.14159, "=+12.4e") == "- 3.1416e+00");
  CHECK(fmt_float(1234567.891, "015,.2f") == "0,001,234,567.89");
  CHECK(fmt_float(1.5, "x") == "ERR: Unknown format code 'x' for object of type 'float'");
}

TEST_CASE_FIXTURE(NumFixture, "float rounding is correctly rounded half-even") {
  auto rnd = [&](double x, int64_t nd) {
    Value v = float_round_ndigits(ts, x, nd);
    if (!v) return text(v);
    Ref r(v);
    return float_repr(float_value(v));
  };
  CHECK(rnd(2.675, 2) == "2.67");
  CHECK(rnd(1234.5, -1) == "1230.0");
  CHECK(rnd(1.5e308, -308) == "ERR: rounded value too large to represent");
  CHECK(rnd(-0.4, 0) == "-0.0");
  CHECK(rnd(0.5, 0) == "0.0");
}

TEST_CASE_FIXTURE(NumFixture, "float parsing") {
  Ref a(float_from_string(ts, "  -Infinity "));
  REQUIRE(a);
  CHECK(float_repr(float_value(a.get())) == "-inf");
  Ref b(float_from_string(ts, "1_0.5"));
  REQUIRE(b);
  CHECK(float_value(b.get()) == 10.5);
  CHECK(text(float_from_string(ts, "1e")) == "ERR: could not convert string to float: '1e'");
  CHECK(text(float_from_string(ts, "0x1p3")) == "ERR: could not convert string to float: '0x1p3'");
}
