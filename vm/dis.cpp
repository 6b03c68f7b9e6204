// vm/dis.cpp — the disassembler behind `minipy --dis`: a listing in the style
// of CPython's dis module (line, jump-target marker, offset, opcode, argument
// and its meaning), the exception table, then every nested code object.
#include <cstdio>
#include <set>

#include "vm/code.h"

namespace minipy {

namespace {

std::string value_repr(ThreadState* ts, Value v) {
  if (is_code(ts, v)) {
    auto* co = v.as<CodeObject>();
    char buf[64];
    std::snprintf(buf, sizeof buf, " at %p", static_cast<void*>(co));
    return "<code object " + std::string(str_view(co->name)) + buf + ", file \"" +
           std::string(str_view(co->filename)) + "\", line " + std::to_string(co->firstlineno) + ">";
  }
  Value r = repr(ts, v);
  if (!r) {
    err_clear(ts);
    return "<?>";
  }
  std::string s(str_view(r));
  decref(r);
  return s;
}

std::string name_at(Value tuple, uint32_t i) {
  if (!tuple || int64_t(i) >= tuple_size(tuple)) return "?";
  return std::string(str_view(tuple_item(tuple, int64_t(i))));
}

const char* const kCmpNames[] = {"<", "<=", "==", "!=", ">", ">="};

std::string arg_meaning(ThreadState* ts, CodeObject* co, Op op, uint32_t arg) {
  switch (op) {
    case Op::LOAD_CONST:
    case Op::KW_NAMES:
      if (int64_t(arg) < tuple_size(co->consts)) return value_repr(ts, tuple_item(co->consts, int64_t(arg)));
      return "?";
    case Op::LOAD_GLOBAL:
      return (arg & 1) ? "NULL + " + name_at(co->names, arg >> 1) : name_at(co->names, arg >> 1);
    case Op::STORE_GLOBAL: case Op::DELETE_GLOBAL: case Op::LOAD_NAME: case Op::STORE_NAME:
    case Op::DELETE_NAME: case Op::LOAD_ATTR: case Op::STORE_ATTR: case Op::DELETE_ATTR:
    case Op::LOAD_METHOD: case Op::IMPORT_NAME: case Op::IMPORT_FROM:
      return name_at(co->names, arg);
    case Op::LOAD_FAST: case Op::STORE_FAST: case Op::DELETE_FAST: case Op::LOAD_DEREF:
    case Op::STORE_DEREF: case Op::DELETE_DEREF: case Op::LOAD_CLOSURE: case Op::LOAD_CLASSDEREF:
    case Op::MAKE_CELL:
      return name_at(co->localsplusnames, arg);
    case Op::COMPARE_OP: return arg < 6 ? kCmpNames[arg] : "?";
    case Op::IS_OP: return arg ? "is not" : "is";
    case Op::CONTAINS_OP: return arg ? "not in" : "in";
    case Op::BINARY_OP: {
      uint32_t b = arg & ~kInplace;
      if (b >= uint32_t(BinOp::Count_)) return "?";
      std::string s = binop_symbol(BinOp(b));
      if (arg & kInplace) s += "=";
      return s;
    }
    case Op::FORMAT_VALUE: {
      static constexpr const char* kConv[] = {"", "str", "repr", "ascii"};
      std::string s = kConv[arg & 3];
      if (arg & 4) s += s.empty() ? "with format" : ", with format";
      return s;
    }
    case Op::MAKE_FUNCTION: {
      std::string s;
      static constexpr const char* kFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};
      for (int i = 0; i < 4; i++)
        if (arg & (1u << i)) s += (s.empty() ? "" : ", ") + std::string(kFlags[i]);
      return s;
    }
    case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD: case Op::JUMP_BACKWARD_NO_INTERRUPT:
    case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE: case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP:
    case Op::FOR_ITER: case Op::SEND:
      return "to " + std::to_string(arg);
    case Op::UNPACK_EX: return std::to_string(arg & 0xff) + ", " + std::to_string(arg >> 8);
    default: return "";
  }
}

bool op_has_arg(Op op) {
  switch (op) {
    case Op::NOP: case Op::POP_TOP: case Op::PUSH_NULL: case Op::LOAD_BUILD_CLASS:
    case Op::LOAD_ASSERTION_ERROR: case Op::LOAD_LOCALS: case Op::SETUP_ANNOTATIONS:
    case Op::UNARY_POSITIVE: case Op::UNARY_NEGATIVE: case Op::UNARY_NOT: case Op::UNARY_INVERT:
    case Op::BINARY_SUBSCR: case Op::STORE_SUBSCR: case Op::DELETE_SUBSCR: case Op::LIST_TO_TUPLE:
    case Op::GET_ITER: case Op::RETURN_VALUE: case Op::PUSH_EXC_INFO: case Op::POP_EXCEPT:
    case Op::CHECK_EXC_MATCH: case Op::CHECK_EG_MATCH: case Op::PREP_RERAISE_STAR:
    case Op::WITH_EXCEPT_START: case Op::BEFORE_WITH: case Op::BEFORE_ASYNC_WITH:
    case Op::GET_YIELD_FROM_ITER: case Op::GET_AITER: case Op::GET_ANEXT: case Op::END_ASYNC_FOR:
    case Op::ASYNC_GEN_WRAP: case Op::CLEANUP_THROW: case Op::RETURN_GENERATOR: case Op::IMPORT_STAR:
    case Op::PRINT_EXPR: case Op::GET_LEN: case Op::MATCH_MAPPING: case Op::MATCH_SEQUENCE:
    case Op::MATCH_KEYS:
      return false;
    default: return true;
  }
}

void disassemble_one(ThreadState* ts, CodeObject* co, std::string& out, bool header) {
  if (header) out += "Disassembly of " + value_repr(ts, Value::from_obj(co)) + ":\n";
  std::set<uint32_t> targets;
  for (int32_t i = 0; i < co->ncode;) {
    uint32_t w = co->code[i];
    Op op = insn_op(w);
    if (op >= Op::Count_) { i++; continue; }
    switch (op) {
      case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD: case Op::JUMP_BACKWARD_NO_INTERRUPT:
      case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::POP_JUMP_IF_NONE:
      case Op::POP_JUMP_IF_NOT_NONE: case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP:
      case Op::FOR_ITER: case Op::SEND:
        targets.insert(insn_arg(w));
        break;
      default: break;
    }
    i += 1 + kOpCacheWords[int(op)];
  }
  for (int32_t i = 0; i < co->nexctable; i++) targets.insert(co->exctable[i].handler);
  int last_line = -1;
  char buf[256];
  for (int32_t i = 0; i < co->ncode;) {
    uint32_t w = co->code[i];
    Op op = insn_op(w);
    uint32_t arg = insn_arg(w);
    if (op >= Op::Count_) {
      std::snprintf(buf, sizeof buf, "          %6d <invalid opcode %u>\n", i, unsigned(w & 0xff));
      out += buf;
      i++;
      continue;
    }
    int line = co->positions ? co->positions[i].line : 0;
    std::string linecol = "";
    if (line != last_line && line > 0) {
      if (last_line != -1) out += "\n";
      linecol = std::to_string(line);
      last_line = line;
    }
    std::snprintf(buf, sizeof buf, "%4s %2s %6d %-24s", linecol.c_str(), targets.count(uint32_t(i)) ? ">>" : "", i,
                  kOpNames[int(op)]);
    std::string row = buf;
    if (op_has_arg(op)) {
      std::snprintf(buf, sizeof buf, " %5u", arg);
      row += buf;
      std::string m = arg_meaning(ts, co, op, arg);
      if (!m.empty()) row += " (" + m + ")";
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + "\n";
    i += 1 + kOpCacheWords[int(op)];
  }
  if (co->nexctable) {
    out += "ExceptionTable:\n";
    for (int32_t i = 0; i < co->nexctable; i++) {
      const ExceptionTableEntry& e = co->exctable[i];
      std::snprintf(buf, sizeof buf, "  %u to %u -> %u [%u]%s\n", e.start, e.end, e.handler, e.depth,
                    e.lasti ? " lasti" : "");
      out += buf;
    }
  }
  for (int64_t i = 0; i < tuple_size(co->consts); i++) {
    Value c = tuple_item(co->consts, i);
    if (is_code(ts, c)) {
      out += "\n";
      disassemble_one(ts, c.as<CodeObject>(), out, true);
    }
  }
}

}  // namespace

std::string disassemble(ThreadState* ts, Value code) {
  std::string out;
  if (!is_code(ts, code)) return "<not a code object>\n";
  disassemble_one(ts, code.as<CodeObject>(), out, false);
  return out;
}

}  // namespace minipy
