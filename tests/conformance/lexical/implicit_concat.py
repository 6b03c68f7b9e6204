# Implicit string concatenation and line continuation
msg = ("Hello, "
       "world"
       '!')
print(msg)
parts = ["a" "b", "c"
         "d", "e"]
print(parts, len(parts))
x = 1 + \
    2 + \
    3
print(x)
name = "Ann"
print("Name: " f"{name}" " ok")
print(f"{1}" "{2}" f"{3}")
print(r"\n" "\n" r"\t", end="|\n")
if (x == 6 and
        msg.endswith("!")):
    print("multi-line condition")
total = sum([
    1,
    2,
    3,   # trailing comma
])
print(total)
d = {
    "k": 1,
    "v": 2,
}
print(d)
def f(a,
      b=2,
      ):
    return a + b
print(f(1,
        ))
print("x" \
      "y")
