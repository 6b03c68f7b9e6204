# Encoding and decoding round-trips
samples = ["ascii", "café", "日本語", "emoji 😀", "mixed ñ € 𝄞"]
for s in samples:
    u8 = s.encode("utf-8")
    print(repr(s), len(s), len(u8), u8, u8.decode("utf-8") == s)
print("é".encode("latin-1"), "é".encode("utf-16"), "A".encode("utf-32-be"), "A".encode("utf-16-be"))
print(b"\xe9".decode("latin-1"), b"\x00A".decode("utf-16-be"), b"\xff\xfeA\x00".decode("utf-16"))
for enc in ("ascii", "latin-1"):
    try:
        "€".encode(enc)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e.reason, e.start, e.end)
print("€".encode("ascii", "xmlcharrefreplace"), "a€b".encode("ascii", "backslashreplace"))
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    b"ab\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
def checksum(data):
    s = 0
    for byte in data:
        s = (s * 31 + byte) & 0xFFFFFFFF
    return s
print(checksum(b"hello"), checksum("héllo".encode()), hex(checksum(bytes(range(256)))))
