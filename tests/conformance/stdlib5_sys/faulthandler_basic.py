# faulthandler: dump_traceback (to a file, one or all threads), enable/disable, errors.
import faulthandler, sys, os, tempfile, re
def norm(s): return re.sub(r'0x[0-9a-f]{16}', '0xTID', s).replace(os.path.abspath(__file__), 'SCRIPT')
with tempfile.TemporaryFile("w+") as f:
    def inner():
        faulthandler.dump_traceback(f, all_threads=False)
        faulthandler.dump_traceback(file=f)
        faulthandler.dump_traceback(f.fileno(), False)
    inner()
    f.seek(0); print(norm(f.read()))
print(faulthandler.is_enabled())
faulthandler.enable(); print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
for call in [lambda: faulthandler.dump_traceback_later(0), lambda: faulthandler.dump_traceback_later(-1), lambda: faulthandler.dump_traceback(-1), lambda: faulthandler.dump_traceback("x"), lambda: faulthandler.enable(file=-5)]:
    try: print(call())
    except Exception as e: print(type(e).__name__, e)
print(faulthandler.cancel_dump_traceback_later())
