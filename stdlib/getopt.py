"""Parser for command line options in the style of Unix getopt().

getopt(args, shortopts, longopts) parses options up to the first
non-option argument; gnu_getopt() lets options and arguments mix.
Errors raise GetoptError (alias: error), whose opt names the option.
"""
# minipy: written from the documented behaviour of CPython 3.11's getopt.

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

import os


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # backward compatibility


def _long_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parses command line options and parameter list.  Options end at the
    first argument that is not an option ('-' and anything not starting
    with '-'), or after '--'.  Returns a list of (option, value) pairs
    and the remaining arguments.
    """
    opts = []
    longopts = _long_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            opts, args = _do_long(opts, args[0][2:], longopts, args[1:])
        else:
            opts, args = _do_short(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and non-option arguments may be mixed
    (GNU style).  A leading '+' in the short options, or the environment
    variable POSIXLY_CORRECT, stops at the first non-option instead.
    """
    opts = []
    rest = []
    longopts = _long_list(longopts)
    options_first = False
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        options_first = True
    while args:
        a = args[0]
        if a == '--':
            rest += args[1:]
            break
        if a[:2] == '--':
            opts, args = _do_long(opts, a[2:], longopts, args[1:])
        elif a[:1] == '-' and a != '-':
            opts, args = _do_short(opts, a[1:], shortopts, args[1:])
        elif options_first:
            rest += args
            break
        else:
            rest.append(a)
            args = args[1:]
    return opts, rest


def _do_long(opts, opt, longopts, args):
    name, eq, value = opt.partition('=')
    if not eq:
        value = None
    takes_arg, name = _match_long(name, longopts)
    if takes_arg:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return opts, args


def _match_long(name, longopts):
    """(takes an argument, full option name) for a possibly abbreviated name."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _do_short(opts, letters, shortopts, args):
    while letters:
        ch, letters = letters[0], letters[1:]
        if _short_takes_arg(ch, shortopts):
            if not letters:
                if not args:
                    raise GetoptError('option -%s requires argument' % ch, ch)
                letters, args = args[0], args[1:]
            value, letters = letters, ''
        else:
            value = ''
        opts.append(('-' + ch, value))
    return opts, args


def _short_takes_arg(ch, shortopts):
    for i, c in enumerate(shortopts):
        if c == ch and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % ch, ch)


if __name__ == '__main__':
    import sys
    print(getopt(sys.argv[1:], "a:b", ["alpha=", "beta"]))
