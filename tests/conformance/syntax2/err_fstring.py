# whole-stderr test: f-string
name = "x"
print(f"hello {name!x}")
