// stdlib/csvmodule.cpp — _csvcore, the speed-critical half of the csv module:
// the reader and writer objects (types _csv.reader / _csv.writer) with CPython
// 3.11's parsing state machine and quoting rules. Dialect validation, the
// dialect registry and field_size_limit live in stdlib/_csv.py, which creates
// these objects through _csvcore.reader()/_csvcore.writer() and hands them the
// validated _csv.Dialect, the csv.Error class and the one-element list that
// holds the field size limit (so nothing here is process-wide state).
// Must not: validate dialects (done in Python) or keep mutable statics.
#include <string>

#include "runtime/runtime.h"
#include "runtime/unicode.h"
#include "stdlib/modules.h"

namespace minipy {
namespace {

constexpr int32_t kNotSet = -1;   // an absent escapechar/quotechar
constexpr int32_t kEol = -2;      // the end-of-line pseudo character
enum Quoting { kQuoteMinimal = 0, kQuoteAll = 1, kQuoteNonNumeric = 2, kQuoteNone = 3 };

// The parsed dialect parameters (characters as code points).
struct CsvParams {
  int32_t delimiter = ',';
  int32_t quotechar = '"';
  int32_t escapechar = kNotSet;
  bool doublequote = true;
  bool skipinitialspace = false;
  bool strict = false;
  int quoting = kQuoteMinimal;
};

enum ParseState {
  kStartRecord, kStartField, kEscapedChar, kInField, kInQuotedField,
  kEscapeInQuotedField, kQuoteInQuotedField, kEatCrnl, kAfterEscapedCrnl
};

struct CsvReaderObject : Object {
  Value it;          // the line iterator
  Value dialect;     // _csv.Dialect
  Value error;       // csv.Error
  Value limit_box;   // [field_size_limit]
  int64_t line_num;
  CsvParams p;
};

struct CsvWriterObject : Object {
  Value write;       // the file's bound write method
  Value dialect;
  Value error;
  std::string* lineterminator;   // owned
  CsvParams p;
};

// ---------------------------------------------------------------- dialect parameters
bool char_attr(ThreadState* ts, Value dialect, const char* name, int32_t* out) {
  Ref v(getattr_str(ts, dialect, name));
  if (!v) return false;
  if (v.get().is_none()) { *out = kNotSet; return true; }
  if (!is_str(ts, v.get()) || v.as<StrObject>()->length != 1) {
    raisef(ts, Exc::TypeError, "\"%s\" must be a 1-character string", name);
    return false;
  }
  const char* p = v.as<StrObject>()->data;
  *out = int32_t(uni::utf8_next(p));
  return true;
}

bool bool_attr(ThreadState* ts, Value dialect, const char* name, bool* out) {
  Ref v(getattr_str(ts, dialect, name));
  if (!v) return false;
  int t = truthy(ts, v.get());
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

bool read_params(ThreadState* ts, Value dialect, CsvParams* p) {
  if (!char_attr(ts, dialect, "delimiter", &p->delimiter) || !char_attr(ts, dialect, "quotechar", &p->quotechar) ||
      !char_attr(ts, dialect, "escapechar", &p->escapechar) ||
      !bool_attr(ts, dialect, "doublequote", &p->doublequote) ||
      !bool_attr(ts, dialect, "skipinitialspace", &p->skipinitialspace) ||
      !bool_attr(ts, dialect, "strict", &p->strict))
    return false;
  Ref q(getattr_str(ts, dialect, "quoting"));
  int64_t quoting;
  if (!q || !int_as_i64(ts, q.get(), &quoting)) return false;
  p->quoting = int(quoting);
  return true;
}

// ---------------------------------------------------------------- the parser
// One record in progress: CPython's state machine fed one code point at a time.
struct Parser {
  ThreadState* ts;
  const CsvParams& p;
  Value error;
  int64_t limit;
  ParseState state = kStartRecord;
  std::string field;        // UTF-8 of the field so far
  int64_t field_len = 0;    // its length in code points
  bool field_ascii = true;
  bool numeric = false;
  ListObject* fields;

  bool fail(const char* msg) {
    raise(ts, error.as<TypeObject>(), msg);
    return false;
  }

  bool save() {
    Ref s(str_new_len(ts, field, field_len, field_ascii));
    field.clear();
    field_len = 0;
    field_ascii = true;
    if (!s) return false;
    if (numeric) {
      numeric = false;
      s = Ref(number_float(ts, s.get()));
      if (!s) return false;
    }
    return list_append(ts, fields, s.get());
  }

  bool add(int32_t c) {
    if (field_len >= limit) {
      raise(ts, error.as<TypeObject>(), strf("field larger than field limit (%lld)", (long long)limit));
      return false;
    }
    if (c < 0x80) {
      field.push_back(char(c));
    } else {
      uni::utf8_append(field, uint32_t(c));
      field_ascii = false;
    }
    ++field_len;
    return true;
  }

  bool end_of_field_or_line(int32_t c) {
    if (!save()) return false;
    state = c == kEol ? kStartRecord : kEatCrnl;
    return true;
  }

  bool feed(int32_t c) {
    switch (state) {
      case kStartRecord:
        if (c == kEol) return true;   // an empty line is an empty record
        if (c == '\n' || c == '\r') {
          state = kEatCrnl;
          return true;
        }
        state = kStartField;
        [[fallthrough]];
      case kStartField:
        if (c == '\n' || c == '\r' || c == kEol) return end_of_field_or_line(c);
        if (c == p.quotechar && p.quoting != kQuoteNone) {
          state = kInQuotedField;
        } else if (c == p.escapechar) {
          state = kEscapedChar;
        } else if (c == ' ' && p.skipinitialspace) {
          // spaces at the start of a field are dropped
        } else if (c == p.delimiter) {
          return save();
        } else {
          if (p.quoting == kQuoteNonNumeric) numeric = true;
          if (!add(c)) return false;
          state = kInField;
        }
        return true;
      case kEscapedChar:
        if (c == '\n' || c == '\r') {
          if (!add(c)) return false;
          state = kAfterEscapedCrnl;
          return true;
        }
        if (c == kEol) c = '\n';
        if (!add(c)) return false;
        state = kInField;
        return true;
      case kAfterEscapedCrnl:
        // line ends are skipped (the state stays) until the field ends
        if (c == kEol) return true;
        [[fallthrough]];
      case kInField:
        if (c == '\n' || c == '\r' || c == kEol) return end_of_field_or_line(c);
        if (c == p.escapechar) {
          state = kEscapedChar;
        } else if (c == p.delimiter) {
          if (!save()) return false;
          state = kStartField;
        } else {
          return add(c);
        }
        return true;
      case kInQuotedField:
        if (c == kEol) return true;
        if (c == p.escapechar) {
          state = kEscapeInQuotedField;
        } else if (c == p.quotechar && p.quoting != kQuoteNone) {
          state = p.doublequote ? kQuoteInQuotedField : kInField;
        } else {
          return add(c);
        }
        return true;
      case kEscapeInQuotedField:
        if (c == kEol) c = '\n';
        if (!add(c)) return false;
        state = kInQuotedField;
        return true;
      case kQuoteInQuotedField:
        if (p.quoting != kQuoteNone && c == p.quotechar) {
          if (!add(c)) return false;
          state = kInQuotedField;
          return true;
        }
        if (c == p.delimiter) {
          if (!save()) return false;
          state = kStartField;
          return true;
        }
        if (c == '\n' || c == '\r' || c == kEol) return end_of_field_or_line(c);
        if (!p.strict) {
          if (!add(c)) return false;
          state = kInField;
          return true;
        }
        {
          std::string msg = "'";
          uni::utf8_append(msg, uint32_t(p.delimiter));
          msg += "' expected after '";
          uni::utf8_append(msg, uint32_t(p.quotechar));
          msg += "'";
          return fail(msg.c_str());
        }
      case kEatCrnl:
        if (c == '\n' || c == '\r') return true;
        if (c == kEol) {
          state = kStartRecord;
          return true;
        }
        return fail("new-line character seen in unquoted field - do you need to open the file in "
                    "universal-newline mode?");
    }
    return true;
  }
};

CsvReaderObject* as_reader(Value v) { return v.as<CsvReaderObject>(); }

Value reader_next(ThreadState* ts, Value self) {
  CsvReaderObject* r = as_reader(self);
  int64_t limit = 0;
  Value lim = r->limit_box.is_obj() ? r->limit_box.as<ListObject>()->items[0] : Value();
  if (!lim || !int_as_i64(ts, lim, &limit)) {
    if (err_occurred(ts)) err_clear(ts);
    limit = int64_t(1) << 62;
  }
  Ref fields(Value::from_obj(list_new(ts, 0)));
  if (!fields) return Value();
  Parser ps{ts, r->p, r->error, limit};
  ps.fields = fields.as<ListObject>();
  do {
    Ref line(iter_next(ts, r->it));
    if (!line) {
      if (err_occurred(ts)) return Value();
      if (ps.field_len != 0 || ps.state == kInQuotedField) {
        if (r->p.strict) return raise(ts, r->error.as<TypeObject>(), "unexpected end of data");
        if (!ps.save()) return Value();
        break;
      }
      return Value();   // exhausted
    }
    if (!is_str(ts, line.get())) {
      return raise(ts, r->error.as<TypeObject>(),
                   strf("iterator should return strings, not %.200s (the file should be opened in text mode)",
                        type_name(ts, line.get())));
    }
    ++r->line_num;
    StrObject* s = line.as<StrObject>();
    const char* q = s->data;
    const char* end = s->data + s->size;
    const CsvParams& p = r->p;
    if (s->ascii) {
      // Plain characters of an unquoted or quoted field are copied in runs.
      while (q < end) {
        int32_t c = uint8_t(*q);
        if ((ps.state == kInField || ps.state == kInQuotedField) && c != '\n' && c != '\r' &&
            c != p.delimiter && c != p.quotechar && c != p.escapechar) {
          const char* run = q;
          while (q < end) {
            int32_t d = uint8_t(*q);
            if (d == '\n' || d == '\r' || d == p.delimiter || d == p.quotechar || d == p.escapechar) break;
            ++q;
          }
          int64_t n = q - run;
          if (ps.field_len + n > limit) {
            for (const char* x = run; x < q; ++x)
              if (!ps.add(uint8_t(*x))) return Value();
          } else {
            ps.field.append(run, size_t(n));
            ps.field_len += n;
          }
          continue;
        }
        if (!ps.feed(c)) return Value();
        ++q;
      }
    } else {
      while (q < end) {
        int32_t c = int32_t(uni::utf8_next(q));
        if (!ps.feed(c)) return Value();
      }
    }
    if (!ps.feed(kEol)) return Value();
  } while (ps.state != kStartRecord);
  return fields.release();
}

Value reader_iter(ThreadState*, Value self) { return newref(self); }

void reader_dealloc(Object* o) {
  auto* r = static_cast<CsvReaderObject*>(o);
  decref(r->it);
  decref(r->dialect);
  decref(r->error);
  decref(r->limit_box);
  free_object(o);
}

void reader_traverse(Object* o, VisitFn visit, void* arg) {
  auto* r = static_cast<CsvReaderObject*>(o);
  for (Value v : {r->it, r->dialect, r->error, r->limit_box})
    if (v.is_obj()) visit(v.obj(), arg);
}

void reader_clear(Object* o) {
  auto* r = static_cast<CsvReaderObject*>(o);
  Value vs[] = {r->it, r->dialect, r->error, r->limit_box};
  r->it = r->dialect = r->error = r->limit_box = Value();
  for (Value v : vs) decref(v);
}

Value reader_get_dialect(ThreadState*, Value self) {
  Value d = as_reader(self)->dialect;
  return d ? newref(d) : Value::none();
}
Value reader_get_line_num(ThreadState* ts, Value self) { return int_from_i64(ts, as_reader(self)->line_num); }

// CPython exposes these as read-only members, whose error differs from a getset's.
bool readonly_member(ThreadState* ts, Value, Value) {
  raise(ts, Exc::AttributeError, "readonly attribute");
  return false;
}

const GetSetDef kReaderGetSets[] = {
    {"dialect", reader_get_dialect, readonly_member},
    {"line_num", reader_get_line_num, readonly_member},
    {nullptr, nullptr},
};

// ---------------------------------------------------------------- the writer
CsvWriterObject* as_writer(Value v) { return v.as<CsvWriterObject>(); }

// PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted.
bool is_number(ThreadState* ts, Value v) {
  if (v.is_small_int() || v.is_bool()) return true;
  TypeObject* t = type_of(ts, v);
  return t->slots.int_ || t->slots.float_ || t->slots.index || is_complex(ts, v);
}

// Append one field (delimiter first unless it is the first one). False + Error
// when a character needs an escape and there is no escapechar.
bool write_field(ThreadState* ts, CsvWriterObject* w, std::string& out, std::string_view text, bool quoted,
                 bool first) {
  const CsvParams& p = w->p;
  const std::string& lt = *w->lineterminator;
  if (!first) uni::utf8_append(out, uint32_t(p.delimiter));
  size_t quote_at = out.size();
  const char* q = text.data();
  const char* end = q + text.size();
  while (q < end) {
    const char* at = q;
    int32_t c = int32_t(uni::utf8_next(q));
    bool special = c == p.delimiter || c == p.escapechar || c == p.quotechar;
    if (!special) {
      if (c < 0x80) {
        special = lt.find(char(c)) != std::string::npos;
      } else {
        char buf[4];
        int n = uni::utf8_encode(uint32_t(c), buf);
        special = lt.find(std::string_view(buf, size_t(n))) != std::string::npos;
      }
    }
    if (special) {
      bool escape = false;
      if (p.quoting == kQuoteNone) {
        escape = true;
      } else {
        if (c == p.quotechar) {
          if (p.doublequote)
            uni::utf8_append(out, uint32_t(p.quotechar));
          else
            escape = true;
        } else if (c == p.escapechar) {
          escape = true;
        }
        if (!escape) quoted = true;
      }
      if (escape) {
        if (p.escapechar == kNotSet) {
          raise(ts, w->error.as<TypeObject>(), "need to escape, but no escapechar set");
          return false;
        }
        uni::utf8_append(out, uint32_t(p.escapechar));
      }
    }
    out.append(at, size_t(q - at));
  }
  if (quoted) {
    char qb[4];
    int n = uni::utf8_encode(uint32_t(p.quotechar), qb);
    out.insert(quote_at, qb, size_t(n));
    out.append(qb, size_t(n));
  }
  return true;
}

Value writer_writerow(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(ts, Exc::TypeError, "writer.writerow() takes no keyword arguments");
  if (nargs != 1)
    return raisef(ts, Exc::TypeError, "writer.writerow() takes exactly one argument (%zu given)", nargs);
  CsvWriterObject* w = as_writer(self);
  Ref it(get_iter(ts, args[0]));
  if (!it) {
    if (!err_matches(ts, Exc::TypeError)) return Value();
    err_clear(ts);
    return raise(ts, w->error.as<TypeObject>(),
                 strf("iterable expected, not %.200s", type_name(ts, args[0])));
  }
  std::string out;
  size_t nfields = 0;
  const CsvParams& p = w->p;
  while (true) {
    Ref f(iter_next(ts, it.get()));
    if (!f) {
      if (err_occurred(ts)) return Value();
      break;
    }
    bool quoted = p.quoting == kQuoteNonNumeric ? !is_number(ts, f.get()) : p.quoting == kQuoteAll;
    bool ok;
    if (f.get().is_none()) {
      ok = write_field(ts, w, out, std::string_view(), quoted, nfields == 0);
    } else if (is_str(ts, f.get())) {
      ok = write_field(ts, w, out, str_view(f.get()), quoted, nfields == 0);
    } else {
      Ref s(str(ts, f.get()));
      if (!s) return Value();
      ok = write_field(ts, w, out, str_view(s.get()), quoted, nfields == 0);
    }
    if (!ok) return Value();
    ++nfields;
  }
  if (nfields > 0 && out.empty()) {
    // a lone empty field must be quoted, or the line would read back as no field
    if (p.quoting == kQuoteNone)
      return raise(ts, w->error.as<TypeObject>(), "single empty field record must be quoted");
    if (!write_field(ts, w, out, std::string_view(), true, true)) return Value();
  }
  out += *w->lineterminator;
  Ref line(str_new(ts, out));
  if (!line) return Value();
  return call1(ts, w->write, line.get());
}

Value writer_writerows(ThreadState* ts, Value self, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (kwnames && kwnames->size) return raise(ts, Exc::TypeError, "writer.writerows() takes no keyword arguments");
  if (nargs != 1)
    return raisef(ts, Exc::TypeError, "writer.writerows() takes exactly one argument (%zu given)", nargs);
  Ref it(get_iter(ts, args[0]));
  if (!it) return Value();
  while (true) {
    Ref row(iter_next(ts, it.get()));
    if (!row) {
      if (err_occurred(ts)) return Value();
      break;
    }
    Value r = row.get();
    Ref res(writer_writerow(ts, self, &r, 1, nullptr));
    if (!res) return Value();
  }
  return Value::none();
}

void writer_dealloc(Object* o) {
  auto* w = static_cast<CsvWriterObject*>(o);
  decref(w->write);
  decref(w->dialect);
  decref(w->error);
  delete w->lineterminator;
  free_object(o);
}

void writer_traverse(Object* o, VisitFn visit, void* arg) {
  auto* w = static_cast<CsvWriterObject*>(o);
  for (Value v : {w->write, w->dialect, w->error})
    if (v.is_obj()) visit(v.obj(), arg);
}

void writer_clear(Object* o) {
  auto* w = static_cast<CsvWriterObject*>(o);
  Value vs[] = {w->write, w->dialect, w->error};
  w->write = w->dialect = w->error = Value();
  for (Value v : vs) decref(v);
}

Value writer_get_dialect(ThreadState*, Value self) {
  Value d = as_writer(self)->dialect;
  return d ? newref(d) : Value::none();
}

const MethodDef kWriterMethods[] = {
    {"writerow", writer_writerow, kMethNormal,
     "writerow(iterable)\n\nWrite one record; fields that are not str are converted with str()."},
    {"writerows", writer_writerows, kMethNormal, "writerows(iterable of iterables)\n\nWrite each row in turn."},
    {nullptr, nullptr},
};

const GetSetDef kWriterGetSets[] = {
    {"dialect", writer_get_dialect, readonly_member},
    {nullptr, nullptr},
};

}  // namespace

const TypeSpec csv_reader_type_spec = {
    .name = "_csv.reader",
    .basicsize = sizeof(CsvReaderObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = reader_dealloc,
        .traverse = reader_traverse,
        .clear = reader_clear,
        .iter = reader_iter,
        .iternext = reader_next,
    },
    .getsets = kReaderGetSets,
    .doc = "CSV reader: iterates over the records of CSV text.",
};

const TypeSpec csv_writer_type_spec = {
    .name = "_csv.writer",
    .basicsize = sizeof(CsvWriterObject),
    .flags = kTypeHasGC,
    .slots = {
        .dealloc = writer_dealloc,
        .traverse = writer_traverse,
        .clear = writer_clear,
    },
    .methods = kWriterMethods,
    .getsets = kWriterGetSets,
    .doc = "CSV writer: formats records as CSV text.",
};

namespace {

TypeObject* module_type(ThreadState* ts, Value module, const char* name) {
  Value t = dict_get_str(module.as<ModuleObject>()->dict, intern(ts, name));
  if (!t || !t.is_obj() || !type_has(t.obj()->type, kTypeTypeSubclass)) {
    raisef(ts, Exc::SystemError, "_csvcore.%s type missing", name);
    return nullptr;
  }
  return t.as<TypeObject>();
}

// reader(iterator, dialect, error_class, limit_box)
Value core_reader(ThreadState* ts, Value module, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "reader", kwnames) || !check_nargs(ts, "reader", nargs, 4, 4)) return Value();
  TypeObject* t = module_type(ts, module, "Reader");
  if (!t) return Value();
  CsvParams p;
  if (!read_params(ts, args[1], &p)) return Value();
  Object* o = alloc_object(ts, t);
  if (!o) return Value();
  auto* r = static_cast<CsvReaderObject*>(o);
  r->it = newref(args[0]);
  r->dialect = newref(args[1]);
  r->error = newref(args[2]);
  r->limit_box = newref(args[3]);
  r->line_num = 0;
  r->p = p;
  return Value::from_obj(o);
}

// writer(write_method, dialect, error_class)
Value core_writer(ThreadState* ts, Value module, const Value* args, size_t nargs, TupleObject* kwnames) {
  if (!no_kwargs(ts, "writer", kwnames) || !check_nargs(ts, "writer", nargs, 3, 3)) return Value();
  TypeObject* t = module_type(ts, module, "Writer");
  if (!t) return Value();
  CsvParams p;
  if (!read_params(ts, args[1], &p)) return Value();
  Ref lt(getattr_str(ts, args[1], "lineterminator"));
  if (!lt) return Value();
  if (!is_str(ts, lt.get())) return raise(ts, Exc::TypeError, "\"lineterminator\" must be a string");
  Object* o = alloc_object(ts, t);
  if (!o) return Value();
  auto* w = static_cast<CsvWriterObject*>(o);
  w->write = newref(args[0]);
  w->dialect = newref(args[1]);
  w->error = newref(args[2]);
  w->lineterminator = new std::string(str_view(lt.get()));
  w->p = p;
  return Value::from_obj(o);
}

const MethodDef kCoreMethods[] = {
    {"reader", core_reader},
    {"writer", core_writer},
    {nullptr, nullptr},
};

bool core_init(ThreadState* ts, ModuleObject* m) {
  TypeObject* r = type_from_spec(ts, &csv_reader_type_spec, ts->interp->types.object_);
  if (!r) return false;
  TypeObject* w = type_from_spec(ts, &csv_writer_type_spec, ts->interp->types.object_);
  if (!w) return false;
  // The module keeps the types for the interpreter's lifetime.
  return module_add(ts, m, "Reader", Value::from_obj(r)) && module_add(ts, m, "Writer", Value::from_obj(w));
}

}  // namespace

const ModuleDef csvcore_module_def = {
    .name = "_csvcore",
    .doc = "The reader and writer objects of the csv module (used by _csv).",
    .methods = kCoreMethods,
    .init = core_init,
};

}  // namespace minipy
