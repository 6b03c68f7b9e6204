# subprocess.run with capture_output, text, check, input, returncode
import subprocess
import sys

r = subprocess.run([sys.executable, "-c", "print('hello from child')"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)

r = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin.read().upper(), end='')"],
                   input="some input\nlines\n", capture_output=True, text=True)
print(repr(r.stdout))

r = subprocess.run([sys.executable, "-c", "import sys; sys.stderr.write('oops\\n'); sys.exit(4)"],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stderr))

try:
    subprocess.run([sys.executable, "-c", "raise SystemExit(2)"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e.returncode, str(e).replace(sys.executable, "PY"))

r = subprocess.run([sys.executable, "-c", "print(b'x'*3)"], stdout=subprocess.PIPE)
print(r.stdout)

out = subprocess.check_output([sys.executable, "-c", "print(6*7)"], text=True)
print(out.strip())

r = subprocess.run([sys.executable, "-c", "import sys; print('E', file=sys.stderr); print('O')"],
                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(sorted(r.stdout.split()))

p = subprocess.Popen([sys.executable, "-c", "import sys\nfor line in sys.stdin: print(len(line.strip()))"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("a\nbb\nccc\n")
print(out.split(), err, p.returncode)

try:
    subprocess.run([sys.executable, "-c", "import time; time.sleep(5)"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", round(e.timeout, 1))

print(subprocess.call([sys.executable, "-c", "pass"]))
r = subprocess.run("echo shell works", shell=True, capture_output=True, text=True)
print(r.stdout.strip())
print(r.args)
cp = subprocess.CompletedProcess(["x"], 0, "o", "e")
print(cp)
r = subprocess.run([sys.executable, "-c", "print('env', __import__('os').environ.get('MYVAR'))"],
                   env={"MYVAR": "42"}, capture_output=True, text=True)
print(r.stdout.strip())
try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
