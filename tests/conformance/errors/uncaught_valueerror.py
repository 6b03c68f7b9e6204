# Dies with an uncaught ValueError at module level
print("converting")
n = int("not a number")
print("never")
