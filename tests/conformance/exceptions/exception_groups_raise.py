# Raising inside except* and collecting errors into a group
def validate(rec):
    errs = []
    if not rec.get("name"):
        errs.append(ValueError("name missing"))
    if not isinstance(rec.get("age"), int):
        errs.append(TypeError("age must be int"))
    if errs:
        raise ExceptionGroup(f"invalid record {rec.get('id')}", errs)
    return rec
records = [{"id": 1, "name": "a", "age": 3}, {"id": 2, "age": "x"}, {"id": 3, "name": "", "age": 1}]
for r in records:
    try:
        validate(r)
        print("record", r["id"], "ok")
    except* ValueError as g:
        print("record", r["id"], "value errors:", [str(e) for e in g.exceptions], g.message)
    except* TypeError as g:
        print("record", r["id"], "type errors:", [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as e:
    print(type(e).__name__, [repr(x) for x in e.exceptions])
except KeyError as e:
    print("KeyError directly:", e)
