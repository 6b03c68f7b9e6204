// runtime/exc_table.h — the one table of built-in exception classes and their
// hierarchy (CPython 3.11). Expanded by the Exc enum (object.h), interpreter
// start-up (exceptions.cpp) and the builtins module.
// X(Name, Base, Layout)  — Layout names the C++ struct of instances (see objects.h).
// Order matters: a base appears before its subclasses.
#define MINIPY_EXCEPTIONS(X) \
  X(BaseException, object, BaseException) \
  X(BaseExceptionGroup, BaseException, ExceptionGroup) \
  X(GeneratorExit, BaseException, BaseException) \
  X(KeyboardInterrupt, BaseException, BaseException) \
  X(SystemExit, BaseException, SystemExit) \
  X(Exception, BaseException, BaseException) \
  X(ArithmeticError, Exception, BaseException) \
  X(FloatingPointError, ArithmeticError, BaseException) \
  X(OverflowError, ArithmeticError, BaseException) \
  X(ZeroDivisionError, ArithmeticError, BaseException) \
  X(AssertionError, Exception, BaseException) \
  X(AttributeError, Exception, AttributeError) \
  X(BufferError, Exception, BaseException) \
  X(EOFError, Exception, BaseException) \
  X(ExceptionGroup, Exception, ExceptionGroup) /* also subclasses BaseExceptionGroup */ \
  X(ImportError, Exception, ImportError) \
  X(ModuleNotFoundError, ImportError, ImportError) \
  X(LookupError, Exception, BaseException) \
  X(IndexError, LookupError, BaseException) \
  X(KeyError, LookupError, BaseException) \
  X(MemoryError, Exception, BaseException) \
  X(NameError, Exception, NameError) \
  X(UnboundLocalError, NameError, NameError) \
  X(OSError, Exception, OSError) \
  X(BlockingIOError, OSError, OSError) \
  X(ChildProcessError, OSError, OSError) \
  X(ConnectionError, OSError, OSError) \
  X(BrokenPipeError, ConnectionError, OSError) \
  X(ConnectionAbortedError, ConnectionError, OSError) \
  X(ConnectionRefusedError, ConnectionError, OSError) \
  X(ConnectionResetError, ConnectionError, OSError) \
  X(FileExistsError, OSError, OSError) \
  X(FileNotFoundError, OSError, OSError) \
  X(InterruptedError, OSError, OSError) \
  X(IsADirectoryError, OSError, OSError) \
  X(NotADirectoryError, OSError, OSError) \
  X(PermissionError, OSError, OSError) \
  X(ProcessLookupError, OSError, OSError) \
  X(TimeoutError, OSError, OSError) \
  X(ReferenceError, Exception, BaseException) \
  X(RuntimeError, Exception, BaseException) \
  X(NotImplementedError, RuntimeError, BaseException) \
  X(RecursionError, RuntimeError, BaseException) \
  X(StopAsyncIteration, Exception, BaseException) \
  X(StopIteration, Exception, StopIteration) \
  X(SyntaxError, Exception, SyntaxError) \
  X(IndentationError, SyntaxError, SyntaxError) \
  X(TabError, IndentationError, SyntaxError) \
  X(SystemError, Exception, BaseException) \
  X(TypeError, Exception, BaseException) \
  X(ValueError, Exception, BaseException) \
  X(UnicodeError, ValueError, BaseException) \
  X(UnicodeDecodeError, UnicodeError, BaseException) \
  X(UnicodeEncodeError, UnicodeError, BaseException) \
  X(UnicodeTranslateError, UnicodeError, BaseException) \
  X(Warning, Exception, BaseException) \
  X(BytesWarning, Warning, BaseException) \
  X(DeprecationWarning, Warning, BaseException) \
  X(EncodingWarning, Warning, BaseException) \
  X(FutureWarning, Warning, BaseException) \
  X(ImportWarning, Warning, BaseException) \
  X(PendingDeprecationWarning, Warning, BaseException) \
  X(ResourceWarning, Warning, BaseException) \
  X(RuntimeWarning, Warning, BaseException) \
  X(SyntaxWarning, Warning, BaseException) \
  X(UnicodeWarning, Warning, BaseException) \
  X(UserWarning, Warning, BaseException)
