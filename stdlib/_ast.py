# stdlib/_ast.py — the node classes of Python's abstract syntax tree (the
# `ast` module re-exports them). They are built at import time from the
# abstract grammar below (CPython 3.11's node types and fields), so every class
# has CPython's name, base, _fields, _attributes, __match_args__ and __doc__.
# The C++ parse tree is turned into instances of these classes by the native
# `_astconv` module (stdlib/_astconv.cpp); ast.parse calls it.
# Must not: parse anything itself.

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

# One entry per line: `sum = Alt(type name, ...) | Alt2 | ...` with an optional
# `@ attributes` line; `product(...)` for types with a single constructor.
_GRAMMAR = """
mod = Module(stmt* body, type_ignore* type_ignores) | Interactive(stmt* body) | Expression(expr body) | FunctionType(expr* argtypes, expr returns)
stmt = FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) | AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment) | ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list) | Return(expr? value) | Delete(expr* targets) | Assign(expr* targets, expr value, string? type_comment) | AugAssign(expr target, operator op, expr value) | AnnAssign(expr target, expr annotation, expr? value, int simple) | For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment) | While(expr test, stmt* body, stmt* orelse) | If(expr test, stmt* body, stmt* orelse) | With(withitem* items, stmt* body, string? type_comment) | AsyncWith(withitem* items, stmt* body, string? type_comment) | Match(expr subject, match_case* cases) | Raise(expr? exc, expr? cause) | Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody) | Assert(expr test, expr? msg) | Import(alias* names) | ImportFrom(identifier? module, alias* names, int? level) | Global(identifier* names) | Nonlocal(identifier* names) | Expr(expr value) | Pass | Break | Continue
@ int lineno, int col_offset, int? end_lineno, int? end_col_offset
expr = BoolOp(boolop op, expr* values) | NamedExpr(expr target, expr value) | BinOp(expr left, operator op, expr right) | UnaryOp(unaryop op, expr operand) | Lambda(arguments args, expr body) | IfExp(expr test, expr body, expr orelse) | Dict(expr* keys, expr* values) | Set(expr* elts) | ListComp(expr elt, comprehension* generators) | SetComp(expr elt, comprehension* generators) | DictComp(expr key, expr value, comprehension* generators) | GeneratorExp(expr elt, comprehension* generators) | Await(expr value) | Yield(expr? value) | YieldFrom(expr value) | Compare(expr left, cmpop* ops, expr* comparators) | Call(expr func, expr* args, keyword* keywords) | FormattedValue(expr value, int conversion, expr? format_spec) | JoinedStr(expr* values) | Constant(constant value, string? kind) | Attribute(expr value, identifier attr, expr_context ctx) | Subscript(expr value, expr slice, expr_context ctx) | Starred(expr value, expr_context ctx) | Name(identifier id, expr_context ctx) | List(expr* elts, expr_context ctx) | Tuple(expr* elts, expr_context ctx) | Slice(expr? lower, expr? upper, expr? step)
@ int lineno, int col_offset, int? end_lineno, int? end_col_offset
expr_context = Load | Store | Del
boolop = And | Or
operator = Add | Sub | Mult | MatMult | Div | Mod | Pow | LShift | RShift | BitOr | BitXor | BitAnd | FloorDiv
unaryop = Invert | Not | UAdd | USub
cmpop = Eq | NotEq | Lt | LtE | Gt | GtE | Is | IsNot | In | NotIn
comprehension(expr target, expr iter, expr* ifs, int is_async)
excepthandler = ExceptHandler(expr? type, identifier? name, stmt* body)
@ int lineno, int col_offset, int? end_lineno, int? end_col_offset
arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
arg(identifier arg, expr? annotation, string? type_comment)
@ int lineno, int col_offset, int? end_lineno, int? end_col_offset
keyword(identifier? arg, expr value)
@ int lineno, int col_offset, int? end_lineno, int? end_col_offset
alias(identifier name, identifier? asname)
@ int lineno, int col_offset, int? end_lineno, int? end_col_offset
withitem(expr context_expr, expr? optional_vars)
match_case(pattern pattern, expr? guard, stmt* body)
pattern = MatchValue(expr value) | MatchSingleton(constant value) | MatchSequence(pattern* patterns) | MatchMapping(expr* keys, pattern* patterns, identifier? rest) | MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns) | MatchStar(identifier? name) | MatchAs(pattern? pattern, identifier? name) | MatchOr(pattern* patterns)
@ int lineno, int col_offset, int end_lineno, int end_col_offset
type_ignore = TypeIgnore(int lineno, string tag)
"""


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError('{} constructor takes at most {} positional argument{}'.format(
                type(self).__name__, len(fields), '' if len(fields) == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), self.__dict__ or None


AST.__module__ = 'ast'


def _split_top(text, sep):
    """Split on `sep` outside parentheses."""
    parts, depth, cur = [], 0, ''
    for ch in text:
        if ch == '(':
            depth += 1
        elif ch == ')':
            depth -= 1
        if ch == sep and depth == 0:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += ch
    parts.append(cur.strip())
    return parts


def _parse_ctor(text):
    """'Name(identifier id, expr_context ctx)' -> ('Name', [(type, quant, name)...])"""
    name, paren, rest = text.partition('(')
    fields = []
    if paren:
        for f in rest.rstrip(')').split(','):
            ftype, fname = f.split()
            quant = ''
            if ftype[-1] in '*?':
                ftype, quant = ftype[:-1], ftype[-1]
            fields.append((ftype, quant, fname))
    return name.strip(), fields


def _ctor_doc(name, fields):
    if not fields:
        return name
    return '{}({})'.format(name, ', '.join('{}{} {}'.format(t, q, n) for t, q, n in fields))


def _make(name, base, fields, attributes, doc, ns):
    body = {
        '__module__': 'ast',
        '_fields': tuple(n for _, _, n in fields),
        '__match_args__': tuple(n for _, _, n in fields),
        '__doc__': doc,
    }
    # Optional fields and attributes (`?`) default to None on the class.
    for _, q, n in fields:
        if q == '?':
            body[n] = None
    cls = type(name, (base,), body)
    if attributes is not None:
        cls._attributes = tuple(n for _, _, n in attributes)
        for _, q, n in attributes:
            if q == '?':
                setattr(cls, n, None)
    ns[name] = cls
    return cls


def _build(ns):
    lines = [l for l in _GRAMMAR.strip().splitlines()]
    i = 0
    while i < len(lines):
        line = lines[i]
        attrs = None
        if i + 1 < len(lines) and lines[i + 1].startswith('@'):
            attrs = [_parse_ctor('a(' + a.strip() + ')')[1][0]
                     for a in lines[i + 1][1:].split(',')]
            i += 1
        i += 1
        if ' = ' in line:
            tname, _, alts = line.partition(' = ')
            ctors = [_parse_ctor(a) for a in _split_top(alts, '|')]
            # Constructors without fields share one line ('boolop = And | Or').
            simple = all(not f for _, f in ctors)
            pad = ' | ' if simple else '\n' + ' ' * len(tname) + ' | '
            doc = tname + ' = ' + pad.join(_ctor_doc(n, f) for n, f in ctors)
            base = _make(tname, AST, [], attrs, doc, ns)
            if attrs is not None:
                base._attributes = tuple(n for _, _, n in attrs)
            for cname, cfields in ctors:
                _make(cname, base, cfields, None, _ctor_doc(cname, cfields), ns)
        else:
            tname, fields = _parse_ctor(line)
            _make(tname, AST, fields, attrs, _ctor_doc(tname, fields), ns)


_build(globals())

# Every instance of these classes in a parse tree is the same object (as in CPython).
_singletons = {name: globals()[name]() for name in (
    'Load', 'Store', 'Del', 'And', 'Or', 'Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow',
    'LShift', 'RShift', 'BitOr', 'BitXor', 'BitAnd', 'FloorDiv', 'Invert', 'Not', 'UAdd', 'USub',
    'Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn')}


# ---------------------------------------------------------------- deprecated classes
# (kept by CPython 3.11 for compatibility: Num/Str/Bytes/NameConstant/Ellipsis
# build Constant nodes; Index/ExtSlice return their plain equivalents.)
def _getter(self):
    return self.value


def _setter(self, value):
    self.value = value


Constant.n = property(_getter, _setter)
Constant.s = property(_getter, _setter)


class _ABC(type):
    def __init__(cls, *args):
        cls.__doc__ = """Deprecated AST node class. Use ast.Constant instead"""

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _const_types:
            value = inst.value
            try:
                return (isinstance(value, _const_types[cls]) and
                        not isinstance(value, _const_types_not.get(cls, ())))
            except AttributeError:
                return False
        return type.__instancecheck__(cls, inst)


def _new(cls, *args, **kwargs):
    for key in kwargs:
        if key not in cls._fields:
            continue
        pos = cls._fields.index(key)
        if pos < len(args):
            raise TypeError(f"{cls.__name__} got multiple values for argument {key!r}")
    if cls in _const_types:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


for _cls in (Num, Str, Bytes, NameConstant, Ellipsis):
    _cls.__module__ = 'ast'

_const_types = {
    Num: (int, float, complex),
    Str: (str,),
    Bytes: (bytes,),
    NameConstant: (type(None), bool),
    Ellipsis: (type(...),),
}
_const_types_not = {
    Num: (bool,),
}


class slice(AST):
    """Deprecated AST node class."""


class Index(slice):
    """Deprecated AST node class. Use the index value directly instead."""

    def __new__(cls, value, **kwargs):
        return value


class ExtSlice(slice):
    """Deprecated AST node class. Use ast.Tuple instead."""

    def __new__(cls, dims=(), **kwargs):
        return Tuple(list(dims), Load(), **kwargs)


class Suite(mod):
    """Deprecated AST node class.  Unused in Python 3."""


class AugLoad(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class AugStore(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


class Param(expr_context):
    """Deprecated AST node class.  Unused in Python 3."""


for _cls in (slice, Index, ExtSlice, Suite, AugLoad, AugStore, Param):
    _cls.__module__ = 'ast'
del _cls
