// vm/api.cpp — the public embedding API (include/minipy/minipy.h) over the
// internal interpreter: program entry points, exit statuses, the REPL, and
// Python exceptions turned into minipy::Error for C++ callers.
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

#include "minipy/minipy.h"
#include "runtime/gc.h"
#include "vm/api_internal.h"
#include "vm/budget.h"
#include "vm/vm.h"

#ifdef MINIPY_HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

namespace minipy {

const char* version() { return MINIPY_VERSION; }
const char* python_version() { return "3.11.7"; }
const char* python_version_long() { return "3.11.7 (main, minipy " MINIPY_VERSION ") [GCC]"; }

namespace {

// Makes this VM's thread state current on the calling thread for the duration
// of an API call (several VMs may be used from one thread), and restores the
// previous one.
class Enter {
 public:
  // A thread with its own state on this VM (a host thread's ThreadScope) keeps it.
  explicit Enter(ThreadState* ts) : prev_(current_thread_state()) {
    if (!prev_ || prev_->interp != ts->interp) set_current_thread_state(ts);
  }
  ~Enter() { set_current_thread_state(prev_); }
 private:
  ThreadState* prev_;
};

// sys.last_type / last_value / last_traceback, as CPython's PyErr_Print sets
// them: they keep the exception (and what it holds) alive until the next one,
// or until finalisation clears them.
void set_sys_last(ThreadState* ts, Value exc) {
  DictObject* sd = ts->interp->sys ? ts->interp->sys->dict : nullptr;
  if (!sd) return;
  Value tb = exc.as<BaseExceptionObject>()->traceback;
  Value type = Value::from_obj(type_of(ts, exc));
  if (!dict_set_str(ts, sd, "last_type", type) || !dict_set_str(ts, sd, "last_value", exc) ||
      !dict_set_str(ts, sd, "last_traceback", tb ? tb : Value::none()))
    err_clear(ts);
}

// The exit status for a pending exception, printing it like CPython does.
// An uncaught KeyboardInterrupt gives 128 + SIGINT (and sets *interrupted):
// the process is to die from SIGINT once finalised, as CPython's does.
int report_exception(ThreadState* ts, bool* interrupted = nullptr) {
  Value exc = err_fetch(ts);
  if (!exc) return 0;
  Ref excref(exc);
  // Exactly KeyboardInterrupt, not a subclass (CPython's run_eval_code_obj).
  bool sigint = type_of(ts, exc) == exc_type(ts, Exc::KeyboardInterrupt);
  if (is_subtype(type_of(ts, exc), exc_type(ts, Exc::SystemExit))) {
    Value code = exc.as<SystemExitObject>()->code;
    if (!code || code.is_none()) return 0;
    if (is_int(ts, code)) {
      int64_t c = 0;
      if (!int_as_i64(ts, code, &c)) {
        err_clear(ts);
        c = -1;
      }
      return int(c & 0xff);
    }
    Ref s(str(ts, code));
    if (!s) err_clear(ts);
    flush_std_streams(ts);
    write_stderr(ts, s ? std::string(str_view(s.get())) + "\n" : "\n");
    return 1;
  }
  flush_std_streams(ts);
  if (interrupted) *interrupted = sigint;
  const int status = interrupted && sigint ? 128 + SIGINT : 1;
  set_sys_last(ts, exc);
  // sys.excepthook, as CPython's PyErr_PrintEx calls it: the built-in one
  // prints directly; a replaced one is called, and if it fails both its error
  // and the original exception are shown (a SystemExit from it exits).
  Value hook = ts->interp->sys ? dict_get_str(ts->interp->sys->dict, ts->interp->names.excepthook) : Value();
  Value dflt = ts->interp->sys ? dict_get_str(ts->interp->sys->dict, intern(ts, "__excepthook__")) : Value();
  if (!hook) {
    write_stderr(ts, "sys.excepthook is missing\n");
  } else if (hook != dflt) {
    auto* e = exc.as<BaseExceptionObject>();
    Value args[3] = {Value::from_obj(type_of(ts, exc)), exc, e->traceback ? e->traceback : Value::none()};
    Value r = call(ts, hook, args, 3, nullptr);
    if (r) {
      decref(r);
      return status;
    }
    if (err_matches(ts, Exc::SystemExit)) return report_exception(ts, interrupted);
    Value exc2 = err_fetch(ts);
    Ref hold2(exc2);
    flush_std_streams(ts);
    write_stderr(ts, "Error in sys.excepthook:\n");
    if (exc2) print_exception(ts, exc2);
    write_stderr(ts, "\nOriginal exception was:\n");
  }
  print_exception(ts, exc);
  return status;
}

Error make_error(ThreadState* ts) { return api_make_error(ts); }

bool read_whole_file(const std::string& path, std::string* out, int* err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *err = errno ? errno : ENOENT;
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Config -> InterpreterConfig for the command-line flags, with sys.warnoptions
// in CPython's order: -X dev's "default", the given options (PYTHONWARNINGS,
// then -W), then the -b / -bb BytesWarning filter (config_init_warnoptions).
void copy_flags(const Config& config, InterpreterConfig* cfg) {
  cfg->orig_argv = config.orig_argv;
  bool dev = config.dev_mode;
  for (const std::string& x : config.xoptions) dev |= x == "dev";
  cfg->dev_mode = dev;
  if (dev) cfg->warnoptions.push_back("default");
  cfg->warnoptions.insert(cfg->warnoptions.end(), config.warnoptions.begin(), config.warnoptions.end());
  if (config.bytes_warning > 1) cfg->warnoptions.push_back("error::BytesWarning");
  else if (config.bytes_warning == 1) cfg->warnoptions.push_back("default::BytesWarning");
  cfg->optimize = config.optimize;
  cfg->bytes_warning = config.bytes_warning;
  cfg->verbose = config.verbose;
  cfg->debug = config.debug;
  cfg->inspect = config.inspect;
  cfg->interactive = config.interactive;
  cfg->quiet = config.quiet;
  cfg->dont_write_bytecode = config.dont_write_bytecode;
  cfg->ignore_environment = config.ignore_environment || config.isolated;
  cfg->isolated = config.isolated;
  cfg->no_user_site = config.no_user_site || config.isolated;
  cfg->no_site = config.no_site;
  cfg->safe_path = config.safe_path || config.isolated;
  cfg->warn_default_encoding = config.warn_default_encoding;
  // minipy's text I/O is always UTF-8, whatever the locale: UTF-8 mode unless
  // explicitly turned off (CPython derives it from the locale; io.text_encoding
  // would then answer "locale", which minipy's codecs do not know).
  cfg->utf8_mode = config.utf8_mode == 0 ? 0 : 1;
  cfg->hash_randomization = config.hash_randomization && config.hash_seed != 0 ? 1 : 0;
  cfg->hash_seed = config.hash_seed < 0 ? -1 : config.hash_seed;
  cfg->int_max_str_digits = config.int_max_str_digits;
}

std::string absolute_path(const std::string& p) {
  if (!p.empty() && p[0] == '/') return p;
  char buf[4096];
  if (::getcwd(buf, sizeof buf)) return std::string(buf) + "/" + p;
  return p;
}

}  // namespace

VM::VM(const Config& config) : impl_(new Impl()) {
  InterpreterConfig cfg;
  cfg.argv = config.argv;
  cfg.path = config.path;
  cfg.xoptions = config.xoptions;
  cfg.unbuffered = config.unbuffered;
  cfg.recursion_limit = config.recursion_limit;
  copy_flags(config, &cfg);
  impl_->skip_first_line = config.skip_source_first_line;
  if (!config.orig_argv.empty() && !config.orig_argv[0].empty()) impl_->program = config.orig_argv[0];
  for (const std::string& x : config.xoptions) {
    if (x.rfind("switch-interval=", 0) == 0) cfg.switch_interval = std::atof(x.c_str() + 16);
  }
  impl_->interp = interpreter_create(cfg);
  if (!impl_->interp) {
    std::fprintf(stderr, "minipy: could not create the interpreter\n");
    std::exit(1);
  }
  impl_->ts = interpreter_main_thread(impl_->interp);
  ThreadState* ts = impl_->ts;
  // __main__
  Value m = module_new(ts, "__main__");
  if (m) {
    dict_set(ts, ts->interp->modules, Value::from_obj(intern(ts, "__main__")), m);
    auto* mo = m.as<ModuleObject>();
    dict_set(ts, mo->dict, Value::from_obj(ts->interp->names.__builtins__), Value::from_obj(ts->interp->builtins));
    impl_->main_dict = newref(Value::from_obj(mo->dict));
    decref(m);
  }
  // Warning options are applied at start-up, as CPython does: importing the
  // warnings module processes sys.warnoptions (and reports bad ones).
  if (!cfg.warnoptions.empty()) {
    Ref name(str_new(ts, "warnings"));
    Ref w(name ? import_module_level(ts, name.get(), Value(), Value(), 0) : Value());
    if (!w) report_exception(ts);
  }
  // -X faulthandler and the development mode turn faulthandler on.
  bool faulthandler = cfg.dev_mode;
  for (const std::string& x : config.xoptions) faulthandler |= x == "faulthandler";
  if (faulthandler) {
    Ref name(str_new(ts, "faulthandler"));
    Ref fh(name ? import_module_level(ts, name.get(), Value(), Value(), 0) : Value());
    Ref r(fh ? call_method0(ts, fh.get(), "enable") : Value());
    if (!r) err_clear(ts);
  }
  // Start-up is over: like CPython's, its objects (__main__ included) are in
  // the oldest generation when the program starts.
  gc_promote_all(ts->interp);
  if (config.instruction_budget || config.time_limit_seconds > 0 || config.memory_limit_bytes) {
    api::Limits lim;
    lim.instructions = config.instruction_budget;
    lim.seconds = config.time_limit_seconds;
    lim.memory_bytes = config.memory_limit_bytes;
    set_limits(lim);
  }
}

VM::~VM() { finalize(); }

int VM::exit_signal() const { return impl_->keyboard_interrupt ? SIGINT : 0; }

bool VM::finalize() {
  if (impl_->finalized || !impl_->interp) return true;
  impl_->finalized = true;
  ThreadState* ts = impl_->ts;
  set_current_thread_state(ts);
  decref(impl_->main_dict);
  impl_->main_dict = Value();
  budget_clear(impl_->interp);     // finalisation code runs without limits
  api_state_clear(impl_->interp);
  const bool flushed = interpreter_destroy(impl_->interp);
  api_state_free(impl_->interp);
  budget_free(impl_->interp);
  (void)ts;
  return flushed;
}

int VM::run_string(const std::string& source, const std::string& filename) {
  Enter enter(impl_->ts);
  ThreadState* ts = impl_->ts;
  impl_->keyboard_interrupt = false;
  impl_->ran_program = true;
  Value r = run_source(ts, source, filename, impl_->main_dict.as<DictObject>());
  int status = 0;
  if (!r) status = report_exception(ts, &impl_->keyboard_interrupt);
  else decref(r);
  flush_std_streams(ts);
  return status;
}

int VM::run_file(const std::string& path) {
  impl_->keyboard_interrupt = false;
  Enter enter(impl_->ts);
  ThreadState* ts = impl_->ts;
  std::string source;
  int err = 0;
  if (!read_whole_file(path, &source, &err)) {
    std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", impl_->program.c_str(),
                 absolute_path(path).c_str(), err, std::strerror(err));
    return 2;
  }
  if (impl_->skip_first_line) {  // -x: CPython skips the first line but keeps its newline (line numbers stay)
    size_t nl = source.find('\n');
    source.erase(0, nl == std::string::npos ? source.size() : nl);
  }
  Ref file(str_new(ts, path));
  dict_set(ts, impl_->main_dict.as<DictObject>(), Value::from_obj(ts->interp->names.__file__), file.get());
  return run_string(source, path);
}

int VM::run_module(const std::string& module) {
  // `-m NAME`: runpy finds the module (on sys.path or among the stdlib modules
  // embedded in the binary) and runs its code in __main__, as CPython does.
  Enter enter(impl_->ts);
  ThreadState* ts = impl_->ts;
  impl_->ran_program = true;
  Ref name(str_new(ts, "runpy"));
  Ref runpy(import_module_level(ts, name.get(), Value(), Value(), 0));
  Value r;
  if (runpy) {
    Ref mod(str_new(ts, module));
    r = call_method1(ts, runpy.get(), "_run_module_as_main", mod.get());
  }
  int status = 0;
  if (!r) status = report_exception(ts);
  else decref(r);
  flush_std_streams(ts);
  return status;
}

int VM::disassemble_file(const std::string& path, std::string* out) {
  Enter enter(impl_->ts);
  ThreadState* ts = impl_->ts;
  std::string source;
  int err = 0;
  if (!read_whole_file(path, &source, &err)) {
    std::fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", impl_->program.c_str(),
                 absolute_path(path).c_str(), err, std::strerror(err));
    return 2;
  }
  Value code = compile_source(ts, source, path, CompileMode::Exec);
  if (!code) return report_exception(ts);
  *out = disassemble(ts, code);
  decref(code);
  return 0;
}

void VM::exec(const std::string& source) {
  Enter enter(impl_->ts);
  ThreadState* ts = current_thread_state();  // a host thread's own state
  if (!api_exec(ts, source, impl_->main_dict.as<DictObject>())) throw make_error(ts);
}

std::string VM::eval_repr(const std::string& expression) {
  Enter enter(impl_->ts);
  ThreadState* ts = current_thread_state();
  Value code = api_compile(ts, expression, "<string>", int(CompileMode::Eval));
  if (!code) throw make_error(ts);
  auto* g = impl_->main_dict.as<DictObject>();
  Value r = run_code(ts, code, g, Value::from_obj(g));
  decref(code);
  if (!r) throw make_error(ts);
  Ref rr(r);
  Ref s(repr(ts, r));
  if (!s) throw make_error(ts);
  return std::string(str_view(s.get()));
}

namespace {
bool read_line(const char* prompt, std::string* line, bool tty) {
#ifdef MINIPY_HAVE_READLINE
  if (tty && ::isatty(0)) {
    char* l = readline(prompt);
    if (!l) return false;
    *line = l;
    if (*l) add_history(l);
    std::free(l);
    return true;
  }
#endif
  if (tty) {
    std::fputs(prompt, stderr);
    std::fflush(stderr);
  }
  if (!std::getline(std::cin, *line)) return false;
  return true;
}

// Does a SyntaxError mean "the statement is not finished yet"?
bool incomplete_input(ThreadState* ts) {
  Value exc = ts->curexc;
  if (!exc || !is_subtype(type_of(ts, exc), exc_type(ts, Exc::SyntaxError))) return false;
  Ref s(str(ts, exc));
  if (!s) {
    err_clear(ts);
    return false;
  }
  std::string_view m = str_view(s.get());
  return m.find("was never closed") != std::string_view::npos || m.find("expected an indented block") != std::string_view::npos ||
         m.find("unexpected EOF") != std::string_view::npos ||
         m.find("unterminated triple-quoted") != std::string_view::npos;
}
}  // namespace

int VM::run_repl() {
  Enter enter(impl_->ts);
  ThreadState* ts = impl_->ts;
  // -i forces the prompts even when stdin is not a terminal (CPython).
  bool tty = ::isatty(0) || ts->interp->config.inspect;
  if (tty && !ts->interp->config.quiet && !impl_->ran_program) std::fprintf(stderr, "minipy %s (Python %s compatible)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", version(), python_version());
  std::string buffer;
  while (true) {
    std::string line;
    flush_std_streams(ts);
    if (!read_line(buffer.empty() ? ">>> " : "... ", &line, tty)) {
      if (tty) std::fputs("\n", stderr);
      break;
    }
    buffer += line + "\n";
    bool block = !line.empty() && (line.back() == ':' || line[0] == ' ' || line[0] == '\t');
    if (block && !buffer.empty() && line.find_first_not_of(" \t") != std::string::npos) {
      // Inside a compound statement: keep reading until an empty line.
      if (buffer.find('\n') != buffer.size() - 1 || line.back() == ':') continue;
    }
    Value code = compile_source(ts, buffer, "<stdin>", CompileMode::Single);
    if (!code) {
      if (incomplete_input(ts) && !line.empty()) {
        err_clear(ts);
        continue;
      }
      buffer.clear();
      report_exception(ts);
      continue;
    }
    buffer.clear();
    auto* g = impl_->main_dict.as<DictObject>();
    Value r = run_code(ts, code, g, Value::from_obj(g));
    decref(code);
    if (!r) {
      if (err_matches(ts, Exc::SystemExit)) return report_exception(ts);
      report_exception(ts);
    } else {
      decref(r);
    }
  }
  flush_std_streams(ts);
  return 0;
}

}  // namespace minipy
