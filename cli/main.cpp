// cli/main.cpp — the `minipy` command: a thin program over the public API
// (include/minipy/minipy.h). It reads the command line and the PYTHON*
// environment variables the way CPython 3.11's `python3` does (same options,
// same option grammar — combined short flags, `-Wd`, `-cCODE`, `--` — same
// error messages and exit statuses), fills a minipy::Config and hands the
// work to a minipy::VM. Must not: reach any internal header; every option is
// a Config field an embedder can set too.
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <csignal>
#include <cstring>
#include <string>
#include <vector>

#include "minipy/minipy.h"

namespace {

// ---------------------------------------------------------------- help texts

const char kUsageLine[] = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

const char kHelpOptions[] =
    "Options (and corresponding environment variables):\n"
    "-b     : issue warnings about str(bytes_instance), str(bytearray_instance)\n"
    "         and comparing bytes/bytearray with str. (-bb: issue errors)\n"
    "-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x\n"
    "         (minipy never writes them; this sets sys.dont_write_bytecode)\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-d     : turn on parser debugging output (sets sys.flags.debug only);\n"
    "         also PYTHONDEBUG=x\n"
    "-E     : ignore PYTHON* and MINIPY* environment variables (such as PYTHONPATH)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script; also PYTHONINSPECT=x\n"
    "-I     : isolate minipy from the user's environment (implies -E, -P and -s)\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-O     : remove assert and __debug__-dependent statements; also PYTHONOPTIMIZE=x\n"
    "-OO    : do -O changes and also discard docstrings\n"
    "-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE\n"
    "-S     : don't imply 'import site' on initialization\n"
    "-u     : force the stdout and stderr streams to be unbuffered;\n"
    "         this option has no effect on stdin; also PYTHONUNBUFFERED=x\n"
    "-v     : verbose (sets sys.flags.verbose); also PYTHONVERBOSE=x\n"
    "         can be supplied multiple times to increase verbosity\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "         when given twice, print more information about the build\n"
    "-W arg : warning control; arg is action:message:category:module:lineno\n"
    "         also PYTHONWARNINGS=arg\n"
    "-x     : skip first line of source, allowing use of non-Unix forms of #!cmd\n"
    "-X opt : set implementation-specific option (see --help-xoptions)\n"
    "--check-hash-based-pycs always|default|never:\n"
    "         accepted for compatibility (minipy reads no .pyc files)\n"
    "--dis file     : print the bytecode of file and exit (minipy)\n"
    "--help-env      : print help about minipy environment variables and exit\n"
    "--help-xoptions : print help about implementation-specific -X options and exit\n"
    "--help-all      : print complete help information and exit\n"
    "Arguments:\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

const char kHelpXoptions[] =
    "The following implementation-specific options are available:\n"
    "\n"
    "-X dev: enable the development mode: the default warning filter (as -W default)\n"
    "    and sys.flags.dev_mode\n"
    "\n"
    "-X utf8: enable UTF-8 mode (sys.flags.utf8_mode); -X utf8=0 disables it\n"
    "\n"
    "-X warn_default_encoding: set sys.flags.warn_default_encoding\n"
    "\n"
    "-X int_max_str_digits=number: limit the size of int<->str conversions.\n"
    "    The default is sys.int_info.default_max_str_digits.  0 disables.\n"
    "\n"
    "-X gil-stats: print per-thread GIL statistics to stderr at exit\n"
    "\n"
    "-X gil-trace=FILE: write a Chrome trace-event JSON timeline of GIL holding/waiting\n"
    "\n"
    "-X gil-timeline=FILE.svg: draw the same timeline as an SVG picture\n"
    "\n"
    "-X switch-interval=SECS: the GIL switch interval (default 0.005)\n"
    "\n"
    "-X gil-policy=fair|cpython: GIL hand-off policy (default fair)\n"
    "\n"
    "-X gil-schedule=SEED: deterministic, seeded thread switching (reproducible races)\n"
    "\n"
    "Other -X options are accepted and only listed in sys._xoptions.\n";

const char kHelpEnv[] =
    "Environment variables that change behavior:\n"
    "PYTHONPATH   : ':'-separated list of directories prefixed to the\n"
    "               default module search path.  The result is sys.path.\n"
    "MINIPYPATH   : the same, searched before PYTHONPATH.\n"
    "PYTHONUTF8: if set to 1, enable the UTF-8 mode.\n"
    "PYTHONHASHSEED: 0 sets sys.flags.hash_randomization to 0.\n"
    "PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value\n"
    "   when converting from a string and when converting an int back to a str.\n"
    "   A value of 0 disables the limit.  Conversions to or from bases 2, 4, 8,\n"
    "   16, and 32 are never limited.\n"
    "PYTHONDEVMODE: enable the development mode.\n"
    "PYTHONWARNDEFAULTENCODING: set sys.flags.warn_default_encoding.\n"
    "MINIPY_GIL_STATS=1: same as -X gil-stats.\n"
    "These variables have equivalent command-line parameters (see --help for details):\n"
    "PYTHONDEBUG             : sys.flags.debug (-d)\n"
    "PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)\n"
    "PYTHONINSPECT           : inspect interactively after running script (-i)\n"
    "PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value\n"
    "                          (-X int_max_str_digits=number)\n"
    "PYTHONNOUSERSITE        : disable user site directory (-s)\n"
    "PYTHONOPTIMIZE          : enable level 1 optimizations (-O)\n"
    "PYTHONSAFEPATH          : don't prepend a potentially unsafe path to sys.path (-P)\n"
    "PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)\n"
    "PYTHONVERBOSE           : sys.flags.verbose (-v)\n"
    "PYTHONWARNINGS=arg      : warning control (-W arg)\n";

void print_usage_head(FILE* f, const char* program) { std::fprintf(f, kUsageLine, program); }

// A command-line error: the message (already printed), the usage line and
// CPython's hint, exit status 2.
int usage_error(const char* program) {
  print_usage_head(stderr, program);
  std::fputs("Try `python -h' for more information.\n", stderr);
  return 2;
}

// CPython's fatal start-up error for a bad option value.
[[noreturn]] void fatal_config(const char* func, const std::string& msg) {
  std::fprintf(stderr, "Fatal Python error: %s: %s\nPython runtime state: preinitialized\n\n", func, msg.c_str());
  std::exit(1);
}

std::string dirname_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// ---------------------------------------------------------------- option scanner
// CPython's _PyOS_GetOpt: short options may be combined ("-uB"); an option
// taking an argument takes the rest of its word or the next word ("-Wd",
// "-W d"); "--" ends the options; "-" alone is a program name (stdin).

const char kShortOpts[] = "bBc:dEhiIJm:OPqRsStuvVW:xX:?";
struct LongOpt {
  const char* name;
  bool has_arg;
  int val;
};
enum : int { kOptHashPycs = 1000, kOptHelpAll, kOptHelpEnv, kOptHelpXoptions, kOptDis };
const LongOpt kLongOpts[] = {{"check-hash-based-pycs", true, kOptHashPycs},
                             {"help-all", false, kOptHelpAll},
                             {"help-env", false, kOptHelpEnv},
                             {"help-xoptions", false, kOptHelpXoptions},
                             {"dis", true, kOptDis},
                             {nullptr, false, 0}};
constexpr int kOptEnd = -1, kOptError = -2;

struct GetOpt {
  int argc;
  char** argv;
  int optind = 1;
  const char* rest = "";  // unread flags of the current word
  const char* optarg = nullptr;

  int next() {
    if (*rest == '\0') {
      if (optind >= argc) return kOptEnd;
      const char* a = argv[optind];
      if (a[0] != '-' || a[1] == '\0') return kOptEnd;  // a program name, or "-"
      if (std::strcmp(a, "--") == 0) {
        ++optind;
        return kOptEnd;
      }
      if (std::strcmp(a, "--help") == 0) {
        ++optind;
        return 'h';
      }
      if (std::strcmp(a, "--version") == 0) {
        ++optind;
        return 'V';
      }
      rest = a + 1;
      ++optind;
    }
    char option = *rest++;
    if (option == '\0') return kOptEnd;
    if (option == '-') {  // a long option
      for (const LongOpt* o = kLongOpts; o->name; ++o) {
        if (std::strcmp(o->name, rest) != 0) continue;
        rest = "";
        if (!o->has_arg) return o->val;
        if (optind >= argc) {
          std::fprintf(stderr, "Argument expected for the %s options\n", argv[optind - 1]);
          return kOptError;
        }
        optarg = argv[optind++];
        return o->val;
      }
      std::fprintf(stderr, "unknown option %s\n", argv[optind - 1]);
      return kOptError;
    }
    if (option == 'J') {
      std::fputs("-J is reserved for Jython\n", stderr);
      return kOptError;
    }
    const char* spec = std::strchr(kShortOpts, option);
    if (!spec || option == ':') {
      std::fprintf(stderr, "Unknown option: -%c\n", option);
      return kOptError;
    }
    if (spec[1] == ':') {
      if (*rest != '\0') {
        optarg = rest;
        rest = "";
      } else {
        if (optind >= argc) {
          std::fprintf(stderr, "Argument expected for the -%c option\n", option);
          return kOptError;
        }
        optarg = argv[optind++];
      }
    }
    return option;
  }
};

// ---------------------------------------------------------------- environment

struct Env {
  bool use = true;  // false under -E / -I
  const char* get(const char* name) const {
    if (!use) return nullptr;
    const char* v = std::getenv(name);
    return v && *v ? v : nullptr;
  }
  // CPython's _Py_get_env_flag: an integer >= 0, anything else counts as 1;
  // the flag becomes the larger of the two.
  void flag(int* f, const char* name) const {
    const char* v = get(name);
    if (!v) return;
    char* end = nullptr;
    errno = 0;
    long n = std::strtol(v, &end, 10);
    int value = (*end != '\0' || errno || n < 0 || n > INT_MAX) ? 1 : int(n);
    if (*f < value) *f = value;
  }
  void flag(bool* f, const char* name) const {
    int v = *f ? 1 : 0;
    flag(&v, name);
    *f = v != 0;
  }
};

// A decimal integer (the whole text), for -X int_max_str_digits and friends.
bool parse_int(const char* s, long* out) {
  if (!s || !*s) return false;
  char* end = nullptr;
  errno = 0;
  long n = std::strtol(s, &end, 10);
  if (*end != '\0' || errno) return false;
  *out = n;
  return true;
}

void split_path(const char* value, std::vector<std::string>* out) {
  if (!value) return;
  std::string s = value;
  size_t start = 0;
  while (start <= s.size()) {
    size_t colon = s.find(':', start);
    std::string part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    if (!part.empty()) out->push_back(part);
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
}

// The value of -X name[=value], or null when absent ("" for a bare -X name).
const char* xoption(const std::vector<std::string>& xs, const char* name) {
  size_t n = std::strlen(name);
  const char* found = nullptr;
  for (const std::string& x : xs) {
    if (x.compare(0, n, name) != 0) continue;
    if (x.size() == n) found = "";
    else if (x[n] == '=') found = x.c_str() + n + 1;
  }
  return found;
}

}  // namespace

int main(int argc, char** argv) {
  // Like CPython: writing to a closed pipe raises BrokenPipeError instead of
  // killing the process (subprocess children get SIGPIPE back by default).
  std::signal(SIGPIPE, SIG_IGN);
  const char* program = argc > 0 && argv[0] ? argv[0] : "minipy";
  minipy::Config cfg;
  for (int k = 0; k < argc; ++k) cfg.orig_argv.push_back(argv[k]);
  std::string command, module, script, dis_file;
  bool have_command = false, have_module = false;
  int print_version = 0;
  bool ignore_env = false, skip_first_line = false, buffered_off = false;
  std::vector<std::string> cmdline_warnoptions;

  GetOpt opt{argc, argv};
  while (true) {
    int c = opt.next();
    if (c == kOptEnd) break;
    if (c == kOptError) return usage_error(program);
    if (c == 'c') {  // -c ends the options: what follows is sys.argv[1:]
      command = opt.optarg;
      have_command = true;
      break;
    }
    if (c == 'm') {
      module = opt.optarg;
      have_module = true;
      break;
    }
    switch (c) {
      case kOptHashPycs:
        if (std::strcmp(opt.optarg, "always") != 0 && std::strcmp(opt.optarg, "never") != 0 &&
            std::strcmp(opt.optarg, "default") != 0) {
          std::fputs("--check-hash-based-pycs must be one of 'default', 'always', or 'never'\n", stderr);
          return usage_error(program);
        }
        break;
      case kOptHelpAll:
        print_usage_head(stdout, program);
        std::fputs(kHelpOptions, stdout);
        std::fputs("\n", stdout);
        std::fputs(kHelpEnv, stdout);
        std::fputs("\n", stdout);
        std::fputs(kHelpXoptions, stdout);
        return 0;
      case kOptHelpEnv: std::fputs(kHelpEnv, stdout); return 0;
      case kOptHelpXoptions: std::fputs(kHelpXoptions, stdout); return 0;
      case kOptDis: dis_file = opt.optarg; break;
      case 'b': cfg.bytes_warning++; break;
      case 'B': cfg.dont_write_bytecode = true; break;
      case 'd': cfg.debug++; break;
      case 'E': ignore_env = true; break;
      case 'h':
      case '?':
        print_usage_head(stdout, program);
        std::fputs(kHelpOptions, stdout);
        return 0;
      case 'i':
        cfg.inspect = true;
        cfg.interactive = true;
        break;
      case 'I': cfg.isolated = true; break;
      case 'O': cfg.optimize++; break;
      case 'P': cfg.safe_path = true; break;
      case 'q': cfg.quiet = true; break;
      case 'R': break;  // hash randomisation is always on (CPython's -R is a no-op too)
      case 's': cfg.no_user_site = true; break;
      case 'S': cfg.no_site = true; break;
      case 'u': buffered_off = true; break;
      case 'v': cfg.verbose++; break;
      case 'V': print_version++; break;
      case 'W': cmdline_warnoptions.push_back(opt.optarg); break;
      case 'x': skip_first_line = true; break;
      case 'X': cfg.xoptions.push_back(opt.optarg); break;
      default: return usage_error(program);
    }
  }
  if (print_version) {
    std::printf("Python %s\n", print_version >= 2 ? minipy::python_version_long() : minipy::python_version());
    return 0;
  }
  int i = opt.optind;
  bool have_script = false, read_stdin = false;
  if (!have_command && !have_module && i < argc) {
    if (std::strcmp(argv[i], "-") == 0) read_stdin = true;
    else {
      script = argv[i];
      have_script = true;
    }
    ++i;
  }

  // -I implies -E, -s and -P (CPython 3.11).
  if (cfg.isolated) {
    ignore_env = true;
    cfg.no_user_site = true;
    cfg.safe_path = true;
  }
  cfg.ignore_environment = ignore_env;
  Env env{!ignore_env};
  // Integer flags: the larger of the option count and the variable.
  env.flag(&cfg.debug, "PYTHONDEBUG");
  env.flag(&cfg.verbose, "PYTHONVERBOSE");
  env.flag(&cfg.optimize, "PYTHONOPTIMIZE");
  env.flag(&cfg.inspect, "PYTHONINSPECT");
  env.flag(&cfg.dont_write_bytecode, "PYTHONDONTWRITEBYTECODE");
  env.flag(&cfg.no_user_site, "PYTHONNOUSERSITE");
  env.flag(&buffered_off, "PYTHONUNBUFFERED");
  cfg.unbuffered = buffered_off;
  if (env.get("PYTHONSAFEPATH")) cfg.safe_path = true;
  if (env.get("PYTHONWARNDEFAULTENCODING") || xoption(cfg.xoptions, "warn_default_encoding"))
    cfg.warn_default_encoding = true;
  if (env.get("PYTHONDEVMODE") || xoption(cfg.xoptions, "dev")) cfg.dev_mode = true;
  if (const char* e = env.get("MINIPY_GIL_STATS"); e && std::strcmp(e, "0") != 0) cfg.xoptions.push_back("gil-stats");
  // UTF-8 mode: -X utf8[=0|1], else PYTHONUTF8, else the locale decides (vm/api.cpp).
  if (const char* x = xoption(cfg.xoptions, "utf8")) {
    if (!*x || std::strcmp(x, "1") == 0) cfg.utf8_mode = 1;
    else if (std::strcmp(x, "0") == 0) cfg.utf8_mode = 0;
    else {
      std::fputs("Fatal Python error: preconfig_init_utf8_mode: invalid -X utf8 option value\n"
                 "Python runtime state: preinitializing\n\n", stderr);
      return 1;
    }
  } else if (const char* e = env.get("PYTHONUTF8")) {
    if (std::strcmp(e, "1") == 0) cfg.utf8_mode = 1;
    else if (std::strcmp(e, "0") == 0) cfg.utf8_mode = 0;
    else {
      std::fputs("Fatal Python error: preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value\n"
                 "Python runtime state: preinitializing\n\n", stderr);
      return 1;
    }
  }
  if (const char* x = xoption(cfg.xoptions, "int_max_str_digits")) {
    long n = -1;
    if (!parse_int(x, &n) || (n != 0 && n < 640))
      fatal_config("config_init_int_max_str_digits",
                   "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.");
    cfg.int_max_str_digits = int(n);
  } else if (const char* e = env.get("PYTHONINTMAXSTRDIGITS")) {
    long n = -1;
    if (!parse_int(e, &n) || (n != 0 && n < 640))
      fatal_config("config_init_int_max_str_digits",
                   "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.");
    cfg.int_max_str_digits = int(n);
  }
  if (const char* e = env.get("PYTHONHASHSEED"); e && std::strcmp(e, "random") != 0) {
    char* end = nullptr;
    errno = 0;
    unsigned long long seed = std::strtoull(e, &end, 10);
    if (*end != '\0' || errno || seed > 4294967295ULL || *e == '-')
      fatal_config("config_init_hash_seed", "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
    cfg.hash_randomization = seed != 0;
    cfg.hash_seed = int64_t(seed);
  }
  // Warning options: PYTHONWARNINGS' items, then -W (the VM adds the -X dev
  // and -b ones around them).
  if (const char* e = env.get("PYTHONWARNINGS")) {
    std::string s = e;
    size_t start = 0;
    while (start <= s.size()) {
      size_t comma = s.find(',', start);
      std::string item = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (!item.empty()) cfg.warnoptions.push_back(item);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  cfg.warnoptions.insert(cfg.warnoptions.end(), cmdline_warnoptions.begin(), cmdline_warnoptions.end());
  cfg.skip_source_first_line = skip_first_line;

  // The script runs under its absolute path (__file__, tracebacks), as in
  // CPython 3.9+; sys.argv[0] keeps the spelling of the command line.
  std::string script_path = script;
  if (have_script && !script_path.empty() && script_path[0] != '/') {
    char cwd[4096];
    if (::getcwd(cwd, sizeof cwd)) script_path = std::string(cwd) + "/" + script_path;
  }
  // sys.argv and sys.path[0], as CPython sets them.
  if (have_command) cfg.argv.push_back("-c");
  else if (have_module) cfg.argv.push_back(module);
  else if (have_script) cfg.argv.push_back(script);
  else if (read_stdin) cfg.argv.push_back("-");
  else cfg.argv.push_back("");
  for (; i < argc; ++i) cfg.argv.push_back(argv[i]);
  if (cfg.safe_path) {
    // -P: nothing potentially unsafe in front of sys.path.
  } else if (have_script) {
    // sys.path[0]: the directory of the script with symlinks resolved (CPython).
    char real[PATH_MAX];
    std::string dir = dirname_of(::realpath(script.c_str(), real) ? std::string(real) : script_path);
    cfg.path.push_back(dir);
  } else if (have_module) {
    char cwd[4096];  // -m: sys.path[0] is the current directory, spelled out
    cfg.path.push_back(::getcwd(cwd, sizeof cwd) ? cwd : "");
  } else {
    cfg.path.push_back("");
  }
  split_path(env.get("MINIPYPATH"), &cfg.path);
  split_path(env.get("PYTHONPATH"), &cfg.path);

  minipy::VM vm(cfg);
  int status;
  bool ran_program = true;
  if (!dis_file.empty()) {
    std::string listing;
    status = vm.disassemble_file(dis_file, &listing);
    if (status == 0) std::fputs(listing.c_str(), stdout);
  } else if (have_command) {
    status = vm.run_string(command, "<string>");
  } else if (have_module) {
    status = vm.run_module(module);
  } else if (have_script) {
    status = vm.run_file(script_path);
  } else if (read_stdin || !::isatty(0)) {
    std::string source;
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) source.append(buf, n);
    if (skip_first_line) {
      size_t nl = source.find('\n');
      source.erase(0, nl == std::string::npos ? source.size() : nl);  // the newline stays: line numbers too
    }
    status = vm.run_string(source, "<stdin>");
  } else {
    status = vm.run_repl();
    ran_program = false;
  }
  // -i: the REPL after the program (not after --dis, nor after an interrupt).
  if (cfg.inspect && ran_program && dis_file.empty() && !vm.exit_signal()) status = vm.run_repl();
  // A failed flush of sys.stdout/sys.stderr at exit: status 120, as python3.
  if (!vm.finalize()) status = 120;
  std::fflush(stdout);
  // An uncaught KeyboardInterrupt: die from SIGINT with its default action,
  // like CPython, so the shell or the parent process sees the Ctrl-C.
  if (int sig = vm.exit_signal()) {
    std::fflush(nullptr);
    std::signal(sig, SIG_DFL);
    ::kill(::getpid(), sig);
  }
  return status;
}
