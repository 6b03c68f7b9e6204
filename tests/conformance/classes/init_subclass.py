# __init_subclass__ and __class_getitem__
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        Plugin.registry[cls.key] = cls
        print("registered", cls.key)
class Csv(Plugin, key="csv"): pass
class Json(Plugin): pass
class Sub(Json, key="json2"): pass
print(sorted(Plugin.registry), Sub.key, Json.key)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], list[int], dict[str, list[int]])
