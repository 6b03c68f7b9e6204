# IndentationError: unexpected indent / expected an indented block
def f():
return 1
