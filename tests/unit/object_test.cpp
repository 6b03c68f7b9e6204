// tests/unit/object_test.cpp — the data-model core: type_from_spec results,
// class creation, slots from dunders, descriptors, super and the generic
// operations. Expected strings come from CPython 3.11.
#include <doctest/doctest.h>

#include <string>

#include "runtime/runtime.h"

using namespace minipy;

namespace {

struct ObjFixture {
  Interpreter* interp;
  ThreadState* ts;
  ObjFixture() {
    InterpreterConfig cfg;
    interp = interpreter_create(cfg);
    ts = interpreter_main_thread(interp);
  }
  ~ObjFixture() { interpreter_destroy(interp); }

  std::string err_text() {
    Ref e(err_fetch(ts));
    if (!e) return "ERR: ?";
    Ref s(str(ts, e.get()));
    return std::string(type_name(ts, e.get())) + ": " + std::string(s ? str_view(s.get()) : "?");
  }
  // Run `src`, then return str(result) (the global `result`), or the error.
  std::string run(const std::string& src) {
    Ref d(run_source(ts, src, "<test>"));
    if (!d) return err_text();
    Value r = dict_get_str(d.as<DictObject>(), intern(ts, "result"));
    if (!r) return "<no result>";
    Ref s(str(ts, r));
    if (!s) return err_text();
    return std::string(str_view(s.get()));
  }
  std::string text(Value v) {
    if (!v) return err_text();
    Ref r(v);
    Ref s(str(ts, r.get()));
    if (!s) return err_text();
    return std::string(str_view(s.get()));
  }
};

}  // namespace

TEST_CASE_FIXTURE(ObjFixture, "built-in types have names, MROs and slot wrappers") {
  CHECK(text(repr(ts, Value::from_obj(interp->types.int_))) == "<class 'int'>");
  CHECK(text(getattr_str(ts, Value::from_obj(interp->types.bool_), "__mro__")) ==
        "(<class 'bool'>, <class 'int'>, <class 'object'>)");
  CHECK(text(repr(ts, getattr_str(ts, Value::from_obj(interp->types.list), "append"))) ==
        "<method 'append' of 'list' objects>");
  CHECK(text(repr(ts, getattr_str(ts, Value::from_obj(interp->types.int_), "__add__"))) ==
        "<slot wrapper '__add__' of 'int' objects>");
  CHECK(type_of(ts, Value::from_obj(interp->types.type)) == interp->types.type);
  CHECK(type_of(ts, Value::from_obj(interp->types.object_)) == interp->types.type);
}

TEST_CASE_FIXTURE(ObjFixture, "generic operations raise CPython's messages") {
  Ref s(str_new(ts, "a"));
  CHECK(text(binary_op(ts, Value::small_int(1), s.get(), BinOp::Add)) ==
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
  CHECK(text(negative(ts, s.get())) == "TypeError: bad operand type for unary -: 'str'");
  CHECK(text(getitem(ts, Value::small_int(1), Value::small_int(0))) == "TypeError: 'int' object is not subscriptable");
  CHECK(text(call0(ts, Value::small_int(1))) == "TypeError: 'int' object is not callable");
  CHECK(text(get_iter(ts, Value::small_int(1))) == "TypeError: 'int' object is not iterable");
  CHECK(text(richcompare(ts, Value::small_int(1), s.get(), CmpOp::Lt)) ==
        "TypeError: '<' not supported between instances of 'int' and 'str'");
  CHECK(text(getattr_str(ts, Value::small_int(1), "x")) == "AttributeError: 'int' object has no attribute 'x'");
}

TEST_CASE_FIXTURE(ObjFixture, "classes: attributes, descriptors, dunders") {
  CHECK(run("class A:\n  def __init__(self, x): self.x = x\n  def f(self): return self.x + 1\nresult = A(4).f()") == "5");
  CHECK(run("class A:\n  pass\nresult = repr(A)") == "<class '__main__.A'>");
  CHECK(run("class V:\n  def __init__(s, v): s.v = v\n  def __add__(s, o): return V(s.v + o.v)\n"
            "  def __radd__(s, o): return V(s.v + o)\nresult = (V(1) + V(2)).v, (3 + V(4)).v") == "(3, 7)");
  CHECK(run("class E:\n  def __eq__(s, o): return True\nresult = E.__hash__") == "None");
  CHECK(run("class P:\n  @property\n  def x(self): return 7\ntry:\n  P().x = 1\nexcept AttributeError as e:\n"
            "  result = e") == "property 'x' of 'P' object has no setter");
  CHECK(run("class S:\n  __slots__ = ('a',)\ns = S()\ns.a = 3\nresult = s.a, hasattr(s, '__dict__')") == "(3, False)");
  CHECK(run("class G:\n  def __getattr__(self, n): return n * 2\n  y = 1\nresult = G().xy, G().y") == "('xyxy', 1)");
  CHECK(run("class L(list):\n  pass\nl = L([1, 2])\nl.t = 5\nresult = len(l), l.t, l") == "(2, 5, [1, 2])");
}

TEST_CASE_FIXTURE(ObjFixture, "MRO, super and __init_subclass__") {
  CHECK(run("class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\n"
            "result = [k.__name__ for k in D.__mro__]") == "['D', 'B', 'C', 'A', 'object']");
  CHECK(run("class X: pass\nclass Y(X): pass\ntry:\n  class Z(X, Y): pass\nexcept TypeError as e:\n  result = e") ==
        "Cannot create a consistent method resolution\norder (MRO) for bases X, Y");
  CHECK(run("class A:\n  def f(self): return 'A'\nclass B(A):\n  def f(self): return 'B' + super().f()\n"
            "result = B().f()") == "BA");
  CHECK(run("class Base:\n  subs = []\n  def __init_subclass__(cls, tag=None, **kw):\n"
            "    super().__init_subclass__(**kw)\n    Base.subs.append((cls.__name__, tag))\n"
            "class K(Base, tag=3): pass\nresult = Base.subs") == "[('K', 3)]");
}
