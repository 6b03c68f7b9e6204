# json, pickle and copy on deeply nested data: RecursionError with the
# messages of CPython's C accelerators (json, pickle) and of its copy module,
# and the nesting they accept.
import copy
import json
import pickle


def deep_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def deep_dict(n):
    x = {}
    for _ in range(n):
        x = {"k": x}
    return x


def t(name, f):
    try:
        r = f()
    except (RecursionError, ValueError) as e:
        print(name, "->", type(e).__name__, e)
    else:
        print(name, "->", r)


N = 100_000
t("json.dumps list", lambda: len(json.dumps(deep_list(N))))
t("json.dumps dict", lambda: len(json.dumps(deep_dict(N))))
t("json.dumps indent", lambda: len(json.dumps(deep_list(N), indent=1)))
t("json.loads array", lambda: json.loads("[" * N + "]" * N))
t("json.loads object", lambda: json.loads('{"a":' * N + "1" + "}" * N))
t("json.loads mixed", lambda: json.loads('[{"a":' * N + "1" + "}]" * N))
t("json 500 round trip", lambda: json.loads(json.dumps(deep_list(500))) == deep_list(500))
t("json 500 objects", lambda: json.loads(json.dumps(deep_dict(500))) == deep_dict(500))
t("json 900 arrays", lambda: len(json.loads("[" * 900 + "]" * 900)))
t("json.loads errors still", lambda: json.loads("[" * 50 + "1," + "]" * 50))
t("pickle.dumps list", lambda: len(pickle.dumps(deep_list(N))))
t("pickle.dumps dict", lambda: len(pickle.dumps(deep_dict(N))))
t("pickle.dumps protocol 0", lambda: len(pickle.dumps(deep_list(N), protocol=0)))
t("pickle 300 round trip", lambda: pickle.loads(pickle.dumps(deep_list(300))) == deep_list(300))
t("pickle 300 dicts", lambda: pickle.loads(pickle.dumps(deep_dict(300), 0)) == deep_dict(300))
t("pickle.loads deep", lambda: len(pickle.loads(b"(" * N + b"l" * N + b".")))
t("copy.deepcopy list", lambda: copy.deepcopy(deep_list(N)))
t("copy.deepcopy dict", lambda: copy.deepcopy(deep_dict(N)))
t("copy.deepcopy 300", lambda: copy.deepcopy(deep_list(300)) == deep_list(300))
t("copy.copy", lambda: len(copy.copy(deep_list(N))))
