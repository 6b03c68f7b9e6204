// cli/main.cpp — the `minipy` command: a thin program over the public API
// (include/minipy/minipy.h). It parses the command line the way `python3`
// does and hands the work to a minipy::VM.
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

const char kUsage[] =
    "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "Options:\n"
    "  -c cmd     program passed in as string (terminates option list)\n"
    "  -m mod     run library module as a script (terminates option list)\n"
    "  -h, --help print this help message and exit\n"
    "  -V, --version  print the minipy and Python versions and exit\n"
    "  -u         unbuffered binary stdout and stderr\n"
    "  -X opt     implementation-specific option (see below)\n"
    "  --dis FILE print the bytecode of FILE and exit\n"
    "  file       program read from script file\n"
    "  -          program read from stdin (default; interactive mode if a tty)\n"
    "  arg ...    arguments passed to program in sys.argv[1:]\n"
    "\n"
    "-X options (watching the GIL):\n"
    "  -X gil-stats              print per-thread GIL statistics to stderr at exit\n"
    "  -X gil-trace=FILE         write a Chrome trace-event JSON timeline of GIL holding/waiting\n"
    "  -X gil-timeline=FILE.svg  draw the same timeline as an SVG picture\n"
    "  -X switch-interval=SECS   the GIL switch interval (default 0.005)\n"
    "  -X gil-policy=fair|cpython  GIL hand-off policy (default fair)\n"
    "  -X gil-schedule=SEED      deterministic, seeded thread switching (reproducible races)\n"
    "\n"
    "Environment:\n"
    "  MINIPYPATH   ':'-separated directories prepended to the module search path\n"
    "  PYTHONUNBUFFERED  non-empty: same as -u\n"
    "  MINIPY_GIL_STATS=1  same as -X gil-stats\n";

std::string dirname_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

}  // namespace

int main(int argc, char** argv) {
  // Like CPython: writing to a closed pipe raises BrokenPipeError instead of
  // killing the process (subprocess children get SIGPIPE back by default).
  std::signal(SIGPIPE, SIG_IGN);
  minipy::Config cfg;
  std::string command, module, script, dis_file;
  bool have_command = false, have_module = false, have_script = false, read_stdin = false;
  int i = 1;
  for (; i < argc; ++i) {
    const char* a = argv[i];
    if (std::strcmp(a, "-h") == 0 || std::strcmp(a, "--help") == 0 || std::strcmp(a, "-?") == 0) {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (std::strcmp(a, "-V") == 0 || std::strcmp(a, "--version") == 0) {
      std::printf("minipy %s (Python %s)\n", minipy::version(), minipy::python_version());
      return 0;
    }
    if (std::strcmp(a, "-u") == 0) { cfg.unbuffered = true; continue; }
    if (std::strcmp(a, "-B") == 0 || std::strcmp(a, "-E") == 0 || std::strcmp(a, "-s") == 0 ||
        std::strcmp(a, "-S") == 0 || std::strcmp(a, "-q") == 0 || std::strcmp(a, "-O") == 0)
      continue;
    if (std::strcmp(a, "-X") == 0) {
      if (i + 1 >= argc) { std::fputs("Argument expected for the -X option\n", stderr); return 2; }
      cfg.xoptions.push_back(argv[++i]);
      continue;
    }
    if (std::strncmp(a, "-X", 2) == 0) { cfg.xoptions.push_back(a + 2); continue; }
    if (std::strcmp(a, "--dis") == 0) {
      if (i + 1 >= argc) { std::fputs("minipy: --dis needs a FILE\n", stderr); return 2; }
      dis_file = argv[++i];
      continue;
    }
    if (std::strcmp(a, "-c") == 0) {
      if (i + 1 >= argc) { std::fputs("Argument expected for the -c option\n", stderr); return 2; }
      command = argv[++i];
      have_command = true;
      ++i;
      break;
    }
    if (std::strncmp(a, "-c", 2) == 0 && a[2]) { command = a + 2; have_command = true; ++i; break; }
    if (std::strcmp(a, "-m") == 0) {
      if (i + 1 >= argc) { std::fputs("Argument expected for the -m option\n", stderr); return 2; }
      module = argv[++i];
      have_module = true;
      ++i;
      break;
    }
    if (std::strcmp(a, "-") == 0) { read_stdin = true; ++i; break; }
    if (a[0] == '-' && a[1]) {
      std::fprintf(stderr, "Unknown option: %s\n%s", a, "usage: minipy [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `minipy -h' for more information.\n");
      return 2;
    }
    script = a;
    have_script = true;
    ++i;
    break;
  }
  // PYTHONUNBUFFERED, as CPython reads it: any non-empty value is -u.
  if (const char* e = std::getenv("PYTHONUNBUFFERED"); e && *e) cfg.unbuffered = true;
  if (const char* e = std::getenv("PYTHONHASHSEED"); e && *e && std::strcmp(e, "random") != 0) {
    char* end = nullptr;
    errno = 0;
    unsigned long long seed = std::strtoull(e, &end, 10);
    if (*e == '-' || *end || errno || seed > 4294967295ULL) {
      std::fputs("Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer "
                 "in range [0; 4294967295]\nPython runtime state: preinitialized\n\n", stderr);
      return 1;
    }
    cfg.hash_seed = int64_t(seed);
  }
  if (const char* e = std::getenv("MINIPY_GIL_STATS"); e && *e && std::strcmp(e, "0") != 0)
    cfg.xoptions.push_back("gil-stats");

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
  if (have_script) {
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
  if (const char* mp = std::getenv("MINIPYPATH")) {
    std::string s = mp;
    size_t start = 0;
    while (start <= s.size()) {
      size_t colon = s.find(':', start);
      std::string part = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      if (!part.empty()) cfg.path.push_back(part);
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }

  minipy::VM vm(cfg);
  int status;
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
    status = vm.run_string(source, "<stdin>");
  } else {
    status = vm.run_repl();
  }
  vm.finalize();
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
