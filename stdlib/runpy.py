"""runpy — locating and running Python code through the module namespace.

run_module(name) runs a module's code (a package's __main__) without
importing it as `name`; run_path(path) runs a script file, or the __main__.py
of a directory.  Both return the resulting globals.  Sources come from
sys.path first and then from the standard library embedded in minipy.
"""

import os
import sys

import _runpy

__all__ = ["run_module", "run_path"]


class _ModuleSpec:
    """The subset of importlib's ModuleSpec that run code can look at."""

    def __init__(self, name, origin, is_package=False):
        self.name = name
        self.origin = origin
        self.loader = None
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self.has_location = origin is not None and not origin.startswith('<')

    @property
    def parent(self):
        if self.submodule_search_locations is not None:
            return self.name
        return self.name.rpartition('.')[0]

    def __repr__(self):
        return 'ModuleSpec(name=%r, loader=None, origin=%r)' % (self.name, self.origin)


class _TempModule(object):
    """Temporarily replace a module in sys.modules with an empty namespace"""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = type(sys)(mod_name)
        self._saved_module = []

    def __enter__(self):
        mod_name = self.mod_name
        try:
            self._saved_module.append(sys.modules[mod_name])
        except KeyError:
            pass
        sys.modules[mod_name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved_module:
            sys.modules[self.mod_name] = self._saved_module[0]
        else:
            del sys.modules[self.mod_name]
        self._saved_module = []


class _ModifiedArgv0(object):
    def __init__(self, value):
        self.value = value
        self._saved_value = self._sentinel = object()

    def __enter__(self):
        if self._saved_value is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved_value = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved_value


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Helper to run code in nominated namespace"""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        fname = script_name
        pkg_name_value = pkg_name
    else:
        fname = mod_spec.origin
        pkg_name_value = mod_spec.parent
    run_globals.update(__name__=mod_name,
                       __file__=fname,
                       __cached__=None,
                       __doc__=None,
                       __loader__=None,
                       __package__=pkg_name_value,
                       __spec__=mod_spec)
    if fname is None or fname.startswith('<frozen'):
        del run_globals['__file__']
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None,
                     pkg_name=None, script_name=None):
    """Helper to run code in new namespace with sys modified"""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)
    # Copy the globals of the temporary module, as they
    # may be cleared when the temporary module goes away
    return mod_globals.copy()


def _find_source(mod_name):
    """(source, filename, is_package) for a module, or None.  A dotted
    name's parent package is imported first (as CPython does)."""
    parent, _, last = mod_name.rpartition('.')
    if parent:
        pkg = __import__(parent, fromlist=['__name__'])
        search = getattr(pkg, '__path__', None)
        if search is None:
            return None
    else:
        search = sys.path
    for d in search:
        d = d or '.'
        init = os.path.join(d, last, '__init__.py')
        if os.path.isfile(init):
            with open(init, encoding='utf-8') as f:
                return f.read(), init, True
        path = os.path.join(d, last + '.py')
        if os.path.isfile(path):
            with open(path, encoding='utf-8') as f:
                return f.read(), path, False
    found = _runpy.frozen_source(mod_name)
    if found is None:
        return None
    source, is_package = found
    return source, '<frozen %s>' % mod_name, is_package


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            msg = "{mod_name!r} found in sys.modules after import of " \
                  "package {pkg_name!r}, but prior to execution of " \
                  "{mod_name!r}; this may result in unpredictable " \
                  "behaviour".format(mod_name=mod_name, pkg_name=pkg_name)
            warn(RuntimeWarning(msg))
    try:
        found = _find_source(mod_name)
    except ImportError as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if found is None:
        raise error("No module named %s" % mod_name)
    source, filename, is_package = found
    if is_package:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            pkg_main_name = mod_name + ".__main__"
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise  # No module loaded; being a package is irrelevant
            raise error(("%s; %r is a package and cannot " +
                         "be directly executed") % (e, mod_name))
    code = compile(source, filename, 'exec')
    return mod_name, _ModuleSpec(mod_name, filename), code


class _Error(Exception):
    """Error that _run_module_as_main() should report without a traceback"""


def _run_module_as_main(mod_name, alter_argv=True):
    """Runs the designated module in the __main__ namespace (what -m does).

    Note that the executed module will have full access to the __main__
    namespace; use run_module() to run it in a fresh namespace instead.
    """
    try:
        if alter_argv or mod_name != "__main__":  # i.e. -m switch
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:          # i.e. directory or zipfile execution
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        msg = "%s: %s" % (sys.executable, exc)
        sys.exit(msg)
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute a module's code without importing it; returns the resulting
    module globals dictionary.  alter_sys=True also updates sys.argv[0] and
    sys.modules[run_name] while the code runs."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    # Leave the sys module alone
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    # Helper that gives a nicer error message when attempting to
    # execute a zipfile or directory by invoking __main__.py
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" % (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main


def run_path(path_name, init_globals=None, run_name=None):
    """Execute code located at the specified filesystem location (a script,
    or a directory containing __main__.py); returns the resulting globals."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    path_name = os.fspath(path_name)
    if not os.path.isdir(path_name):
        with open(path_name, 'rb') as f:
            source = f.read()
        code = compile(source, path_name, 'exec')
        return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name, script_name=path_name)
    # A directory: run its __main__.py with the directory first on sys.path.
    sys.path.insert(0, path_name)
    try:
        main_file = os.path.join(path_name, '__main__.py')
        if not os.path.isfile(main_file):
            raise ImportError("can't find '__main__' module in %r" % path_name)
        with open(main_file, 'rb') as f:
            code = compile(f.read(), main_file, 'exec')
        spec = _ModuleSpec('__main__', main_file)
        with _TempModule(run_name) as temp_module, _ModifiedArgv0(path_name):
            mod_globals = temp_module.module.__dict__
            return _run_code(code, mod_globals, init_globals, run_name, spec, pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
