# stdlib/ast.py — Python's abstract syntax trees: parse() (through minipy's own
# parser, converted by the native _astconv module into the node classes of
# _ast.py), literal_eval, dump, the location helpers, walk/iter_*, the
# NodeVisitor/NodeTransformer bases, get_docstring/get_source_segment, and
# unparse (implemented in _ast_unparse.py). Output matches CPython 3.11.
# compile() of a tree: _astconv.compile(tree, filename, mode) (stdlib/_astconv_compile.cpp).
import sys
from _ast import *
import _ast
import _astconv



def _decode_source(data):
    """Decode source bytes like the compiler: a BOM or coding cookie, else UTF-8."""
    import tokenize
    import io
    try:
        encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError:
        raise
    text = data.decode(encoding)
    if text.startswith('\ufeff'):
        text = text[1:]
    return text


def _parse_func_type(source, filename):
    # "(argtypes) -> returns": parsed as two expressions.
    text = source.strip()
    depth = 0
    for i, ch in enumerate(text):
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == '-' and depth == 0 and text[i:i + 2] == '->':
            args = _astconv.parse(text[:i], filename, 'eval', _ast.__dict__).body
            returns = _astconv.parse(text[i + 2:].strip(), filename, 'eval', _ast.__dict__).body
            if isinstance(args, Tuple):
                argtypes = args.elts
            else:
                argtypes = [args]
            return FunctionType(argtypes=argtypes, returns=returns)
    raise SyntaxError('invalid syntax', (filename, 1, 1, source, 1, 1))


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse the source into an AST node (like compile(source, filename, mode, PyCF_ONLY_AST))."""
    if isinstance(source, AST):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        source = _decode_source(bytes(source))
    elif not isinstance(source, str):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    filename = filename if isinstance(filename, str) else __import__('os').fsdecode(filename)
    if '\0' in source:
        raise SyntaxError('source code string cannot contain null bytes')
    if mode == 'func_type':
        return _parse_func_type(source, filename)
    if mode not in ('exec', 'eval', 'single'):
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    return _astconv.parse(_hide_cookie(source), filename, mode, _ast.__dict__)


def _hide_cookie(text):
    # The text is already decoded, but minipy's parser would honour a PEP 263
    # coding comment on line 1 or 2 and transcode again; comments are not
    # part of the tree, so the cookie is made unrecognisable (same length).
    head = text[:400].split('\n', 2)[:2]
    if not any('coding' in line for line in head):
        return text
    import tokenize
    lines = text.split('\n', 2)
    for i in range(min(2, len(lines))):
        if tokenize.cookie_re.match(lines[i]):
            lines[i] = lines[i].replace('coding', 'codinG')
            break
        if not tokenize.blank_re.match(lines[i].encode('utf-8', 'surrogatepass')):
            break
    return '\n'.join(lines)


def literal_eval(node_or_string):
    """Evaluate an expression node or a string containing only a Python
    expression made of literals: strings, bytes, numbers, tuples, lists,
    dicts, sets, booleans, None and Ellipsis."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string.lstrip(' \t'), mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        msg = 'malformed node or string'
        line = getattr(node, 'lineno', None)
        if line:
            msg += f' on line {line}'
        raise ValueError(msg + f': {node!r}')

    def number(node):
        if not isinstance(node, Constant) or type(node.value) not in (int, float, complex):
            malformed(node)
        return node.value

    def signed_number(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            value = number(node.operand)
            return +value if isinstance(node.op, UAdd) else -value
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, Tuple):
            return tuple(convert(e) for e in node.elts)
        if isinstance(node, List):
            return [convert(e) for e in node.elts]
        if isinstance(node, Set):
            return {convert(e) for e in node.elts}
        if (isinstance(node, Call) and isinstance(node.func, Name) and node.func.id == 'set'
                and node.args == node.keywords == []):
            return set()
        if isinstance(node, Dict):
            if len(node.keys) != len(node.values):
                malformed(node)
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            left = signed_number(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed_number(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """Return a formatted dump of the tree in node (for debugging)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    missing = object()

    # Returns (text, simple): `simple` when the value fits on one line with its siblings.
    def fmt(value, level):
        if indent is not None:
            level += 1
            prefix = '\n' + indent * level
            sep = ',\n' + indent * level
        else:
            prefix = ''
            sep = ', '
        if isinstance(value, AST):
            cls = type(value)
            parts = []
            simple = True
            named = annotate_fields
            for name in value._fields:
                v = getattr(value, name, missing)
                if v is missing or (v is None and getattr(cls, name, missing) is None):
                    named = True  # later fields must be named once one is skipped
                    continue
                text, s = fmt(v, level)
                simple = simple and s
                parts.append(f'{name}={text}' if named else text)
            if include_attributes and value._attributes:
                for name in value._attributes:
                    v = getattr(value, name, missing)
                    if v is missing or (v is None and getattr(cls, name, missing) is None):
                        continue
                    text, s = fmt(v, level)
                    simple = simple and s
                    parts.append(f'{name}={text}')
            if simple and len(parts) <= 3:
                return '%s(%s)' % (cls.__name__, ', '.join(parts)), not parts
            return '%s(%s%s)' % (cls.__name__, prefix, sep.join(parts)), False
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[%s%s]' % (prefix, sep.join(fmt(x, level)[0] for x in value)), False
        return repr(value), True

    return fmt(node, 0)[0]


_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


def copy_location(new_node, old_node):
    """Copy the source location (lineno, col_offset, end_lineno, end_col_offset)
    from old_node to new_node if possible, and return new_node."""
    for attr in _POSITIONS:
        if attr in old_node._attributes and attr in new_node._attributes:
            value = getattr(old_node, attr, None)
            if value is not None or (hasattr(old_node, attr) and attr.startswith('end_')):
                setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node that has none the location of its parent (1, 0 at the top)."""
    def fix(node, lineno, col_offset, end_lineno, end_col_offset):
        attrs = node._attributes
        if 'lineno' in attrs:
            if hasattr(node, 'lineno'):
                lineno = node.lineno
            else:
                node.lineno = lineno
        if 'end_lineno' in attrs:
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
        if 'col_offset' in attrs:
            if hasattr(node, 'col_offset'):
                col_offset = node.col_offset
            else:
                node.col_offset = col_offset
        if 'end_col_offset' in attrs:
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col_offset
            else:
                end_col_offset = node.end_col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset, end_lineno, end_col_offset)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Increment the line number and end line number of each node in the tree
    starting at node by n."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


def iter_fields(node):
    """Yield a tuple of (fieldname, value) for each field in node._fields that
    is present on node."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield all direct child nodes of node: the nodes among its fields and
    in the lists among its fields."""
    for name in node._fields:
        try:
            field = getattr(node, name)
        except AttributeError:
            continue
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """Return the docstring of a function, class or module node (None when it
    has none); with clean, indentation is cleaned up with inspect.cleandoc."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    value = node.body[0].value
    if not (isinstance(value, Constant) and isinstance(value.value, str)):
        return None
    text = value.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _splitlines_no_ff(source):
    """Split a string into lines ignoring form feed and other chars (like the
    parser's idea of lines: only \\r\\n, \\r and \\n end a line)."""
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\r':
            end = i + 2 if source[i + 1:i + 2] == '\n' else i + 1
            lines.append(source[start:end])
            start = i = end
            continue
        if c == '\n':
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(source):
    """Replace all chars except '\\f\\t' in a line with spaces."""
    return ''.join(c if c in '\f\t' else ' ' for c in source)


def get_source_segment(source, node, *, padded=False):
    """Get the source code segment of the source that generated node (None if
    location information is missing)."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        lineno = node.lineno - 1
        end_lineno = node.end_lineno - 1
        col_offset = node.col_offset
        end_col_offset = node.end_col_offset
    except AttributeError:
        return None
    lines = _splitlines_no_ff(source)
    if end_lineno == lineno:
        return lines[lineno].encode()[col_offset:end_col_offset].decode()
    if padded:
        padding = _pad_whitespace(lines[lineno].encode()[:col_offset].decode())
    else:
        padding = ''
    first = padding + lines[lineno].encode()[col_offset:].decode()
    last = lines[end_lineno].encode()[:end_col_offset].decode()
    lines = lines[lineno + 1:end_lineno]
    lines.insert(0, first)
    lines.append(last)
    return ''.join(lines)


def walk(node):
    """Recursively yield all descendant nodes in the tree starting at node
    (including node itself), in breadth-first order."""
    from collections import deque
    todo = deque([node])
    while todo:
        node = todo.popleft()
        todo.extend(iter_child_nodes(node))
        yield node


_const_node_type_names = {
    bool: 'NameConstant',
    type(None): 'NameConstant',
    int: 'Num',
    float: 'Num',
    complex: 'Num',
    str: 'Str',
    bytes: 'Bytes',
    type(...): 'Ellipsis',
}


class NodeVisitor(object):
    """A node visitor base class that walks the abstract syntax tree and calls a
    visitor function (visit_<classname>) for every node found."""

    def visit(self, node):
        """Visit a node."""
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        """Called if no explicit visitor function exists for a node."""
        for field, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)

    def visit_Constant(self, node):
        value = node.value
        type_name = _const_node_type_names.get(type(value))
        if type_name is None:
            for cls, name in _const_node_type_names.items():
                if isinstance(value, cls):
                    type_name = name
                    break
        if type_name is not None:
            method = 'visit_' + type_name
            try:
                visitor = getattr(self, method)
            except AttributeError:
                pass
            else:
                import warnings
                warnings.warn(f'{method} is deprecated; add visit_Constant',
                              DeprecationWarning, 2)
                return visitor(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor subclass that walks the abstract syntax tree and allows
    modification of nodes: the return value of a visitor method replaces the
    node (None removes it; a list of nodes is spliced into a list field)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        if not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


def unparse(ast_obj):
    """Turn an AST back into source code that produces an equivalent tree."""
    from _ast_unparse import _Unparser
    return _Unparser().visit(ast_obj)


def main():
    import argparse
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', type=argparse.FileType(mode='rb'), nargs='?', default='-',
                        help='the file to parse; defaults to stdin')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval', 'func_type'),
                        help='specify what kind of code must be parsed')
    parser.add_argument('--no-type-comments', default=True, action='store_false',
                        help="don't add information about type comments")
    parser.add_argument('-a', '--include-attributes', action='store_true',
                        help='include attributes such as line numbers and column offsets')
    parser.add_argument('-i', '--indent', type=int, default=3,
                        help='indentation of nodes (number of spaces)')
    args = parser.parse_args()
    with args.infile as infile:
        source = infile.read()
    tree = parse(source, args.infile.name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
