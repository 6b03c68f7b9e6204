# NameError with a "Did you mean" suggestion
counter = 1
def bump():
    return countr + 1
print("before")
bump()
