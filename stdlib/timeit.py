"""timeit — measure the execution time of small code snippets.

Timer compiles the statement into a function that runs it in a loop
(`template` below), with the garbage collector off while timing.  The
command line (`python -m timeit [-n N] [-r N] [-s S] [-u U] [-p] [-v] stmt`)
prints "N loops, best of R: T per loop" like CPython.
"""

import gc
import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# The loop the statement is compiled into; {stmt} and {setup} are indented to
# fit, {init} adds keyword parameters for callable stmt/setup.
template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """Helper to reindent a multi-line statement."""
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Class for timing execution speed of small code snippets.

    stmt and setup are strings of code or callables without arguments;
    timer is the clock (time.perf_counter by default); globals is the
    namespace the code runs in (this module's by default).
    """

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Fail early (outside the function) on code that cannot compile.
            compile(setup, dummy_src_name, "exec")
            prefix = setup + '\n'
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            prefix = ''
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(prefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        """Print a traceback for an error in the timed code, showing the
        generated source lines.  Typical use: `except: t.print_exc()`."""
        import traceback
        if file is None:
            file = sys.stderr
        exc = sys.exception()
        lines = self.src.split("\n")
        text = ''.join(traceback.format_exception(exc))
        # Our formatter cannot read <timeit-src>: add its lines ourselves.
        out = []
        for line in text.splitlines(True):
            out.append(line)
            marker = 'File "%s", line ' % dummy_src_name
            if marker in line:
                try:
                    num = int(line.split(marker, 1)[1].split(',', 1)[0])
                    out.append('    ' + lines[num - 1].strip() + '\n')
                except (ValueError, IndexError):
                    pass
        file.write(''.join(out))

    def timeit(self, number=default_number):
        """Time `number` executions of the main statement (seconds, float);
        setup runs once first."""
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() `repeat` times; return the list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a number of loops (1, 2, 5, 10, 20, 50, ...) taking at least
        0.2 seconds; return (number, time taken).  callback(number,
        time_taken) is called after each trial."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_USAGE = """\
usage: python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')
"""


def _parse_options(args):
    """A small getopt: returns ({option: [values]}, positional)."""
    takes_value = {'-n': '-n', '--number': '-n', '-r': '-r', '--repeat': '-r', '-s': '-s',
                   '--setup': '-s', '-u': '-u', '--unit': '-u'}
    flags = {'-p': '-p', '--process': '-p', '-v': '-v', '--verbose': '-v', '-h': '-h', '--help': '-h'}
    opts = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == '--':
            i += 1
            break
        if not a.startswith('-') or a == '-':
            break
        if a.startswith('--'):
            name, eq, value = a.partition('=')
            if name in takes_value:
                if not eq:
                    i += 1
                    if i >= len(args):
                        raise ValueError('option %s requires argument' % name)
                    value = args[i]
                opts.append((takes_value[name], value))
            elif name in flags:
                opts.append((flags[name], ''))
            else:
                raise ValueError('option %s not recognized' % name)
            i += 1
            continue
        # short options, possibly bundled (-vv, -n5)
        j = 1
        while j < len(a):
            o = '-' + a[j]
            if o in takes_value:
                value = a[j + 1:]
                if not value:
                    i += 1
                    if i >= len(args):
                        raise ValueError('option %s requires argument' % o)
                    value = args[i]
                opts.append((o, value))
                break
            elif o in flags:
                opts.append((o, ''))
                j += 1
            else:
                raise ValueError('option %s not recognized' % o)
        i += 1
    return opts, args[i:]


def main(args=None, *, _wrap_timer=None):
    """Main program, used when run as a script (returns None or an exit status)."""
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(args)
    except ValueError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2

    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0  # auto-determine
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    precision = 3
    for o, a in opts:
        if o == "-n":
            number = int(a)
        if o == "-s":
            setup.append(a)
        if o == "-u":
            if a in units:
                time_unit = a
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
        if o == "-r":
            repeat = int(a)
            if repeat <= 0:
                repeat = 1
        if o == "-p":
            timer = time.process_time
        if o == "-v":
            if verbose:
                precision += 1
            verbose += 1
        if o == "-h":
            print(_USAGE, end='')
            return 0
    setup = "\n".join(setup) or "pass"

    # Include the current directory, so that local imports work (sys.path
    # contains the directory of this script, rather than the current
    # directory)
    import os
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    t = Timer(stmt, setup, timer)
    if number == 0:
        # determine number so that 0.2 <= total time < 2.0
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = "{num} loop{s} -> {secs:.{prec}g} secs"
                plural = (number != 1)
                print(msg.format(num=number, s='s' if plural else '', secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except:
            t.print_exc()
            return 1

        if verbose:
            print()

    try:
        raw_timings = t.repeat(repeat, number)
    except:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = sorted(((scale, unit) for unit, scale in units.items()), reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]

    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, 's' if number != 1 else '', repeat, format_time(best)))

    best = min(timings)
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
