# Word statistics over a text: frequencies, n-grams, concordance, justified output.
import re
import string
from collections import Counter, defaultdict
from itertools import islice, pairwise

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period."""

words = re.findall(r"[a-z']+", TEXT.lower())
print(len(words), len(set(words)), words[:8])
freq = Counter(words)
for word, n in freq.most_common(8):
    print(f"{word:>8} {n:3d} {'#' * n}")
print(sorted(w for w, n in freq.items() if n == 1)[:10])
bigrams = Counter(pairwise(words))
print(bigrams.most_common(4))
trigrams = Counter(zip(words, words[1:], words[2:]))
print([" ".join(t) for t, _ in trigrams.most_common(3)])
by_len = defaultdict(set)
for w in words:
    by_len[len(w)].add(w)
print({k: sorted(v)[:3] for k, v in sorted(by_len.items())})
letters = Counter(c for c in TEXT.lower() if c in string.ascii_lowercase)
total = sum(letters.values())
print(" ".join(f"{c}:{letters[c] / total:.1%}" for c in "etaoin"))
vowels = sum(letters[c] for c in "aeiou")
print(f"vowels {vowels} ({vowels / total:.2%}), consonants {total - vowels}")
sentences = [s.strip() for s in re.split(r"[,.;]\s*|--", TEXT) if s.strip()]
print(len(sentences), max(sentences, key=len).replace("\n", " "), min(sentences, key=len))


def concordance(word, width=20):
    flat = " ".join(TEXT.split())
    for m in re.finditer(rf"\b{re.escape(word)}\b", flat, re.I):
        left = flat[max(0, m.start() - width):m.start()]
        right = flat[m.end():m.end() + width]
        yield f"{left:>{width}}[{m.group()}]{right:<{width}}"


for line in islice(concordance("period"), 3):
    print(line)
for line in concordance("age"):
    print(line)


def justify(words, width):
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for line in lines:
        gaps = len(line) - 1
        if gaps == 0:
            out.append(line[0].ljust(width))
            continue
        spaces = width - sum(map(len, line))
        q, r = divmod(spaces, gaps)
        out.append("".join(w + " " * (q + (i < r)) for i, w in enumerate(line[:-1])) + line[-1])
    out.append(" ".join(cur).ljust(width))
    return out


for line in justify(TEXT.split()[:30], 36):
    print(f"|{line}|")
caps = Counter(w for w in re.findall(r"\b[A-Z][a-z]+\b", TEXT))
print(caps, TEXT.count("it was"), TEXT.lower().count("it was"), TEXT.find("Heaven"), TEXT.rfind("period"))
table = str.maketrans("", "", string.punctuation)
clean = TEXT.translate(table)
print(clean[:50].split(), len(clean), clean.isascii())
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "racecar" == "racecar"[::-1], sorted("listen") == sorted("silent"), " ".join(w.capitalize() for w in "hello big world".split()))
print(Counter(len(w) for w in words).most_common(3), sum(map(len, words)) / len(words))
