# Exit statuses, checked from a parent process: an uncaught KeyboardInterrupt
# kills the process with SIGINT (the parent sees -SIGINT, a shell 130);
# SystemExit codes; errors in atexit callbacks; sys.exit() in a thread;
# os._exit() skipping atexit and __del__.
import subprocess
import sys

CASES = [
    "raise KeyboardInterrupt",
    "import atexit\natexit.register(print, 'atexit ran')\nraise KeyboardInterrupt('why')",
    "class K(KeyboardInterrupt): pass\nraise K()",
    "import os, signal, time\nos.kill(os.getpid(), signal.SIGINT)\ntime.sleep(5)\nprint('not reached')",
    "raise SystemExit",
    "raise SystemExit(None)",
    "raise SystemExit(3)",
    "raise SystemExit(256 + 7)",
    "raise SystemExit(-1)",
    "raise SystemExit(True)",
    "raise SystemExit('a message')",
    "raise SystemExit(3.5)",
    "import sys\nsys.exit([1, 2])",
    "import sys\nsys.exit(KeyboardInterrupt())",
    "import atexit, sys\natexit.register(sys.exit, 9)\natexit.register(print, 'first')\nprint('main')",
    "import atexit\ndef bad():\n    raise ValueError('in atexit')\natexit.register(bad)\nraise SystemExit(4)",
    "import threading, sys\ndef f():\n    print('thread'); sys.exit(5)\nt = threading.Thread(target=f)\nt.start(); t.join()\nprint('main alive')",
    "import atexit, os\natexit.register(print, 'atexit should not run')\nclass A:\n    def __del__(self): print('del should not run')\na = A()\nprint('before', flush=True)\nos._exit(7)",
    "class A:\n    def __del__(self): raise RuntimeError('in del')\na = A()\nraise SystemExit(6)",
    "import sys\ndef hook(t, v, tb): print('hook', t.__name__, v)\nsys.excepthook = hook\nraise KeyboardInterrupt",
    "import sys\ndef hook(t, v, tb): print('hook', t.__name__, v)\nsys.excepthook = hook\nraise ValueError(2)",
]

for code in CASES:
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    print("---", code.splitlines()[-1])
    print("status", r.returncode)
    for line in r.stdout.splitlines():
        print("  out:", line)
    for line in r.stderr.splitlines():
        if "0x" in line:
            line = line[: line.index("0x")] + "..."
        print("  err:", line)
