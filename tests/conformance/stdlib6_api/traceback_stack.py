# traceback's stack functions: extract_stack / format_stack / print_stack
# (with limits), walk_stack / walk_tb, StackSummary.extract / from_list /
# format, FrameSummary construction and comparison, format_list /
# print_list, clear_frames, and repeated-frame folding.
import io
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(x):
    return str(x).replace(HERE, '')


def show(lines):
    text = lines if isinstance(lines, str) else ''.join(lines)
    print(clean(text), end='' if text.endswith('\n') else '\n')


def outer():
    return middle()


def middle():
    return inner()


def inner():
    print(clean(traceback.extract_stack()))
    print(clean(traceback.extract_stack(limit=1)))
    print(clean(traceback.extract_stack(limit=-1)))
    show(traceback.format_stack())
    show(traceback.format_stack(limit=2))
    buf = io.StringIO()
    traceback.print_stack(file=buf)
    traceback.print_stack(limit=1, file=buf)
    traceback.print_stack(sys._getframe().f_back, limit=1, file=buf)
    show(buf.getvalue())
    s = traceback.StackSummary.extract(traceback.walk_stack(None))
    print(type(s).__name__, clean(s))
    s = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=2,
                                       lookup_lines=False)
    print(clean(s), [f._line for f in s], [f.line for f in s])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())])
    return 'done'


print(outer())

try:
    outer_fail = lambda: [][1]
    outer_fail()
except IndexError as e:
    tb = e.__traceback__
    print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    s = traceback.StackSummary.extract(traceback.walk_tb(tb))
    print(clean(s), [(f.colno, f.end_colno) for f in s])
    show(s.format())
    s = traceback.extract_tb(tb)
    print([(f.lineno, f.end_lineno, f.colno, f.end_colno) for f in s])
    print(traceback.clear_frames(tb))

print('== FrameSummary')
fs = traceback.FrameSummary('x.py', 3, 'fn', line='  a = b  ')
print(fs, repr(fs.line), repr(fs._line), fs == ('x.py', 3, 'fn', 'a = b'), fs != ('x.py', 3, 'fn', 'a = b'))
print(list(fs), fs[0], fs[-2], len(fs), tuple(fs))
fs2 = traceback.FrameSummary('x.py', 3, 'fn', lookup_line=False)
print(repr(fs2._line), repr(fs2.line), repr(fs2._line))
print(fs == fs2, fs == 3, fs.__eq__(3))
print(traceback.FrameSummary('x.py', None, 'fn').line)
loc = traceback.FrameSummary('nofile.py', 3, 'fn', locals={'a': 1, 'b': 'x', 'c': [1]})
print(loc.locals, loc == traceback.FrameSummary('nofile.py', 3, 'fn'))
print(traceback.FrameSummary('f.py', 1, 'g', end_lineno=2, colno=3, end_colno=4).end_colno)
here = traceback.FrameSummary(__file__, 11, 'top')
print(repr(here.line))
show(traceback.StackSummary.from_list([here, loc]).format())

print('== from_list / format_list')
ss = traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1'), fs, ('b.py', 2, 'g', None)])
print(type(ss).__name__, ss, ss.format())
print(traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', '')]))
buf = io.StringIO()
traceback.print_list([('a.py', 1, 'f', 'x = 1')], file=buf)
print(buf.getvalue(), end='')
print(traceback.StackSummary.from_list([]).format(), traceback.StackSummary().format())
rep = traceback.StackSummary.from_list([('r.py', 7, 'again', 'again()')] * 6 + [('r.py', 9, 'end', 'x')])
show(rep.format())
rep2 = traceback.StackSummary.from_list([('r.py', 7, 'again', 'again()')] * 4)
show(rep2.format())


class Custom(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == 'skip':
            return None
        return f'<{frame_summary.name}:{frame_summary.lineno}>\n'


print(Custom.from_list([('a.py', 1, 'f', ''), ('a.py', 2, 'skip', ''), ('a.py', 3, 'g', '')]).format())
print(type(Custom.extract(iter([]))).__name__)
