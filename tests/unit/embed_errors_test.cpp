// tests/unit/embed_errors_test.cpp — Python exceptions surfacing in C++ as
// minipy::Error: type, message, CPython's formatted traceback, and the
// structured frames (file, line, function, source line).
#undef MINIPY_BUILD_CORE  // the embedder's view: public headers only
#include "minipy/minipy.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("embed: errors carry structured frames") {
  minipy::VM vm;
  vm.exec(
      "def outer(x):\n"
      "    return inner(x)\n"
      "\n"
      "def inner(x):\n"
      "    return 10 // x\n");
  try {
    vm.eval("outer(0)");
    FAIL("no error");
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "ZeroDivisionError");
    CHECK(e.message() == "integer division or modulo by zero");
    CHECK(std::string(e.what()) == "ZeroDivisionError: integer division or modulo by zero");
    CHECK(e.exception_id() != 0);
    const auto& f = e.frames();
    REQUIRE(f.size() == 3);
    CHECK(f[0].file == "<string>");
    CHECK(f[0].line == 1);
    CHECK(f[0].function == "<module>");
    CHECK(f[1].function == "outer");
    CHECK(f[1].line == 2);
    CHECK(f[2].function == "inner");
    CHECK(f[2].line == 5);
    CHECK(e.traceback().find("ZeroDivisionError: integer division or modulo by zero") != std::string::npos);
  }
}

TEST_CASE("embed: source lines of frames from a file") {
  minipy::VM vm;
  std::string path = "/tmp/minipy_embed_errors_test.py";
  FILE* f = std::fopen(path.c_str(), "w");
  REQUIRE(f);
  std::fputs("def fail():\n    raise ValueError('nope')\n", f);
  std::fclose(f);
  vm.exec("import sys\nsys.path.insert(0, '/tmp')\nimport minipy_embed_errors_test as m\n");
  try {
    vm.eval("m.fail()");
    FAIL("no error");
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "ValueError");
    REQUIRE(e.frames().size() == 2);
    CHECK(e.frames()[1].file == path);
    CHECK(e.frames()[1].line == 2);
    CHECK(e.frames()[1].function == "fail");
    CHECK(e.frames()[1].source_line == "raise ValueError('nope')");
  }
  std::remove(path.c_str());
}

TEST_CASE("embed: chained exceptions report the last one") {
  minipy::VM vm;
  try {
    vm.exec(
        "try:\n"
        "    {}['k']\n"
        "except KeyError as e:\n"
        "    raise RuntimeError('wrapped') from e\n");
    FAIL("no error");
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "RuntimeError");
    CHECK(e.message() == "wrapped");
    CHECK(e.traceback().find("The above exception was the direct cause") != std::string::npos);
    REQUIRE(e.frames().size() == 1);
    CHECK(e.frames()[0].line == 4);
    CHECK(e.frames()[0].function == "<module>");
    CHECK(e.frames()[0].source_line == "");  // CPython shows no source for exec'd strings either
  }
  // A syntax error has no frames of code that ran.
  try {
    vm.exec("x = (");
    FAIL("no error");
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "SyntaxError");
  }
}
