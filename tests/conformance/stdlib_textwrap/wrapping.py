import textwrap
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.dedent('''
    def f():
        return 1
      x
    '''))
print(repr(textwrap.dedent("  a\n\n    b\n  c")), repr(textwrap.indent("a\nb\n\nc", "> ")))
print(textwrap.shorten("Hello  world!  This is long text", width=20), textwrap.wrap("a-very-long-hyphenated-word here", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
