# raise SystemExit(0) exits cleanly even inside try/finally
try:
    print("in try")
    raise SystemExit(0)
finally:
    print("finally runs before exit")
print("never")
