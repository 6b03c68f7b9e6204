# Shared driver for the syntax2 conformance scripts: compile() each snippet and
# print every attribute of the SyntaxError (or the warnings it emits).
import warnings


def check(src, mode="exec", flags=0):
    shown = src if len(src) <= 50 else src[:47] + "..."
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        try:
            compile(src, "<snippet>", mode, flags)
        except SyntaxError as e:
            print(repr(shown), "->", type(e).__name__, repr(e.msg), e.lineno,
                  e.offset, e.end_lineno, e.end_offset, repr(e.text))
        except Exception as e:
            print(repr(shown), "->", type(e).__name__, repr(str(e)))
        else:
            print(repr(shown), "-> ok")
    for w in ws:
        print("   warning:", w.category.__name__, repr(str(w.message)), w.lineno)


def check_all(snippets, mode="exec"):
    for s in snippets:
        check(s, mode)
