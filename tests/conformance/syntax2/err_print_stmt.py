# whole-stderr test: Python 2 print statement
x = 1
print "hello", x
