# User-defined exception hierarchies
class AppError(Exception):
    """Base for app errors."""
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return f"not found: {self.key}"
class Fatal(AppError, RuntimeError):
    pass
def act(kind):
    if kind == "v":
        raise ValidationError("age", "must be positive")
    if kind == "n":
        raise NotFound("user42")
    if kind == "f":
        raise Fatal("stop")
    if kind == "o":
        raise OSError("os level")
    return "ok"
for k in "vnfox":
    try:
        print(act(k))
    except ValidationError as e:
        print("validation", e.field, e, e.args)
    except NotFound as e:
        print("notfound", e, e.args, repr(e))
    except RuntimeError as e:
        print("runtime (Fatal is one)", type(e).__name__, isinstance(e, AppError), e)
    except AppError:
        print("generic app error")
    except Exception as e:
        print("other", type(e).__name__, e)
print([c.__name__ for c in Fatal.__mro__])
print(issubclass(ValidationError, Exception), issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(issubclass(KeyError, LookupError), issubclass(FileNotFoundError, OSError), issubclass(ZeroDivisionError, ArithmeticError))
print(AppError.__doc__, repr(AppError()), str(AppError()), repr(AppError("m")))
try:
    raise AppError
except AppError as e:
    print("raised class, got instance:", type(e).__name__, e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc: pass
try:
    raise NotExc()
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
