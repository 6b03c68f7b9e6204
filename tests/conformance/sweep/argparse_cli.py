# argparse with subcommands, types, choices, defaults, errors and --help output.
import argparse
import sys

parser = argparse.ArgumentParser(prog="todo", description="A tiny todo manager.",
                                 epilog="See the docs for more.")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--db", default="todo.db", metavar="PATH", help="database file (default: %(default)s)")
sub = parser.add_subparsers(dest="command", title="commands", required=True)
p_add = sub.add_parser("add", help="add a task")
p_add.add_argument("title", nargs="+", help="task title words")
p_add.add_argument("-p", "--priority", type=int, choices=range(1, 6), default=3)
p_add.add_argument("--tag", action="append", dest="tags", default=[])
p_list = sub.add_parser("list", help="list tasks", aliases=["ls"])
p_list.add_argument("--all", action="store_true")
p_list.add_argument("--sort", choices=["date", "priority"], default="date")
p_done = sub.add_parser("done", help="mark done")
p_done.add_argument("ids", type=int, nargs="*")
group = p_done.add_mutually_exclusive_group()
group.add_argument("--quiet", action="store_true")
group.add_argument("--loud", action="store_true")

for argv in [["add", "buy", "milk", "-p", "5", "--tag", "home", "--tag", "x"],
             ["-vv", "--db", "x.db", "ls", "--all"],
             ["done", "1", "2", "3", "--quiet"],
             ["list", "--sort=priority"]]:
    ns = parser.parse_args(argv)
    print(sorted(vars(ns).items()))

ns, extra = parser.parse_known_args(["ls", "--unknown", "z"])
print(ns.command, extra)
print(parser.format_usage(), end="")
print(parser.format_help())
print(p_add.format_help())
print(p_done.format_usage(), end="")

sys.stderr = sys.stdout
for argv in [[], ["add"], ["add", "x", "-p", "9"], ["add", "x", "-p", "high"], ["done", "--quiet", "--loud"], ["bogus"], ["list", "--sort", "name"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

simple = argparse.ArgumentParser(prog="calc", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
simple.add_argument("x", type=float, help="first operand")
simple.add_argument("y", type=float, nargs="?", default=1.0, help="second operand")
simple.add_argument("--op", choices=["+", "-", "*", "/"], default="+", help="operation")
simple.add_argument("--precision", type=int, default=2, help="digits")
simple.add_argument("--version", action="version", version="%(prog)s 1.0")
print(simple.format_help())
a = simple.parse_args(["3", "4", "--op", "*"])
print(f"{eval(f'{a.x}{a.op}{a.y}'):.{a.precision}f}")
try:
    simple.parse_args(["--version"])
except SystemExit as e:
    print("version exit", e.code)
try:
    simple.parse_args(["-h"])
except SystemExit as e:
    print("help exit", e.code)
