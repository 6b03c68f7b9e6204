"""Compare files and directories: cmp(), cmpfiles() and the dircmp class."""
# minipy: CPython 3.11's filecmp — file comparison with a small signature
# cache, cmpfiles and the lazily computed dircmp report.

import os
import stat
from itertools import filterfalse
from types import GenericAlias

__all__ = ['clear_cache', 'cmp', 'dircmp', 'cmpfiles', 'DEFAULT_IGNORES']

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = [
    'RCS', 'CVS', 'tags', '.git', '.hg', '.bzr', '_darcs', '__pycache__']


def clear_cache():
    """Clear the filecmp cache."""
    _cache.clear()


def cmp(f1, f2, shallow=True):
    """Compare two files: True when they seem equal.

    With shallow (the default), files whose type, size and modification
    time agree are equal without reading them; otherwise the contents are
    compared (results are cached by the files' signatures)."""
    s1 = _sig(os.stat(f1))
    s2 = _sig(os.stat(f2))
    if s1[0] != stat.S_IFREG or s2[0] != stat.S_IFREG:
        return False
    if shallow and s1 == s2:
        return True
    if s1[1] != s2[1]:
        return False
    outcome = _cache.get((f1, f2, s1, s2))
    if outcome is None:
        outcome = _do_cmp(f1, f2)
        if len(_cache) > 100:      # limit the maximum size of the cache
            clear_cache()
        _cache[f1, f2, s1, s2] = outcome
    return outcome


def _sig(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _do_cmp(f1, f2):
    with open(f1, 'rb') as fp1, open(f2, 'rb') as fp2:
        while True:
            b1 = fp1.read(BUFSIZE)
            b2 = fp2.read(BUFSIZE)
            if b1 != b2:
                return False
            if not b1:
                return True


class dircmp:
    """Compare the contents of two directories.

    dircmp(a, b, ignore=None, hide=None): ignore lists names to leave out
    (default DEFAULT_IGNORES), hide names to hide (default [os.curdir,
    os.pardir]). The result attributes (left_list, right_list, common,
    left_only, right_only, common_dirs, common_files, common_funny,
    same_files, diff_files, funny_files, subdirs) are computed on first
    access; report(), report_partial_closure() and report_full_closure()
    print summaries.
    """

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):   # the directory listings
        self.left_list = _filter(os.listdir(self.left), self.hide + self.ignore)
        self.right_list = _filter(os.listdir(self.right), self.hide + self.ignore)
        self.left_list.sort()
        self.right_list.sort()

    def phase1(self):   # names in both / only one side
        a = dict(zip(map(os.path.normcase, self.left_list), self.left_list))
        b = dict(zip(map(os.path.normcase, self.right_list), self.right_list))
        self.common = list(map(a.__getitem__, filter(b.__contains__, a)))
        self.left_only = list(map(a.__getitem__, filterfalse(b.__contains__, a)))
        self.right_only = list(map(b.__getitem__, filterfalse(a.__contains__, b)))

    def phase2(self):   # common names by kind
        self.common_dirs = []
        self.common_files = []
        self.common_funny = []
        for x in self.common:
            a_path = os.path.join(self.left, x)
            b_path = os.path.join(self.right, x)
            try:
                a_type = stat.S_IFMT(os.stat(a_path).st_mode)
                b_type = stat.S_IFMT(os.stat(b_path).st_mode)
            except OSError:
                self.common_funny.append(x)
                continue
            if a_type != b_type:
                self.common_funny.append(x)
            elif stat.S_ISDIR(a_type):
                self.common_dirs.append(x)
            elif stat.S_ISREG(a_type):
                self.common_files.append(x)
            else:
                self.common_funny.append(x)

    def phase3(self):   # compare the common files
        self.same_files, self.diff_files, self.funny_files = \
            cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):   # a dircmp per common subdirectory
        self.subdirs = {}
        for x in self.common_dirs:
            a_x = os.path.join(self.left, x)
            b_x = os.path.join(self.right, x)
            self.subdirs[x] = self.__class__(a_x, b_x, self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sd in self.subdirs.values():
            sd.phase4_closure()

    def report(self):
        print('diff', self.left, self.right)
        if self.left_only:
            self.left_only.sort()
            print('Only in', self.left, ':', self.left_only)
        if self.right_only:
            self.right_only.sort()
            print('Only in', self.right, ':', self.right_only)
        for label, attr in (('Identical files :', 'same_files'),
                            ('Differing files :', 'diff_files'),
                            ('Trouble with common files :', 'funny_files'),
                            ('Common subdirectories :', 'common_dirs'),
                            ('Common funny cases :', 'common_funny')):
            names = getattr(self, attr)
            if names:
                names.sort()
                print(label, names)

    def report_partial_closure(self):
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report()

    def report_full_closure(self):
        self.report()
        for sd in self.subdirs.values():
            print()
            sd.report_full_closure()

    methodmap = dict(subdirs=phase4,
                     same_files=phase3, diff_files=phase3, funny_files=phase3,
                     common_dirs=phase2, common_files=phase2, common_funny=phase2,
                     common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def cmpfiles(a, b, common, shallow=True):
    """Compare the files named in common in directories a and b.

    Returns three lists of names: equal files, different files, and files
    that could not be compared."""
    res = ([], [], [])
    for x in common:
        res[_cmp(os.path.join(a, x), os.path.join(b, x), shallow)].append(x)
    return res


def _cmp(a, b, sh):
    # 0 equal, 1 different, 2 trouble
    try:
        return not abs(cmp(a, b, sh))
    except OSError:
        return 2


def _filter(flist, skip):
    return list(filterfalse(skip.__contains__, flist))


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], 'r')
    if len(args) != 2:
        raise getopt.GetoptError('need exactly two args', None)
    dd = dircmp(args[0], args[1])
    if ('-r', '') in options:
        dd.report_full_closure()
    else:
        dd.report()


if __name__ == '__main__':
    demo()
