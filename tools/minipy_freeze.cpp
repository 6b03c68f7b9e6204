// tools/minipy_freeze.cpp — the build-time freezer: embeds stdlib/**/*.py into
// the binary together with their code objects, compiled by this very
// minipy_core and serialized by vm/codecache.h. Run by scripts/embed_stdlib.cmake.
//
//   minipy_freeze STDLIB_DIR OUT_DIR [--no-bytecode]
//
// writes, each only when its content changes (so unchanged files are not
// recompiled):
//   OUT_DIR/frozen_sources.cpp   the sources (changes only when a .py changes)
//   OUT_DIR/frozen_modules.cpp   the bytecode blobs and the kFrozenModules table
// Every blob is loaded back and compared field by field with the compiled code
// before it is written. A module that fails to compile (or to round-trip) gets
// no blob: the importer compiles its source at run time, exactly as before.
// --no-bytecode writes the table without any blob, without starting an
// interpreter (the fallback when the freezer itself cannot run).
// Must not: link the generated table (it defines an empty one of its own).
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/runtime.h"
#include "vm/codecache.h"
#include "vm/frozen.h"

// The freezer is built with the sanitizers of its build; objects alive at exit
// are not leaks worth failing the build for.
extern "C" const char* __asan_default_options() { return "detect_leaks=0"; }

namespace minipy {
// The freezer compiles with no embedded modules at all.
const FrozenModule kFrozenModules[] = {{nullptr, nullptr, 0, 0, nullptr, 0}};
}  // namespace minipy

namespace {

namespace fs = std::filesystem;
using namespace minipy;

struct Module {
  std::string name;    // dotted
  std::string ident;   // C++ identifier derived from the name
  std::string source;
  bool is_package = false;
  std::string code;    // serialized code object, empty if none
};

// An injective mapping of module names to identifiers.
std::string mangle(const std::string& name) {
  std::string out;
  for (unsigned char c : name) {
    if (std::isalnum(c)) out += char(c);
    else if (c == '.') out += '_';
    else if (c == '_') out += "_u";
    else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "_x%02x", c);
      out += buf;
    }
  }
  return out;
}

// A C++ string literal holding `data` (split into lines; octal escapes so no
// escape can swallow the next character).
void append_literal(std::string& out, std::string_view data) {
  out += '"';
  size_t col = 0;
  for (size_t i = 0; i < data.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    if (c == '\n') {
      out += "\\n";
      col += 2;
    } else if (c == '"' || c == '\\' || c == '?') {  // \? : no trigraphs
      out += '\\';
      out += char(c);
      col += 2;
    } else if (c >= 0x20 && c < 0x7f) {
      out += char(c);
      col += 1;
    } else if (c == '\t') {
      out += "\\t";
      col += 2;
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
      col += 4;
    }
    if ((c == '\n' || col >= 100) && i + 1 < data.size()) {
      out += "\"\n\"";
      col = 0;
    }
  }
  out += '"';
}

bool read_all(const fs::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// Replace `path` only when its content differs.
bool write_if_changed(const fs::path& path, const std::string& content) {
  std::string old;
  if (read_all(path, &old) && old == content) return true;
  fs::path tmp = path;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out || !out.write(content.data(), std::streamsize(content.size()))) return false;
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  return !ec;
}

std::string exception_text(ThreadState* ts) {
  Ref e(err_fetch(ts));
  if (!e) return "unknown error";
  std::string text = type_name(ts, e.get());
  Ref s(str(ts, e.get()));
  if (s) text += ": " + std::string(str_view(s.get()));
  else err_clear(ts);
  return text;
}

// Compile, serialize and verify one module; false + *why when it gets no blob.
bool freeze_one(ThreadState* ts, Module& m, std::string* why) {
  Ref code(compile_source(ts, m.source, "<frozen " + m.name + ">", CompileMode::Exec));
  if (!code) {
    *why = exception_text(ts);
    return false;
  }
  std::string blob;
  if (!codecache_dump(ts, code.get(), &blob)) {
    *why = exception_text(ts);
    return false;
  }
  Ref back(codecache_load(ts, reinterpret_cast<const unsigned char*>(blob.data()), blob.size()));
  if (!back) {
    *why = err_occurred(ts) ? exception_text(ts) : "the blob does not load back";
    return false;
  }
  std::string diff;
  if (!codecache_equal(ts, code.get(), back.get(), &diff)) {
    *why = "the loaded code differs: " + diff;
    return false;
  }
  m.code = std::move(blob);
  return true;
}

int run(int argc, char** argv) {
  if (argc < 3 || argc > 4 || (argc == 4 && std::strcmp(argv[3], "--no-bytecode") != 0)) {
    std::fprintf(stderr, "usage: minipy_freeze STDLIB_DIR OUT_DIR [--no-bytecode]\n");
    return 2;
  }
  fs::path src_dir = argv[1], out_dir = argv[2];
  bool bytecode = argc == 3;

  // The modules, sorted by path (the table's order).
  std::vector<std::string> rel;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(src_dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (it->is_regular_file() && it->path().extension() == ".py")
      rel.push_back(fs::relative(it->path(), src_dir).generic_string());
  }
  if (ec) {
    std::fprintf(stderr, "minipy_freeze: cannot list %s: %s\n", src_dir.c_str(), ec.message().c_str());
    return 1;
  }
  std::sort(rel.begin(), rel.end());
  std::vector<Module> modules;
  for (const std::string& r : rel) {
    Module m;
    m.name = r.substr(0, r.size() - 3);
    if (m.name.size() > 9 && m.name.compare(m.name.size() - 9, 9, "/__init__") == 0) {
      m.is_package = true;
      m.name.resize(m.name.size() - 9);
    }
    std::replace(m.name.begin(), m.name.end(), '/', '.');
    m.ident = "m_" + mangle(m.name);
    if (!read_all(src_dir / r, &m.source)) {
      std::fprintf(stderr, "minipy_freeze: cannot read %s\n", (src_dir / r).c_str());
      return 1;
    }
    modules.push_back(std::move(m));
  }

  size_t frozen = 0, code_bytes = 0;
  if (bytecode) {
    InterpreterConfig cfg;
    cfg.hash_seed = 0;  // frozensets laid out by the unrandomised hash: reproducible blobs
    Interpreter* interp = interpreter_create(cfg);
    if (!interp) {
      std::fprintf(stderr, "minipy_freeze: cannot create an interpreter\n");
      return 1;
    }
    ThreadState* ts = interpreter_main_thread(interp);
    for (Module& m : modules) {
      std::string why;
      if (freeze_one(ts, m, &why)) {
        frozen++;
        code_bytes += m.code.size();
      } else {
        std::fprintf(stderr, "minipy_freeze: %s is compiled at import (%s)\n", m.name.c_str(), why.c_str());
      }
    }
  }

  const char* banner =
      "// generated by minipy_freeze (tools/minipy_freeze.cpp) from stdlib/**/*.py — do not edit\n";
  std::string sources = banner;
  sources += "namespace minipy::frozen_source {\n";
  for (const Module& m : modules) {
    sources += "extern const char " + m.ident + "[];\nconst char " + m.ident + "[] =\n";
    append_literal(sources, m.source);
    sources += ";\n";
  }
  sources += "}  // namespace minipy::frozen_source\n";

  std::string table = banner;
  table += "// Bytecode format: vm/codecache.h (fingerprint " + std::to_string(codecache_fingerprint()) + ").\n";
  table += "#include \"vm/frozen.h\"\n\nnamespace minipy {\n\nnamespace frozen_source {\n";
  for (const Module& m : modules) table += "extern const char " + m.ident + "[];\n";
  table += "}  // namespace frozen_source\n\nnamespace {\n";
  for (const Module& m : modules) {
    if (m.code.empty()) continue;
    table += "const unsigned char code_" + m.ident + "[] =\n";
    append_literal(table, m.code);
    table += ";\n";
  }
  table += "}  // namespace\n\nconst FrozenModule kFrozenModules[] = {\n";
  for (const Module& m : modules) {
    table += "    {";
    append_literal(table, m.name);
    table += ", frozen_source::" + m.ident + ", " + std::to_string(m.source.size()) + ", " +
             (m.is_package ? "1" : "0") + ", ";
    table += m.code.empty() ? std::string("nullptr, 0") : "code_" + m.ident + ", " + std::to_string(m.code.size());
    table += "},\n";
  }
  table += "    {nullptr, nullptr, 0, 0, nullptr, 0},\n};\n\n}  // namespace minipy\n";

  fs::create_directories(out_dir, ec);
  if (!write_if_changed(out_dir / "frozen_sources.cpp", sources) ||
      !write_if_changed(out_dir / "frozen_modules.cpp", table)) {
    std::fprintf(stderr, "minipy_freeze: cannot write into %s\n", out_dir.c_str());
    return 1;
  }
  size_t source_bytes = 0;
  for (const Module& m : modules) source_bytes += m.source.size();
  std::printf("minipy_freeze: %zu modules (%zu KiB of source), %zu with bytecode (%zu KiB)\n", modules.size(),
              source_bytes / 1024, frozen, code_bytes / 1024);
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return run(argc, argv); }
