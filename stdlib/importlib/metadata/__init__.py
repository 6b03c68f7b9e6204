# stdlib/importlib/metadata/__init__.py — metadata of installed distributions:
# version(), metadata(), requires(), files(), entry_points(), distributions(),
# packages_distributions(), read from the *.dist-info / *.egg-info directories
# found along sys.path. minipy has no site-packages of its own, so for most
# names version() raises PackageNotFoundError, as CPython does for a package
# that is not installed.
import os
import re
import sys
import pathlib
import functools
import itertools
import collections

__all__ = ['Distribution', 'DistributionFinder', 'PackageMetadata', 'PackageNotFoundError',
           'distribution', 'distributions', 'entry_points', 'files', 'metadata',
           'packages_distributions', 'requires', 'version']


class PackageNotFoundError(ModuleNotFoundError):
    """The package was not found."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        (name,) = self.args
        return name


class PackageMetadata:
    """The headers of a METADATA / PKG-INFO file (an email-style message)."""

    def __init__(self, text=''):
        self._headers = []
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.strip():
                i += 1
                break
            if line[:1] in ' \t' and self._headers:
                key, value = self._headers[-1]
                self._headers[-1] = (key, value + '\n' + line)
            elif ':' in line:
                key, _, value = line.partition(':')
                self._headers.append((key.strip(), value.strip()))
            i += 1
        self._payload = '\n'.join(lines[i:])
        if lines and text.endswith('\n') and self._payload:
            self._payload += '\n'

    def __getitem__(self, name):
        lname = name.lower()
        for key, value in self._headers:
            if key.lower() == lname:
                return value
        return None

    def get(self, name, failobj=None):
        value = self[name]
        return failobj if value is None else value

    def get_all(self, name, failobj=None):
        lname = name.lower()
        values = [v for k, v in self._headers if k.lower() == lname]
        return values or failobj

    def get_payload(self):
        return self._payload

    def __contains__(self, name):
        return self[name] is not None

    def __iter__(self):
        return iter([k for k, _ in self._headers])

    def __len__(self):
        return len(self._headers)

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    @property
    def json(self):
        multiple = {'Classifier', 'Obsoletes-Dist', 'Platform', 'Project-URL', 'Provides-Dist',
                    'Provides-Extra', 'Requires-Dist', 'Requires-External', 'Supported-Platform',
                    'Dynamic'}
        result = {}
        for key in dict.fromkeys(self.keys()):
            jkey = key.lower().replace('-', '_')
            if key == 'Keywords':
                result[jkey] = re.split(r'\s+', self[key])
            elif key in multiple:
                result[jkey] = self.get_all(key)
            else:
                result[jkey] = self[key]
        if self._payload:
            result['description'] = self._payload
        return result


class EntryPoint:
    """An entry point: `name = module:attr [extras]` in group `group`."""

    pattern = re.compile(r'(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$')

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def load(self):
        """Load the entry point from its definition."""
        import importlib
        match = self.pattern.match(self.value)
        module = importlib.import_module(match.group('module'))
        attrs = filter(None, (match.group('attr') or '').split('.'))
        return functools.reduce(getattr, attrs, module)

    @property
    def module(self):
        return self.pattern.match(self.value).group('module')

    @property
    def attr(self):
        return self.pattern.match(self.value).group('attr')

    @property
    def extras(self):
        match = self.pattern.match(self.value)
        return re.findall(r'\w+', match.group('extras') or '')

    def _for(self, dist):
        vars(self).update(dist=dist)
        return self

    def matches(self, **params):
        attrs = (getattr(self, param) for param in params)
        return all(map(lambda a, b: a == b, params.values(), attrs))

    def _key(self):
        return self.name, self.value, self.group

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __iter__(self):
        return iter((self.name, self))

    def __repr__(self):
        return f'EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})'

    def __reduce__(self):
        return (self.__class__, (self.name, self.value, self.group))


class EntryPoints(tuple):
    """An immutable collection of selectable EntryPoint objects."""
    __slots__ = ()

    def __getitem__(self, name):
        if isinstance(name, int):
            return super().__getitem__(name)
        try:
            return next(iter(self.select(name=name)))
        except StopIteration:
            raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}

    def __repr__(self):
        return f'{self.__class__.__name__}({tuple(self)!r})'


class SelectableGroups(dict):
    """entry_points() without arguments: a mapping of group to EntryPoints."""

    @classmethod
    def load(cls, eps):
        ordered = sorted(eps, key=lambda ep: ep.group)
        return cls((group, EntryPoints(items))
                   for group, items in itertools.groupby(ordered, key=lambda ep: ep.group))

    @property
    def _all(self):
        return EntryPoints(itertools.chain.from_iterable(self.values()))

    @property
    def groups(self):
        return self._all.groups

    @property
    def names(self):
        return self._all.names

    def select(self, **params):
        if not params:
            return self
        return self._all.select(**params)


def _parse_entry_points(text, dist):
    group = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(('#', ';')):
            continue
        if line.startswith('[') and line.endswith(']'):
            group = line[1:-1].strip()
            continue
        name, _, value = line.partition('=')
        yield EntryPoint(name.strip(), value.strip(), group)._for(dist)


class PackagePath(pathlib.PurePosixPath):
    """A reference to a path in a package."""

    def read_text(self, encoding='utf-8'):
        with self.locate().open(encoding=encoding) as stream:
            return stream.read()

    def read_binary(self):
        with self.locate().open('rb') as stream:
            return stream.read()

    def locate(self):
        """Return a path-like object for this path"""
        return self.dist.locate_file(self)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition('=')

    def __repr__(self):
        return f'<FileHash mode: {self.mode} value: {self.value}>'


def _normalize(name):
    return re.sub(r'[-_.]+', '-', name).lower().replace('-', '_')


class Distribution:
    """A Python distribution package."""

    def read_text(self, filename):
        raise NotImplementedError

    def locate_file(self, path):
        raise NotImplementedError

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        context = kwargs.pop('context', None)
        if context and kwargs:
            raise ValueError("cannot accept context and kwargs")
        context = context or DistributionFinder.Context(**kwargs)
        return itertools.chain.from_iterable(
            resolver(context) for resolver in cls._discover_resolvers())

    @staticmethod
    def at(path):
        return PathDistribution(pathlib.Path(path))

    @staticmethod
    def _discover_resolvers():
        finders = (getattr(finder, 'find_distributions', None) for finder in getattr(sys, 'meta_path', ()))
        resolvers = [f for f in finders if f is not None]
        if not resolvers:
            resolvers = [MetadataPathFinder.find_distributions]
        return resolvers

    @property
    def metadata(self):
        text = (self.read_text('METADATA') or self.read_text('PKG-INFO') or self.read_text('') or '')
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata['Name']

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata['Version']

    @property
    def entry_points(self):
        return EntryPoints(_parse_entry_points(self.read_text('entry_points.txt') or '', self))

    @property
    def files(self):
        text = self.read_text('RECORD')
        if text is None:
            text = self.read_text('installed-files.txt')
            if text is None:
                text = self.read_text('SOURCES.txt')
                if text is None:
                    return None
            rows = [(line, None, None) for line in text.splitlines()]
        else:
            import csv
            rows = list(csv.reader(text.splitlines()))

        def make_file(name, hash=None, size_str=None):
            result = PackagePath(name)
            result.hash = FileHash(hash) if hash else None
            result.size = int(size_str) if size_str else None
            result.dist = self
            return result
        return [make_file(*row) for row in rows if row]

    @property
    def requires(self):
        reqs = self.metadata.get_all('Requires-Dist')
        if reqs is None:
            text = self.read_text('requires.txt')
            if text is None:
                return None
            reqs = []
            section = ''
            for line in text.splitlines():
                line = line.strip()
                if not line:
                    continue
                if line.startswith('[') and line.endswith(']'):
                    section = line[1:-1]
                    continue
                if section:
                    extra, _, markers = section.partition(':')
                    conds = []
                    if markers:
                        conds.append(f'({markers})')
                    if extra:
                        conds.append(f'extra == "{extra}"')
                    line += '; ' + ' and '.join(conds)
                reqs.append(line)
        return list(reqs)


class DistributionFinder:
    """A finder that can find distributions (the find_distributions protocol)."""

    class Context:
        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get('path', sys.path)

    def find_distributions(self, context=Context()):
        raise NotImplementedError


class MetadataPathFinder(DistributionFinder):
    """Finds the *.dist-info and *.egg-info directories along sys.path."""

    @classmethod
    def find_distributions(cls, context=DistributionFinder.Context()):
        wanted = _normalize(context.name) if context.name is not None else None
        for entry in context.path:
            root = entry or '.'
            try:
                names = os.listdir(root)
            except (OSError, TypeError):
                continue
            for child in names:
                base, ext = os.path.splitext(child)
                if ext.lower() not in ('.dist-info', '.egg-info'):
                    continue
                if wanted is not None and _normalize(base.partition('-')[0]) != wanted:
                    continue
                yield PathDistribution(pathlib.Path(root, child))

    @classmethod
    def invalidate_caches(cls):
        pass


class PathDistribution(Distribution):
    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            target = self._path.joinpath(filename) if filename else self._path
            if not target.is_file():
                return None
            return target.read_text(encoding='utf-8')
        except (FileNotFoundError, IsADirectoryError, KeyError, NotADirectoryError, PermissionError):
            return None

    def locate_file(self, path):
        return self._path.parent / path


def distribution(distribution_name):
    """Get the Distribution instance for the named package."""
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    """Get all Distribution instances in the current environment."""
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    """Get the metadata for the named package."""
    return Distribution.from_name(distribution_name).metadata


def version(distribution_name):
    """Get the version string for the named package."""
    return distribution(distribution_name).version


def entry_points(**params):
    """Return EntryPoint objects for all installed packages."""
    seen = set()
    eps = []
    for dist in distributions():
        key = _normalize(dist.name or '')
        if key in seen:
            continue
        seen.add(key)
        eps.extend(dist.entry_points)
    return SelectableGroups.load(eps).select(**params)


def files(distribution_name):
    """Return a list of files for the named package."""
    return distribution(distribution_name).files


def requires(distribution_name):
    """Return a list of requirements for the named package."""
    return distribution(distribution_name).requires


def packages_distributions():
    """Return a mapping of top-level packages to their distributions."""
    pkg_to_dist = collections.defaultdict(list)
    for dist in distributions():
        top = dist.read_text('top_level.txt')
        if top is not None:
            names = top.split()
        else:
            names = []
            for f in dist.files or ():
                parts = f.parts
                if len(parts) > 1 and '.' not in parts[0]:
                    names.append(parts[0])
                elif len(parts) == 1 and f.suffix == '.py':
                    names.append(f.stem)
            names = list(dict.fromkeys(names))
        for pkg in names:
            pkg_to_dist[pkg].append(dist.metadata['Name'])
    return dict(pkg_to_dist)
