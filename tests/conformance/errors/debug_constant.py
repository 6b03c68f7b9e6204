# __debug__ is a constant: every way of binding or deleting it is a SyntaxError.
print(__debug__)
for src in ['__debug__ = 1', 'def f(__debug__): pass', 'del __debug__', 'import __debug__',
            'for __debug__ in x: pass', 'class A:\n  __debug__ = 1', 'x.__debug__ = 1', 'f(__debug__=1)',
            'def __debug__(): pass', 'with x as __debug__: pass', 'lambda __debug__: 1',
            'import x as __debug__', 'from x import y as __debug__', '(__debug__ := 1)', 'class __debug__: pass',
            'def f(*, __debug__): pass', 'def f(**__debug__): pass', 'x = __debug__', 'x.__debug__']:
    try:
        compile(src, '<s>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset, e.end_offset)
