"""
csv.py - read/write/investigate CSV files
"""
# minipy: the csv module of CPython 3.11 — the Dialect classes, DictReader,
# DictWriter and the Sniffer, on top of the _csv core (stdlib/_csv.py).

import re
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects,
                  field_size_limit,
                  QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE,
                  __doc__)
from _csv import Dialect as _Dialect

from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # the _csv core reports bad attributes as TypeError; here they are csv errors
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames   # list of keys for the dict
        self.restkey = restkey          # key to catch long rows
        self.restval = restval          # default value for short rows
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # reading the header row, when there is one, happens here
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:    # blank lines carry no record
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        nnames, nrow = len(names), len(row)
        if nnames < nrow:
            d[self.restkey] = row[nnames:]
        elif nnames > nrow:
            for key in names[nrow:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames    # list of keys for the dict
        self.restval = restval          # for writing short dicts
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            extra = rowdict.keys() - self.fieldnames
            if extra:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in extra]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


try:
    complex
except NameError:
    complex = float


# ---------------------------------------------------------------- Sniffer
# Quoted fields with a delimiter before/after them: the four shapes tried in turn.
_QUOTED_SHAPES = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',  # ,".*?",
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',    # ".*?",
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',    # ,".*?"
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',                             # ".*?"
)


def _first_max(counts):
    """The key with the highest count (the earliest one on ties)."""
    best = None
    for k, n in counts.items():
        if best is None or n > counts[best]:
            best = k
    return best


class Sniffer:
    '''
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    '''
    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # _csv.reader won't accept a quotechar of ''
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Look for text enclosed between two identical quotes (the probable
        quotechar) preceded and/or followed by the same character (the probable
        delimiter)."""
        found = []
        names = ()
        for shape in _QUOTED_SHAPES:
            rx = re.compile(shape, re.DOTALL | re.MULTILINE)
            found = [m.groupdict() for m in rx.finditer(data)]
            if found:
                names = rx.groupindex
                break
        if not found:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        for g in found:
            q = g['quote']
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if 'delim' not in names:
                continue
            dl = g['delim']
            if dl and (delimiters is None or dl in delimiters):
                delims[dl] = delims.get(dl, 0) + 1
            if 'space' not in names:
                continue
            if g['space']:
                spaces += 1

        quotechar = _first_max(quotes)
        if delims:
            delim = _first_max(delims)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':   # most likely a file with a single column
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0

        # a quote between the field's quotes means the quote is doubled
        d, q = re.escape(delim), quotechar
        dq = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (d, q, d, q, d, q, d),
                        re.MULTILINE)
        doublequote = bool(dq.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Pick the character whose count per line is the most consistent
        over the sample (looking at 10 lines at a time)."""
        lines = [ln for ln in data.split('\n') if ln]
        chars = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        freq = {}       # char -> {count per line: number of lines}
        modes = {}      # char -> (usual count, lines agreeing minus lines disagreeing)
        delims = {}
        rounds = 0
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for ch in chars:
                    table = freq.setdefault(ch, {})
                    n = line.count(ch)
                    table[n] = table.get(n, 0) + 1
            for ch, table in freq.items():
                pairs = list(table.items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue
                if len(pairs) > 1:
                    top = max(pairs, key=lambda p: p[1])
                    pairs.remove(top)
                    modes[ch] = (top[0], top[1] - sum(p[1] for p in pairs))
                else:
                    modes[ch] = pairs[0]
            seen = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for ch, (count, agree) in modes.items():
                    if count > 0 and agree > 0:
                        if agree / seen >= consistency and (delimiters is None or ch in delimiters):
                            delims[ch] = (count, agree)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return (delim, lines[0].count(delim) == lines[0].count(delim + ' '))
            start = end
            end += chunk

        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, lines[0].count(d) == lines[0].count(d + ' '))
        delim = max((v, k) for k, v in delims.items())[1]
        return (delim, lines[0].count(delim) == lines[0].count(delim + ' '))

    def has_header(self, sample):
        """Guess whether the first row is a header: the column types (or,
        for text, lengths) of the next rows differ from the first row's."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        ncols = len(header)
        kinds = dict.fromkeys(range(ncols))
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != ncols:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == type(0):
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
