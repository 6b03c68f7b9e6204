# whole-stderr test: invalid decimal literal
x = 12abc + 1
