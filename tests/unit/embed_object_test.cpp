// tests/unit/embed_object_test.cpp — minipy::Object (include/minipy/object.h)
// as an embedder uses it: conversions both ways, the object protocol, calls
// with keyword arguments, iteration, and the VM's globals/import/eval/exec.
#undef MINIPY_BUILD_CORE  // the embedder's view: public headers only
#include "minipy/minipy.h"

#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

using minipy::Object;

TEST_CASE("embed: C++ values to Python and back") {
  minipy::VM vm;
  CHECK(Object(42).as<int>() == 42);
  CHECK(Object(42).repr() == "42");
  CHECK(Object(int64_t(1) << 62).repr() == "4611686018427387904");     // past the small ints
  CHECK(Object(uint64_t(18446744073709551615ull)).repr() == "18446744073709551615");
  CHECK(Object(3.5).as<double>() == 3.5);
  CHECK(Object(7).as<double>() == 7.0);
  CHECK(Object(true).repr() == "True");
  CHECK(Object(false).as<bool>() == false);
  CHECK(Object("héllo").as<std::string>() == "héllo");
  CHECK(Object(std::string("abc")).size() == 3);
  CHECK(Object(minipy::Bytes{std::string("a\0b", 3)}).repr() == "b'a\\x00b'");
  CHECK(Object(minipy::None).is_none());
  CHECK(Object(std::vector<int>{1, 2, 3}).repr() == "[1, 2, 3]");
  CHECK(Object(std::map<std::string, int>{{"a", 1}, {"b", 2}}).repr() == "{'a': 1, 'b': 2}");
  CHECK(Object(std::optional<int>()).is_none());
  CHECK(Object(std::optional<int>(5)).repr() == "5");

  CHECK(vm.eval("[1, 2, 3]").as<std::vector<int>>() == std::vector<int>{1, 2, 3});
  CHECK(vm.eval("(1.5, 2)").as<std::vector<double>>() == std::vector<double>{1.5, 2.0});
  auto m = vm.eval("{'x': 1, 'y': 2}").as<std::unordered_map<std::string, int>>();
  CHECK(m.size() == 2);
  CHECK(m["y"] == 2);
  CHECK(vm.eval("{'k': [1, 2]}").as<std::map<std::string, std::vector<int>>>().at("k").size() == 2);
  CHECK(!vm.eval("None").as<std::optional<int>>().has_value());
  CHECK(vm.eval("b'\\x01\\x02'").as<minipy::Bytes>().data == std::string("\x01\x02"));
  CHECK(vm.eval("bytearray(b'xy')").as<minipy::Bytes>().data == "xy");
  CHECK(vm.eval("2 ** 100").as<minipy::BigInt>().decimal == "1267650600228229401496703205376");
  CHECK(Object(minipy::BigInt{"-1267650600228229401496703205376"}).repr() == "-1267650600228229401496703205376");
  CHECK(minipy::int_from_string("ff", 16).as<int>() == 255);
}

TEST_CASE("embed: conversion errors are Python's") {
  minipy::VM vm;
  try {
    (void)vm.eval("'text'").as<int>();
    FAIL("no error");
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "TypeError");
    CHECK(e.message() == "expected int, not str");
  }
  try {
    (void)vm.eval("2 ** 70").as<int64_t>();
    FAIL("no error");
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "OverflowError");
  }
  try {
    (void)vm.eval("300").as<int8_t>();
    FAIL("no error");
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "OverflowError");
  }
  CHECK_THROWS_AS((void)vm.eval("-1").as<unsigned>(), minipy::Error);
  CHECK_THROWS_AS((void)vm.eval("[1, 'a']").as<std::vector<int>>(), minipy::Error);
  CHECK(!vm.eval("1.5").is_a<int>());
  CHECK(vm.eval("1").is_a<double>());
  CHECK(!vm.eval("True").is_a<double>());
}

TEST_CASE("embed: the object protocol") {
  minipy::VM vm;
  vm.exec(
      "class P:\n"
      "    def __init__(self, x):\n"
      "        self.x = x\n"
      "    def scaled(self, k, *, offset=0):\n"
      "        return self.x * k + offset\n"
      "    def __repr__(self):\n"
      "        return f'P({self.x})'\n");
  Object P = vm.globals()["P"];
  Object p = P(3);
  CHECK(p.repr() == "P(3)");
  CHECK(p.str() == "P(3)");
  CHECK(p.type_name() == "P");
  CHECK(p.type().is(P));
  CHECK(p.isinstance(P));
  CHECK(!p.isinstance(vm.builtins().attr("int")));
  CHECK(p.attr("x").as<int>() == 3);
  p.set_attr("x", 10);
  CHECK(p.has_attr("x"));
  CHECK(!p.has_attr("nope"));
  CHECK(p.call_method("scaled", 2).as<int>() == 20);
  CHECK(p.call_method("scaled", 2, minipy::kw("offset", 1)).as<int>() == 21);
  CHECK(p.attr("scaled").call({Object(3)}, {{"offset", Object(4)}}).as<int>() == 34);
  p.del_attr("x");
  CHECK(!p.has_attr("x"));

  Object d = minipy::dict();
  d.set_item("a", 1);
  d.set_item(Object(2), std::vector<std::string>{"x"});
  CHECK(d.repr() == "{'a': 1, 2: ['x']}");
  CHECK(d["a"].as<int>() == 1);
  CHECK(d.contains("a"));
  d.del_item("a");
  CHECK(d.size() == 1);
  CHECK(minipy::tuple({Object(1), Object("b")}).repr() == "(1, 'b')");
  CHECK(minipy::list({Object(1.5)}).repr() == "[1.5]");
  CHECK(Object("abc").equals(vm.eval("'ab' + 'c'")));
  CHECK(Object(1).hash() == 1);
  CHECK(vm.eval("len").callable());
  CHECK(vm.eval("[]").truthy() == false);

  int total = 0;
  for (Object x : vm.eval("range(5)")) total += x.as<int>();
  CHECK(total == 10);
  std::string keys;
  for (const Object& k : vm.eval("{'a': 1, 'b': 2}")) keys += k.as<std::string>();
  CHECK(keys == "ab");

  // Copies share the object; moves leave a null handle.
  Object a = vm.eval("[1]");
  Object b = a;
  b.call_method("append", 2);
  CHECK(a.repr() == "[1, 2]");
  Object c = std::move(a);
  CHECK(a.is_null());
  CHECK(c.is(b));
}

TEST_CASE("embed: globals, import, eval and exec in a namespace") {
  minipy::VM vm;
  vm.globals().set_item("n", 21);
  CHECK(vm.eval("n * 2").as<int>() == 42);
  Object json = vm.import("json");
  CHECK(json.attr("dumps")(std::map<std::string, int>{{"a", 1}}).as<std::string>() == "{\"a\": 1}");
  CHECK(vm.import("os.path").attr("__name__").as<std::string>() == "posixpath");
  Object ns = minipy::dict();
  ns.set_item("base", 5);
  vm.exec("def f(x):\n    return x + base\ny = f(1)\n", ns);
  CHECK(ns["y"].as<int>() == 6);
  CHECK(vm.eval("f(10)", ns).as<int>() == 15);
  CHECK(!vm.globals().contains("y"));  // __main__ untouched
  try {
    vm.exec("x = 1", Object(3));
    FAIL("no error");
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "TypeError");
  }
  try {
    vm.import("no_such_module_h43");
    FAIL("no error");
  } catch (const minipy::Error& e) {
    CHECK(e.type() == "ModuleNotFoundError");
    CHECK(e.message() == "No module named 'no_such_module_h43'");
  }
}
