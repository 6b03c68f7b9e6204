# Error messages for dict operations
cases = [
    ("missing", lambda: {}["k"]),
    ("missing int", lambda: {1: 2}[3]),
    ("missing tuple", lambda: {}[(1, 2)]),
    ("unhashable", lambda: {}[[1]]),
    ("unhashable set", lambda: {{1}: 1}),
    ("update", lambda: {}.update(5)),
    ("update seq", lambda: {}.update([(1, 2, 3)])),
    ("fromkeys", lambda: dict.fromkeys(5)),
    ("add", lambda: {} + {}),
    ("or", lambda: {} | [1]),
    ("lt", lambda: {} < {}),
    ("kwargs", lambda: dict(**{1: 2})),
    ("get args", lambda: {}.get()),
    ("popitem", lambda: {}.popitem()),
]
for name, fn in cases:
    try:
        fn()
        print(name, "no error")
    except Exception as e:
        print(f"{name}: {type(e).__name__}: {e}")
