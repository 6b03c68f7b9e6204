# whole-stderr test: expected indented block
for i in range(3):
print(i)
