"""Guess the MIME type of a file from its name, and file extensions from
MIME types.

guess_type(url) gives (type, encoding); guess_extension(type) and
guess_all_extensions(type) go the other way. The module's database is
built on first use (init()) from built-in tables and the system's
mime.types files (knownfiles); MimeTypes() objects hold their own.
"""
# minipy: CPython 3.11's mimetypes — the built-in type tables (data taken
# from CPython 3.11), extended like CPython by the system's mime.types files
# on init(); MimeTypes instances start from the built-in tables only.

import os
import sys
import posixpath
import urllib.parse

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",                    # Mac OS X
    "/etc/httpd/conf/mime.types",               # Apache
    "/etc/apache/mime.types",                   # Apache 1
    "/etc/apache2/mime.types",                  # Apache 2
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",     # Apache 1.2
    "/usr/local/etc/mime.types",                # Apache 1.3
]

inited = False
_db = None


class MimeTypes:
    """MIME-types datastore.

    This datastore can handle information from mime.types-style files
    and supports basic determination of MIME type from a filename or
    URL, and can guess a reasonable extension given a MIME type.
    """

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})       # (non-strict, strict): extension -> type
        self.types_map_inv = ({}, {})   # (non-strict, strict): type -> extensions
        for (ext, type) in _types_map_default.items():
            self.add_type(type, ext, True)
        for (ext, type) in _common_types_default.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map the extension ext (with its leading dot) to type; strict: an
        official type, else a common but non-standard one."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name or URL, from its extension (data:
        URLs give their media type). Either is None when unknown; encoding
        names a compression such as 'gzip'."""
        url = os.fspath(url)
        scheme, url = urllib.parse._splittype(url)
        if scheme == 'data':
            # data:[<mediatype>][;base64],<data>
            comma = url.find(',')
            if comma < 0:
                return None, None
            semi = url.find(';', 0, comma)
            type = url[:semi] if semi >= 0 else url[:comma]
            if '=' in type or '/' not in type:
                type = 'text/plain'
            return type, None
        base, ext = posixpath.splitext(url)
        while (ext_lower := ext.lower()) in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext_lower])
        # encodings_map is case sensitive
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        ext = ext.lower()
        types_map = self.types_map[True]
        if ext in types_map:
            return types_map[ext], encoding
        elif strict:
            return None, encoding
        types_map = self.types_map[False]
        if ext in types_map:
            return types_map[ext], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """All known extensions (with their dot) for a MIME type, the first
        one being the preferred one."""
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        """The preferred extension for a MIME type, or None."""
        extensions = self.guess_all_extensions(type, strict)
        if not extensions:
            return None
        return extensions[0]

    def read(self, filename, strict=True):
        """Read a mime.types-style file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Read mime.types-style lines ("type ext1 ext2 ...", # comments)."""
        while True:
            line = fp.readline()
            if not line:
                break
            words = line.split()
            for i in range(len(words)):
                if words[i][0] == '#':
                    del words[i:]
                    break
            if not words:
                continue
            type, suffixes = words[0], words[1:]
            for suff in suffixes:
                self.add_type(type, '.' + suff, strict)

    def read_windows_registry(self, strict=True):
        """Windows only: there is no registry here."""
        return


def guess_type(url, strict=True):
    """(type, encoding) guessed from a file name or URL (see MimeTypes)."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """All known extensions for a MIME type (see MimeTypes)."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension for a MIME type, or None (see MimeTypes)."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map an extension to a MIME type in the module's database."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Build the module's database from the built-in tables and the
    mime.types files (knownfiles, then `files`) that exist."""
    global suffix_map, types_map, encodings_map, common_types
    global inited, _db
    inited = True    # MimeTypes() must not call init() again
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        if files is None:
            files = knownfiles
        else:
            files = knownfiles + list(files)
    else:
        db = _db
    for file in files:
        if os.path.isfile(file):
            db.read(file)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The extension -> type mapping of one mime.types file (None if it
    cannot be opened)."""
    try:
        f = open(file, encoding='utf-8')
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


def _default_mime_types():
    global suffix_map, _suffix_map_default
    global encodings_map, _encodings_map_default
    global types_map, _types_map_default
    global common_types, _common_types_default

    # The tables below are CPython 3.11's data.
    _suffix_map_default = {
        '.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
        '.tbz2': '.tar.bz2', '.txz': '.tar.xz',
    }
    _encodings_map_default = {
        '.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br',
    }
    _types_map_default = {
        '.js': 'application/javascript', '.mjs': 'application/javascript',
        '.json': 'application/json', '.webmanifest': 'application/manifest+json',
        '.doc': 'application/msword', '.dot': 'application/msword',
        '.wiz': 'application/msword', '.nq': 'application/n-quads',
        '.nt': 'application/n-triples', '.bin': 'application/octet-stream',
        '.a': 'application/octet-stream', '.dll': 'application/octet-stream',
        '.exe': 'application/octet-stream', '.o': 'application/octet-stream',
        '.obj': 'application/octet-stream', '.so': 'application/octet-stream',
        '.oda': 'application/oda', '.pdf': 'application/pdf', '.p7c': 'application/pkcs7-mime',
        '.ps': 'application/postscript', '.ai': 'application/postscript',
        '.eps': 'application/postscript', '.trig': 'application/trig',
        '.m3u': 'application/vnd.apple.mpegurl', '.m3u8': 'application/vnd.apple.mpegurl',
        '.xls': 'application/vnd.ms-excel', '.xlb': 'application/vnd.ms-excel',
        '.ppt': 'application/vnd.ms-powerpoint', '.pot': 'application/vnd.ms-powerpoint',
        '.ppa': 'application/vnd.ms-powerpoint', '.pps': 'application/vnd.ms-powerpoint',
        '.pwz': 'application/vnd.ms-powerpoint', '.wasm': 'application/wasm',
        '.bcpio': 'application/x-bcpio', '.cpio': 'application/x-cpio',
        '.csh': 'application/x-csh', '.dvi': 'application/x-dvi',
        '.gtar': 'application/x-gtar', '.hdf': 'application/x-hdf',
        '.h5': 'application/x-hdf5', '.latex': 'application/x-latex',
        '.mif': 'application/x-mif', '.cdf': 'application/x-netcdf',
        '.nc': 'application/x-netcdf', '.p12': 'application/x-pkcs12',
        '.pfx': 'application/x-pkcs12', '.ram': 'application/x-pn-realaudio',
        '.pyc': 'application/x-python-code', '.pyo': 'application/x-python-code',
        '.sh': 'application/x-sh', '.shar': 'application/x-shar',
        '.swf': 'application/x-shockwave-flash', '.sv4cpio': 'application/x-sv4cpio',
        '.sv4crc': 'application/x-sv4crc', '.tar': 'application/x-tar',
        '.tcl': 'application/x-tcl', '.tex': 'application/x-tex',
        '.texi': 'application/x-texinfo', '.texinfo': 'application/x-texinfo',
        '.roff': 'application/x-troff', '.t': 'application/x-troff',
        '.tr': 'application/x-troff', '.man': 'application/x-troff-man',
        '.me': 'application/x-troff-me', '.ms': 'application/x-troff-ms',
        '.ustar': 'application/x-ustar', '.src': 'application/x-wais-source',
        '.xsl': 'application/xml', '.rdf': 'application/xml', '.wsdl': 'application/xml',
        '.xpdl': 'application/xml', '.zip': 'application/zip', '.3gp': 'audio/3gpp',
        '.3gpp': 'audio/3gpp', '.3g2': 'audio/3gpp2', '.3gpp2': 'audio/3gpp2',
        '.aac': 'audio/aac', '.adts': 'audio/aac', '.loas': 'audio/aac', '.ass': 'audio/aac',
        '.au': 'audio/basic', '.snd': 'audio/basic', '.mp3': 'audio/mpeg',
        '.mp2': 'audio/mpeg', '.opus': 'audio/opus', '.aif': 'audio/x-aiff',
        '.aifc': 'audio/x-aiff', '.aiff': 'audio/x-aiff', '.ra': 'audio/x-pn-realaudio',
        '.wav': 'audio/x-wav', '.avif': 'image/avif', '.bmp': 'image/bmp', '.gif': 'image/gif',
        '.ief': 'image/ief', '.jpg': 'image/jpeg', '.jpe': 'image/jpeg', '.jpeg': 'image/jpeg',
        '.heic': 'image/heic', '.heif': 'image/heif', '.png': 'image/png',
        '.svg': 'image/svg+xml', '.tiff': 'image/tiff', '.tif': 'image/tiff',
        '.ico': 'image/vnd.microsoft.icon', '.ras': 'image/x-cmu-raster',
        '.pnm': 'image/x-portable-anymap', '.pbm': 'image/x-portable-bitmap',
        '.pgm': 'image/x-portable-graymap', '.ppm': 'image/x-portable-pixmap',
        '.rgb': 'image/x-rgb', '.xbm': 'image/x-xbitmap', '.xpm': 'image/x-xpixmap',
        '.xwd': 'image/x-xwindowdump', '.eml': 'message/rfc822', '.mht': 'message/rfc822',
        '.mhtml': 'message/rfc822', '.nws': 'message/rfc822', '.css': 'text/css',
        '.csv': 'text/csv', '.html': 'text/html', '.htm': 'text/html', '.n3': 'text/n3',
        '.txt': 'text/plain', '.bat': 'text/plain', '.c': 'text/plain', '.h': 'text/plain',
        '.ksh': 'text/plain', '.pl': 'text/plain', '.srt': 'text/plain',
        '.rtx': 'text/richtext', '.tsv': 'text/tab-separated-values', '.vtt': 'text/vtt',
        '.py': 'text/x-python', '.etx': 'text/x-setext', '.sgm': 'text/x-sgml',
        '.sgml': 'text/x-sgml', '.vcf': 'text/x-vcard', '.xml': 'text/xml',
        '.mp4': 'video/mp4', '.mpeg': 'video/mpeg', '.m1v': 'video/mpeg', '.mpa': 'video/mpeg',
        '.mpe': 'video/mpeg', '.mpg': 'video/mpeg', '.mov': 'video/quicktime',
        '.qt': 'video/quicktime', '.webm': 'video/webm', '.avi': 'video/x-msvideo',
        '.movie': 'video/x-sgi-movie',
    }
    _common_types_default = {
        '.rtf': 'application/rtf', '.midi': 'audio/midi', '.mid': 'audio/midi',
        '.jpg': 'image/jpg', '.pict': 'image/pict', '.pct': 'image/pict', '.pic': 'image/pict',
        '.webp': 'image/webp', '.xul': 'text/xul',
    }

    suffix_map = _suffix_map_default.copy()
    encodings_map = _encodings_map_default.copy()
    types_map = _types_map_default.copy()
    common_types = _common_types_default.copy()


_default_mime_types()


def _main():
    import getopt

    USAGE = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""

    def usage(code, msg=''):
        print(USAGE)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle',
                                   ['help', 'lenient', 'extension'])
    except getopt.error as msg:
        usage(1, msg)

    strict = 1
    extension = 0
    for opt, arg in opts:
        if opt in ('-h', '--help'):
            usage(0)
        elif opt in ('-l', '--lenient'):
            strict = 0
        elif opt in ('-e', '--extension'):
            extension = 1
    for gtype in args:
        if extension:
            guess = guess_extension(gtype, strict)
            if not guess:
                print("I don't know anything about type", gtype)
            else:
                print(guess)
        else:
            guess, encoding = guess_type(gtype, strict)
            if not guess:
                print("I don't know anything about type", gtype)
            else:
                print('type:', guess, 'encoding:', encoding)


if __name__ == '__main__':
    _main()
