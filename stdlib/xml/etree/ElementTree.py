# stdlib/xml/etree/ElementTree.py — the everyday ElementTree API: Element,
# SubElement, ElementTree, fromstring/XML, parse, tostring, dump, indent,
# iter/find/findall/findtext/iterfind with the common ElementPath forms, and
# ParseError. Parsing is a small non-validating XML reader written here (no
# expat): elements, attributes, text/tail, comments and processing
# instructions are skipped, CDATA, character and the predefined entity refs.
# Serialisation follows CPython's (short empty elements "<a />", escaping,
# the XML declaration for a non-unicode encoding other than us-ascii/utf-8).
import io as _io
import re as _re

__all__ = ['Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist', 'indent',
           'iselement', 'iterparse', 'parse', 'ParseError', 'PI', 'ProcessingInstruction',
           'QName', 'SubElement', 'tostring', 'tostringlist', 'TreeBuilder', 'VERSION', 'XML',
           'XMLParser']

VERSION = '1.3.0'


class ParseError(SyntaxError):
    pass


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError('attrib must be dict, not %s' % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return '<%s %r at %#x>' % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __copy__(self):
        return self.copy()

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn("The behavior of this method will change in future versions.  "
                      "Use specific 'len(elem)' or 'elem is not None' test instead.",
                      FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for elt in element:
                self._assert_is_element(elt)
        else:
            self._assert_is_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None):
        return next(self.iterfind(path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        elem = self.find(path, namespaces)
        if elem is None:
            return default
        return elem.text or ''

    def findall(self, path, namespaces=None):
        return list(self.iterfind(path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _iterfind(self, path)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for e in self:
            yield from e.itertext()
            if e.tail:
                yield e.tail


def SubElement(parent, tag, attrib={}, **extra):
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + ' ' + text
    return element


PI = ProcessingInstruction


class QName:
    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = '{%s}%s' % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        if isinstance(other, QName):
            return self.text == other.text
        return self.text == other


# ---------------------------------------------------------------- ElementPath (common subset)
_PATH_TOKEN = _re.compile(r"\.\.|//|/|\.|\*|\[[^\]]*\]|[^/\[\]]+")


def _iterfind(elem, path):
    if path.startswith('/'):
        raise SyntaxError('cannot use absolute path on element')
    tokens = _PATH_TOKEN.findall(path)
    if not tokens:
        raise SyntaxError('invalid path')
    parent_map = None
    nodes = [elem]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == '/':
            i += 1
            continue
        if tok == '.':
            i += 1
            continue
        if tok == '//':
            i += 1
            if i >= len(tokens):
                raise SyntaxError('invalid descendant')
            tok = tokens[i]
            tag = None if tok in ('*', '.') else tok
            new = []
            seen = set()
            for n in nodes:
                for d in n.iter(tag):
                    if d is not n and id(d) not in seen:
                        seen.add(id(d))
                        new.append(d)
            nodes = new
            i += 1
            continue
        if tok == '..':
            if parent_map is None:
                parent_map = {id(c): p for p in elem.iter() for c in p}
            new = []
            for n in nodes:
                p = parent_map.get(id(n))
                if p is not None and p not in new:
                    new.append(p)
            nodes = new
            i += 1
            continue
        if tok.startswith('['):
            nodes = [n for n in nodes if _predicate(n, tok[1:-1])]
            i += 1
            continue
        if tok == '*':
            nodes = [c for n in nodes for c in n if isinstance(c.tag, str)]
        else:
            nodes = [c for n in nodes for c in n if c.tag == tok]
        i += 1
    return iter(nodes)


def _predicate(node, pred):
    pred = pred.strip()
    m = _re.fullmatch(r"@([\w:{}.-]+)(?:\s*(!?=)\s*(['\"])(.*)\3)?", pred)
    if m:
        key, op, _, value = m.groups()
        if op is None:
            return node.get(key) is not None
        return (node.get(key) == value) == (op == '=')
    if pred.isdigit() or pred.startswith('last()'):
        # positional: index among siblings with the same tag is not tracked here
        raise SyntaxError('unsupported path syntax')
    m = _re.fullmatch(r"([\w:{}.-]+|\.)\s*(!?=)\s*(['\"])(.*)\3", pred)
    if m:
        tag, op, _, value = m.groups()
        if tag == '.':
            found = ''.join(node.itertext()) == value
        else:
            found = any(''.join(c.itertext()) == value for c in node if c.tag == tag)
        return found == (op == '=')
    if _re.fullmatch(r'[\w:{}.-]+', pred):
        return any(c.tag == pred for c in node)
    raise SyntaxError('invalid predicate')


# ---------------------------------------------------------------- parsing
_ENTITIES = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}
_NAME_RE = _re.compile(r'[^\s/>=<"\'!?][^\s/>=<"\']*')
_REF_RE = _re.compile(r'&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);')


class TreeBuilder:
    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element

    def close(self):
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = ''.join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = elem = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._elem.append(elem)
        self._tail = 0
        return elem

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last


class XMLParser:
    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._buffer = []
        self.version = 'minipy'

    def feed(self, data):
        if isinstance(data, (bytes, bytearray)):
            data = bytes(data).decode('utf-8')
        self._buffer.append(data)

    def close(self):
        _parse_text(''.join(self._buffer), self.target)
        close = getattr(self.target, 'close', None)
        return close() if close is not None else None


def _position(text, pos):
    line = text.count('\n', 0, pos) + 1
    col = pos - (text.rfind('\n', 0, pos) + 1)
    return line, col


def _error(text, pos, msg='not well-formed (invalid token)'):
    line, col = _position(text, pos)
    err = ParseError('%s: line %d, column %d' % (msg, line, col))
    err.code = 4
    err.position = (line, col)
    return err


def _unescape(text, s, base):
    if '&' not in s:
        return s

    def repl(m):
        ref = m.group(1)
        if ref.startswith('#x'):
            return chr(int(ref[2:], 16))
        if ref.startswith('#'):
            return chr(int(ref[1:]))
        if ref in _ENTITIES:
            return _ENTITIES[ref]
        raise _error(text, base + m.start(), 'undefined entity')
    out = _REF_RE.sub(repl, s)
    if '&' in _REF_RE.sub('', s):
        raise _error(text, base + s.index('&'))
    return out


def _parse_text(text, target):
    pos = 0
    n = len(text)
    stack = []
    seen_root = False
    if text.startswith('\ufeff'):
        pos = 1
    while pos < n:
        lt = text.find('<', pos)
        if lt < 0:
            chunk = text[pos:]
            if stack:
                target.data(_unescape(text, chunk, pos))
            elif chunk.strip():
                raise _error(text, pos, 'junk after document element' if seen_root else 'syntax error')
            pos = n
            break
        if lt > pos:
            chunk = text[pos:lt]
            if stack:
                target.data(_unescape(text, chunk, pos))
            elif chunk.strip():
                raise _error(text, pos, 'junk after document element' if seen_root else 'syntax error')
        if text.startswith('<!--', lt):
            end = text.find('-->', lt + 4)
            if end < 0:
                raise _error(text, lt, 'unclosed token')
            pos = end + 3
            continue
        if text.startswith('<![CDATA[', lt):
            end = text.find(']]>', lt + 9)
            if end < 0:
                raise _error(text, lt, 'unclosed CDATA section')
            if stack:
                target.data(text[lt + 9:end])
            pos = end + 3
            continue
        if text.startswith('<?', lt):
            end = text.find('?>', lt + 2)
            if end < 0:
                raise _error(text, lt, 'unclosed token')
            pos = end + 2
            continue
        if text.startswith('<!', lt):
            depth, p = 0, lt + 2
            while p < n:
                if text[p] == '[':
                    depth += 1
                elif text[p] == ']':
                    depth -= 1
                elif text[p] == '>' and depth <= 0:
                    break
                p += 1
            pos = p + 1
            continue
        if text.startswith('</', lt):
            m = _NAME_RE.match(text, lt + 2)
            if not m:
                raise _error(text, lt + 2)
            tag = m.group()
            p = m.end()
            while p < n and text[p] in ' \t\r\n':
                p += 1
            if p >= n or text[p] != '>':
                raise _error(text, p)
            if not stack or stack[-1] != tag:
                raise _error(text, lt + 2, 'mismatched tag')
            stack.pop()
            target.end(tag)
            pos = p + 1
            continue
        m = _NAME_RE.match(text, lt + 1)
        if not m:
            raise _error(text, lt + 1)
        if seen_root and not stack:
            raise _error(text, lt, 'junk after document element')
        tag = m.group()
        p = m.end()
        attrs = {}
        while True:
            q = p
            while p < n and text[p] in ' \t\r\n':
                p += 1
            if p >= n:
                raise _error(text, n, 'unclosed token')
            if text[p] == '>' or text.startswith('/>', p):
                break
            if p == q:
                raise _error(text, p)
            am = _NAME_RE.match(text, p)
            if not am:
                raise _error(text, p)
            name = am.group()
            p = am.end()
            while p < n and text[p] in ' \t\r\n':
                p += 1
            if p >= n or text[p] != '=':
                raise _error(text, p)
            p += 1
            while p < n and text[p] in ' \t\r\n':
                p += 1
            if p >= n or text[p] not in '"\'':
                raise _error(text, p)
            quote = text[p]
            end = text.find(quote, p + 1)
            if end < 0:
                raise _error(text, p, 'unclosed token')
            raw = text[p + 1:end]
            if '<' in raw:
                raise _error(text, p + 1 + raw.index('<'))
            if name in attrs:
                raise _error(text, am.start(), 'duplicate attribute')
            value = _unescape(text, raw, p + 1)
            # Attribute-value normalisation: literal whitespace characters become spaces.
            attrs[name] = value.replace('\r\n', ' ').replace('\n', ' ').replace('\t', ' ')
            p = end + 1
        target.start(tag, attrs)
        seen_root = True
        if text.startswith('/>', p):
            target.end(tag)
            pos = p + 2
        else:
            stack.append(tag)
            pos = p + 1
    if stack:
        raise _error(text, n, 'no element found')
    if not seen_root:
        raise _error(text, n, 'no element found')


def XML(text, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    events = ('end',) if events is None else tuple(events)
    close = False
    if not hasattr(source, 'read'):
        source = open(source, 'rb')
        close = True
    try:
        data = source.read()
    finally:
        if close:
            source.close()
    out = []

    class _Recorder(TreeBuilder):
        def start(self, tag, attrs):
            e = super().start(tag, attrs)
            if 'start' in events:
                out.append(('start', e))
            return e

        def end(self, tag):
            e = super().end(tag)
            if 'end' in events:
                out.append(('end', e))
            return e
    p = XMLParser(target=_Recorder())
    p.feed(data)
    p.close()
    return iter(out)


# ---------------------------------------------------------------- serialisation
def _escape_cdata(text):
    if '&' in text:
        text = text.replace('&', '&amp;')
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    return text


def _escape_attrib(text):
    if '&' in text:
        text = text.replace('&', '&amp;')
    if '<' in text:
        text = text.replace('<', '&lt;')
    if '>' in text:
        text = text.replace('>', '&gt;')
    if '"' in text:
        text = text.replace('"', '&quot;')
    if '\r' in text:
        text = text.replace('\r', '&#13;')
    if '\n' in text:
        text = text.replace('\n', '&#10;')
    if '\t' in text:
        text = text.replace('\t', '&#09;')
    return text


def _serialize(write, elem, short_empty_elements):
    tag = elem.tag
    text = elem.text
    if tag is Comment:
        write('<!--%s-->' % text)
    elif tag is ProcessingInstruction:
        write('<?%s?>' % text)
    elif tag is None:
        if text:
            write(_escape_cdata(text))
        for e in elem:
            _serialize(write, e, short_empty_elements)
    else:
        if isinstance(tag, QName):
            tag = tag.text
        write('<' + tag)
        for k, v in elem.items():
            if isinstance(k, QName):
                k = k.text
            if isinstance(v, QName):
                v = v.text
            write(' %s="%s"' % (k, _escape_attrib(str(v))))
        if text or len(elem) or not short_empty_elements:
            write('>')
            if text:
                write(_escape_cdata(text))
            for e in elem:
                _serialize(write, e, short_empty_elements)
            write('</' + tag + '>')
        else:
            write(' />')
    if elem.tail:
        write(_escape_cdata(elem.tail))


def tostring(element, encoding=None, method=None, *, xml_declaration=None, default_namespace=None,
             short_empty_elements=True):
    stream = _io.StringIO() if encoding == 'unicode' else _io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    import sys
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f'Initial indentation level must be >= 0, got {level}')
    if not len(tree):
        return
    indentations = ['\n' + level * space]

    def _indent_children(elem, level):
        child_level = level + 1
        try:
            child_indentation = indentations[child_level]
        except IndexError:
            child_indentation = indentations[level] + space
            indentations.append(child_indentation)
        if not elem.text or not elem.text.strip():
            elem.text = child_indentation
        for child in elem:
            if len(child):
                _indent_children(child, child_level)
            if not child.tail or not child.tail.strip():
                child.tail = child_indentation
        if not child.tail.strip():
            child.tail = indentations[level]
    _indent_children(tree, 0)


class ElementTree:
    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        close_source = False
        if not hasattr(source, 'read'):
            source = open(source, 'rb')
            close_source = True
        try:
            if parser is None:
                parser = XMLParser()
            parser.feed(source.read())
            self._root = parser.close()
            return self._root
        finally:
            if close_source:
                source.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.iterfind(path, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None, default_namespace=None,
              method=None, *, short_empty_elements=True):
        if not encoding:
            encoding = 'us-ascii'
        enc_lower = encoding.lower()
        chunks = []
        if xml_declaration or (xml_declaration is None and enc_lower not in ('utf-8', 'us-ascii', 'unicode')):
            declared = encoding
            if enc_lower == 'unicode':
                import locale
                declared = locale.getpreferredencoding()
            chunks.append("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
        if method == 'text':
            chunks.append(''.join(self._root.itertext()))
        else:
            _serialize(chunks.append, self._root, short_empty_elements)
        text = ''.join(chunks)
        if enc_lower == 'unicode':
            data = text
        else:
            data = text.encode(encoding, 'xmlcharrefreplace')
        if hasattr(file_or_filename, 'write'):
            file_or_filename.write(data)
        else:
            mode = 'w' if enc_lower == 'unicode' else 'wb'
            with open(file_or_filename, mode, **({'encoding': 'utf-8'} if mode == 'w' else {})) as f:
                f.write(data)
