# argparse option kinds: BooleanOptionalAction, nargs ?/*/2, groups, mutually exclusive, intermixed.
import argparse
import sys
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog="tool", description="Demo tool", formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="toggle feature")
p.add_argument("--level", nargs="?", const=5, default=1, type=int, help="level")
p.add_argument("--pair", nargs=2, metavar=("K", "V"))
p.add_argument("--size", choices=["s", "m", "l"], required=True)
p.add_argument("-q", "--quiet", action="store_const", const=0, dest="verbosity", default=1)
p.add_argument("--tags", nargs="*", default=[])
p.add_argument("files", nargs="*", help="input files")
g = p.add_argument_group("output", "Output options")
g.add_argument("-o", "--out", default="-", help="output file")
mx = p.add_mutually_exclusive_group(required=True)
mx.add_argument("--json", action="store_true")
mx.add_argument("--csv", action="store_true")
print(p.format_help())
for argv in [["--size", "m", "--json"], ["--no-feature", "--level", "--size", "l", "--csv", "a", "b"], ["--level", "3", "--pair", "x", "y", "--size", "s", "--json", "--tags", "t1", "t2"],
             ["--size", "m"], ["--size", "xl", "--json"], ["--json", "--csv", "--size", "s"], ["--pair", "x", "--size", "s", "--json"], ["--level", "abc", "--size", "s", "--json"], ["--unknown", "--size", "s", "--json"], ["-h"]]:
    try:
        print(sorted(vars(p.parse_args(argv)).items()))
    except SystemExit as e:
        print("exit", e.code)
p2 = argparse.ArgumentParser(prog="x", add_help=False, prefix_chars="+-", allow_abbrev=False)
p2.add_argument("+v", action="count", default=0)
p2.add_argument("--verbose-mode", action="store_true")
print(p2.parse_args(["+v", "+v"]), p2.format_usage())
try:
    p2.parse_args(["--verb"])
except SystemExit as e:
    print("exit", e.code)
ns = argparse.Namespace(a=1)
print(ns, "a" in ns, argparse.Namespace(a=1) == ns)
p3 = argparse.ArgumentParser(prog="calc")
p3.add_argument("nums", type=float, nargs="+")
p3.add_argument("--op", default="sum")
print(p3.parse_intermixed_args(["1", "--op", "max", "2", "3"]))
print(p3.format_usage(), end="")
p3.print_usage()
p3.print_help()
p4 = argparse.ArgumentParser(prog="long", epilog="Example: long --x 1")
p4.add_argument("--a-very-long-option-name-that-wraps", metavar="VALUE", help="This is a rather long help text that should be wrapped across multiple lines by the help formatter to fit the width.")
p4.add_argument("--x", type=int, default=3, help="x value (default: %(default)s, type %(type)s)")
print(p4.format_help())
p = argparse.ArgumentParser(prog="m")
p.add_argument("src")
p.add_argument("rest", nargs="*")
p.add_argument("-v", action="store_true")
p.add_argument("--n", type=int, required=True)
for argv in [["a", "-v", "b", "--n", "2", "c"], ["--n", "1"], ["a", "b"], ["a", "--n", "x"], ["a", "--n", "1", "--zz"]]:
    try:
        print(p.parse_intermixed_args(argv))
    except SystemExit as e:
        print("exit", e.code)
print(p.parse_known_intermixed_args(["x", "--n", "3", "--other", "y"]))
