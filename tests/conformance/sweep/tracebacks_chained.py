# Uncaught exception with chained causes, printed by the default hook.
class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key

    def __str__(self):
        return f"bad config key {self.key!r}: {self.args[1]}"


def parse(text):
    result = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        key, _, value = line.partition("=")
        try:
            result[key.strip()] = int(value)
        except ValueError as e:
            raise ConfigError(key.strip(), f"line {lineno}") from e
    return result


def load(text):
    try:
        return parse(text)
    except ConfigError:
        cleanup = None
        cleanup.close()


print(parse("a = 1\nb = 2"))
try:
    parse("x = 1\ny = two")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    load("z = ?")
except AttributeError as e:
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("hidden context") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))


def level3():
    raise ValueError("deep problem")


def level2():
    level3()


def level1():
    try:
        level2()
    except ValueError as exc:
        raise LookupError("wrapped") from exc


load("q = 1\nr = x")
