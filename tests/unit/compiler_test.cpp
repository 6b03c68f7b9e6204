// tests/unit/compiler_test.cpp — symbol table classification (closures,
// comprehensions, class scopes), compiler SyntaxErrors with CPython's
// messages, and disassembly of small functions.
#include <doctest/doctest.h>

#include <string>

#include "runtime/runtime.h"
#include "vm/code.h"
#include "vm/symtable.h"

using namespace minipy;
using minipy::symtable::Scope;

namespace {

struct Parsed {
  ast::Module mod;
  symtable::SymbolTable st;
  std::string error;
  explicit Parsed(const std::string& src) {
    ast::SyntaxErrorInfo err;
    REQUIRE(ast::parse(src, "<test>", ast::ParseMode::File, mod, err));
    try {
      st.build(mod);
    } catch (const symtable::SymtableError& e) {
      error = e.msg;
    }
  }
  // The scope entry of the n-th statement at module level (a def or class).
  symtable::Entry* scope_of_stmt(size_t n) { return st.lookup(mod.body[n]); }
};

struct CompileFixture {
  Interpreter* interp;
  ThreadState* ts;
  CompileFixture() {
    InterpreterConfig cfg;
    interp = interpreter_create(cfg);
    ts = interpreter_main_thread(interp);
  }
  ~CompileFixture() { interpreter_destroy(interp); }

  // Disassembly of the compiled source, or "ERR: <SyntaxError message>".
  std::string dis(const std::string& src) {
    Ref code(compile_source(ts, src, "<test>", CompileMode::Exec));
    if (!code) return "ERR: " + error_text();
    // Collapse runs of spaces so checks do not depend on column widths.
    std::string text = disassemble(ts, code.get()), out;
    for (char c : text)
      if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
    return out;
  }
  std::string error_text() {
    Ref e(err_fetch(ts));
    if (!e) return "?";
    Ref s(str(ts, e.get()));
    return s ? std::string(str_view(s.get())) : "?";
  }
  std::string syntax_error(const std::string& src) {
    Ref code(compile_source(ts, src, "<test>", CompileMode::Exec));
    if (code) return "no error";
    Ref e(err_fetch(ts));
    auto* se = e.as<SyntaxErrorObject>();
    if (!se->msg || !is_str(ts, se->msg)) return "?";
    return std::string(str_view(se->msg));
  }
};

}  // namespace

TEST_CASE("symtable: closures make cells and free variables") {
  Parsed p("def f(a):\n    x = 1\n    def g():\n        return x + a + y\n    return g\n");
  REQUIRE(p.error.empty());
  auto* f = p.scope_of_stmt(0);
  REQUIRE(f);
  CHECK(f->scope_of("x") == Scope::Cell);
  CHECK(f->scope_of("a") == Scope::Cell);
  CHECK(f->scope_of("g") == Scope::Local);
  REQUIRE(f->children.size() == 1);
  auto* g = f->children[0].get();
  CHECK(g->scope_of("x") == Scope::Free);
  CHECK(g->scope_of("a") == Scope::Free);
  CHECK(g->scope_of("y") == Scope::GlobalImplicit);
  CHECK(g->nested);
  CHECK(f->varnames.size() == 2);  // a, g (x is a cell only)
}

TEST_CASE("symtable: class scopes are invisible to methods; super() needs __class__") {
  Parsed p("class C:\n    y = 1\n    def m(self):\n        return y\n    def n(self):\n        return super().n()\n");
  REQUIRE(p.error.empty());
  auto* c = p.scope_of_stmt(0);
  CHECK(c->scope_of("y") == Scope::Local);
  CHECK(c->needs_class_closure);
  auto* m = c->children[0].get();
  CHECK(m->scope_of("y") == Scope::GlobalImplicit);
  auto* n = c->children[1].get();
  CHECK(n->scope_of("__class__") == Scope::Free);
}

TEST_CASE("symtable: comprehensions and walrus") {
  Parsed p("def f(r):\n    return [z := x for x in r]\n");
  REQUIRE(p.error.empty());
  auto* f = p.scope_of_stmt(0);
  CHECK(f->scope_of("z") == Scope::Cell);
  CHECK(f->scope_of("x") == Scope::Unknown);  // x belongs to the comprehension
  auto* comp = f->children[0].get();
  CHECK(comp->scope_of(".0") == Scope::Local);
  CHECK(comp->scope_of("x") == Scope::Local);
  CHECK(comp->scope_of("z") == Scope::Free);
  CHECK(comp->scope_of("r") == Scope::Unknown);  // the first iterable is evaluated outside
}

TEST_CASE("symtable: global and nonlocal errors") {
  CHECK(Parsed("nonlocal x\n").error == "nonlocal declaration not allowed at module level");
  CHECK(Parsed("def f():\n    nonlocal x\n").error == "no binding for nonlocal 'x' found");
  CHECK(Parsed("def f():\n    print(x)\n    global x\n").error == "name 'x' is used prior to global declaration");
  CHECK(Parsed("def f(x):\n    global x\n").error == "name 'x' is parameter and global");
  CHECK(Parsed("def f(x, x):\n    pass\n").error == "duplicate argument 'x' in function definition");
  CHECK(Parsed("def f():\n    x = 1\n    global x\n").error ==
        "name 'x' is assigned to before global declaration");
}

TEST_CASE("symtable: private name mangling") {
  CHECK(symtable::mangle("C", "__x") == "_C__x");
  CHECK(symtable::mangle("_C", "__x") == "_C__x");
  CHECK(symtable::mangle("C", "__x__") == "__x__");
  CHECK(symtable::mangle("C", "_x") == "_x");
  CHECK(symtable::mangle("__", "__x") == "__x");
}

TEST_CASE_FIXTURE(CompileFixture, "compiler: syntax errors with CPython's messages") {
  CHECK(syntax_error("return 1\n") == "'return' outside function");
  CHECK(syntax_error("yield 1\n") == "'yield' outside function");
  CHECK(syntax_error("break\n") == "'break' outside loop");
  CHECK(syntax_error("continue\n") == "'continue' not properly in loop");
  CHECK(syntax_error("def f():\n    await x\n") == "'await' outside async function");
  CHECK(syntax_error("await x\n") == "'await' outside function");
  CHECK(syntax_error("a, *b, *c = x\n") == "multiple starred expressions in assignment");
  CHECK(syntax_error("f(a=1, a=2)\n") == "keyword argument repeated: a");
  CHECK(syntax_error("async def f():\n    yield 1\n    return 2\n") == "'return' with value in async generator");
  CHECK(syntax_error("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n") ==
        "default 'except:' must be last");
  CHECK(syntax_error("match x:\n    case a:\n        pass\n    case b:\n        pass\n") ==
        "name capture 'a' makes remaining patterns unreachable");
  CHECK(syntax_error("match x:\n    case [a, a]:\n        pass\n") == "multiple assignments to name 'a' in pattern");
  CHECK(syntax_error("match x:\n    case 1 | y:\n        pass\n") == "alternative patterns bind different names");
}

TEST_CASE_FIXTURE(CompileFixture, "compiler: disassembly of small programs") {
  std::string d = dis("def f(a, b=2):\n    return a + b\nprint(f(1))\ndef h():\n    return len(())\n");
  CHECK(d.find("MAKE_FUNCTION 1 (defaults)") != std::string::npos);
  CHECK(d.find("LOAD_NAME 1 (print)") != std::string::npos);
  CHECK(d.find("BINARY_OP 0 (+)") != std::string::npos);
  CHECK(d.find("CALL 1") != std::string::npos);
  CHECK(d.find("LOAD_GLOBAL 1 (NULL + len)") != std::string::npos);
  CHECK(d.find("RETURN_VALUE\n LOAD_CONST") == std::string::npos);  // no dead code after return

  d = dis("x = (1, 2, -3)\nif x in ((1, 2), 3):\n    pass\n");
  CHECK(d.find("LOAD_CONST 0 ((1, 2, -3))") != std::string::npos);
  CHECK(d.find("(((1, 2), 3))") != std::string::npos);

  d = dis("def g():\n    try:\n        h()\n    except ValueError as e:\n        return e\n    finally:\n        k()\n");
  CHECK(d.find("PUSH_EXC_INFO") != std::string::npos);
  CHECK(d.find("CHECK_EXC_MATCH") != std::string::npos);
  CHECK(d.find("ExceptionTable:") != std::string::npos);

  d = dis("o.m(1, k=2)\n");
  CHECK(d.find("LOAD_METHOD") != std::string::npos);
  CHECK(d.find("KW_NAMES") != std::string::npos);

  d = dis("def gen():\n    yield from range(3)\n");
  CHECK(d.find("SEND") != std::string::npos);
  CHECK(d.find("CLEANUP_THROW") != std::string::npos);

  d = dis("class C:\n    def m(self):\n        return super().m()\n");
  CHECK(d.find("__classcell__") != std::string::npos);
  CHECK(d.find("LOAD_CLOSURE") != std::string::npos);

  d = dis("match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0):\n        pass\n    case _:\n        pass\n");
  CHECK(d.find("MATCH_SEQUENCE") != std::string::npos);
  CHECK(d.find("MATCH_KEYS") != std::string::npos);
  CHECK(d.find("MATCH_CLASS") != std::string::npos);
}

TEST_CASE_FIXTURE(CompileFixture, "compiler: code object metadata") {
  Ref code(compile_source(ts, "def outer():\n    x = 1\n    def inner(*a, **k):\n        return x\n    return inner\n",
                          "<test>", CompileMode::Exec));
  REQUIRE(code);
  auto* mod = code.as<CodeObject>();
  CodeObject* outer = nullptr;
  for (int64_t i = 0; i < tuple_size(mod->consts); i++)
    if (is_code(ts, tuple_item(mod->consts, i))) outer = tuple_item(mod->consts, i).as<CodeObject>();
  REQUIRE(outer);
  CHECK((outer->flags & kCoOptimized));
  CHECK(outer->ncellvars == 1);
  CodeObject* inner = nullptr;
  for (int64_t i = 0; i < tuple_size(outer->consts); i++)
    if (is_code(ts, tuple_item(outer->consts, i))) inner = tuple_item(outer->consts, i).as<CodeObject>();
  REQUIRE(inner);
  CHECK(inner->nfreevars == 1);
  CHECK((inner->flags & kCoVarargs));
  CHECK((inner->flags & kCoVarkeywords));
  CHECK((inner->flags & kCoNested));
  CHECK(std::string(str_view(inner->qualname)) == "outer.<locals>.inner");
}
