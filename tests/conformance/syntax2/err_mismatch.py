# whole-stderr test: unclosed bracket at EOF
data = {
    "a": [1, 2,
    "b": 3,
}
