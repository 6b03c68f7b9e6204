// tests/unit/grammar_test.cpp — unit tests of grammar/: lexer, parser, f-strings,
// ast::dump() and SyntaxError reports. Expected texts were produced by CPython
// 3.11 (`ast.dump(ast.parse(src))`, and compile() for errors: msg, lineno,
// offset, end_lineno, end_offset), so a difference means we deviate from it.
#include "grammar/ast.h"

#include <doctest/doctest.h>

#include <random>
#include <string>

namespace {

using namespace minipy::ast;

struct DumpCase {
  const char* src;
  const char* dump;
};
struct ErrCase {
  const char* src;
  const char* kind;
  const char* msg;
  int line, col, end_line, end_col;
};

std::string dump_of(const std::string& src) {
  Module m;
  SyntaxErrorInfo err;
  if (!parse(src, "<test>", ParseMode::File, m, err)) return "ERROR: " + err.kind + ": " + err.msg;
  return dump(m);
}

SyntaxErrorInfo error_of(const std::string& src) {
  Module m;
  SyntaxErrorInfo err;
  if (parse(src, "<test>", ParseMode::File, m, err)) err.msg = "<no error>";
  return err;
}

// ---- generated from CPython 3.11 ast.dump()/compile() output
static const DumpCase kDumpCases[] = {
    {R"PY(x = 1 + 2 * 3 ** -4
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=BinOp(left=Constant(value=3), op=Pow(), right=UnaryOp(op=USub(), operand=Constant(value=4))))))], type_ignores=[]))PY"},
    {R"PY(a = b = c
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a, *b = c
)PY",
     R"PY(Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY([a, (b, c)] = d
)PY",
     R"PY(Module(body=[Assign(targets=[List(elts=[Name(id='a', ctx=Store()), Tuple(elts=[Name(id='b', ctx=Store()), Name(id='c', ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x: int = 5
)PY",
     R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1)], type_ignores=[]))PY"},
    {R"PY((x): int
)PY",
     R"PY(Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0)], type_ignores=[]))PY"},
    {R"PY(a.b[c] += 1
)PY",
     R"PY(Module(body=[AugAssign(target=Subscript(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), slice=Name(id='c', ctx=Load()), ctx=Store()), op=Add(), value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(del a, b[0], c.d
)PY",
     R"PY(Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Attribute(value=Name(id='c', ctx=Load()), attr='d', ctx=Del())])], type_ignores=[]))PY"},
    {R"PY(del (a, b)
)PY",
     R"PY(Module(body=[Delete(targets=[Tuple(elts=[Name(id='a', ctx=Del()), Name(id='b', ctx=Del())], ctx=Del())])], type_ignores=[]))PY"},
    {R"PY(f(a, *b, c=1, **d)
)PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[]))PY"},
    {R"PY(f(x for x in y)
)PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[]))PY"},
    {R"PY(a[1:2, ::3]
)PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3))], ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[*b]
)PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a[b:=1]
)PY",
     R"PY(Module(body=[Expr(value=Subscript(value=Name(id='a', ctx=Load()), slice=NamedExpr(target=Name(id='b', ctx=Store()), value=Constant(value=1)), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(lambda a, /, b=1, *c, d, e=2, **f: 0
)PY",
     R"PY(Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='a')], args=[arg(arg='b')], vararg=arg(arg='c'), kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=2)], kwarg=arg(arg='f'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[]))PY"},
    {R"PY(def f(a: int, /, b=2, *, c, **k) -> str:
    return a
)PY",
     R"PY(Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], args=[arg(arg='b')], kwonlyargs=[arg(arg='c')], kw_defaults=[None], kwarg=arg(arg='k'), defaults=[Constant(value=2)]), body=[Return(value=Name(id='a', ctx=Load()))], decorator_list=[], returns=Name(id='str', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(async def f():
    async for x in y:
        await z
    async with a as b, c:
        pass
)PY",
     R"PY(Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Expr(value=Await(value=Name(id='z', ctx=Load())))], orelse=[]), AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[Pass()])], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(@dec
@dec2(1)
class C(B, metaclass=M):
    x = 1
)PY",
     R"PY(Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], decorator_list=[Name(id='dec', ctx=Load()), Call(func=Name(id='dec2', ctx=Load()), args=[Constant(value=1)], keywords=[])])], type_ignores=[]))PY"},
    {R"PY(try:
    pass
except E as e:
    raise X from e
except:
    pass
else:
    pass
finally:
    pass
)PY",
     R"PY(Module(body=[Try(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='e', ctx=Load()))]), ExceptHandler(body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[]))PY"},
    {R"PY(try:
    pass
except* (A, B):
    pass
)PY",
     R"PY(Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), body=[Pass()])], orelse=[], finalbody=[])], type_ignores=[]))PY"},
    {R"PY(with (open(a) as f, open(b) as g):
    pass
)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), optional_vars=Name(id='f', ctx=Store())), withitem(context_expr=Call(func=Name(id='open', ctx=Load()), args=[Name(id='b', ctx=Load())], keywords=[]), optional_vars=Name(id='g', ctx=Store()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with (a, b):
    pass
)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load())), withitem(context_expr=Name(id='b', ctx=Load()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(with (a):
    pass
)PY",
     R"PY(Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()))], body=[Pass()])], type_ignores=[]))PY"},
    {R"PY(if a:
    pass
elif b:
    pass
else:
    pass
)PY",
     R"PY(Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(while x:
    break
else:
    continue
)PY",
     R"PY(Module(body=[While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[]))PY"},
    {R"PY(for i, j in x:
    pass
)PY",
     R"PY(Module(body=[For(target=Tuple(elts=[Name(id='i', ctx=Store()), Name(id='j', ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), body=[Pass()], orelse=[])], type_ignores=[]))PY"},
    {R"PY(global a, b
)PY",
     R"PY(Module(body=[Global(names=['a', 'b'])], type_ignores=[]))PY"},
    {R"PY(def g():
    nonlocal x
)PY",
     R"PY(Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Nonlocal(names=['x'])], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(assert x, 'm'
)PY",
     R"PY(Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Constant(value='m'))], type_ignores=[]))PY"},
    {R"PY(import a.b as c, d
)PY",
     R"PY(Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d')])], type_ignores=[]))PY"},
    {R"PY(from .. import x
)PY",
     R"PY(Module(body=[ImportFrom(names=[alias(name='x')], level=2)], type_ignores=[]))PY"},
    {R"PY(from ...a import (b as c, d,)
)PY",
     R"PY(Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c'), alias(name='d')], level=3)], type_ignores=[]))PY"},
    {R"PY(from m import *
)PY",
     R"PY(Module(body=[ImportFrom(module='m', names=[alias(name='*')], level=0)], type_ignores=[]))PY"},
    {R"PY(x = yield
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Yield())], type_ignores=[]))PY"},
    {R"PY(def g():
    x = yield from y
)PY",
     R"PY(Module(body=[FunctionDef(name='g', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Assign(targets=[Name(id='x', ctx=Store())], value=YieldFrom(value=Name(id='y', ctx=Load())))], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(print(*a, sep='')
)PY",
     R"PY(Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))]))], type_ignores=[]))PY"},
    {R"PY((a := 10)
)PY",
     R"PY(Module(body=[Expr(value=NamedExpr(target=Name(id='a', ctx=Store()), value=Constant(value=10)))], type_ignores=[]))PY"},
    {R"PY([y := f(x), y**2]
)PY",
     R"PY(Module(body=[Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x = a if b else c
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(not a and b or c
)PY",
     R"PY(Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(a < b <= c is not d not in e
)PY",
     R"PY(Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY((a or b) or c
)PY",
     R"PY(Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY(a or b or c
)PY",
     R"PY(Module(body=[Expr(value=BoolOp(op=Or(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load()), Name(id='c', ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY({**a, 'b': 1}
)PY",
     R"PY(Module(body=[Expr(value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)]))], type_ignores=[]))PY"},
    {R"PY({1, *a}
)PY",
     R"PY(Module(body=[Expr(value=Set(elts=[Constant(value=1), Starred(value=Name(id='a', ctx=Load()), ctx=Load())]))], type_ignores=[]))PY"},
    {R"PY({k: v for k, v in x if k}
)PY",
     R"PY(Module(body=[Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[Name(id='k', ctx=Load())], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY([x async for x in y]
)PY",
     R"PY(Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=1)]))], type_ignores=[]))PY"},
    {R"PY({x for x in y for z in x}
)PY",
     R"PY(Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY(x = 0x1F + 0o17 + 0b101 + 1_000 + 10**100 + 0xffffffffffffffffffffffff
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=31), op=Add(), right=Constant(value=15)), op=Add(), right=Constant(value=5)), op=Add(), right=Constant(value=1000)), op=Add(), right=BinOp(left=Constant(value=10), op=Pow(), right=Constant(value=100))), op=Add(), right=Constant(value=79228162514264337593543950335)))], type_ignores=[]))PY"},
    {R"PY(x = 1.5e300, 1e16, 1e-5, 0.1, 3., .5, 1e22, 2j, 1.5J, 0j
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1.5e+300), Constant(value=1e+16), Constant(value=1e-05), Constant(value=0.1), Constant(value=3.0), Constant(value=0.5), Constant(value=1e+22), Constant(value=2j), Constant(value=1.5j), Constant(value=0j)], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(s = 'a\'"\x00\u00e9\U0001F600\N{BULLET}' if 0 else r'\n'
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='s', ctx=Store())], value=IfExp(test=Constant(value=0), body=Constant(value='a\'"\x00é😀•'), orelse=Constant(value='\\n')))], type_ignores=[]))PY"},
    {R"PY(b = b'a' b'\x00\''
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='b', ctx=Store())], value=Constant(value=b"a\x00'"))], type_ignores=[]))PY"},
    {R"PY(u'x' 'y'
)PY",
     R"PY(Module(body=[Expr(value=Constant(value='xy', kind='u'))], type_ignores=[]))PY"},
    {R"PY(f'a{b!r:>{w}} {x=} {y=:3} {{z}}'
)PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value=' x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value=' y='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='3')])), Constant(value=' {z}')]))], type_ignores=[]))PY"},
    {R"PY(f'{x!s}' 'plain' f'{y:{a}.{b}f}'
)PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115), Constant(value='plain'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=-1), Constant(value='f')]))]))], type_ignores=[]))PY"},
    {R"PY(f'''{
a
}'''
)PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(f'{x:}'
)PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))]))], type_ignores=[]))PY"},
    {R"PY(f'{3.14:.2f}{"q"}'
)PY",
     R"PY(Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Constant(value=3.14), conversion=-1, format_spec=JoinedStr(values=[Constant(value='.2f')])), FormattedValue(value=Constant(value='q'), conversion=-1)]))], type_ignores=[]))PY"},
    {R"PY(match x:
    case 1 | 2:
        pass
    case [a, *rest]:
        pass
    case {'k': v, **kw}:
        pass
    case Point(x=0, y=_) if y > 0:
        pass
    case (a, b) as c:
        pass
    case -1 + 2j:
        pass
    case None:
        pass
    case m.CONST:
        pass
    case _:
        pass
)PY",
     R"PY(Module(body=[Match(subject=Name(id='x', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=Constant(value=2))]), body=[Pass()]), match_case(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest')]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[], kwd_attrs=['x', 'y'], kwd_patterns=[MatchValue(value=Constant(value=0)), MatchAs()]), guard=Compare(left=Name(id='y', ctx=Load()), ops=[Gt()], comparators=[Constant(value=0)]), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchSequence(patterns=[MatchAs(name='a'), MatchAs(name='b')]), name='c'), body=[Pass()]), match_case(pattern=MatchValue(value=BinOp(left=UnaryOp(op=USub(), operand=Constant(value=1)), op=Add(), right=Constant(value=2j))), body=[Pass()]), match_case(pattern=MatchSingleton(value=None), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Name(id='m', ctx=Load()), attr='CONST', ctx=Load())), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(match = 1
match.x = 2
match(x)
case = 3
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Attribute(value=Name(id='match', ctx=Load()), attr='x', ctx=Store())], value=Constant(value=2)), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Assign(targets=[Name(id='case', ctx=Store())], value=Constant(value=3))], type_ignores=[]))PY"},
    {R"PY(match a, b:
    case *_, 1:
        pass
)PY",
     R"PY(Module(body=[Match(subject=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), cases=[match_case(pattern=MatchSequence(patterns=[MatchStar(), MatchValue(value=Constant(value=1))]), body=[Pass()])])], type_ignores=[]))PY"},
    {R"PY(x = \
  1
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[]))PY"},
    {R"PY(if x:
    # comment

    y
)PY",
     R"PY(Module(body=[If(test=Name(id='x', ctx=Load()), body=[Expr(value=Name(id='y', ctx=Load()))], orelse=[])], type_ignores=[]))PY"},
    {R"PY(x = (1,
     2)
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(a = b; c = d;
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='a', ctx=Store())], value=Name(id='b', ctx=Load())), Assign(targets=[Name(id='c', ctx=Store())], value=Name(id='d', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(...
)PY",
     R"PY(Module(body=[Expr(value=Constant(value=Ellipsis))], type_ignores=[]))PY"},
    {R"PY(x = not -~+a
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=Not(), operand=UnaryOp(op=USub(), operand=UnaryOp(op=Invert(), operand=UnaryOp(op=UAdd(), operand=Name(id='a', ctx=Load()))))))], type_ignores=[]))PY"},
    {R"PY(a @= b @ c
)PY",
     R"PY(Module(body=[AugAssign(target=Name(id='a', ctx=Store()), op=MatMult(), value=BinOp(left=Name(id='b', ctx=Load()), op=MatMult(), right=Name(id='c', ctx=Load())))], type_ignores=[]))PY"},
    {R"PY(x = [i for i in range(3) if i if not i]
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=ListComp(elt=Name(id='i', ctx=Load()), generators=[comprehension(target=Name(id='i', ctx=Store()), iter=Call(func=Name(id='range', ctx=Load()), args=[Constant(value=3)], keywords=[]), ifs=[Name(id='i', ctx=Load()), UnaryOp(op=Not(), operand=Name(id='i', ctx=Load()))], is_async=0)]))], type_ignores=[]))PY"},
    {R"PY(f(a)(b)[c].d
)PY",
     R"PY(Module(body=[Expr(value=Attribute(value=Subscript(value=Call(func=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[]), args=[Name(id='b', ctx=Load())], keywords=[]), slice=Name(id='c', ctx=Load()), ctx=Load()), attr='d', ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(x = a[1:2:3][:][::]
)PY",
     R"PY(Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Subscript(value=Subscript(value=Subscript(value=Name(id='a', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2), step=Constant(value=3)), ctx=Load()), slice=Slice(), ctx=Load()), slice=Slice(), ctx=Load()))], type_ignores=[]))PY"},
    {R"PY(class A: pass
)PY",
     R"PY(Module(body=[ClassDef(name='A', bases=[], keywords=[], body=[Pass()], decorator_list=[])], type_ignores=[]))PY"},
    {R"PY(def r():
    return
)PY",
     R"PY(Module(body=[FunctionDef(name='r', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return()], decorator_list=[])], type_ignores=[]))PY"},
};
static const ErrCase kErrCases[] = {
    {R"PY(if x
  pass
)PY", R"PY(SyntaxError)PY", R"PY(expected ':')PY", 1, 5, 1, 5},
    {R"PY(f() = 1
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to function call here. Maybe you meant '==' instead of '='?)PY", 1, 1, 1, 4},
    {R"PY(a, f() = 1
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to function call here. Maybe you meant '==' instead of '='?)PY", 1, 4, 1, 7},
    {R"PY(f() = x = 1
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to function call)PY", 1, 1, 1, 4},
    {R"PY(del f()
)PY", R"PY(SyntaxError)PY", R"PY(cannot delete function call)PY", 1, 5, 1, 8},
    {R"PY((a, 1) = 2
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to literal)PY", 1, 5, 1, 6},
    {R"PY(x = (1,
y = 2
)PY", R"PY(SyntaxError)PY", R"PY('(' was never closed)PY", 1, 5, 1, 0},
    {R"PY(foo(1,
2)PY", R"PY(SyntaxError)PY", R"PY('(' was never closed)PY", 1, 4, 1, 0},
    {R"PY([1 2]
)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax. Perhaps you forgot a comma?)PY", 1, 2, 1, 5},
    {R"PY(f(a b)
)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax. Perhaps you forgot a comma?)PY", 1, 3, 1, 6},
    {R"PY(if x:
pass
)PY", R"PY(IndentationError)PY", R"PY(expected an indented block after 'if' statement on line 1)PY", 2, 1, 2, 5},
    {R"PY(def f():
return
)PY", R"PY(IndentationError)PY", R"PY(expected an indented block after function definition on line 1)PY", 2, 1, 2, 7},
    {R"PY(class A:
x
)PY", R"PY(IndentationError)PY", R"PY(expected an indented block after class definition on line 1)PY", 2, 1, 2, 2},
    {R"PY(  x = 1
)PY", R"PY(IndentationError)PY", R"PY(unexpected indent)PY", 1, 2, 1, -1},
    {R"PY(if x:
    a
  b
)PY", R"PY(IndentationError)PY", R"PY(unindent does not match any outer indentation level)PY", 3, 4, 3, -1},
    {R"PY(x = 1abc
)PY", R"PY(SyntaxError)PY", R"PY(invalid decimal literal)PY", 1, 5, 1, 5},
    {R"PY(x = 'abc
)PY", R"PY(SyntaxError)PY", R"PY(unterminated string literal (detected at line 1))PY", 1, 5, 1, 5},
    {R"PY(x = '''abc

)PY", R"PY(SyntaxError)PY", R"PY(unterminated triple-quoted string literal (detected at line 2))PY", 1, 5, 1, 5},
    {R"PY(x = (1]
)PY", R"PY(SyntaxError)PY", R"PY(closing parenthesis ']' does not match opening parenthesis '(')PY", 1, 7, 1, 7},
    {R"PY(x = )
)PY", R"PY(SyntaxError)PY", R"PY(unmatched ')')PY", 1, 5, 1, 5},
    {R"PY(x = (
1]
)PY", R"PY(SyntaxError)PY", R"PY(closing parenthesis ']' does not match opening parenthesis '(' on line 1)PY", 2, 2, 2, 2},
    {R"PY(for x in y
  pass
)PY", R"PY(SyntaxError)PY", R"PY(expected ':')PY", 1, 11, 1, 11},
    {R"PY(x = 0123
)PY", R"PY(SyntaxError)PY", R"PY(leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers)PY", 1, 5, 1, 6},
    {R"PY(f(x for x in y, 1)
)PY", R"PY(SyntaxError)PY", R"PY(Generator expression must be parenthesized)PY", 1, 3, 1, 15},
    {R"PY(f(a=1, b)
)PY", R"PY(SyntaxError)PY", R"PY(positional argument follows keyword argument)PY", 1, 9, 1, 10},
    {R"PY(f(**a, *b)
)PY", R"PY(SyntaxError)PY", R"PY(iterable argument unpacking follows keyword argument unpacking)PY", 1, 8, 1, 9},
    {R"PY(f(a.b=1)
)PY", R"PY(SyntaxError)PY", R"PY(expression cannot contain assignment, perhaps you meant "=="?)PY", 1, 3, 1, 7},
    {R"PY(def f(a=1, b): pass
)PY", R"PY(SyntaxError)PY", R"PY(non-default argument follows default argument)PY", 1, 12, 1, 13},
    {R"PY(x +
)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax)PY", 1, 4, 1, 4},
    {R"PY(a, b: int
)PY", R"PY(SyntaxError)PY", R"PY(only single target (not tuple) can be annotated)PY", 1, 1, 1, 2},
    {R"PY(f() += 1
)PY", R"PY(SyntaxError)PY", R"PY('function call' is an illegal expression for augmented assignment)PY", 1, 1, 1, 4},
    {R"PY(with a as f(): pass
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to function call)PY", 1, 11, 1, 14},
    {R"PY(for f() in x: pass
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to function call)PY", 1, 5, 1, 8},
    {R"PY(try:
  pass
except:
x
)PY", R"PY(IndentationError)PY", R"PY(expected an indented block after 'except' statement on line 3)PY", 4, 1, 4, 2},
    {R"PY(while x:
z
)PY", R"PY(IndentationError)PY", R"PY(expected an indented block after 'while' statement on line 1)PY", 2, 1, 2, 2},
    {R"PY(a = 1 if b
)PY", R"PY(SyntaxError)PY", R"PY(expected 'else' after 'if' expression)PY", 1, 5, 1, 11},
    {R"PY(f'{}'
)PY", R"PY(SyntaxError)PY", R"PY(f-string: empty expression not allowed)PY", 1, 6, 1, 6},
    {R"PY(f'{a!x}'
)PY", R"PY(SyntaxError)PY", R"PY(f-string: invalid conversion character: expected 's', 'r', or 'a')PY", 1, 9, 1, 9},
    {R"PY(b'a' 'b'
)PY", R"PY(SyntaxError)PY", R"PY(cannot mix bytes and nonbytes literals)PY", 1, 9, 1, 9},
    {R"PY(x = b'\xff\u1234é'
)PY", R"PY(SyntaxError)PY", R"PY(bytes can only contain ASCII literal characters)PY", 1, 5, 1, 19},
    {R"PY(None = 1
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to None)PY", 1, 1, 1, 5},
    {R"PY(True = 1
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to True)PY", 1, 1, 1, 5},
    {R"PY(x = 0x
)PY", R"PY(SyntaxError)PY", R"PY(invalid hexadecimal literal)PY", 1, 6, 1, 6},
    {R"PY(x = 0o8
)PY", R"PY(SyntaxError)PY", R"PY(invalid digit '8' in octal literal)PY", 1, 7, 1, 7},
    {R"PY(1__0
)PY", R"PY(SyntaxError)PY", R"PY(invalid decimal literal)PY", 1, 2, 1, 2},
    {R"PY(€ = 1
)PY", R"PY(SyntaxError)PY", R"PY(invalid character '€' (U+20AC))PY", 1, 1, 1, 1},
    {R"PY(def f(*): pass
)PY", R"PY(SyntaxError)PY", R"PY(named arguments must follow bare *)PY", 1, 7, 1, 8},
    {R"PY(def f(**a, b): pass
)PY", R"PY(SyntaxError)PY", R"PY(arguments cannot follow var-keyword argument)PY", 1, 12, 1, 13},
    {R"PY(from x import a,
)PY", R"PY(SyntaxError)PY", R"PY(trailing comma not allowed without surrounding parentheses)PY", 1, 17, 1, 17},
    {R"PY(x = [
)PY", R"PY(SyntaxError)PY", R"PY('[' was never closed)PY", 1, 5, 1, 0},
    {R"PY(print 'hello'
)PY", R"PY(SyntaxError)PY", R"PY(Missing parentheses in call to 'print'. Did you mean print(...)?)PY", 1, 1, 1, 14},
    {R"PY(if x = 1: pass
)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax. Maybe you meant '==' or ':=' instead of '='?)PY", 1, 4, 1, 9},
    {R"PY(a = $
)PY", R"PY(SyntaxError)PY", R"PY(invalid syntax)PY", 1, 5, 1, 6},
    {R"PY(x = 1
  y = 2
)PY", R"PY(IndentationError)PY", R"PY(unexpected indent)PY", 2, 2, 2, -1},
    {R"PY(try:
  x
x
)PY", R"PY(SyntaxError)PY", R"PY(expected 'except' or 'finally' block)PY", 3, 1, 3, 2},
    {R"PY(if x:
        a
	b
)PY", R"PY(TabError)PY", R"PY(inconsistent use of tabs and spaces in indentation)PY", 3, 1, 3, 0},
    {R"PY((yield) = 1
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to yield expression here. Maybe you meant '==' instead of '='?)PY", 1, 2, 1, 7},
    {R"PY([x for x in y] = 1
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to list comprehension here. Maybe you meant '==' instead of '='?)PY", 1, 1, 1, 15},
    {R"PY(a if b else c = 1
)PY", R"PY(SyntaxError)PY", R"PY(cannot assign to conditional expression)PY", 1, 1, 1, 14},
    {R"PY(del *a
)PY", R"PY(SyntaxError)PY", R"PY(cannot delete starred)PY", 1, 5, 1, 7},
};

}  // namespace

TEST_CASE("parser: dump matches CPython's ast.dump") {
  for (const DumpCase& c : kDumpCases) {
    std::string src = c.src;
    CAPTURE(src);
    CHECK(dump_of(c.src) == c.dump);
  }
}

TEST_CASE("parser: syntax errors match CPython's message and position") {
  for (const ErrCase& c : kErrCases) {
    std::string src = c.src;
    CAPTURE(src);
    SyntaxErrorInfo e = error_of(c.src);
    CHECK(e.msg == c.msg);
    CHECK(e.kind == c.kind);
    CHECK(e.line == c.line);
    CHECK(e.col == c.col);
  }
}

TEST_CASE("lexer: indentation") {
  CHECK(dump_of("if a:\n  if b:\n     c\n  d\ne\n") ==
        "Module(body=[If(test=Name(id='a', ctx=Load()), body=[If(test=Name(id='b', ctx=Load()), "
        "body=[Expr(value=Name(id='c', ctx=Load()))], orelse=[]), Expr(value=Name(id='d', ctx=Load()))], "
        "orelse=[]), Expr(value=Name(id='e', ctx=Load()))], type_ignores=[])");
  // No trailing newline, tabs, form feeds, CRLF line ends, comment-only lines.
  CHECK(dump_of("if a:\r\n\tb\r\n# c\r\n") == dump_of("if a:\n    b\n"));
  CHECK(dump_of("if a:\n    b") == dump_of("if a:\n    b\n"));
  CHECK(dump_of("") == "Module(body=[], type_ignores=[])");
  CHECK(dump_of("\n\n  # only a comment\n") == "Module(body=[], type_ignores=[])");
  CHECK(error_of("if a:\n    b\n   c\n").kind == "IndentationError");
}

TEST_CASE("lexer: numbers") {
  CHECK(dump_of("1_0\n") == "Module(body=[Expr(value=Constant(value=10))], type_ignores=[])");
  CHECK(dump_of("0xdead_BEEF\n") == "Module(body=[Expr(value=Constant(value=3735928559))], type_ignores=[])");
  CHECK(dump_of("1e999\n") == "Module(body=[Expr(value=Constant(value=inf))], type_ignores=[])");
  CHECK(dump_of("1if x else 2\n").rfind("Module(body=[Expr(value=IfExp(", 0) == 0);
  CHECK(error_of("1_\n").msg == "invalid decimal literal");
  CHECK(error_of("0b2\n").msg == "invalid digit '2' in binary literal");
}

TEST_CASE("lexer: strings") {
  CHECK(dump_of("'''a\nb'''\n") == "Module(body=[Expr(value=Constant(value='a\\nb'))], type_ignores=[])");
  CHECK(dump_of("'a\\\nb'\n") == "Module(body=[Expr(value=Constant(value='ab'))], type_ignores=[])");
  CHECK(dump_of("RB'\\x'\n") == "Module(body=[Expr(value=Constant(value=b'\\\\x'))], type_ignores=[])");
  CHECK(dump_of("'\\N{EM DASH}\\101\\7'\n") == "Module(body=[Expr(value=Constant(value='\xe2\x80\x94" "A\\x07'))], type_ignores=[])");
  CHECK(error_of("'\\N{NO SUCH NAME}'\n").msg.find("unknown Unicode character name") != std::string::npos);
  CHECK(error_of("'\\x4'\n").msg.find("truncated \\xXX escape") != std::string::npos);
  CHECK(error_of("'a' b'b'\n").msg == "cannot mix bytes and nonbytes literals");
  CHECK(dump_of("\xc3\xa9t\xc3\xa9 = 1\n") ==
        "Module(body=[Assign(targets=[Name(id='\xc3\xa9t\xc3\xa9', ctx=Store())], value=Constant(value=1))], type_ignores=[])");
}

TEST_CASE("lexer: f-strings") {
  CHECK(dump_of("f'{a}{{}}'\n") ==
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=-1), "
        "Constant(value='{}')]))], type_ignores=[])");
  CHECK(dump_of("f''\n") == "Module(body=[Expr(value=JoinedStr(values=[]))], type_ignores=[])");
  CHECK(dump_of("f'{x = }'\n") ==
        "Module(body=[Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', "
        "ctx=Load()), conversion=114)]))], type_ignores=[])");
  CHECK(dump_of("f'{a[\"k\"]!a}'\n") ==
        "Module(body=[Expr(value=JoinedStr(values=[FormattedValue(value=Subscript(value=Name(id='a', ctx=Load()), "
        "slice=Constant(value='k'), ctx=Load()), conversion=97)]))], type_ignores=[])");
  CHECK(error_of("f'{a b}'\n").msg.rfind("f-string: ", 0) == 0);
  CHECK(error_of("f'}'\n").msg == "f-string: single '}' is not allowed");
  CHECK(error_of("f'{x:{y:{z}}}'\n").msg == "f-string: expressions nested too deeply");
}

TEST_CASE("parser: soft keywords") {
  CHECK(dump_of("match(x)\n") ==
        "Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], "
        "keywords=[]))], type_ignores=[])");
  CHECK(dump_of("match[x]: int = 3\n").rfind("Module(body=[AnnAssign(", 0) == 0);
  CHECK(dump_of("_ = case = match = 1\n").rfind("Module(body=[Assign(", 0) == 0);
}

TEST_CASE("parser: eval mode") {
  Module m;
  SyntaxErrorInfo err;
  REQUIRE(parse("  1 + x\n", "<e>", ParseMode::Eval, m, err));
  CHECK(dump(m) == "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Name(id='x', ctx=Load())))");
}

TEST_CASE("parser: robustness (never crashes, bounded nesting)") {
  CHECK(error_of(std::string(300, '(')).msg == "too many nested parentheses");
  // Past CPython's parser stack (6000 rule calls): MemoryError, as CPython.
  CHECK(error_of("x = " + std::string(100000, '-') + "1\n").kind == "MemoryError");
  {
    // Left-recursive chains do not grow the parser's stack: they parse, and
    // the tree depth lets the compiler raise RecursionError (vm/compiler.cpp).
    std::string sum = "1";
    for (int i = 0; i < 100000; ++i) sum += "+1";
    Module m;
    SyntaxErrorInfo err;
    REQUIRE(parse(sum + "\n", "<t>", ParseMode::File, m, err));
    CHECK(m.depth == 100002);  // the statement, 100000 BinOps, the last operand
    CHECK(tree_depth(m) == 100002);
  }
  CHECK(error_of(std::string("a\0b", 3)).msg == "source code string cannot contain null bytes");
  CHECK(error_of("x = '\xff'\n").msg.find("can't decode byte 0xff") != std::string::npos);
  std::string big;
  for (int i = 0; i < 5000; ++i) big += "x" + std::to_string(i) + " = [i * 2 for i in range(10)] + f'{i!r:>4}'\n";
  CHECK(dump_of(big).rfind("Module(", 0) == 0);
  // Random byte mutations of a valid program must never crash.
  const std::string base =
      "def f(a, *b, c=1, **d):\n    return [x async for x in a if x] or {k: v for k, v in d.items()}\n"
      "class C(B):\n    x: int = 3\n    match y:\n        case [1, *r] | {'k': _}:\n            pass\n"
      "s = f'{a!r:>{w}}' rb'\\x00' '''t\n'''\nwith (a as b, c):\n    del a[1:2, ::3]\n";
  std::mt19937 rng(12345);
  const char alphabet[] = "()[]{}:;,.=+-*/\\'\"#@!~ \n\tabcfrx019_\xc3\xa9\xff";
  for (int iter = 0; iter < 3000; ++iter) {
    std::string s = base;
    int edits = 1 + int(rng() % 4);
    for (int k = 0; k < edits; ++k) {
      size_t pos = rng() % s.size();
      switch (rng() % 3) {
        case 0: s[pos] = alphabet[rng() % (sizeof alphabet - 1)]; break;
        case 1: s.insert(pos, 1, alphabet[rng() % (sizeof alphabet - 1)]); break;
        default: s.erase(pos, 1); break;
      }
    }
    Module m;
    SyntaxErrorInfo err;
    if (parse(s, "<fuzz>", ParseMode::File, m, err)) CHECK(!dump(m).empty());
    else CHECK(!err.msg.empty());
  }
}
