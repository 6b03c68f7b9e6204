// stdlib/sre_engine.cpp — the native `_sre2` module: the backtracking matcher
// for programs built by sre_compile.cpp, and the compiled-pattern object that
// stdlib/re.py wraps. The matcher keeps its backtrack points and capture
// undo records on an explicit heap stack (never the C++ stack per character),
// and memoises failed (pc, position) states once a search gets expensive, so
// classic exponential patterns stay polynomial.
// Must not: implement the Python-level API (re.py does: Match, sub, split...).
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/runtime.h"
#include "runtime/unicode.h"
#include "stdlib/modules.h"
#include "stdlib/sre_compile.h"

namespace minipy {
namespace {

using sre::Inst;
using sre::Op;
using sre::Program;

struct Entry {
  int32_t kind;  // 0 branch (a = pc, b = pos); 1 slot undo; 2 register undo; 3 lastindex undo;
                 // 4 give back one char of a RepeatChar run (a = pc, b = pos, lo = lowest pos)
  int32_t a;
  int64_t b;
  int64_t lo = 0;
};

constexpr int64_t kMemoAfterSteps = 4096;
constexpr uint64_t kMemoMaxBits = uint64_t(1) << 29;

struct State {
  const Program& prog;
  int64_t end;
  bool fullmatch = false;
  int64_t no_empty_at = -1;  // finditer/sub after an empty match: no empty match here
  int64_t cur_start = 0;
  std::vector<int64_t> slots, regs;
  int64_t lastindex = -1;
  std::vector<Entry> stack;
  std::vector<uint64_t> memo;
  bool memo_failed = false;
  int64_t steps = 0;
  explicit State(const Program& p) : prog(p) {}

  void unwind(size_t base) {
    while (stack.size() > base) {
      Entry e = stack.back();
      stack.pop_back();
      undo(e);
    }
  }
  void undo(const Entry& e) {
    if (e.kind == 1) slots[size_t(e.a)] = e.b;
    else if (e.kind == 2) regs[size_t(e.a)] = e.b;
    else if (e.kind == 3) lastindex = e.b;
  }
  // Drop the backtrack points above base but keep the undo records (an atomic
  // group or positive lookaround commits to its first match).
  void strip(size_t base) {
    size_t w = base;
    for (size_t r = base; r < stack.size(); r++)
      if (stack[r].kind != 0 && stack[r].kind != 4) stack[w++] = stack[r];
    stack.resize(w);
  }
};

inline bool icase_eq(uint32_t ch, const Inst& in) {
  if (ch == in.c || ch == in.c2) return true;
  if (in.f & 1) return uni::ascii_lower(ch) == in.c;
  return sre::lower1(ch) == in.c || sre::upper1(ch) == in.c2;
}
inline bool chars_eq_icase(uint32_t a, uint32_t b, bool ascii) {
  if (a == b) return true;
  if (ascii) return a < 128 && b < 128 && uni::ascii_lower(a) == uni::ascii_lower(b);
  return sre::lower1(a) == sre::lower1(b) || sre::upper1(a) == sre::upper1(b);
}

template <class T>
struct Vm {
  State& st;
  const T* s;
  const Inst* code;

  // True when (pc, pos) was already explored by this search (memoised failure);
  // marks it otherwise. Only for the top-level run of memo-safe programs.
  bool seen(int32_t pc, int64_t pos) {
    if (!st.prog.memo_ok) return false;
    if (!st.memo.empty()) {
      uint64_t bit = uint64_t(pc) * uint64_t(st.end + 1) + uint64_t(pos);
      uint64_t& w = st.memo[bit >> 6];
      if (w & (uint64_t(1) << (bit & 63))) return true;
      w |= uint64_t(1) << (bit & 63);
    } else if (++st.steps > kMemoAfterSteps && !st.memo_failed) {
      uint64_t bits = uint64_t(st.prog.code.size()) * uint64_t(st.end + 1);
      if (bits <= kMemoMaxBits) st.memo.assign(size_t(bits / 64 + 1), 0);
      else st.memo_failed = true;
    }
    return false;
  }

  bool run(int32_t pc, int64_t pos, int64_t* out, bool top) {
    const size_t base = st.stack.size();
    const int64_t end = st.end;
    for (;;) {
      const Inst& in = code[pc];
      switch (in.op) {
        case Op::Char:
          if (pos < end && uint32_t(s[pos]) == in.c) { pos++; pc++; continue; }
          goto fail;
        case Op::CharI:
          if (pos < end && icase_eq(uint32_t(s[pos]), in)) { pos++; pc++; continue; }
          goto fail;
        case Op::Any:
          if (pos < end && s[pos] != '\n') { pos++; pc++; continue; }
          goto fail;
        case Op::AnyAll:
          if (pos < end) { pos++; pc++; continue; }
          goto fail;
        case Op::Class:
          if (pos < end && st.prog.classes[size_t(in.x)].matches(uint32_t(s[pos]))) { pos++; pc++; continue; }
          goto fail;
        case Op::Split: {
          if (top && seen(pc, pos)) goto fail;
          st.stack.push_back({0, in.y, pos});
          pc = in.x;
          continue;
        }
        case Op::Jmp: pc = in.x; continue;
        case Op::Save:
          st.stack.push_back({1, in.x, st.slots[size_t(in.x)]});
          st.slots[size_t(in.x)] = pos;
          if (in.f) {
            st.stack.push_back({3, 0, st.lastindex});
            st.lastindex = in.x / 2;
          }
          pc++;
          continue;
        case Op::Mark:
          st.stack.push_back({2, in.x, st.regs[size_t(in.x)]});
          st.regs[size_t(in.x)] = pos;
          pc++;
          continue;
        case Op::Progress:
          pc = pos == st.regs[size_t(in.x)] ? in.y : pc + 1;
          continue;
        case Op::Assert: {
          bool ok = false;
          bool ascii = in.c != 0;
          switch (in.f) {
            case sre::kBol: case sre::kBegin: ok = pos == 0; break;
            case sre::kMBol: ok = pos == 0 || s[pos - 1] == '\n'; break;
            case sre::kEol: ok = pos == end || (pos + 1 == end && s[pos] == '\n'); break;
            case sre::kMEol: ok = pos == end || (pos < end && s[pos] == '\n'); break;
            case sre::kEnd: ok = pos == end; break;
            case sre::kWordB: case sre::kNotWordB: {
              bool before = pos > 0 && sre::is_word_char(uint32_t(s[pos - 1]), ascii);
              bool after = pos < end && sre::is_word_char(uint32_t(s[pos]), ascii);
              ok = (before != after) == (in.f == sre::kWordB);
              // \B never matches in an empty string (CPython's rule).
              if (in.f == sre::kNotWordB && end == 0) ok = false;
              break;
            }
          }
          if (!ok) goto fail;
          pc++;
          continue;
        }
        case Op::Backref: {
          int64_t a = st.slots[size_t(in.x) * 2], b = st.slots[size_t(in.x) * 2 + 1];
          if (a < 0 || b < 0) goto fail;
          int64_t n = b - a;
          if (n > end - pos) goto fail;
          if (in.f & 1) {
            for (int64_t k = 0; k < n; k++)
              if (!chars_eq_icase(uint32_t(s[a + k]), uint32_t(s[pos + k]), in.f & 2)) goto fail;
          } else {
            for (int64_t k = 0; k < n; k++)
              if (s[a + k] != s[pos + k]) goto fail;
          }
          pos += n;
          pc++;
          continue;
        }
        case Op::Look: {
          size_t sub = st.stack.size();
          int64_t o = 0;
          bool ok;
          if (in.f & 1) {
            int64_t from = pos - int64_t(in.c);
            ok = from >= 0 && run(pc + 1, from, &o, false);
            if (ok && o != pos) { st.unwind(sub); ok = false; }
          } else {
            ok = run(pc + 1, pos, &o, false);
          }
          if (in.f & 2) {
            if (ok) { st.unwind(sub); goto fail; }
          } else {
            if (!ok) goto fail;
            st.strip(sub);
          }
          pc = in.y;
          continue;
        }
        case Op::Atomic: {
          size_t sub = st.stack.size();
          int64_t o = 0;
          if (!run(pc + 1, pos, &o, false)) goto fail;
          st.strip(sub);
          pos = o;
          pc = in.y;
          continue;
        }
        case Op::Cond:
          pc = (st.slots[size_t(in.x) * 2] >= 0 && st.slots[size_t(in.x) * 2 + 1] >= 0) ? pc + 1 : in.y;
          continue;
        case Op::RepeatChar: {
          const Inst& b = code[pc + 1];
          int64_t limit = in.y < 0 ? end : std::min(end, pos + int64_t(in.y));
          int64_t p = pos;
          switch (b.op) {
            case Op::Char: while (p < limit && uint32_t(s[p]) == b.c) p++; break;
            case Op::CharI: while (p < limit && icase_eq(uint32_t(s[p]), b)) p++; break;
            case Op::Any: while (p < limit && s[p] != '\n') p++; break;
            case Op::AnyAll: p = limit; break;
            default: {
              const sre::CharClass& cc = st.prog.classes[size_t(b.x)];
              while (p < limit && cc.matches(uint32_t(s[p]))) p++;
              break;
            }
          }
          if (p - pos < in.x) goto fail;
          if (p > pos + in.x) st.stack.push_back({4, pc + 2, p, pos + in.x});
          if (top && seen(pc + 2, p)) goto fail;
          pos = p;
          pc += 2;
          continue;
        }
        case Op::Match:
          if (top && st.fullmatch && pos != end) goto fail;
          if (top && pos == st.no_empty_at && st.cur_start == pos) goto fail;
          *out = pos;
          return true;
      }
    fail:
      for (;;) {
        if (st.stack.size() == base) return false;
        Entry e = st.stack.back();
        st.stack.pop_back();
        if (e.kind == 0) {
          pc = e.a;
          pos = e.b;
          break;
        }
        if (e.kind == 4) {
          int64_t q = e.b - 1;
          if (top)
            while (q >= e.lo && seen(e.a, q)) q--;
          if (q < e.lo) continue;
          if (q > e.lo) st.stack.push_back({4, e.a, q, e.lo});
          pc = e.a;
          pos = q;
          break;
        }
        st.undo(e);
      }
    }
  }
};

// mode: 0 match, 1 fullmatch, 2 search, 3 search that must not match empty at pos.
template <class T>
bool do_match(State& st, const T* s, int64_t pos, int mode) {
  const Program& prog = st.prog;
  if (mode == 3) {
    mode = 2;
    st.no_empty_at = pos;
  }
  Vm<T> vm{st, s, prog.code.data()};
  st.fullmatch = mode == 1;
  st.slots.assign(size_t(prog.groups + 1) * 2, -1);
  st.regs.assign(size_t(prog.nregs), -1);
  for (int64_t start = pos; start <= st.end; start++) {
    if (mode == 2 && prog.first_char >= 0) {
      T fc = T(prog.first_char);
      if (uint32_t(fc) != uint32_t(prog.first_char)) return false;
      while (start < st.end && s[start] != fc) start++;
      if (start >= st.end) return false;
    }
    std::fill(st.slots.begin(), st.slots.end(), -1);
    st.lastindex = -1;
    st.stack.clear();
    st.cur_start = start;
    int64_t o = 0;
    if (vm.run(0, start, &o, true)) {
      st.slots[0] = start;
      st.slots[1] = o;
      return true;
    }
    if (mode != 2 || prog.anchored) break;
  }
  return false;
}

// ---------------------------------------------------------------- the compiled-pattern object
struct CodeObject : Object {
  Program* prog;
  Object* cached;  // the str whose decoded text is in prog->cache_buf (owned)
};

void code_dealloc(Object* o) {
  auto* c = static_cast<CodeObject*>(o);
  delete c->prog;
  xdecref(c->cached);
  free_object(o);
}

Value code_match(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "match", kw) || !check_nargs(ts, "match", nargs, 4, 4)) return Value();
  auto* co = self.as<CodeObject>();
  Program& prog = *co->prog;
  int64_t pos, endpos, mode;
  if (!index_i64(ts, args[1], &pos) || !index_i64(ts, args[2], &endpos) || !index_i64(ts, args[3], &mode))
    return Value();
  Value sv = args[0];
  const uint8_t* bytes = nullptr;
  const uint32_t* wide = nullptr;
  int64_t len = 0;
  if (is_str_fast(ts, sv)) {
    if (prog.is_bytes) return raise(ts, Exc::TypeError, "cannot use a bytes pattern on a string-like object");
    StrObject* so = sv.as<StrObject>();
    len = so->length;
    if (so->ascii) {
      bytes = reinterpret_cast<const uint8_t*>(so->data);
    } else {
      if (co->cached != so) {
        prog.cache_buf.resize(size_t(so->length));
        const char* p = so->data;
        for (int64_t k = 0; k < so->length; k++) prog.cache_buf[size_t(k)] = uni::utf8_next(p);
        xdecref(co->cached);
        incref(so);
        co->cached = so;
      }
      wide = prog.cache_buf.data();
    }
  } else if (sv.is_obj() && (type_has(sv.obj()->type, kTypeBytesSubclass) ||
                             is_subtype(sv.obj()->type, ts->interp->types.bytearray))) {
    if (!prog.is_bytes) return raise(ts, Exc::TypeError, "cannot use a string pattern on a bytes-like object");
    if (type_has(sv.obj()->type, kTypeBytesSubclass)) {
      auto* b = sv.as<BytesObject>();
      bytes = reinterpret_cast<const uint8_t*>(b->data);
      len = b->size;
    } else {
      auto* b = sv.as<ByteArrayObject>();
      bytes = reinterpret_cast<const uint8_t*>(b->data ? b->data : "");
      len = b->size;
    }
  } else {
    return raisef(ts, Exc::TypeError, "expected string or bytes-like object, got '%s'", type_name(ts, sv));
  }
  if (pos < 0) pos = 0;
  if (pos > len) pos = len;
  if (endpos < 0) endpos = 0;
  if (endpos > len) endpos = len;
  if (pos > endpos) return Value::none();
  State st(prog);
  st.end = endpos;
  bool ok = wide ? do_match(st, wide, pos, int(mode)) : do_match(st, bytes, pos, int(mode));
  if (!ok) return Value::none();
  size_t n = st.slots.size();
  TupleObject* t = tuple_new(ts, int64_t(n + 1));
  if (!t) return Value();
  t->items[0] = Value::small_int(st.lastindex);
  for (size_t k = 0; k < n; k++) t->items[k + 1] = Value::small_int(st.slots[k]);
  return Value::from_obj(t);
}

Value code_groups(ThreadState*, Value self) { return Value::small_int(self.as<CodeObject>()->prog->groups); }
// The parser's FutureWarning texts; re.py issues them (stacklevel of the user's call).
Value code_warnings(ThreadState* ts, Value self) {
  const auto& ws = self.as<CodeObject>()->prog->warnings;
  TupleObject* t = tuple_new(ts, int64_t(ws.size()));
  if (!t) return Value();
  for (size_t k = 0; k < ws.size(); k++) {
    Value s = str_new(ts, ws[k]);
    if (!s) { t->items[k] = Value::none(); for (size_t j = k + 1; j < ws.size(); j++) t->items[j] = Value::none(); decref(Value::from_obj(t)); return Value(); }
    t->items[k] = s;
  }
  return Value::from_obj(t);
}
Value code_flags(ThreadState*, Value self) { return Value::small_int(self.as<CodeObject>()->prog->flags); }
Value code_groupindex(ThreadState* ts, Value self) {
  Program& prog = *self.as<CodeObject>()->prog;
  DictObject* d = dict_new(ts);
  if (!d) return Value();
  Ref hold(Value::from_obj(d));
  for (auto& e : prog.names) {
    std::string k;
    for (char32_t c : e.first) uni::utf8_append(k, c);
    Ref key(str_new(ts, k));
    if (!key || !dict_set(ts, d, key.get(), Value::small_int(e.second))) return Value();
  }
  return hold.release();
}

const MethodDef kCodeMethods[] = {
    {"match", code_match, kMethNormal, "match(string, pos, endpos, mode) -> None or (lastindex, spans...)"},
    {nullptr, nullptr},
};
const GetSetDef kCodeGetSets[] = {
    {"groups", code_groups},
    {"warnings", code_warnings},
    {"flags", code_flags},
    {"groupindex", code_groupindex},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec sre_code_type_spec = {
    .name = "_sre2.Code",
    .basicsize = sizeof(CodeObject),
    .flags = 0,
    .slots = {.dealloc = code_dealloc},
    .methods = kCodeMethods,
    .getsets = kCodeGetSets,
};

namespace {

Value sre_compile_fn(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "compile", kw) || !check_nargs(ts, "compile", nargs, 2, 2)) return Value();
  int64_t flags;
  if (!index_i64(ts, args[1], &flags)) return Value();
  std::vector<uint32_t> pat;
  bool is_bytes;
  Value pv = args[0];
  if (is_str_fast(ts, pv)) {
    is_bytes = false;
    StrObject* so = pv.as<StrObject>();
    pat.reserve(size_t(so->length));
    const char* p = so->data;
    for (int64_t k = 0; k < so->length; k++) pat.push_back(uni::utf8_next(p));
  } else if (pv.is_obj() && type_has(pv.obj()->type, kTypeBytesSubclass)) {
    is_bytes = true;
    for (unsigned char c : pv.as<BytesObject>()->view()) pat.push_back(c);
  } else {
    return raise(ts, Exc::TypeError, "first argument must be string or compiled pattern");
  }
  auto* prog = new Program();
  sre::CompileError err;
  if (!sre::compile_pattern(pat, is_bytes, uint32_t(flags), prog, &err)) {
    // (message, position[, warnings issued before the error, as CPython's parser does])
    std::vector<std::string> warnings = std::move(prog->warnings);
    delete prog;
    Ref msg(str_new(ts, err.msg));
    if (!msg) return Value();
    Ref wt;
    if (!warnings.empty()) {
      ListObject* l = list_new(ts, 0);
      if (!l) return Value();
      wt = Ref(Value::from_obj(l));
      for (const std::string& w : warnings) {
        Ref s(str_new(ts, w));
        if (!s || !list_append(ts, l, s.get())) return Value();
      }
    }
    TupleObject* t = tuple_new(ts, wt ? 3 : 2);
    if (!t) return Value();
    t->items[0] = msg.release();
    t->items[1] = err.pos == -1 ? Value::none() : Value::small_int(err.pos);  // -2: ValueError
    if (wt) t->items[2] = wt.release();
    return Value::from_obj(t);
  }
  auto* mod = self.as<ModuleObject>();
  Value tv = dict_get_str(mod->dict, intern(ts, "Code"));
  if (!tv) { delete prog; return raise(ts, Exc::SystemError, "_sre2.Code missing"); }
  Object* o = alloc_object(ts, tv.as<TypeObject>());
  if (!o) { delete prog; return Value(); }
  auto* co = static_cast<CodeObject*>(o);
  co->prog = prog;
  co->cached = nullptr;
  return Value::from_obj(o);
}

bool sre_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* t = type_from_spec(ts, &sre_code_type_spec, ts->interp->types.object_);
  if (!t) return false;
  return module_add(ts, m, "Code", Value::from_obj(t));
}

const MethodDef kModuleMethods[] = {
    {"compile", sre_compile_fn, kMethNormal, "compile(pattern, flags) -> Code or (message, position)"},
    {nullptr, nullptr},
};

}  // namespace

const ModuleDef sre_module_def = {
    .name = "_sre2",
    .doc = "Regular expression engine for the re module.",
    .methods = kModuleMethods,
    .init = sre_init,
};

}  // namespace minipy
