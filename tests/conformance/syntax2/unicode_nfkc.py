# Identifiers are NFKC-normalised (PEP 3131) as CPython does.
ns = {}
exec("ﬁ = 1\nprint(fi)\nℌ = 2\nprint(H)\nµ = 3\nprint(μ)\nｗｉｄｔｈ = 4\nprint(width)", ns)
print(sorted(k for k in ns if k != "__builtins__"))
ns = {}
exec("class C:\n    ﬁeld = 5\nprint(C.field, getattr(C, 'ﬁeld', None))\ndef f(ℍ=1): return H\nprint(f(H=7))", ns)
exec("import types\nm = types.SimpleNamespace(ｘ=1)\nprint(m.x if hasattr(m, 'x') else 'no x', m.ｘ)", {})
print(compile("ｘ = 1", "<s>", "exec").co_names)
print(compile("def ｆ(ａ): ｂ = ａ", "<s>", "exec").co_consts[0].co_varnames)
