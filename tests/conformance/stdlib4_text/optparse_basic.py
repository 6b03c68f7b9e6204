# optparse: actions, types, defaults, groups, help layout (both formatters), errors.
import io
import optparse
import sys
from optparse import OptionParser, OptionGroup, Option, Values


def show(label, f):
    try:
        r = f()
    except SystemExit as e:
        print(label, '-> SystemExit', e.code)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', r)


def values(v):
    return sorted(v.__dict__.items(), key=lambda kv: kv[0])


p = OptionParser(usage="%prog [options] FILE", version="%prog 1.0",
                 description="A program that does things with files and directories, written "
                             "to exercise the help formatter in a way that wraps.",
                 epilog="See the manual for more information about this program and its many options.",
                 prog="tool")
p.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
p.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
             help="don't print status messages to stdout")
p.add_option("-n", type="int", default=3, help="number of things [default: %default]")
p.add_option("--very-long-option-name-here",
             help="this option has a long name so the help goes on the next line")
p.add_option("--secret", help=optparse.SUPPRESS_HELP)
p.add_option("-c", choices=["a", "b"], help="a choice (default %default)")
p.add_option("--nohelp")
p.add_option("-v", action="count", dest="verbosity", help="more output")
p.add_option("-I", action="append", dest="include", help="add a directory")
p.add_option("--const", action="store_const", const=42, dest="answer")
p.add_option("--acon", action="append_const", const="x", dest="lst")
p.add_option("--pair", nargs=2, type="float", help="two floats")
p.add_option("--cx", type="complex")
g = OptionGroup(p, "Dangerous Options",
                "Caution: use these options at your own risk.  It is believed that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
p.add_option_group(g)
g2 = p.add_option_group("Empty group")
p.print_help()
print(repr(p.get_usage()))
p.print_version()
print(repr(p.format_option_help()))

opts, args = p.parse_args(["-f", "x", "-n0x10", "a", "--quiet", "b", "-vvv", "-Ia", "-I", "b",
                           "--const", "--acon", "--acon", "--pair", "1", "2.5", "--cx=1+2j",
                           "-gcb", "--", "-q"])
print(values(opts), args)
print(opts.filename, opts.verbose, opts.n, opts.verbosity, opts.include)
opts, args = p.parse_args([])
print(values(opts), args)
for argv in (["-n", "010"], ["-n", "0b101"], ["-n", "0"], ["-n", "-7"], ["--fi=abc"], ["-fq"], ["-qf", "z"],
             ["--very", "v"], ["-"], ["a", "-", "b"]):
    o, a = p.parse_args(argv)
    print(argv, '->', o.n, o.filename, o.verbose, o.very_long_option_name_here, a)

old_stderr = sys.stderr
for argv in (["-n", "x"], ["-c", "z"], ["--pair", "1"], ["-f"], ["--nope"], ["-z"], ["--quiet=3"],
             ["--v"], ["--pair", "a", "b"], ["--cx", "zz"]):
    sys.stderr = io.StringIO()
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print(argv, 'exit', e.code, repr(sys.stderr.getvalue()))
    finally:
        sys.stderr = old_stderr

# --help and --version exit
sys.stdout.flush()
show('help', lambda: p.parse_args(["--help"]))
show('version', lambda: p.parse_args(["--version"]))


# callbacks
def cb(option, opt_str, value, parser, *args, **kwargs):
    print('callback', option, opt_str, value, args, sorted(kwargs.items()), parser.largs, parser.rargs)
    setattr(parser.values, option.dest, (value, opt_str))


p2 = OptionParser(prog="cb")
p2.add_option("--cb", action="callback", callback=cb, type="string", dest="cbv",
              callback_args=(1, 2), callback_kwargs={"k": "v"})
p2.add_option("-x", action="callback", callback=cb, dest="xx")
o, a = p2.parse_args(["pos", "--cb", "val", "-x", "rest"])
print(values(o), a)
p2.disable_interspersed_args()
print(p2.parse_args(["-x", "pos", "-x"])[1])
p2.enable_interspersed_args()
print(p2.has_option("--cb"), p2.has_option("-y"), p2.get_option("-x"), p2.get_option("--nope"))
p2.remove_option("-x")
print(p2.has_option("-x"))
show('remove missing', lambda: p2.remove_option("-x"))
p2.set_defaults(cbv="dflt", other=1)
p2.set_default("more", [1])
print(values(p2.get_default_values()))

# option construction errors
show('no strings', lambda: Option())
show('short', lambda: Option("-"))
show('bad short', lambda: Option("--"))
show('bad long', lambda: Option("---x"))
show('bad short form', lambda: Option("-xy"))
show('bad action', lambda: Option("-x", action="explode"))
show('bad type', lambda: Option("-x", type="bytes"))
show('typed const', lambda: Option("-x", action="store_true", type="int"))
show('choice none', lambda: Option("-x", type="choice"))
show('choice str', lambda: Option("-x", type="choice", choices="ab"))
show('choices for int', lambda: Option("-x", type="int", choices=["1"]))
show('const', lambda: Option("-x", const=1))
show('nargs', lambda: Option("-x", action="store_true", nargs=2))
show('callback', lambda: Option("-x", action="callback", callback=5))
show('callback args', lambda: Option("-x", action="callback", callback=cb, callback_args=[1]))
show('callback kwargs', lambda: Option("-x", action="callback", callback=cb, callback_kwargs=[1]))
show("callback non", lambda: Option("-x", callback=len))
show('callback args non', lambda: Option("-x", callback_args=(1,)))
show('bad kw', lambda: Option("-x", zzz=1, aaa=2))
o = Option("-x", "--ex-ample", type=int)
print(o, o.dest, o.type, o.nargs, o.takes_value(), o.get_opt_string(), o.default)
print(Option("--s", type=str).type, Option("-y", action="store_true").takes_value())
show('conflict', lambda: p.add_option("-f"))
p3 = OptionParser(conflict_handler="resolve", add_help_option=False)
p3.add_option("-a", "--all", help="first")
p3.add_option("-a", help="second")
p3.add_option("--all", help="third")
print([str(o) for o in p3.option_list])
show('bad handler', lambda: OptionParser(conflict_handler="x"))
show('add_option bad', lambda: p3.add_option(5))
show('group wrong parser', lambda: p3.add_option_group(g))

# Values
v = Values({"a": 1, "b": None})
print(v, v == {"a": 1, "b": None}, v == Values({"a": 1, "b": None}), v.ensure_value("b", 5), v.ensure_value("a", 7))
v._update({"a": 2, "zz": 3}, "careful")
print(v)
v._update({"zz": 3}, "loose")
print(v)
show('bad mode', lambda: v._update({}, "x"))
print(str(optparse.BadOptionError("--q")), str(optparse.AmbiguousOptionError("--q", ["--qa", "--qb"])))
print(str(optparse.OptionValueError("bad value")), optparse.SUPPRESS_HELP, optparse.SUPPRESS_USAGE)

# TitledHelpFormatter, usage variants, width
p4 = OptionParser(formatter=optparse.TitledHelpFormatter(width=60), usage="usage: %prog go", prog="t4",
                  description="Short.")
p4.add_option("-a", "--alpha", help="the first letter of the Greek alphabet, used here to "
                                    "show help wrapping at a narrower width")
g4 = p4.add_option_group("Group", "Group description.")
g4.add_option("--beta", metavar="B")
p4.print_help()
p5 = OptionParser(usage=optparse.SUPPRESS_USAGE, add_help_option=False)
print(repr(p5.format_help()), repr(p5.get_usage()))
f = optparse.IndentedHelpFormatter(indent_increment=4, max_help_position=30, width=50, short_first=0)
p6 = OptionParser(formatter=f, prog="p6")
p6.add_option("-o", "--output", metavar="PATH", help="where to put it")
f.set_long_opt_delimiter(" ")
f.set_short_opt_delimiter("")
p6.print_help()
show('bad delim', lambda: f.set_long_opt_delimiter(":"))
print(optparse.make_option is Option, optparse.__version__)
