# String escape sequences
s = "a\tb\nc\\d\'e\"f"
print(s)
print(repr(s))
print(len("\x41\x42"), "\x41\x42")
print("\101\102\7", repr("\0"), repr("\a\b\f\v\r"))
print("\u00e9\u4e2d\U0001F600", len("\U0001F600"))
print("\N{LATIN SMALL LETTER E WITH ACUTE}", "\N{GREEK SMALL LETTER ALPHA}")
print(repr("\u00e9"), ascii("\u00e9\U0001F600"))
print("line1\
line2")
print('single "double" inside', "double 'single' inside")
print('''triple 'single'
second line''')
print("""triple "double"
  indented""")
print(repr("tab\there"), repr("\x7f"), repr("\x80"), repr("\xa0"), repr("\u200b"))
print(ord("\n"), ord("\x00"), ord("\uffff"))
