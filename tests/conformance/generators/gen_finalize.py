# Generator finally blocks run on exhaustion, close, and break
def resource(name):
    print(f"  open {name}")
    try:
        for i in range(3):
            yield f"{name}:{i}"
    finally:
        print(f"  close {name}")
for x in resource("A"):
    print(x)
for x in resource("B"):
    print(x)
    if x.endswith("1"):
        break
print("after break")
g = resource("C")
print(next(g))
g.close()
print("after explicit close")
g = resource("D")
print(next(g))
del g
print("after del")
def lines():
    try:
        yield "one"
        yield "two"
    finally:
        print("  lines finalized")
print(next(iter(lines())))
print("end of script")
