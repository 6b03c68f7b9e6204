# SyntaxErrors for global/nonlocal misuse, compiled via exec
snippets = [
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "x = 1\ndef f():\n    global x\n    x = 2\nf()\nprint('global ok', x)\n",
]
for src in snippets:
    try:
        exec(src, {})
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "line", e.lineno)
