# hash of empty str/bytes is 0 in CPython, whatever the hash seed
print(hash(""), hash(b""), hash(bytearray(b"").decode()), {"": 1, b"": 2})
print(hash("") == hash(b"") == 0, "" in {"": None})
