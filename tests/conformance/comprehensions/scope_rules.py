# Comprehension scope rules
x = "global x"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)]
print(f())
class C:
    val = 3
    items = [i for i in range(val)]
    try:
        doubled = [val * i for i in range(3)]
    except NameError as e:
        err = str(e)
print(C.items, C.err)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
print([(lambda n: n * n)(i) for i in range(4)])
total = 0
print([total := total + i for i in range(5)], total)
def outer():
    data = [1, 2, 3]
    return [[d * k for d in data] for k in range(2)]
print(outer())
n = 3
print({i: [j for j in range(i)] for i in range(n)})
