"""encodings — the codec search function and encoding name normalisation.

minipy's codec registry lives in stdlib/codecs.py (its codecs are built in,
not one module per encoding as in CPython); this package gives programs the
parts of CPython's encodings package they use: normalize_encoding,
search_function, CodecRegistryError and the aliases table
(encodings.aliases.aliases), plus the idna and punycode codec modules.
"""

from . import aliases as _aliases_module

_aliases = _aliases_module.aliases
_unknown = '--unknown--'
_import_tail = ['*']


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalize an encoding name: runs of characters other than ASCII
    letters, digits and '.' become one '_' (none leading); non-ASCII
    characters are dropped."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def search_function(encoding):
    """The CodecInfo for an encoding name, or None."""
    import codecs
    return codecs._builtin_search(encoding.lower())
