# stdlib/_ast_unparse.py — ast.unparse: turns a tree of ast nodes back into
# source text, character for character as CPython 3.11 writes it: operator
# precedence decides the parentheses, string literals pick the quote that needs
# no escapes, f-strings avoid backslashes inside replacement fields, `elif`
# chains are folded back, and a blank line precedes each def/class.
# Must not: depend on the parser (it works on any hand-built tree).
import sys
from contextlib import contextmanager, nullcontext
from _ast import *
from ast import NodeVisitor

# Precedence levels, weakest binding first (an expression of a weaker level
# inside a stronger context needs parentheses).
NAMED_EXPR, TUPLE, YIELD, TEST, OR, AND, NOT, CMP, EXPR, BXOR, BAND, SHIFT, ARITH, TERM, \
    FACTOR, POWER, AWAIT, ATOM = range(1, 19)
BOR = EXPR


def _next(level):
    return level + 1 if level < ATOM else ATOM


_INFSTR = '1e' + repr(sys.float_info.max_10_exp + 1)
_SINGLE_QUOTES = ("'", '"')
_MULTI_QUOTES = ('"""', "'''")
_ALL_QUOTES = (*_SINGLE_QUOTES, *_MULTI_QUOTES)

_UNARY = {'Invert': ('~', FACTOR), 'Not': ('not', NOT), 'UAdd': ('+', FACTOR), 'USub': ('-', FACTOR)}
_BINARY = {
    'Add': ('+', ARITH), 'Sub': ('-', ARITH), 'Mult': ('*', TERM), 'MatMult': ('@', TERM),
    'Div': ('/', TERM), 'Mod': ('%', TERM), 'LShift': ('<<', SHIFT), 'RShift': ('>>', SHIFT),
    'BitOr': ('|', BOR), 'BitXor': ('^', BXOR), 'BitAnd': ('&', BAND), 'FloorDiv': ('//', TERM),
    'Pow': ('**', POWER),
}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
            'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOL = {'And': ('and', AND), 'Or': ('or', OR)}


_ESCAPES = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}


def _unicode_escape(c):
    """c.encode('unicode_escape').decode('ascii') for one character."""
    if c in _ESCAPES:
        return _ESCAPES[c]
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def _quote_literal(string, quote_types=_ALL_QUOTES, escape_whitespace=False):
    """The body of a string literal for `string` and the quotes that can
    delimit it without escaping (best first)."""
    def escape(c):
        if not escape_whitespace and c in '\n\t':
            return c
        if c == '\\' or not c.isprintable():
            return _unicode_escape(c)
        return c
    body = ''.join(map(escape, string))
    candidates = quote_types
    if '\n' in body:
        candidates = [q for q in candidates if q in _MULTI_QUOTES]
    candidates = [q for q in candidates if q not in body]
    if not candidates:
        # Nothing fits: use repr's escaping, keeping a triple quote if asked for.
        text = repr(string)
        quote = next((q for q in quote_types if text[0] in q), text[0])
        return text[1:-1], [quote]
    if body:
        # Prefer a quote that differs from the last character ('''"''' over """\"""").
        candidates.sort(key=lambda q: q[0] == body[-1])
        if candidates[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, candidates


class _Unparser(NodeVisitor):
    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._precedences = {}
        self._type_ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # ------------------------------------------------------------ output helpers
    def visit(self, node):
        self._source = []
        self.traverse(node)
        return ''.join(self._source)

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def write(self, *text):
        self._source.extend(text)

    def maybe_newline(self):
        if self._source:
            self.write('\n')

    def fill(self, text=''):
        self.maybe_newline()
        self.write('    ' * self._indent + text)

    def interleave(self, between, each, seq):
        first = True
        for item in seq:
            if not first:
                between()
            first = False
            each(item)

    def items_view(self, each, items):
        """A tuple's items: a single one keeps its trailing comma."""
        if len(items) == 1:
            each(items[0])
            self.write(',')
        else:
            self.interleave(lambda: self.write(', '), each, items)

    @contextmanager
    def buffered(self, buffer=None):
        if buffer is None:
            buffer = []
        saved = self._source
        self._source = buffer
        try:
            yield buffer
        finally:
            self._source = saved

    @contextmanager
    def block(self, *, extra=None):
        self.write(':')
        if extra:
            self.write(extra)
        self._indent += 1
        try:
            yield
        finally:
            self._indent -= 1

    @contextmanager
    def delimit(self, start, end):
        self.write(start)
        yield
        self.write(end)

    def delimit_if(self, start, end, condition):
        return self.delimit(start, end) if condition else nullcontext()

    def require_parens(self, level, node):
        return self.delimit_if('(', ')', self.get_precedence(node) > level)

    def get_precedence(self, node):
        return self._precedences.get(node, TEST)

    def set_precedence(self, level, *nodes):
        for node in nodes:
            self._precedences[node] = level

    def get_raw_docstring(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)) or not node.body:
            return None
        first = node.body[0]
        if not isinstance(first, Expr):
            return None
        value = first.value
        if isinstance(value, Constant) and isinstance(value.value, str):
            return value
        return None

    def get_type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return f' # type: {comment}'
        return None

    def _write_docstring_and_traverse_body(self, node):
        doc = self.get_raw_docstring(node)
        if doc:
            self._write_docstring(doc)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    # ------------------------------------------------------------ modules and statements
    def visit_Module(self, node):
        self._type_ignores = {ignore.lineno: f'ignore{ignore.tag}' for ignore in node.type_ignores}
        self._write_docstring_and_traverse_body(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        with self.delimit('(', ')'):
            self.interleave(lambda: self.write(', '), self.traverse, node.argtypes)
        self.write(' -> ')
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(NAMED_EXPR, node):
            self.set_precedence(ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill('import ')
        self.interleave(lambda: self.write(', '), self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.interleave(lambda: self.write(', '), self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        comment = self.get_type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINARY[node.op.__class__.__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if('(', ')', not node.simple and isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.interleave(lambda: self.write(', '), self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ')
        self.interleave(lambda: self.write(', '), self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ')
        self.interleave(lambda: self.write(', '), self.write, node.names)

    def visit_Await(self, node):
        with self.require_parens(AWAIT, node):
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(YIELD, node):
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_precedence(ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(YIELD, node):
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def _try(self, node, star):
        saved = self._in_try_star
        self._in_try_star = star
        try:
            self.fill('try')
            with self.block():
                self.traverse(node.body)
            for handler in node.handlers:
                self.traverse(handler)
            if node.orelse:
                self.fill('else')
                with self.block():
                    self.traverse(node.orelse)
            if node.finalbody:
                self.fill('finally')
                with self.block():
                    self.traverse(node.finalbody)
        finally:
            self._in_try_star = saved

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ')
            self.write(node.name)
        with self.block():
            self.traverse(node.body)

    def _decorators(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)

    def _comma_list(self, *groups):
        first = True
        for group in groups:
            for item in group:
                if not first:
                    self.write(', ')
                first = False
                self.traverse(item)

    def visit_ClassDef(self, node):
        self._decorators(node)
        self.fill('class ' + node.name)
        with self.delimit_if('(', ')', node.bases or node.keywords):
            self._comma_list(node.bases, node.keywords)
        with self.block():
            self._write_docstring_and_traverse_body(node)

    def _function(self, node, keyword):
        self._decorators(node)
        self.fill(keyword + ' ' + node.name)
        with self.delimit('(', ')'):
            self.traverse(node.args)
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        with self.block(extra=self.get_type_comment(node)):
            self._write_docstring_and_traverse_body(node)

    def visit_FunctionDef(self, node):
        self._function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _for(self, node, keyword):
        self.fill(keyword)
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def visit_For(self, node):
        self._for(node, 'for ')

    def visit_AsyncFor(self, node):
        self._for(node, 'async for ')

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        # An else branch holding a single if is written as elif.
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def _with(self, node, keyword):
        self.fill(keyword)
        self.interleave(lambda: self.write(', '), self.traverse, node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_With(self, node):
        self._with(node, 'with ')

    def visit_AsyncWith(self, node):
        self._with(node, 'async with ')

    # ------------------------------------------------------------ strings
    def _write_str_avoiding_backslashes(self, string, *, quote_types=_ALL_QUOTES):
        string, quote_types = _quote_literal(string, quote_types)
        quote = quote_types[0]
        self.write(f'{quote}{string}{quote}')

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            with self.buffered() as buffer:
                self._write_fstring_inner(node)
            return self._write_str_avoiding_backslashes(''.join(buffer))
        # Literal parts may use escapes (f"{x}\n"); replacement fields may not.
        parts = []
        for value in node.values:
            with self.buffered() as buffer:
                self._write_fstring_inner(value)
            parts.append((''.join(buffer), isinstance(value, Constant)))
        quote_types = list(_ALL_QUOTES)
        texts = []
        for text, is_literal in parts:
            text, quote_types = _quote_literal(text, quote_types, escape_whitespace=is_literal)
            texts.append(text)
        quote = quote_types[0]
        self.write(f"{quote}{''.join(texts)}{quote}")

    def _write_fstring_inner(self, node):
        if isinstance(node, JoinedStr):
            for value in node.values:
                self._write_fstring_inner(value)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(_next(TEST), node.value)
        text = inner.visit(node.value)
        with self.delimit('{', '}'):
            if '\\' in text:
                raise ValueError('Unable to avoid backslash in f-string expression part')
            if text.startswith('{'):
                self.write(' ')  # '{ {' is not an escaped brace
            self.write(text)
            if node.conversion != -1:
                self.write(f'!{chr(node.conversion)}')
            if node.format_spec:
                self.write(':')
                self._write_fstring_inner(node.format_spec)

    def visit_Name(self, node):
        self.write(node.id)

    def _write_docstring(self, node):
        self.fill()
        if node.kind == 'u':
            self.write('u')
        self._write_str_avoiding_backslashes(node.value, quote_types=_MULTI_QUOTES)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            # Infinities become an overflowing literal, NaNs inf - inf.
            self.write(repr(value).replace('inf', _INFSTR).replace('nan', f'({_INFSTR}-{_INFSTR})'))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_str_avoiding_backslashes(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit('(', ')'):
                self.items_view(self._write_constant, value)
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self._write_constant(node.value)

    # ------------------------------------------------------------ displays and comprehensions
    def visit_List(self, node):
        with self.delimit('[', ']'):
            self.interleave(lambda: self.write(', '), self.traverse, node.elts)

    def _comprehension(self, node, open_, close):
        with self.delimit(open_, close):
            self.traverse(node.elt)
            for gen in node.generators:
                self.traverse(gen)

    def visit_ListComp(self, node):
        self._comprehension(node, '[', ']')

    def visit_GeneratorExp(self, node):
        self._comprehension(node, '(', ')')

    def visit_SetComp(self, node):
        self._comprehension(node, '{', '}')

    def visit_DictComp(self, node):
        with self.delimit('{', '}'):
            self.traverse(node.key)
            self.write(': ')
            self.traverse(node.value)
            for gen in node.generators:
                self.traverse(gen)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(_next(TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.traverse(cond)

    def visit_IfExp(self, node):
        with self.require_parens(TEST, node):
            self.set_precedence(_next(TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_precedence(TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit('{', '}'):
                self.interleave(lambda: self.write(', '), self.traverse, node.elts)
        else:
            # `{}` is a dict and `set` may be shadowed.
            self.write('{*()}')

    def visit_Dict(self, node):
        def item(pair):
            key, value = pair
            if key is None:
                self.write('**')
                self.set_precedence(EXPR, value)
                self.traverse(value)
            else:
                self.traverse(key)
                self.write(': ')
                self.traverse(value)
        with self.delimit('{', '}'):
            self.interleave(lambda: self.write(', '), item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if('(', ')', len(node.elts) == 0 or self.get_precedence(node) > TUPLE):
            self.items_view(self.traverse, node.elts)

    # ------------------------------------------------------------ operators
    def visit_UnaryOp(self, node):
        op, level = _UNARY[node.op.__class__.__name__]
        with self.require_parens(level, node):
            self.write(op)
            if level != FACTOR:
                self.write(' ')  # +1, -x and ~x stay glued to their operand
            self.set_precedence(level, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        op, level = _BINARY[node.op.__class__.__name__]
        with self.require_parens(level, node):
            if op == '**':  # right-associative
                left, right = _next(level), level
            else:
                left, right = level, _next(level)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(f' {op} ')
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(CMP, node):
            self.set_precedence(_next(CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _COMPARE[op.__class__.__name__] + ' ')
                self.traverse(right)

    def visit_BoolOp(self, node):
        op, level = _BOOL[node.op.__class__.__name__]
        current = level

        def operand(value):
            # Each operand binds one level tighter than the previous one.
            nonlocal current
            current = _next(current)
            self.set_precedence(current, value)
            self.traverse(value)

        with self.require_parens(level, node):
            self.interleave(lambda: self.write(f' {op} '), operand, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')  # `3.real` would be a float literal
        self.write('.')
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(ATOM, node.func)
        self.traverse(node.func)
        with self.delimit('(', ')'):
            self._comma_list(node.args, node.keywords)

    def visit_Subscript(self, node):
        self.set_precedence(ATOM, node.value)
        self.traverse(node.value)
        with self.delimit('[', ']'):
            if isinstance(node.slice, Tuple) and node.slice.elts:
                self.items_view(self.traverse, node.slice.elts)
            else:
                self.traverse(node.slice)

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write('...')

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    # ------------------------------------------------------------ match statements
    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        with self.block():
            self.traverse(node.body)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit('[', ']'):
            self.interleave(lambda: self.write(', '), self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        self.write(f"*{'_' if node.name is None else node.name}")

    def visit_MatchMapping(self, node):
        def pair(item):
            key, pattern = item
            self.traverse(key)
            self.write(': ')
            self.traverse(pattern)
        with self.delimit('{', '}'):
            keys = node.keys
            self.interleave(lambda: self.write(', '), pair, zip(keys, node.patterns, strict=True))
            if node.rest is not None:
                if keys:
                    self.write(', ')
                self.write(f'**{node.rest}')

    def visit_MatchClass(self, node):
        self.set_precedence(ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit('(', ')'):
            patterns = node.patterns
            self.interleave(lambda: self.write(', '), self.traverse, patterns)
            if node.kwd_attrs:
                def keyword(item):
                    attr, pattern = item
                    self.write(f'{attr}=')
                    self.traverse(pattern)
                if patterns:
                    self.write(', ')
                self.interleave(lambda: self.write(', '), keyword,
                                zip(node.kwd_attrs, node.kwd_patterns, strict=True))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(TEST, node):
                self.set_precedence(BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(f' as {node.name}')

    def visit_MatchOr(self, node):
        with self.require_parens(BOR, node):
            self.set_precedence(_next(BOR), *node.patterns)
            self.interleave(lambda: self.write(' | '), self.traverse, node.patterns)

    # ------------------------------------------------------------ function pieces
    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = True

        def sep():
            nonlocal first
            if not first:
                self.write(', ')
            first = False

        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for index, (arg, default) in enumerate(zip(positional, defaults), 1):
            sep()
            self.traverse(arg)
            if default:
                self.write('=')
                self.traverse(default)
            if index == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            sep()
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        for arg, default in zip(node.kwonlyargs, node.kw_defaults):
            self.write(', ')
            self.traverse(arg)
            if default:
                self.write('=')
                self.traverse(default)
        if node.kwarg:
            sep()
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg)
            self.write('=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(TEST, node):
            self.write('lambda')
            with self.buffered() as buffer:
                self.traverse(node.args)
            if buffer:
                self.write(' ', *buffer)
            self.write(': ')
            self.set_precedence(TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)
