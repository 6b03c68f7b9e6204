# if/elif/else chains
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0:
        if n > 100:
            kind = "big even"
        else:
            kind = "even"
    else:
        kind = "odd"
    return kind
print([classify(n) for n in (-5, 0, 4, 7, 102, 101)])
def bmi_category(bmi):
    if bmi < 18.5: return "under"
    elif bmi < 25: return "normal"
    elif bmi < 30: return "over"
    else: return "obese"
for w, h in [(50, 1.8), (70, 1.75), (85, 1.7), (120, 1.6)]:
    bmi = w / h ** 2
    print(f"{bmi:.1f} {bmi_category(bmi)}")
x = []
if x:
    print("non-empty")
elif x is not None:
    print("empty list")
if not 0 and not "" and not None:
    print("all falsy")
y = 5
if y > 3: print("y > 3")
if y > 10: print("never")
else: print("else branch")
