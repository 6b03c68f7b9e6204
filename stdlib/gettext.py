"""Internationalization and localization support.

Message catalogs (GNU .mo files) translate the strings a program shows:
translation() finds and loads one, gettext()/ngettext() and friends look
messages up in the current domain, and NullTranslations passes messages
through untranslated.
"""
# minipy: CPython 3.11's gettext API — NullTranslations, GNUTranslations
# (.mo parsing with plural forms compiled from their C expression), find(),
# translation() with fallback, install() and the domain functions. Written
# from the documentation and the GNU gettext file format.

import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext',
           ]

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------- plural forms
# A Plural-Forms expression is C: ?:, ||, &&, comparisons, + - * / %, !,
# parentheses, the variable n and decimal numbers. It is translated into a
# Python expression (&& -> and, || -> or, / -> //, ! -> not, chained
# comparisons split by parentheses) and compiled.
import re as _re

_TOKEN_RE = _re.compile(
    r"(?P<WHITESPACES>[ \t]+)"
    r"|(?P<NUMBER>[0-9]+\b)"
    r"|(?P<NAME>n\b)"
    r"|(?P<PARENTHESIS>[()])"
    r"|(?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|)"
    r"|(?P<INVALID>\w+|.)", _re.DOTALL)

# binding strength of the binary operators (higher binds tighter)
_PRIORITY = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4, '>=': 4,
             '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_PY_OP = {'||': 'or', '&&': 'and', '/': '//'}


def _tokenize(plural):
    for mo in _TOKEN_RE.finditer(plural):
        kind = mo.lastgroup
        if kind == 'WHITESPACES':
            continue
        value = mo.group(kind)
        if kind == 'INVALID':
            raise ValueError('invalid token in plural form: %s' % value)
        yield value
    yield ''       # end marker


def _error(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


class _PluralTranslator:
    def __init__(self, plural):
        self._tokens = _tokenize(plural)

    def _next(self):
        return next(self._tokens)

    def expression(self, min_priority=-1):
        """Translate an expression whose binary operators bind at least as
        tightly as min_priority; returns (python text, next token)."""
        prefix = ''
        tok = self._next()
        while tok == '!':
            prefix += 'not '
            tok = self._next()
        if tok == '(':
            inner, tok = self.expression()
            if tok != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            text = prefix + '(' + inner + ')'
        elif tok == 'n':
            text = prefix + 'n'
        else:
            try:
                text = prefix + '%d' % int(tok, 10)
            except ValueError:
                raise _error(tok) from None
        tok = self._next()
        last = 100      # priority of the previous operator at this level
        while tok in _PRIORITY:
            prio = _PRIORITY[tok]
            if prio < min_priority:
                break
            if prio in (3, 4) and last in (3, 4):
                text = '(' + text + ')'     # C does not chain comparisons
            op = _PY_OP.get(tok, tok)
            right, tok = self.expression(prio + 1)
            text = '%s %s %s' % (text, op, right)
            last = prio
        if last == min_priority == 4:
            text = '(' + text + ')'
        if tok == '?' and min_priority <= 0:
            if_true, tok = self.expression(0)
            if tok != ':':
                raise _error(tok)
            if_false, tok = self.expression()
            text = '%s if %s else %s' % (if_true, text, if_false)
            if min_priority == 0:
                text = '(' + text + ')'
        return text, tok


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    import warnings
    # blame the first caller outside this module
    frame = sys._getframe(1)
    stacklevel = 2
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        stacklevel += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' %
                  (n.__class__.__name__,),
                  DeprecationWarning, stacklevel)
    return n


def c2py(plural):
    """Compile the C expression of a Plural-Forms header into a function of n."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        text, tok = _PluralTranslator(plural).expression()
        if tok:
            raise _error(tok)
        depth = 0
        for c in text:
            if c == '(':
                depth += 1
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif c == ')':
                depth -= 1
        ns = {'_as_int': _as_int, '__name__': __name__}
        exec('def func(n):\n'
             '    if not isinstance(n, int):\n'
             '        n = _as_int(n)\n'
             '    return int(%s)\n' % text, ns)
        return ns['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


# ---------------------------------------------------------------- languages
def _expand_lang(loc):
    """The locale names to try for loc, most specific first:
    language[_territory][.codeset][@modifier] and its shorter forms."""
    import locale
    loc = locale.normalize(loc)
    MODIFIER, CODESET, TERRITORY = 4, 1, 2
    mask = 0
    pos = loc.find('@')
    if pos >= 0:
        modifier = loc[pos:]
        loc = loc[:pos]
        mask |= MODIFIER
    else:
        modifier = ''
    pos = loc.find('.')
    if pos >= 0:
        codeset = loc[pos:]
        loc = loc[:pos]
        mask |= CODESET
    else:
        codeset = ''
    pos = loc.find('_')
    if pos >= 0:
        territory = loc[pos:]
        loc = loc[:pos]
        mask |= TERRITORY
    else:
        territory = ''
    language = loc
    ret = []
    for i in range(mask + 1):
        if not (i & ~mask):     # only combinations of the parts present
            val = language
            if i & TERRITORY:
                val += territory
            if i & CODESET:
                val += codeset
            if i & MODIFIER:
                val += modifier
            ret.append(val)
    ret.reverse()
    return ret


# ---------------------------------------------------------------- translation classes
class NullTranslations:
    """Translations that return every message unchanged (or ask their
    fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        if n == 1:
            return msgid1
        return msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            names = set(names)
            for name in ('gettext', 'ngettext', 'npgettext', 'pgettext'):
                if name in names:
                    builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    # Magic number of .mo files
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    # The encoding of a msgctxt and a msgid in a .mo file is
    # msgctxt + "\x04" + msgid (gettext version >= 0.15)
    CONTEXT = "%s\x04%s"

    # Acceptable .mo versions
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        """Returns a tuple of major version, minor version"""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Read a .mo file: a header, then tables of (length, offset) pairs
        for the original and the translated strings."""
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)     # the Germanic rule by default
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('<4I', buf[4:20])
            ii = '<II'
        elif magic == self.BE_MAGIC:
            version, msgcount, masteridx, transidx = unpack('>4I', buf[4:20])
            ii = '>II'
        else:
            raise OSError(0, 'Bad magic number', filename)

        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major_version), filename)

        for i in range(0, msgcount):
            mlen, moff = unpack(ii, buf[masteridx:masteridx + 8])
            mend = moff + mlen
            tlen, toff = unpack(ii, buf[transidx:transidx + 8])
            tend = toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                self._parse_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                # plural forms: msgid, msgid_plural -> one translation per form
                msgid1, msgid2 = msg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for i, x in enumerate(tmsg.split(b'\x00')):
                    catalog[(msgid1, i)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def _parse_header(self, tmsg):
        # the translation of "" holds RFC 822 style "Key: value" lines
        lastk = None
        for b_item in tmsg.split(b'\n'):
            item = b_item.decode().strip()
            if not item:
                continue
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue    # msgcat comments
            k = v = None
            if ':' in item:
                k, v = item.split(':', 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                lastk = k
            elif lastk:
                self._info[lastk] += '\n' + item
            if k == 'content-type':
                self._charset = v.split('charset=')[1]
            elif k == 'plural-forms':
                v = v.split(';')
                plural = v[1].split('plural=')[1]
                self.plural = c2py(plural)

    def _lookup(self, key):
        # a message, or the singular form of a plural message
        missing = object()
        tmsg = self._catalog.get(key, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((key, self.plural(1)), missing)
        return None if tmsg is missing else tmsg

    def gettext(self, message):
        tmsg = self._lookup(message)
        if tmsg is not None:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            if n == 1:
                tmsg = msgid1
            else:
                tmsg = msgid2
        return tmsg

    def pgettext(self, context, message):
        tmsg = self._lookup(self.CONTEXT % (context, message))
        if tmsg is not None:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            tmsg = self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            if n == 1:
                tmsg = msgid1
            else:
                tmsg = msgid2
        return tmsg


# ---------------------------------------------------------------- finding catalogs
def find(domain, localedir=None, languages=None, all=False):
    """The .mo file for domain in localedir (all of them with all=True),
    trying the languages given or those of $LANGUAGE, $LC_ALL,
    $LC_MESSAGES, $LANG."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    expanded = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in expanded:
                expanded.append(nelang)
    result = [] if all else None
    for lang in expanded:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if all:
                result.append(mofile)
            else:
                return mofile
    return result


# a cache of loaded catalogs, keyed by (class, absolute .mo path)
_translations = {}


def translation(domain, localedir=None, languages=None,
                class_=None, fallback=False):
    """The translations of domain: the .mo files found chained as
    fallbacks. Without any, NullTranslations() when fallback is true,
    else FileNotFoundError."""
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        # copy so that each result has its own fallback chain
        import copy
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    t = translation(domain, localedir, fallback=True)
    t.install(names)


# ---------------------------------------------------------------- the domain API
_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    global _localedirs
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def dgettext(domain, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        if n == 1:
            return msgid1
        return msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        return message
    return t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    try:
        t = translation(domain, _localedirs.get(domain, None))
    except OSError:
        if n == 1:
            return msgid1
        return msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


# the old name of translation()
Catalog = translation
