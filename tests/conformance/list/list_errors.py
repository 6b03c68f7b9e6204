# List error messages
cases = [
    ("index", lambda: [1, 2][5]),
    ("neg index", lambda: [][-1]),
    ("assign", lambda: [].__setitem__(0, 1)),
    ("remove", lambda: [1].remove(2)),
    ("pop empty", lambda: [].pop()),
    ("pop range", lambda: [1].pop(3)),
    ("index val", lambda: ["a"].index("b")),
    ("str idx", lambda k="x": [1][k]),
    ("mul", lambda: [1] * 2.0),
    ("add", lambda: [1] + None),
    ("hash", lambda: hash([1])),
    ("dict key", lambda: {[1]: 2}),
    ("set", lambda: {[1]}),
    ("unpack", lambda: list(5)),
    ("sort key", lambda: sorted([1, 2], key=5)),
    ("ext slice", lambda: [1, 2, 3].__setitem__(slice(None, None, 2), [1])),
    ("step 0", lambda: [1, 2][::0]),
]
for name, fn in cases:
    try:
        fn()
        print(name, "no error")
    except Exception as e:
        print(f"{name}: {type(e).__name__}: {e}")
