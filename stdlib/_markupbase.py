"""Base class of html.parser.HTMLParser: position tracking, comments and
marked sections. Not a public API."""
# minipy: the parts of CPython's _markupbase that html.parser relies on —
# position tracking, comments and marked sections (<![CDATA[...]]>).

import re

_declname_match = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_commentclose = re.compile(r'--\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')
# MS Office writes <![if ...]> ... <![endif]> (ends with "]>")
_msmarkedsectionclose = re.compile(r']\s*>')

del re


class ParserBase:
    """What HTMLParser inherits: line/offset tracking, comments, marked
    sections."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Advance the line/offset position over rawdata[i:j]; returns j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            pos = rawdata.rindex("\n", i, j)
            self.offset = j - (pos + 1)
        else:
            self.offset = self.offset + j - i
        return j

    _decl_otherchars = ''

    def parse_marked_section(self, i, report=1):
        """<![name ... ]]> (or ]> for MS Office's if/else/endif): reported
        to unknown_decl; returns the end position or -1 if incomplete."""
        rawdata = self.rawdata
        assert rawdata[i:i + 3] == '<![', "unexpected call to parse_marked_section()"
        sect_name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if sect_name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            match = _markedsectionclose.search(rawdata, i + 3)
        elif sect_name in {"if", "else", "endif"}:
            match = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def parse_comment(self, i, report=1):
        """<!-- ... -->: reported to handle_comment; returns the end position
        or -1 if incomplete."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _commentclose.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def _scan_name(self, i, declstartpos):
        """(lowercased name, end) of the name at i; (None, -1) when the buffer
        ends first."""
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _declname_match(rawdata, i)
        if m:
            s = m.group()
            if i + len(s) == n:
                return None, -1     # the name may continue in the next feed()
            return s.strip().lower(), m.end()
        self.updatepos(declstartpos, i)
        raise AssertionError(
            "expected name token at %r" % rawdata[declstartpos:declstartpos + 20])

    def unknown_decl(self, data):
        pass
