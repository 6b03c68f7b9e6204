# stdlib/linecache.py — source lines of Python files, read once and cached
# (traceback and inspect read source through here, as in CPython).
#
# cache maps a file name to (size, mtime, lines, fullname), or to a 1-tuple
# (get_source,) registered by lazycache() for modules whose loader can supply
# their source. Lines keep their '\n' (the last line gets one if missing);
# files are decoded like tokenize.open() (BOM / coding cookie, else UTF-8,
# universal newlines). Names like "<string>" or "<frozen json>" have no lines.
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the entries whose file changed on disk (or disappeared)."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return
    for filename in filenames:
        entry = cache.get(filename)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # no file behind it (lazily loaded source)
        import os
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(filename, None)


def _is_pseudo_name(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def _split_source(text):
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    if lines[-1] == '':
        lines.pop()
        return [line + '\n' for line in lines]
    return [line + '\n' for line in lines[:-1]] + [lines[-1] + '\n']


def _source_encoding(data):
    # PEP 263: a BOM or a coding cookie in one of the first two lines.
    if data.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    for line in data.split(b'\n', 2)[:2]:
        stripped = line.lstrip(b' \t\f')
        if not stripped.startswith(b'#'):
            if stripped.strip():
                break  # code before any cookie
            continue
        i = stripped.find(b'coding')
        if i >= 0 and stripped[i + 6:i + 7] in (b':', b'='):
            rest = stripped[i + 7:].lstrip(b' \t')
            name = bytearray()
            for c in rest:
                if chr(c).isalnum() or c in b'-_.':
                    name.append(c)
                else:
                    break
            if name:
                return name.decode('ascii')
    return 'utf-8'


def _read_source(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    try:
        text = data.decode(_source_encoding(data))
    except LookupError:
        raise SyntaxError('unknown encoding')
    return _split_source(text)


def updatecache(filename, module_globals=None):
    """(Re)read a file's lines into the cache; [] when there are none."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if _is_pseudo_name(filename):
        return []
    import os
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        basename = filename
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                cache[filename] = (len(data), None, [line + '\n' for line in data.splitlines()], fullname)
                return cache[filename][2]
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        lines = _read_source(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Register a module loader's get_source for `filename` (read on first use)."""
    if filename in cache:
        return len(cache[filename]) == 1
    if _is_pseudo_name(filename):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (lambda: get_source(name),)
            return True
    return False
