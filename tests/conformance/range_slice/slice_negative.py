# Negative indices and steps across sequence types
seqs = ["python", [1, 2, 3, 4, 5, 6], (10, 20, 30, 40, 50, 60), range(6), b"bytes!"]
for s in seqs:
    print(s[-1], s[-2:], s[:-2], s[::-1], s[-1:-4:-1], s[-4::2], s[5:0:-2], s[-100:100])
print("abc"[-1::-1], "abc"[-4:], "abc"[:-4], "abc"[3:], "abc"[1:1])
x = list(range(10))
print(x[-3:-1], x[-1:-3], x[-1:-3:-1], x[::-4], x[8:-8:-1], x[1:-1:3])
