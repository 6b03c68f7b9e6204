import types, bisect, string, collections.abc as cabc
ns = types.SimpleNamespace(a=1, b='x'); ns.c = [1]; print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
def g(): yield 1
print(isinstance(g(), types.GeneratorType), isinstance(g, types.FunctionType), type(types), types.ModuleType('m'))
print(types.BuiltinFunctionType, types.FunctionType, types.GeneratorType, types.MethodType, types.NoneType)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)), cabc.Iterable[int], cabc.Callable[[int], str])
@types.coroutine
def yielder():
    yield 'tick'
    return 5
async def main():
    r = await yielder()
    return r
c = main(); print(c.send(None))
try: c.send(None)
except StopIteration as e: print('done', e.value)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3); print(a, bisect.bisect_left(a, 4, key=lambda x: x))
print(string.ascii_letters, string.digits, string.punctuation, string.capwords('hello  world foo'))
t = string.Template('$who likes ${what}, $$5'); print(t.substitute(who='tim', what='pie'), t.safe_substitute(who='x'))
try: string.Template('$who and $').substitute(who=1)
except ValueError as e: print(e)
try: t.substitute(who=1)
except KeyError as e: print('KeyError', e)
print(t.get_identifiers())
