# pwd / grp after the shared struct-sequence helpers: lookups by id and name,
# CPython's KeyError / OverflowError / TypeError texts and arity messages.
import pwd, grp
for f, a in [(pwd.getpwuid, ('x',)), (pwd.getpwuid, (-1,)), (pwd.getpwuid, (2**40,)), (pwd.getpwnam, (5,)), (pwd.getpwnam, ('nosuchuserxx',)), (pwd.getpwnam, ('a\0b',)), (grp.getgrgid, ('x',)), (grp.getgrgid, (2**31,)), (grp.getgrnam, ('nosuchgroupxx',)), (grp.getgrnam, (1,)), (pwd.getpwuid, ()), (grp.getgrnam, ())]:
    try: print(f(*a))
    except Exception as e: print(f.__name__, type(e).__name__, e)
print(pwd.getpwuid(0), grp.getgrgid(0).gr_name, pwd.struct_passwd.n_fields, grp.struct_group.n_sequence_fields)
for f, a in [(grp.getgrgid, (2**40,)), (grp.getgrgid, (-1,)), (grp.getgrnam, ("a\0b",)), (pwd.getpwnam, ()), (grp.getgrgid, ()), (grp.getgrgid, (1,2)), (pwd.getpwuid, (1,2)), (grp.getgrgid, (2**32,)), (pwd.getpwuid, (2**32,)), (pwd.getpwuid, (2**32-1,)), (pwd.getpwuid, (-2,)), (pwd.getpwuid, (2**70,))]:
    try: print(f(*a))
    except Exception as e: print(f.__name__, type(e).__name__, e)
try: grp.getgrnam(name="nosuchxx")
except Exception as e: print(e)
print(grp.getgrgid(id=0).gr_name)
try: pwd.getpwnam(name="x")
except Exception as e: print(e)
