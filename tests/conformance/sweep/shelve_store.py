# A persistent key-value store with shelve (dbm.dumb underneath): CRUD, writeback, read-only.
import dbm
import os
import shelve
import shutil
import tempfile

workdir = tempfile.mkdtemp()
path = os.path.join(workdir, "inventory")
with shelve.open(path) as db:
    db["apple"] = {"qty": 3, "price": 0.5}
    db["pear"] = [1, 2, 3]
    db["notes"] = "x" * 1000
print(sorted(os.listdir(workdir)), dbm.whichdb(path))
with shelve.open(path) as db:
    print(sorted(db), len(db), "apple" in db, db["apple"], db.get("plum", "missing"))
    item = db["apple"]
    item["qty"] += 1
    db["apple"] = item
    db["pear"].append(4)  # lost: no writeback
    print(db["pear"], db["apple"])
    del db["notes"]
with shelve.open(path, writeback=True) as db:
    db["pear"].append(5)
    print(db["pear"], sorted(db.items()))
with shelve.open(path, flag="r") as db:
    print(dict(sorted(db.items())))
    try:
        db["plum"] = 1
    except Exception as e:
        print(type(e).__name__, e)
with open(path + ".dir") as f:
    print(f.read(), end="")
print(os.path.getsize(path + ".dat"))
with dbm.open(path + "-raw", "c") as raw:
    raw["k"] = "v"
    raw[b"k2"] = b"v2"
    print(raw["k"], sorted(raw.keys()), b"k" in raw, "k2" in raw, len(raw))
try:
    dbm.open(os.path.join(workdir, "missing"))
except dbm.error[0] as e:
    print(type(e).__name__, e)
s = shelve.open(path)
s.close()
try:
    s["apple"]
except ValueError as e:
    print(e)
shutil.rmtree(workdir)
