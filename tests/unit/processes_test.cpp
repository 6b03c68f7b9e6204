// tests/unit/processes_test.cpp — _posixsubprocess.fork_exec (stdlib/_posixsubprocess.cpp)
// through the subprocess module: pipes and exit status, exec failures reported
// through the error pipe (errno and the "noexec" case), preexec_fn, pass_fds and
// close_fds, and argument checking. The Python-level behaviour is pinned by
// tests/conformance/processes/subprocess_basic.py.
#include "minipy/minipy.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("processes: run a child with pipes and get its exit status") {
  minipy::VM vm;
  vm.exec("import subprocess\n"
          "r = subprocess.run(['sh', '-c', 'read x; echo got $x; echo err >&2; exit 3'],\n"
          "                   input=b'data\\n', capture_output=True)\n");
  CHECK(vm.eval_repr("r.returncode") == "3");
  CHECK(vm.eval_repr("r.stdout") == "b'got data\\n'");
  CHECK(vm.eval_repr("r.stderr") == "b'err\\n'");
  CHECK(vm.eval_repr("subprocess.run(['sh', '-c', 'kill -9 $$']).returncode") == "-9");
}

TEST_CASE("processes: exec failures come back as OSError subclasses") {
  minipy::VM vm;
  vm.exec("import subprocess\n"
          "def err(f):\n"
          "    try:\n"
          "        f()\n"
          "    except OSError as e:\n"
          "        return type(e).__name__, e.errno, e.filename\n");
  CHECK(vm.eval_repr("err(lambda: subprocess.Popen(['no-such-program-for-minipy']))") ==
        "('FileNotFoundError', 2, 'no-such-program-for-minipy')");
  CHECK(vm.eval_repr("err(lambda: subprocess.Popen(['/etc/passwd']))") == "('PermissionError', 13, '/etc/passwd')");
  // chdir fails before exec: the error names the directory.
  CHECK(vm.eval_repr("err(lambda: subprocess.Popen(['true'], cwd='/no/such/dir/x'))") ==
        "('FileNotFoundError', 2, '/no/such/dir/x')");
}

TEST_CASE("processes: preexec_fn runs in the child; its failure is a SubprocessError") {
  minipy::VM vm;
  vm.exec("import subprocess, os\n"
          "r = subprocess.run(['sh', '-c', 'echo $MINIPY_PREEXEC'], capture_output=True,\n"
          "                   preexec_fn=lambda: os.putenv('MINIPY_PREEXEC', 'set in child'))\n"
          "def boom():\n"
          "    raise ValueError('no')\n"
          "try:\n"
          "    subprocess.run(['true'], preexec_fn=boom)\n"
          "except subprocess.SubprocessError as e:\n"
          "    msg = str(e)\n");
  CHECK(vm.eval_repr("r.stdout") == "b'set in child\\n'");
  CHECK(vm.eval_repr("msg") == "'Exception occurred in preexec_fn.'");
  CHECK(vm.eval_repr("'MINIPY_PREEXEC' in os.environ") == "False");
}

TEST_CASE("processes: pass_fds are inherited, other descriptors are closed") {
  minipy::VM vm;
  vm.exec("import subprocess, os\n"
          "r1, w1 = os.pipe()\n"
          "r2, w2 = os.pipe()\n"
          "check = 'for fd in %d %d; do if { true >&$fd; } 2>/dev/null; then echo open; else echo closed; fi; done'\n"
          "out = subprocess.run(['sh', '-c', check % (w1, w2)], pass_fds=(w1,), capture_output=True).stdout\n"
          "for fd in (r1, w1, r2, w2):\n"
          "    os.close(fd)\n");
  CHECK(vm.eval_repr("out") == "b'open\\nclosed\\n'");
}

TEST_CASE("processes: fork_exec checks its arguments") {
  minipy::VM vm;
  vm.exec("import _posixsubprocess\n"
          "def err(*a):\n"
          "    try:\n"
          "        _posixsubprocess.fork_exec(*a)\n"
          "    except (TypeError, ValueError) as e:\n"
          "        return type(e).__name__ + ': ' + str(e)\n"
          "base = [[b'true'], [b'/bin/true'], True, (), None, None, -1, -1, -1, -1, -1, -1, 3, 4,\n"
          "        True, False, -1, None, None, None, -1, None]\n");
  CHECK(vm.eval_repr("err(1, 2)") == "'TypeError: fork_exec() takes exactly 22 arguments (2 given)'");
  CHECK(vm.eval_repr("err(*(base[:3] + [(5, 4)] + base[4:]))") == "'ValueError: bad value(s) in fds_to_keep'");
  CHECK(vm.eval_repr("err(*(base[:21] + [42]))") == "'TypeError: preexec_fn must be callable'");
  CHECK(vm.eval_repr("err(*([[b'a\\0b']] + base[1:]))") == "'ValueError: embedded null byte'");
}
