x = 5
if x is 5: print("is5")
if x is not "a": print("nota")
print(x is (), x is -1, x is (1, 2), x is None, x is ..., 1 < x is 3)
try: None()
except TypeError as e: print(e)
try: [1, 2](3)
except TypeError as e: print(e)
try: print([1][1.0])
except TypeError as e: print(e)
try: print(5[0])
except TypeError as e: print(e)
try: print("abc"["x"])
except TypeError as e: print(e)
print((1, 2)[True], "ab"[0], f"x"[0])
assert (x, "msg")
def f():
    y = [1] 
    return y is [1]
print(f())
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    compile("x is 5\nx is 5", "<s>", "exec")
    print([(str(i.message), i.category.__name__, i.lineno, i.filename) for i in w])
warnings.simplefilter("error")
try:
    compile("\n\nassert (1, 2)", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.filename)
warnings.simplefilter("ignore")
compile("(1)()", "<s>", "exec"); print("ignored")
