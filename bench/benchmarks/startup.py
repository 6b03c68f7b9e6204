# startup — an empty program: the time and memory of starting the interpreter,
# compiling a file and shutting down. Prints nothing.
