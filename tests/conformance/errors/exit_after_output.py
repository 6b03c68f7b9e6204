# Output written before the crash must appear on stdout
import sys
for i in range(3):
    print("line", i)
sys.stdout.write("partial line without newline")
raise RuntimeError("crash after output")
