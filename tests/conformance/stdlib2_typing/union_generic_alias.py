import typing
print(list[int] | list[int], list[int] | None, None | list[int], int | list[int] | str, (list[int] | None).__args__)
print(int | typing.List[int], list[int] | typing.Optional[str])
print(isinstance([], list | None), (list[int] | None) == (None | list[int]), hash(list[int] | None) == hash(None | list[int]))
print((int | str) == (str | int), {int | str: 1}[str | int], int | str | int)
for f in (lambda: isinstance([], list[int] | None), lambda: issubclass(list, list | dict[str, int]), lambda: list[int] | 3):
    try: print(f())
    except TypeError as e: print(e)
def f(a: list[int] | None = None) -> dict[str, int] | None: ...
print(typing.get_type_hints(f))
