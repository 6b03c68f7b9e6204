# Comments, blank lines, indentation styles, semicolons
x = 1; y = 2; z = x + y  # semicolons
print(x, y, z)

if x:
        print("deep indent")   # 8 spaces
        if y:
         print("odd indent")   # 1 extra
def f():

    # comment on its own line

    return "blank lines inside"
print(f())
class C: pass
def g(): return 42
print(g(), C.__name__)
for i in range(2): print(i); print(-i)
while False: pass
else: print("while-else")
s = "# not a comment"
print(s)
print("""
# also not a comment
""".strip())
if True: pass; print("after pass")
print(1 if x else 2)  ;
