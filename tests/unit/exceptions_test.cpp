// tests/unit/exceptions_test.cpp — exceptions, exception groups and
// format_exception, driven through the C++ runtime API.
#include <doctest/doctest.h>

#include <cerrno>

#include "runtime/runtime.h"

using namespace minipy;

namespace {

struct Interp {
  Interpreter* interp;
  ThreadState* ts;
  Interp() {
    InterpreterConfig cfg;
    interp = interpreter_create(cfg);
    REQUIRE(interp != nullptr);
    ts = interpreter_main_thread(interp);
  }
  ~Interp() { interpreter_destroy(interp); }
};

Value make_exc(ThreadState* ts, Exc type, const char* msg) {
  Ref m(str_from_cstr(ts, msg));
  Value a = m.get();
  return exception_new(ts, exc_type(ts, type), &a, 1);
}

std::string as_text(ThreadState* ts, Value v) {
  Ref s(str(ts, v));
  REQUIRE(bool(s));
  return std::string(str_view(s.get()));
}

std::string repr_text(ThreadState* ts, Value v) {
  Ref s(repr(ts, v));
  REQUIRE(bool(s));
  return std::string(str_view(s.get()));
}

}  // namespace

TEST_CASE("exception str and repr follow CPython") {
  Interp I;
  ThreadState* ts = I.ts;
  Ref e(make_exc(ts, Exc::ValueError, "x"));
  CHECK(as_text(ts, e.get()) == "x");
  CHECK(repr_text(ts, e.get()) == "ValueError('x')");
  Ref empty(exception_new(ts, exc_type(ts, Exc::ValueError), nullptr, 0));
  CHECK(as_text(ts, empty.get()) == "");
  CHECK(repr_text(ts, empty.get()) == "ValueError()");
  Ref k(make_exc(ts, Exc::KeyError, "k"));
  CHECK(as_text(ts, k.get()) == "'k'");
  Value args[2] = {Value::small_int(ENOENT), Value()};
  Ref msg(str_from_cstr(ts, "No such file"));
  args[1] = msg.get();
  Ref os(exception_new(ts, exc_type(ts, Exc::OSError), args, 2));
  CHECK(type_of(ts, os.get()) == exc_type(ts, Exc::FileNotFoundError));
  CHECK(as_text(ts, os.get()) == "[Errno 2] No such file");
}

TEST_CASE("format_exception renders chained exceptions") {
  Interp I;
  ThreadState* ts = I.ts;
  Ref inner(make_exc(ts, Exc::ValueError, "inner"));
  Ref outer(make_exc(ts, Exc::RuntimeError, "outer"));
  auto* o = outer.as<BaseExceptionObject>();
  o->cause = newref(inner.get());
  o->suppress_context = true;
  CHECK(format_exception(ts, outer.get()) ==
        "ValueError: inner\n"
        "\nThe above exception was the direct cause of the following exception:\n\n"
        "RuntimeError: outer\n");
  // __context__ without a cause.
  Ref ctx_outer(make_exc(ts, Exc::TypeError, "during"));
  ctx_outer.as<BaseExceptionObject>()->context = newref(inner.get());
  CHECK(format_exception(ts, ctx_outer.get()) ==
        "ValueError: inner\n"
        "\nDuring handling of the above exception, another exception occurred:\n\n"
        "TypeError: during\n");
  // Suppressed context (raise ... from None).
  ctx_outer.as<BaseExceptionObject>()->suppress_context = true;
  CHECK(format_exception(ts, ctx_outer.get()) == "TypeError: during\n");
}

TEST_CASE("ExceptionGroup construction, split and format") {
  Interp I;
  ThreadState* ts = I.ts;
  Ref v(make_exc(ts, Exc::ValueError, "1"));
  Ref t(make_exc(ts, Exc::TypeError, "2"));
  Ref list(Value::from_obj(list_new(ts, 0)));
  REQUIRE(list_append(ts, list.as<ListObject>(), v.get()));
  REQUIRE(list_append(ts, list.as<ListObject>(), t.get()));
  Ref msg(str_from_cstr(ts, "eg"));
  Value args[2] = {msg.get(), list.get()};
  // BaseExceptionGroup of Exceptions only gives an ExceptionGroup.
  Ref eg(call(ts, Value::from_obj(exc_type(ts, Exc::BaseExceptionGroup)), args, 2));
  REQUIRE(bool(eg));
  CHECK(type_of(ts, eg.get()) == exc_type(ts, Exc::ExceptionGroup));
  CHECK(is_subtype(exc_type(ts, Exc::ExceptionGroup), exc_type(ts, Exc::Exception)));
  CHECK(as_text(ts, eg.get()) == "eg (2 sub-exceptions)");

  Ref parts(call_method1(ts, eg.get(), "split", Value::from_obj(exc_type(ts, Exc::ValueError))));
  REQUIRE(bool(parts));
  REQUIRE(tuple_size(parts.get()) == 2);
  Value match = tuple_item(parts.get(), 0), rest = tuple_item(parts.get(), 1);
  CHECK(as_text(ts, match) == "eg (1 sub-exception)");
  CHECK(repr_text(ts, match) == "ExceptionGroup('eg', [ValueError('1')])");
  CHECK(repr_text(ts, rest) == "ExceptionGroup('eg', [TypeError('2')])");

  CHECK(format_exception(ts, eg.get()) ==
        "  | ExceptionGroup: eg (2 sub-exceptions)\n"
        "  +-+---------------- 1 ----------------\n"
        "    | ValueError: 1\n"
        "    +---------------- 2 ----------------\n"
        "    | TypeError: 2\n"
        "    +------------------------------------\n");

  // Errors of the constructor.
  Value bad[2] = {msg.get(), Value::small_int(1)};
  Ref r(call(ts, Value::from_obj(exc_type(ts, Exc::ExceptionGroup)), bad, 2));
  CHECK(!r);
  CHECK(err_matches(ts, Exc::TypeError));
  err_clear(ts);
}
