// runtime/traceback.cpp — traceback objects (one per frame an exception
// unwinds through) and format_exception(), which renders an exception exactly
// as CPython 3.11's default sys.excepthook does: chained causes/contexts, source
// lines with 3.11 caret lines (~~~^^^ anchors for binary operators and
// subscripts), "[Previous line repeated N more times]", SyntaxError's special
// layout and the nested box layout of exception groups.
//
// Must not: write anywhere — it only builds text (print_exception writes it).
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/builtins_internal.h"
#include "runtime/exceptions_internal.h"
#include "vm/code.h"

namespace minipy {

// ---------------------------------------------------------------- traceback type

static void tb_visit(Value v, VisitFn visit, void* arg) {
  if (v.is_obj()) visit(v.obj(), arg);
}
static void tb_clear(Object* o) {
  auto* tb = static_cast<TracebackObject*>(o);
  exc_set_field(&tb->next, Value());
  exc_set_field(&tb->frame, Value());
  exc_set_field(&tb->code, Value());
}
static void tb_dealloc(Object* o) {
  // Long chains: unlink iteratively so deallocation does not recurse per entry.
  auto* tb = static_cast<TracebackObject*>(o);
  Value next = tb->next;
  TypeObject* tb_type = o->type;
  tb->next = Value();
  tb_clear(o);
  free_object(o);
  while (next.is_obj() && next.obj()->refcnt == 1 && next.obj()->type == tb_type) {
    auto* n = next.as<TracebackObject>();
    Value after = n->next;
    n->next = Value();
    decref(next);
    next = after;
  }
  decref(next);
}
static void tb_traverse(Object* o, VisitFn visit, void* arg) {
  auto* tb = static_cast<TracebackObject*>(o);
  tb_visit(tb->next, visit, arg);
  tb_visit(tb->frame, visit, arg);
  tb_visit(tb->code, visit, arg);
}
static Value tb_get_next(ThreadState*, Value self) {
  Value n = self.as<TracebackObject>()->next;
  return n ? newref(n) : Value::none();
}
static bool tb_set_next(ThreadState* ts, Value self, Value v) {
  if (!v) return raise(ts, Exc::TypeError, "can't delete tb_next attribute"), false;
  if (!v.is_none() && type_of(ts, v) != ts->interp->types.traceback)
    return raisef(ts, Exc::TypeError, "expected traceback object or None, got '%s'", type_name(ts, v)), false;
  for (Value c = v; c && !c.is_none(); c = c.as<TracebackObject>()->next)
    if (c == self) return raise(ts, Exc::ValueError, "traceback loop detected"), false;
  exc_set_field(&self.as<TracebackObject>()->next, v.is_none() ? Value() : v);
  return true;
}
static Value tb_get_frame(ThreadState*, Value self) {
  Value f = self.as<TracebackObject>()->frame;
  return f ? newref(f) : Value::none();
}
static Value tb_get_lineno(ThreadState*, Value self) {
  return Value::small_int(self.as<TracebackObject>()->lineno);
}
static Value tb_get_lasti(ThreadState*, Value self) {
  return Value::small_int(int64_t(self.as<TracebackObject>()->lasti) * 2);
}
static Value tb_get_code(ThreadState*, Value self) {
  Value c = self.as<TracebackObject>()->code;
  return c ? newref(c) : Value::none();
}

static const GetSetDef kTracebackGetsets[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_frame", tb_get_frame},
    {"tb_lineno", tb_get_lineno},
    {"tb_lasti", tb_get_lasti},
    {"_tb_code", tb_get_code},
    {nullptr, nullptr},
};

const TypeSpec traceback_type_spec = {
    .name = "traceback",
    .basicsize = sizeof(TracebackObject),
    .flags = kTypeHasGC,
    .slots = {.dealloc = tb_dealloc, .traverse = tb_traverse, .clear = tb_clear},
    .getsets = kTracebackGetsets,
};

bool traceback_add(ThreadState* ts, Value exc, Value frame, Value code, int lasti, int lineno) {
  if (!is_exception_instance(ts, exc)) return true;
  Object* o = alloc_object(ts, ts->interp->types.traceback);
  if (!o) return false;
  auto* tb = static_cast<TracebackObject*>(o);
  auto* e = exc.as<BaseExceptionObject>();
  tb->next = e->traceback;  // steal the exception's reference
  tb->frame = frame ? newref(frame) : Value();
  tb->code = code ? newref(code) : Value();
  tb->lasti = lasti;
  tb->lineno = lineno;
  e->traceback = Value::from_obj(o);
  // NameError suggestions need the innermost frame's globals and builtins.
  if (!frame && !tb->next && type_of(ts, exc) == exc_type(ts, Exc::NameError)) {
    Value saved = err_fetch(ts);
    Value f = vm_getframe(ts, 0);
    if (f) tb->frame = f;
    else err_clear(ts);
    err_restore(ts, saved);
  }
  return true;
}

// ---------------------------------------------------------------- formatting

namespace {

constexpr int kRecursiveCutoff = 3;
constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;
constexpr const char* kCauseMessage = "\nThe above exception was the direct cause of the following exception:\n\n";
constexpr const char* kContextMessage =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\n' || c == '\r'; }

std::string_view strip(std::string_view s) {
  size_t a = 0, b = s.size();
  while (a < b && is_ws(s[a])) a++;
  while (b > a && is_ws(s[b - 1])) b--;
  return s.substr(a, b - a);
}

// Number of code points in the first `bytes` bytes of s.
int64_t char_offset(std::string_view s, int64_t bytes) {
  if (bytes > int64_t(s.size())) bytes = int64_t(s.size());
  int64_t n = 0;
  for (int64_t i = 0; i < bytes; i++)
    if ((static_cast<unsigned char>(s[size_t(i)]) & 0xC0) != 0x80) n++;
  return n;
}
int64_t char_len(std::string_view s) { return char_offset(s, int64_t(s.size())); }
// Byte offset of code point index `chars`.
size_t byte_offset(std::string_view s, int64_t chars) {
  size_t i = 0;
  int64_t n = 0;
  while (i < s.size()) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (n == chars) return i;
      n++;
    }
    i++;
  }
  return s.size();
}

struct Anchors {
  int64_t left_end, right_start;  // char offsets within the segment
};

// Re-parse the failing expression to find a binary operator or subscript, as
// traceback._extract_caret_anchors_from_line_segment does.
bool extract_anchors(std::string_view segment, Anchors* out) {
  ast::Module mod;
  ast::SyntaxErrorInfo err;
  std::string src(segment);
  if (!ast::parse(src, "<string>", ast::ParseMode::File, mod, err)) return false;
  if (mod.body.size() != 1 || mod.body[0]->kind != ast::StmtKind::ExprStmt) return false;
  const ast::Expr* e = mod.body[0]->value;
  if (!e || e->loc.line != 1) return false;
  int64_t seglen = char_len(segment);
  auto ch = [&](int64_t ci) -> char { return segment[byte_offset(segment, ci)]; };
  if (e->kind == ast::ExprKind::BinOp && e->left && e->right) {
    if (e->left->loc.end_line != 1 || e->right->loc.line != 1) return false;
    int64_t op_start = char_offset(segment, e->left->loc.end_col);
    int64_t op_end = char_offset(segment, e->right->loc.col);
    std::string_view op_str = segment.substr(byte_offset(segment, op_start),
                                             byte_offset(segment, op_end) - byte_offset(segment, op_start));
    int64_t op_offset = 0;
    while (size_t(op_offset) < op_str.size() && is_ws(op_str[size_t(op_offset)])) op_offset++;
    int64_t left = op_start + op_offset;
    int64_t right = left + 1;
    if (size_t(op_offset + 1) < op_str.size() && !is_ws(op_str[size_t(op_offset + 1)])) right++;
    while (left < seglen) {
      char c = ch(left);
      if (!(is_ws(c) || c == ')' || c == '#')) break;
      left++;
      right++;
    }
    *out = {left, right};
    return true;
  }
  if (e->kind == ast::ExprKind::Subscript && e->value && e->slice) {
    if (e->value->loc.end_line != 1 || e->slice->loc.end_line != 1) return false;
    int64_t left = char_offset(segment, e->value->loc.end_col);
    int64_t right = char_offset(segment, e->slice->loc.end_col + 1);
    while (left < seglen && ch(left) != '[') left++;
    while (right < seglen && ch(right) != ']') right++;
    if (right < seglen) right++;
    *out = {left, right};
    return true;
  }
  return false;
}

struct SourceCache {
  std::unordered_map<std::string, std::vector<std::string>> files;

  // Line `lineno` (1-based) of `filename` without its newline, or false.
  bool line(const std::string& filename, int lineno, std::string* out) {
    if (filename.empty() || filename[0] == '<' || lineno <= 0) return false;
    auto it = files.find(filename);
    if (it == files.end()) {
      std::vector<std::string> lines;
      std::ifstream in(filename, std::ios::binary);
      if (in) {
        std::ostringstream ss;
        ss << in.rdbuf();
        std::string text = ss.str();
        size_t pos = 0;
        while (pos < text.size()) {
          size_t nl = text.find('\n', pos);
          size_t end = nl == std::string::npos ? text.size() : nl;
          std::string l = text.substr(pos, end - pos);
          if (!l.empty() && l.back() == '\r') l.pop_back();
          lines.push_back(std::move(l));
          if (nl == std::string::npos) break;
          pos = nl + 1;
        }
      }
      it = files.emplace(filename, std::move(lines)).first;
    }
    if (size_t(lineno) > it->second.size()) return false;
    *out = it->second[size_t(lineno - 1)];
    return true;
  }
};

struct PrintContext {
  ThreadState* ts = nullptr;
  SourceCache sources;
  std::unordered_set<uintptr_t> seen;
  int group_depth = 0;
  bool need_close = false;
  std::string out;

  std::string indent() const { return std::string(size_t(2 * group_depth), ' '); }

  // textwrap.indent(text, indent + margin) on every line, like _ExceptionPrintContext.emit.
  void emit(std::string_view text, char margin = '|') {
    if (group_depth == 0) {
      out += text;
      return;
    }
    std::string prefix = indent();
    prefix += margin;
    prefix += ' ';
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
      out += prefix;
      out += text.substr(pos, end - pos);
      pos = end;
    }
  }
};

std::string safe_str(ThreadState* ts, Value v, const char* what, bool use_repr = false) {
  Value s = use_repr ? repr(ts, v) : str(ts, v);
  if (!s) {
    err_clear(ts);
    return strf("<%s %s() failed>", what, use_repr ? "repr" : "str");
  }
  std::string r(str_view(s));
  decref(s);
  return r;
}

std::string format_frame(PrintContext& ctx, TracebackObject* tb) {
  auto* code = tb->code ? tb->code.as<CodeObject>() : nullptr;
  std::string filename = code && code->filename ? std::string(str_view(code->filename)) : "<unknown>";
  std::string name = code && code->name ? std::string(str_view(code->name)) : "<unknown>";
  std::string row = strf("  File \"%s\", line %d, in %s\n", filename.c_str(), tb->lineno, name.c_str());
  std::string line;
  if (!ctx.sources.line(filename, tb->lineno, &line)) return row;
  std::string_view stripped = strip(line);
  if (stripped.empty()) return row;
  row += "    ";
  row += stripped;
  row += "\n";
  if (!code || tb->lasti < 0 || tb->lasti >= code->ncode || !code->positions) return row;
  const Position& p = code->positions[tb->lasti];
  if (p.line <= 0 || p.end_line <= 0 || p.col < 0 || p.end_col < 0 || p.line != tb->lineno) return row;
  int64_t leading = 0;
  while (size_t(leading) < line.size() && is_ws(line[size_t(leading)])) leading++;
  int64_t leading_chars = char_offset(line, leading);
  int64_t stripped_len = char_len(stripped);
  int64_t start = char_offset(line, p.col);
  int64_t end = char_offset(line, p.end_col);
  Anchors anchors{};
  bool have_anchors = false;
  if (p.line == p.end_line) {
    if (end > start) {
      size_t b0 = byte_offset(line, start), b1 = byte_offset(line, end);
      have_anchors = extract_anchors(std::string_view(line).substr(b0, b1 - b0), &anchors);
    }
  } else {
    end = leading_chars + stripped_len;  // to the last non-blank character
  }
  bool secondary = have_anchors && anchors.right_start - anchors.left_end > 0;
  if (!(end - start < stripped_len || secondary)) return row;
  if (start < leading_chars) return row;
  row += "    ";
  row.append(size_t(start - leading_chars), ' ');
  if (have_anchors) {
    row.append(size_t(std::max<int64_t>(anchors.left_end, 0)), '~');
    row.append(size_t(std::max<int64_t>(anchors.right_start - anchors.left_end, 0)), '^');
    row.append(size_t(std::max<int64_t>(end - start - anchors.right_start, 0)), '~');
  } else {
    row.append(size_t(std::max<int64_t>(end - start, 0)), '^');
  }
  row += "\n";
  return row;
}

int64_t traceback_limit(ThreadState* ts) {
  if (!ts->interp->sys) return 1000;
  Value v = dict_get_str(ts->interp->sys->dict, intern(ts, "tracebacklimit"));
  if (!v || !v.is_small_int()) return 1000;
  return v.as_small_int() < 0 ? 0 : v.as_small_int();
}

std::string format_stack(PrintContext& ctx, Value tbv) {
  std::vector<TracebackObject*> entries;
  for (Value t = tbv; t && !t.is_none(); t = t.as<TracebackObject>()->next) entries.push_back(t.as<TracebackObject>());
  int64_t limit = traceback_limit(ctx.ts);
  size_t first = entries.size() > size_t(limit) ? entries.size() - size_t(limit) : 0;
  std::string result;
  Value last_file, last_name;
  int last_line = -1;
  int count = 0;
  bool have_last = false;
  auto flush_repeat = [&]() {
    if (count > kRecursiveCutoff) {
      int n = count - kRecursiveCutoff;
      result += strf("  [Previous line repeated %d more time%s]\n", n, n > 1 ? "s" : "");
    }
  };
  for (size_t i = first; i < entries.size(); i++) {
    TracebackObject* tb = entries[i];
    auto* code = tb->code ? tb->code.as<CodeObject>() : nullptr;
    Value file = code ? code->filename : Value(), name = code ? code->name : Value();
    bool same = have_last && tb->lineno == last_line &&
                (file == last_file || (file && last_file && str_view(file) == str_view(last_file))) &&
                (name == last_name || (name && last_name && str_view(name) == str_view(last_name)));
    if (!same) {
      flush_repeat();
      last_file = file;
      last_name = name;
      last_line = tb->lineno;
      have_last = true;
      count = 0;
    }
    count++;
    if (count > kRecursiveCutoff) continue;
    result += format_frame(ctx, tb);
  }
  flush_repeat();
  return result;
}

std::string type_display_name(ThreadState* ts, TypeObject* t) {
  std::string qual;
  Ref q(getattr_opt(ts, Value::from_obj(t), ts->interp->names.__qualname__));
  if (q && is_str(ts, q.get())) qual = std::string(str_view(q.get()));
  else qual = std::string(t->name->view());
  err_clear(ts);
  Ref m(getattr_opt(ts, Value::from_obj(t), ts->interp->names.__module__));
  err_clear(ts);
  std::string mod = m && is_str(ts, m.get()) ? std::string(str_view(m.get())) : (m ? "<unknown>" : "builtins");
  if (mod != "__main__" && mod != "builtins") return mod + "." + qual;
  return qual;
}

std::string format_syntax_error(ThreadState* ts, SyntaxErrorObject* e, const std::string& stype) {
  std::string out;
  std::string suffix;
  std::string filename = e->filename && is_str(ts, e->filename) ? std::string(str_view(e->filename)) : "";
  bool have_lineno = e->lineno && !e->lineno.is_none();
  if (have_lineno) {
    std::string ln = safe_str(ts, e->lineno, "lineno");
    out += "  File \"" + (filename.empty() ? std::string("<string>") : filename) + "\", line " + ln + "\n";
  } else if (e->filename && !e->filename.is_none()) {
    suffix = " (" + safe_str(ts, e->filename, "filename") + ")";
  }
  if (e->text && is_str(ts, e->text)) {
    std::string_view rtext = str_view(e->text);
    while (!rtext.empty() && rtext.back() == '\n') rtext.remove_suffix(1);
    std::string_view ltext = rtext;
    while (!ltext.empty() && (ltext[0] == ' ' || ltext[0] == '\n' || ltext[0] == '\f')) ltext.remove_prefix(1);
    int64_t spaces = char_len(rtext) - char_len(ltext);
    out += "    ";
    out += ltext;
    out += "\n";
    if (e->offset && e->offset.is_small_int()) {
      int64_t offset = e->offset.as_small_int();
      int64_t end_offset = offset;
      if (e->end_offset && e->end_offset.is_small_int() && e->end_offset.as_small_int() != 0)
        end_offset = e->end_offset.as_small_int();
      // As CPython's C printer: an error spanning lines is highlighted to the end
      // of the first line; IndentationError always gets a single caret.
      int64_t line_size = int64_t(str_view(e->text).size());
      if (e->end_lineno && e->lineno && e->end_lineno.is_small_int() && e->lineno.is_small_int() &&
          e->end_lineno.as_small_int() > e->lineno.as_small_int())
        end_offset = line_size;
      if (end_offset > line_size + 1) end_offset = line_size + 1;
      if (is_subtype(type_of(ts, Value::from_obj(e)), exc_type(ts, Exc::IndentationError))) end_offset = offset;
      if (offset == end_offset || end_offset == -1) end_offset = offset + 1;
      int64_t colno = offset - 1 - spaces;
      int64_t end_colno = end_offset - 1 - spaces;
      if (colno >= 0) {
        out += "    ";
        size_t lim = byte_offset(ltext, colno);
        for (size_t i = 0; i < lim && i < ltext.size(); i++) {
          unsigned char c = static_cast<unsigned char>(ltext[i]);
          if ((c & 0xC0) == 0x80) continue;
          out += is_ws(char(c)) ? char(c) : ' ';
        }
        if (end_colno > colno) out.append(size_t(end_colno - colno), '^');
        out += "\n";
      }
    }
  }
  std::string msg = e->msg && !e->msg.is_none() ? safe_str(ts, e->msg, "msg") : "";
  if (msg.empty()) msg = "<no detail available>";
  out += stype + ": " + msg + suffix + "\n";
  return out;
}

// ---- "Did you mean" suggestions (CPython's Python/suggestions.c)
constexpr size_t kMaxCandidateItems = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a += 'a' - 'A';
  if ('A' <= b && b <= 'Z') b += 'a' - 'A';
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a.size(); i++) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); bi++) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); i++) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// Best candidate among `names` (str values) for `name`, or empty.
std::string best_suggestion(ThreadState* ts, const std::vector<Value>& names, std::string_view name) {
  if (names.size() >= kMaxCandidateItems) return "";
  size_t best_dist = SIZE_MAX;
  std::string best;
  bool found = false;
  for (Value item : names) {
    if (!is_str(ts, item)) continue;
    std::string_view s = str_view(item);
    if (s == name) continue;
    size_t max_distance = (name.size() + s.size() + 3) * kMoveCost / 6;
    if (best_dist != SIZE_MAX) max_distance = std::min(max_distance, best_dist - 1);
    size_t d = levenshtein(name, s, max_distance);
    if (d > max_distance) continue;
    if (!found || d < best_dist) {
      best = std::string(s);
      best_dist = d;
      found = true;
    }
  }
  return best;
}

void dict_keys_of(Value d, std::vector<Value>* out) {
  if (!d.is_obj()) return;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(d.as<DictObject>(), &pos, &k, &v)) out->push_back(k);
}

std::string offer_suggestion(ThreadState* ts, Value exc) {
  TypeObject* t = type_of(ts, exc);
  if (t == exc_type(ts, Exc::AttributeError)) {
    auto* e = exc.as<AttributeErrorObject>();
    if (!e->name || !e->obj || !is_str(ts, e->name)) return "";
    Value obj = e->obj;
    Ref dir(builtin_dir(ts, Value(), &obj, 1, nullptr));
    if (!dir || !is_list(ts, dir.get())) {
      err_clear(ts);
      return "";
    }
    auto* l = dir.as<ListObject>();
    std::vector<Value> names(l->items, l->items + l->size);
    return best_suggestion(ts, names, str_view(e->name));
  }
  if (t == exc_type(ts, Exc::NameError)) {
    auto* e = exc.as<NameErrorObject>();
    if (!e->name || !is_str(ts, e->name) || !e->traceback) return "";
    Value tbv = e->traceback;
    while (tbv.as<TracebackObject>()->next) tbv = tbv.as<TracebackObject>()->next;
    auto* tb = tbv.as<TracebackObject>();
    std::string_view name = str_view(e->name);
    std::vector<Value> names;
    if (tb->code) {
      auto* co = tb->code.as<CodeObject>();
      for (int32_t i = 0; i < co->nlocalsplus; i++)
        if (co->localspluskinds[i] & kLocalFast) names.push_back(tuple_item(co->localsplusnames, i));
    }
    std::string s = best_suggestion(ts, names, name);
    if (!s.empty() || !tb->frame) return s;
    for (const char* attr : {"f_globals", "f_builtins"}) {
      names.clear();
      Ref d(getattr_str(ts, tb->frame, attr));
      if (!d) {
        err_clear(ts);
        return "";
      }
      if (is_dict(ts, d.get())) dict_keys_of(d.get(), &names);
      s = best_suggestion(ts, names, name);
      if (!s.empty()) return s;
    }
  }
  return "";
}

std::string format_exception_only(ThreadState* ts, Value exc) {
  TypeObject* t = type_of(ts, exc);
  std::string stype = type_display_name(ts, t);
  std::string out;
  if (is_subtype(t, exc_type(ts, Exc::SyntaxError))) {
    out = format_syntax_error(ts, exc.as<SyntaxErrorObject>(), stype);
  } else {
    std::string s = safe_str(ts, exc, "exception");
    out = s.empty() ? stype : stype + ": " + s;
    std::string suggestion = offer_suggestion(ts, exc);
    if (!suggestion.empty()) out += ". Did you mean: '" + suggestion + "'?";
    out += "\n";
  }
  Value notes = exc.as<BaseExceptionObject>()->notes;
  if (notes) {
    if (is_list(ts, notes) || is_tuple(ts, notes)) {
      Ref items(sequence_to_tuple(ts, notes));
      if (items) {
        for (int64_t i = 0; i < tuple_size(items.get()); i++) {
          std::string note = safe_str(ts, tuple_item(items.get(), i), "note");
          size_t pos = 0;
          while (true) {
            size_t nl = note.find('\n', pos);
            out += note.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
            out += "\n";
            if (nl == std::string::npos) break;
            pos = nl + 1;
          }
        }
      } else {
        err_clear(ts);
      }
    } else {
      out += safe_str(ts, notes, "__notes__", true);
    }
  }
  return out;
}

bool is_group(ThreadState* ts, Value exc) {
  return is_subtype(type_of(ts, exc), exc_type(ts, Exc::BaseExceptionGroup));
}

void format_one(PrintContext& ctx, Value exc, bool chain);

void format_one(PrintContext& ctx, Value exc, bool chain) {
  ThreadState* ts = ctx.ts;
  RecursionGuard guard(ts);
  if (!guard.ok()) {
    err_clear(ts);
    return;
  }
  // The chain, innermost cause first in `chain_list` order reversed below.
  std::vector<std::pair<const char*, Value>> output;
  Value cur = exc;
  ctx.seen.insert(cur.bits());
  while (cur) {
    auto* e = cur.as<BaseExceptionObject>();
    const char* msg = nullptr;
    Value next;
    if (chain) {
      Value cause = e->cause, context = e->context;
      if (cause && !cause.is_none() && !ctx.seen.count(cause.bits())) {
        msg = kCauseMessage;
        next = cause;
      } else if (context && !context.is_none() && !e->suppress_context && !ctx.seen.count(context.bits())) {
        msg = kContextMessage;
        next = context;
      }
    }
    output.emplace_back(msg, cur);
    if (next) ctx.seen.insert(next.bits());
    cur = next;
  }
  for (size_t k = output.size(); k-- > 0;) {
    const char* msg = output[k].first;
    Value e = output[k].second;
    if (msg) ctx.emit(msg);
    Value tb = e.as<BaseExceptionObject>()->traceback;
    if (!is_group(ts, e)) {
      if (tb) {
        ctx.emit("Traceback (most recent call last):\n");
        ctx.emit(format_stack(ctx, tb));
      }
      ctx.emit(format_exception_only(ts, e));
      continue;
    }
    if (ctx.group_depth > kMaxGroupDepth) {
      ctx.emit(strf("... (max_group_depth is %d)\n", kMaxGroupDepth));
      continue;
    }
    bool toplevel = ctx.group_depth == 0;
    if (toplevel) ctx.group_depth++;
    if (tb) {
      ctx.emit("Exception Group Traceback (most recent call last):\n", toplevel ? '+' : '|');
      ctx.emit(format_stack(ctx, tb));
    }
    ctx.emit(format_exception_only(ts, e));
    Value excs = e.as<ExceptionGroupObject>()->excs;
    int64_t num = excs ? tuple_size(excs) : 0;
    int64_t n = num <= kMaxGroupWidth ? num : kMaxGroupWidth + 1;
    ctx.need_close = false;
    for (int64_t i = 0; i < n; i++) {
      bool last = i == n - 1;
      if (last) ctx.need_close = true;
      bool truncated = i >= kMaxGroupWidth;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      ctx.out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
      ctx.group_depth++;
      if (!truncated) {
        format_one(ctx, tuple_item(excs, i), chain);
      } else {
        int64_t remaining = num - kMaxGroupWidth;
        ctx.emit(strf("and %lld more exception%s\n", (long long)remaining, remaining > 1 ? "s" : ""));
      }
      if (last && ctx.need_close) {
        ctx.out += ctx.indent() + "+------------------------------------\n";
        ctx.need_close = false;
      }
      ctx.group_depth--;
    }
    if (toplevel) ctx.group_depth = 0;
  }
}

}  // namespace

std::string format_exception(ThreadState* ts, Value exc) {
  // Formatting may run Python code (__str__); keep any pending error aside.
  Value saved = err_fetch(ts);
  PrintContext ctx;
  ctx.ts = ts;
  if (!is_exception_instance(ts, exc)) {
    ctx.out = "TypeError: print_exception(): Exception expected for value, " + std::string(type_name(ts, exc)) +
              " found\n";
  } else {
    format_one(ctx, exc, true);
  }
  err_restore(ts, saved);
  return ctx.out;
}

void print_exception(ThreadState* ts, Value exc) {
  flush_std_streams(ts);
  std::string text = format_exception(ts, exc);
  write_stderr(ts, text);
}

}  // namespace minipy

namespace minipy {
// ---------------------------------------------------------------- _traceback (for stdlib/traceback.py)
namespace {
Value tbmod_format_exception(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "format_exception", kw) || !check_nargs(ts, "format_exception", nargs, 1, 1)) return Value();
  if (!is_exception_instance(ts, args[0])) return raise(ts, Exc::TypeError, "format_exception() expects an exception");
  return str_new(ts, format_exception(ts, args[0]));
}
Value tbmod_format_exception_only(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "format_exception_only", kw) || !check_nargs(ts, "format_exception_only", nargs, 1, 1))
    return Value();
  if (!is_exception_instance(ts, args[0])) return raise(ts, Exc::TypeError, "format_exception_only() expects an exception");
  return str_new(ts, format_exception_only(ts, args[0]));
}
// code_position(code, lasti): (lineno, end_lineno, colno, end_colno) of the
// instruction at byte offset `lasti`, Nones where unknown — the entry
// code.co_positions() would give (traceback.py's _get_code_position).
Value tbmod_code_position(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "code_position", kw) || !check_nargs(ts, "code_position", nargs, 2, 2)) return Value();
  if (type_of(ts, args[0]) != ts->interp->types.code)
    return raisef(ts, Exc::TypeError, "code_position() expects a code object, not '%s'", type_name(ts, args[0]));
  int64_t lasti;
  if (!int_as_i64(ts, args[1], &lasti)) return Value();
  auto* co = args[0].as<CodeObject>();
  Position p;
  if (lasti >= 0 && lasti / 2 < co->ncode && co->positions) p = co->positions[lasti / 2];
  auto opt = [](int32_t v, int32_t min) { return v >= min ? Value::small_int(v) : Value::none(); };
  return tuple_pack(ts, {opt(p.line, 1), opt(p.end_line, 1), opt(p.col, 0), opt(p.end_col, 0)});
}
// code_lines(code): the line numbers of the code object's instructions, each
// once, in instruction order (what trace.py needs of code.co_lines()).
Value tbmod_code_lines(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "code_lines", kw) || !check_nargs(ts, "code_lines", nargs, 1, 1)) return Value();
  if (type_of(ts, args[0]) != ts->interp->types.code)
    return raisef(ts, Exc::TypeError, "code_lines() expects a code object, not '%s'", type_name(ts, args[0]));
  auto* co = args[0].as<CodeObject>();
  ListObject* out = list_new(ts);
  if (!out) return Value();
  Ref keep(Value::from_obj(out));
  std::unordered_set<int32_t> seen;
  for (int32_t i = 0; co->positions && i < co->ncode; ++i) {
    int32_t line = co->positions[i].line;
    if (line <= 0 || !seen.insert(line).second) continue;
    if (!list_append(ts, out, Value::small_int(line))) return Value();
  }
  return keep.release();
}
// caret_anchors(segment): (left_end, right_start) character offsets of the
// operator of a binary operation or the brackets of a subscript, or None
// (traceback.py's ~~~^^^ caret lines).
Value tbmod_caret_anchors(ThreadState* ts, Value, const Value* args, size_t nargs, TupleObject* kw) {
  if (!no_kwargs(ts, "caret_anchors", kw) || !check_nargs(ts, "caret_anchors", nargs, 1, 1)) return Value();
  if (!is_str(ts, args[0])) return raise(ts, Exc::TypeError, "caret_anchors() expects a str");
  Anchors a{};
  if (!extract_anchors(str_view(args[0]), &a)) return Value::none();
  return tuple_pack(ts, {Value::small_int(a.left_end), Value::small_int(a.right_start)});
}
const MethodDef tbmod_methods[] = {
    {"format_exception", tbmod_format_exception},
    {"format_exception_only", tbmod_format_exception_only},
    {"code_position", tbmod_code_position},
    {"code_lines", tbmod_code_lines},
    {"caret_anchors", tbmod_caret_anchors},
    {nullptr, nullptr},
};
}  // namespace
extern const ModuleDef traceback_native_module_def;
const ModuleDef traceback_native_module_def = {
    .name = "_traceback",
    .doc = "Native helpers of the traceback module: CPython-style exception reports.",
    .methods = tbmod_methods,
};
}  // namespace minipy
