# pwd and grp: lookups by id and name, struct types, errors.
import grp
import os
import pwd

r = pwd.getpwuid(0)
print(type(r).__name__, type(r).__module__, r.pw_name, r.pw_uid, r.pw_gid, r[0] == r.pw_name, len(r))
print(pwd.getpwnam('root') == r, isinstance(r, tuple), r._fields if hasattr(r, '_fields') else 'no _fields')
print(any(e.pw_uid == 0 for e in pwd.getpwall()))
g = grp.getgrgid(0)
print(type(g).__name__, g.gr_name, g.gr_gid, isinstance(g.gr_mem, list), grp.getgrnam(g.gr_name) == g)
print(any(e.gr_gid == 0 for e in grp.getgrall()))
for f, arg in [(pwd.getpwnam, 'no-such-user-xyz'), (pwd.getpwuid, 2**31 - 5), (grp.getgrnam, 'no-such-group-xyz'),
               (grp.getgrgid, 2**31 - 5), (pwd.getpwuid, 'x'), (pwd.getpwnam, 5), (grp.getgrgid, 1.5)]:
    try:
        f(arg)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(os.path.expanduser('~root') == r.pw_dir)
