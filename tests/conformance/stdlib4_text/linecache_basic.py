# linecache: getline/getlines/clearcache/checkcache/updatecache/lazycache, and traceback using it.
import linecache
import os
import sys
import traceback

path = '/tmp/minipy_conf_stdlib4_linecache.py'
with open(path, 'w') as f:
    f.write('first = 1\nsecond = 2\n\nfourth = "x"')
print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 4)), repr(linecache.getline(path, 5)),
      repr(linecache.getline(path, 0)), repr(linecache.getline(path, -1)))
print(linecache.getlines(path))
print(path in linecache.cache, len(linecache.cache[path]), linecache.cache[path][2] == linecache.getlines(path))
with open(path, 'w') as f:
    f.write('changed\n')
print(repr(linecache.getline(path, 1)))     # still cached
linecache.checkcache(path)
print(repr(linecache.getline(path, 1)))     # re-read
os.remove(path)
linecache.checkcache()
print(path in linecache.cache, repr(linecache.getline(path, 1)))
linecache.clearcache()
print(linecache.cache == {}, linecache.getlines('/nonexistent/file.py'), linecache.getline('<string>', 1) == '')
print(linecache.updatecache('/nonexistent/x.py'), linecache.getlines(''))


class Loader:
    def get_source(self, name):
        return 'line one\nline two\n'


g = {'__name__': 'fake_module', '__loader__': Loader()}
print(linecache.lazycache('fake_module.py', g), linecache.lazycache('fake_module.py', g),
      linecache.lazycache('<stdin>', g), linecache.lazycache('other.py', {}))
print(linecache.getline('fake_module.py', 2, g), end='')
print(linecache.getlines('fake_module.py', g))
print(sorted(linecache.__all__))

# traceback formats source lines through linecache
with open(path, 'w') as f:
    f.write('def boom():\n    raise ValueError("from file")\n')
ns = {}
exec(compile(open(path).read(), path, 'exec'), ns)
try:
    ns['boom']()
except ValueError:
    lines = traceback.format_exc().splitlines()
    print([line.replace(path, 'FILE') for line in lines if 'FILE' in line.replace(path, 'FILE') or 'raise' in line])
os.remove(path)
