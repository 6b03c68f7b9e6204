# A small text-processing program
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(".,").lower() for w in text.split()]
print(len(words), len(set(words)))
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, c in top:
    print(f"{w:>10} {'#' * c} {c}")
longest = max(words, key=len)
print("longest:", longest, len(longest))
def wrap(t, width):
    lines, cur = [], ""
    for w in t.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return lines
for line in wrap(text, 28):
    print(f"|{line:<28}|")
def caesar(t, k):
    out = []
    for ch in t:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, "snake_case_name".title().replace("_", ""), "CamelCaseName"[0].lower() + "CamelCaseName"[1:])
