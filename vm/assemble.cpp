// vm/assemble.cpp — turns a compiler Unit (instructions with labels, handler
// set-up marks and direction-free jumps) into a CodeObject: resolves labels to
// absolute word offsets, picks JUMP_FORWARD/JUMP_BACKWARD, lays out cache
// words, computes the maximum stack depth by flow analysis (like CPython's
// stackdepth()), builds the coalesced exception table and the code flags.
#include <algorithm>

#include "vm/compiler.h"

namespace minipy::compiler {

bool is_jump_op(Op op) {
  switch (op) {
    case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD: case Op::JUMP_BACKWARD_NO_INTERRUPT:
    case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE: case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP:
    case Op::FOR_ITER: case Op::SEND:
      return true;
    default: return false;
  }
}

static bool is_terminator(int op) {
  if (op == kOpJump) return true;
  switch (Op(op)) {
    case Op::RETURN_VALUE: case Op::RAISE_VARARGS: case Op::RERAISE:
    case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD: case Op::JUMP_BACKWARD_NO_INTERRUPT:
      return true;
    default: return false;
  }
}

int stack_effect(Op op, uint32_t arg, bool jump) {
  int a = int(arg);
  switch (op) {
    case Op::NOP: case Op::SWAP: case Op::DELETE_FAST: case Op::DELETE_DEREF: case Op::MAKE_CELL:
    case Op::COPY_FREE_VARS: case Op::DELETE_GLOBAL: case Op::DELETE_NAME: case Op::LOAD_ATTR:
    case Op::SETUP_ANNOTATIONS: case Op::UNARY_POSITIVE: case Op::UNARY_NEGATIVE: case Op::UNARY_NOT:
    case Op::UNARY_INVERT: case Op::LIST_TO_TUPLE: case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD:
    case Op::JUMP_BACKWARD_NO_INTERRUPT: case Op::GET_ITER: case Op::KW_NAMES: case Op::CHECK_EXC_MATCH:
    case Op::CHECK_EG_MATCH: case Op::YIELD_VALUE: case Op::GET_YIELD_FROM_ITER: case Op::GET_AWAITABLE:
    case Op::GET_AITER: case Op::ASYNC_GEN_WRAP: case Op::RETURN_GENERATOR: case Op::EXTENDED_ARG:
      return 0;
    case Op::POP_TOP: case Op::STORE_FAST: case Op::STORE_DEREF: case Op::STORE_GLOBAL:
    case Op::STORE_NAME: case Op::DELETE_ATTR: case Op::BINARY_OP: case Op::COMPARE_OP: case Op::IS_OP:
    case Op::CONTAINS_OP: case Op::BINARY_SUBSCR: case Op::LIST_APPEND: case Op::SET_ADD:
    case Op::LIST_EXTEND: case Op::SET_UPDATE: case Op::DICT_UPDATE: case Op::DICT_MERGE:
    case Op::RETURN_VALUE: case Op::RERAISE: case Op::POP_EXCEPT: case Op::PREP_RERAISE_STAR:
    case Op::IMPORT_NAME: case Op::IMPORT_STAR: case Op::PRINT_EXPR:
    case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: case Op::POP_JUMP_IF_NONE:
    case Op::POP_JUMP_IF_NOT_NONE:
      return -1;
    case Op::PUSH_NULL: case Op::COPY: case Op::LOAD_CONST: case Op::LOAD_FAST: case Op::LOAD_DEREF:
    case Op::LOAD_CLOSURE: case Op::LOAD_CLASSDEREF: case Op::LOAD_NAME: case Op::LOAD_METHOD:
    case Op::LOAD_BUILD_CLASS: case Op::LOAD_ASSERTION_ERROR: case Op::LOAD_LOCALS:
    case Op::PUSH_EXC_INFO: case Op::WITH_EXCEPT_START: case Op::BEFORE_WITH: case Op::BEFORE_ASYNC_WITH:
    case Op::GET_ANEXT: case Op::IMPORT_FROM: case Op::GET_LEN: case Op::MATCH_MAPPING:
    case Op::MATCH_SEQUENCE: case Op::MATCH_KEYS:
      return 1;
    case Op::LOAD_GLOBAL: return 1 + (a & 1);
    case Op::STORE_ATTR: case Op::DELETE_SUBSCR: case Op::MAP_ADD: case Op::END_ASYNC_FOR:
    case Op::CLEANUP_THROW: case Op::MATCH_CLASS:
      return -2;
    case Op::STORE_SUBSCR: return -3;
    case Op::BINARY_OP_ADD: case Op::BINARY_OP_SUB: case Op::BINARY_OP_MUL: case Op::BINARY_OP_TRUEDIV:
    case Op::BINARY_OP_FLOORDIV: case Op::BINARY_OP_MOD: case Op::BINARY_OP_AND: case Op::BINARY_OP_OR:
    case Op::BINARY_OP_XOR: case Op::BINARY_OP_LSHIFT: case Op::BINARY_OP_RSHIFT: case Op::COMPARE_OP_LT:
    case Op::COMPARE_OP_LE: case Op::COMPARE_OP_EQ: case Op::COMPARE_OP_NE: case Op::COMPARE_OP_GT:
    case Op::COMPARE_OP_GE:
      return -1;
    case Op::BINARY_SLICE: return -a;
    case Op::STORE_SLICE: return -a - 2;
    case Op::BUILD_SLICE: case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET:
    case Op::BUILD_STRING:
      return 1 - a;
    case Op::BUILD_MAP: return 1 - 2 * a;
    case Op::BUILD_CONST_KEY_MAP: return -a;
    case Op::UNPACK_SEQUENCE: return a - 1;
    case Op::UNPACK_EX: return (a & 0xff) + (a >> 8);
    case Op::FORMAT_VALUE: return (a & 4) ? -1 : 0;
    case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op::FOR_ITER: return jump ? -1 : 1;
    case Op::SEND: return jump ? -1 : 0;
    case Op::CALL: return -a - 1;
    case Op::CALL_FUNCTION_EX: return -2 - (a & 1);
    case Op::MAKE_FUNCTION:
      return -(((a & kFnDefaults) ? 1 : 0) + ((a & kFnKwDefaults) ? 1 : 0) + ((a & kFnAnnotations) ? 1 : 0) +
               ((a & kFnClosure) ? 1 : 0));
    case Op::RAISE_VARARGS: return -a;
    case Op::Count_: return 0;
  }
  return 0;
}

uint32_t Compiler::compute_flags(Unit* u) {
  uint32_t flags = 0;
  const symtable::Entry* ste = u->ste;
  if (ste->type == symtable::BlockType::Function) {
    flags |= kCoNewLocals | kCoOptimized;
    if (ste->nested) flags |= kCoNested;
    if (ste->is_generator && ste->is_coroutine) flags |= kCoAsyncGenerator;
    else if (ste->is_generator) flags |= kCoGenerator;
    else if (ste->is_coroutine) flags |= kCoCoroutine;
    if (ste->has_varargs) flags |= kCoVarargs;
    if (ste->has_varkeywords) flags |= kCoVarkeywords;
  }
  // PyCF_ALLOW_TOP_LEVEL_AWAIT: module code that awaits is a coroutine's code.
  if (ste->type == symtable::BlockType::Module && (cf_flags_ & 0x2000) && ste->is_coroutine && !ste->is_generator)
    flags |= kCoCoroutine;
  if (u->freevars.empty() && u->cellvars.empty()) flags |= kCoNoFree;
  return flags;
}

// CPython 3.11's remove_redundant_nops, by its observed effect: a NOP stays
// only when it is the sole carrier of its line at that point. It goes when it
// has no line, when the instruction before it in the same basic block has its
// line, or when the next instruction has its line or no line (that
// instruction then takes the NOP's position); a NOP ending its block goes when
// the next block starts on its line.
static void remove_redundant_nops(std::vector<Instr>& ins) {
  size_t n = ins.size(), dest = 0;
  int prev_line = -1;
  auto ends_block = [](int op) { return is_terminator(op) || (op < kOpLabel && is_jump_op(Op(op))); };
  for (size_t i = 0; i < n; i++) {
    Instr in = ins[i];
    if (in.op == kOpLabel) prev_line = -1;
    if (in.op == int(Op::NOP)) {
      int line = in.pos.line;
      bool drop = line <= 0 || line == prev_line;
      if (!drop) {
        size_t j = i + 1;
        bool crossed = false;   // a label between: the next block
        while (j < n && (ins[j].op == kOpLabel || ins[j].op == kOpSetup)) {
          if (ins[j].op == kOpLabel) crossed = true;
          j++;
        }
        if (j < n) {
          if (!crossed && ins[j].pos.line <= 0) {
            ins[j].pos = in.pos;
            drop = true;
          } else if (ins[j].pos.line == line) {
            drop = true;
          }
        }
      }
      if (drop) continue;
    }
    ins[dest++] = in;
    if (in.op != kOpLabel && in.op != kOpSetup) prev_line = ends_block(in.op) ? -1 : in.pos.line;
  }
  ins.resize(dest);
}

Value Compiler::assemble(Unit* u, uint32_t flags) {
  remove_redundant_nops(u->instrs);
  const auto& ins = u->instrs;
  size_t n = ins.size();
  std::vector<int> label_idx(size_t(u->nlabels), -1);
  for (size_t i = 0; i < n; i++)
    if (ins[i].op == kOpLabel) label_idx[ins[i].arg] = int(i);
  std::vector<int32_t> off(n + 1, 0);
  auto label_off = [&](int label) -> int32_t {
    int idx = label_idx[size_t(label)];
    if (idx < 0) error("internal compiler error: unbound label", Loc{});
    return off[size_t(idx)];
  };

  // Stack depth by flow analysis over instructions (jumps and handlers).
  std::vector<int> depth(n + 1, -1);
  std::vector<int> hdepth(u->handlers.size(), -1);
  std::vector<size_t> work;
  int maxdepth = 0;
  auto reach = [&](size_t i, int d) {
    if (d < 0) error("internal compiler error: negative stack depth in " + u->name, Loc{ins.empty() ? 0 : ins[std::min(i, n - 1)].pos.line, 0, 0, 0});
    if (d > maxdepth) maxdepth = d;
    if (i >= n) return;
    if (depth[i] < 0) {
      depth[i] = d;
      work.push_back(i);
    } else if (depth[i] != d) {
      error("internal compiler error: inconsistent stack depth in " + u->name, Loc{ins[i].pos.line, 0, 0, 0});
    }
  };
  if (n) reach(0, 0);
  while (!work.empty()) {
    size_t i = work.back();
    work.pop_back();
    int d = depth[i];
    const Instr& in = ins[i];
    if (in.op == kOpLabel) { reach(i + 1, d); continue; }
    if (in.op == kOpSetup) {
      const Handler& h = u->handlers[in.arg];
      int hd = d + h.adjust;
      hdepth[in.arg] = hd;
      reach(size_t(label_idx[size_t(h.label)]), hd + (h.lasti ? 1 : 0) + 1);
      reach(i + 1, d);
      continue;
    }
    if (in.op == kOpJump) {
      reach(size_t(label_idx[size_t(in.target)]), d);
      continue;
    }
    Op op = Op(in.op);
    if (in.target >= 0) reach(size_t(label_idx[size_t(in.target)]), d + stack_effect(op, in.arg, true));
    if (!is_terminator(in.op)) reach(i + 1, d + stack_effect(op, in.arg, false));
    else if (op == Op::RETURN_VALUE || op == Op::RAISE_VARARGS || op == Op::RERAISE) {
      if (d + stack_effect(op, in.arg, false) < 0)
        error("internal compiler error: negative stack depth in " + u->name, Loc{in.pos.line, 0, 0, 0});
    }
  }

  // Offsets; unreachable instructions (never given a depth) are dropped.
  auto live = [&](size_t i) { return depth[i] >= 0 || ins[i].op == kOpLabel; };
  int32_t pc = 0;
  for (size_t i = 0; i < n; i++) {
    off[i] = pc;
    int op = ins[i].op;
    if (!live(i) || op == kOpLabel || op == kOpSetup) continue;
    pc += op == kOpJump ? 1 : 1 + kOpCacheWords[op];
  }
  off[n] = pc;

  CodeDesc desc;
  desc.code.reserve(size_t(pc));
  desc.positions.reserve(size_t(pc));
  for (size_t i = 0; i < n; i++) {
    const Instr& in = ins[i];
    if (in.op == kOpLabel || in.op == kOpSetup || !live(i)) continue;
    int op = in.op;
    uint32_t arg = in.arg;
    if (in.target >= 0) {
      arg = uint32_t(label_off(in.target));
      if (op == kOpJump) op = int32_t(arg) > off[i] ? int(Op::JUMP_FORWARD) : int(Op::JUMP_BACKWARD);
    }
    desc.code.push_back(make_insn(Op(op), arg));
    desc.positions.push_back(in.pos);
    for (int c = 0; c < kOpCacheWords[op]; c++) {
      desc.code.push_back(0);
      desc.positions.push_back(in.pos);
    }
  }
  // Exception table: coalesce runs of instructions with the same handler.
  for (size_t i = 0; i < n; i++) {
    const Instr& in = ins[i];
    if (in.op == kOpLabel || in.op == kOpSetup || in.handler < 0 || !live(i)) continue;
    uint32_t start = uint32_t(off[i]), end = uint32_t(off[i + 1]);
    if (start == end) continue;
    const Handler& h = u->handlers[size_t(in.handler)];
    uint32_t target = uint32_t(label_off(h.label));
    uint32_t hd = uint32_t(std::max(0, hdepth[size_t(in.handler)]));
    if (!desc.exctable.empty()) {
      ExceptionTableEntry& last = desc.exctable.back();
      if (last.end == start && last.handler == target && last.depth == hd && last.lasti == h.lasti) {
        last.end = end;
        continue;
      }
    }
    desc.exctable.push_back(ExceptionTableEntry{start, end, target, hd, h.lasti});
  }

  desc.consts = std::move(u->consts);
  u->consts.clear();
  desc.names = u->names;
  auto add_local = [&](const std::string& name, uint8_t kind) {
    StrObject* s = intern(ts_, name);
    if (!s) pending_error();
    desc.localsplusnames.push_back(s);
    desc.localspluskinds.push_back(kind);
  };
  for (auto& v : u->varnames) {
    bool cell = std::find(u->cellvars.begin(), u->cellvars.end(), v) != u->cellvars.end();
    add_local(v, uint8_t(kLocalFast | (cell ? kLocalCell : 0)));
  }
  for (auto& v : u->cellonly) add_local(v, kLocalCell);
  for (auto& v : u->freevars) add_local(v, kLocalFree);
  desc.nlocals = int32_t(u->varnames.size());
  desc.ncellvars = int32_t(u->cellonly.size());
  desc.nfreevars = int32_t(u->freevars.size());
  desc.argcount = u->argcount;
  desc.posonlyargcount = u->posonlyargcount;
  desc.kwonlyargcount = u->kwonlyargcount;
  desc.stacksize = maxdepth;
  desc.flags = flags;
  desc.firstlineno = u->firstlineno;
  desc.name = u->name;
  desc.qualname = u->qualname;
  desc.filename = filename_;
  return code_new(ts_, desc);
}

}  // namespace minipy::compiler
