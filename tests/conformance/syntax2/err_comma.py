# whole-stderr test: missing comma
items = [
    "a"
    "b",
    first second
]
