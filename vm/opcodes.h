// vm/opcodes.h — the bytecode contract between the compiler (vm/compiler*.cpp),
// the evaluation loop (vm/eval.cpp) and the disassembler (vm/dis.cpp). One
// X-macro table; every consumer expands it.
//
// Instruction format: one 32-bit word: bits 0-7 opcode, bits 8-31 argument
// (unsigned, up to 2^24-1; the compiler rejects larger values). An opcode with
// NCACHE > 0 is followed by that many zeroed 32-bit cache words the evaluation
// loop uses as inline caches; jump targets are absolute word offsets into the
// code array (they never point at cache words).
//
// The model is CPython 3.11's: a value stack per frame; `localsplus` holds fast
// locals, then cells, then free variables (CodeObject::localspluskinds says
// which); exceptions use a per-code exception table, not a block stack.
// "NULL" below is the null Value (used as a marker by calls).
//
// Stack notation: (before -- after), rightmost is the top of the stack.
#pragma once
#include <cstdint>

namespace minipy {

// X(NAME, NCACHE, description)
#define MINIPY_OPCODES(X) \
  X(NOP, 0, "( -- )") \
  X(POP_TOP, 0, "(v -- )") \
  X(PUSH_NULL, 0, "( -- NULL)") \
  X(COPY, 0, "(.. v[arg] -- .. v[arg] v) copy the arg-th item (1 = top) to the top") \
  X(SWAP, 0, "swap top with the arg-th item (arg >= 2)") \
  X(LOAD_CONST, 0, "( -- consts[arg])") \
  X(LOAD_FAST, 0, "( -- localsplus[arg]) UnboundLocalError if unset") \
  X(STORE_FAST, 0, "(v -- ) localsplus[arg] = v") \
  X(DELETE_FAST, 0, "del localsplus[arg]; UnboundLocalError if unset") \
  X(LOAD_DEREF, 0, "( -- cell.ref) cell in localsplus[arg]; NameError for free vars ('cannot access free variable...'), UnboundLocalError for cells") \
  X(STORE_DEREF, 0, "(v -- ) cell in localsplus[arg]") \
  X(DELETE_DEREF, 0, "empty the cell in localsplus[arg]") \
  X(LOAD_CLOSURE, 0, "( -- cell) push the cell object in localsplus[arg]") \
  X(LOAD_CLASSDEREF, 0, "( -- v) class body: locals dict first, then the cell localsplus[arg]") \
  X(MAKE_CELL, 0, "localsplus[arg] = cell(localsplus[arg]) (emitted at function start for cellvars)") \
  X(COPY_FREE_VARS, 0, "copy the function's closure tuple (arg cells) into the last arg localsplus slots (function start)") \
  X(LOAD_GLOBAL, 2, "( -- [NULL if arg&1] globals/builtins[names[arg>>1]]) NameError if missing") \
  X(STORE_GLOBAL, 0, "(v -- ) globals[names[arg]] = v") \
  X(DELETE_GLOBAL, 0, "del globals[names[arg]]") \
  X(LOAD_NAME, 0, "( -- v) locals, globals, builtins lookup of names[arg]") \
  X(STORE_NAME, 0, "(v -- ) locals[names[arg]] = v") \
  X(DELETE_NAME, 0, "del locals[names[arg]]") \
  X(LOAD_ATTR, 9, "(obj -- obj.names[arg]) cache: vm/attr_cache.h") \
  X(STORE_ATTR, 9, "(v obj -- ) obj.names[arg] = v; cache: vm/attr_cache.h") \
  X(DELETE_ATTR, 0, "(obj -- ) del obj.names[arg]") \
  X(LOAD_METHOD, 9, "(obj -- meth obj | NULL attr) for obj.names[arg](...) calls; cache: vm/attr_cache.h") \
  X(LOAD_BUILD_CLASS, 0, "( -- builtins.__build_class__)") \
  X(LOAD_ASSERTION_ERROR, 0, "( -- AssertionError)") \
  X(LOAD_LOCALS, 0, "( -- locals mapping)") \
  X(SETUP_ANNOTATIONS, 0, "create __annotations__ = {} in locals if missing") \
  X(UNARY_POSITIVE, 0, "(v -- +v)") \
  X(UNARY_NEGATIVE, 0, "(v -- -v)") \
  X(UNARY_NOT, 0, "(v -- not v)") \
  X(UNARY_INVERT, 0, "(v -- ~v)") \
  X(BINARY_OP, 1, "(a b -- a op b) arg: BinaryOpArg below (in-place forms add kInplace)") \
  X(COMPARE_OP, 1, "(a b -- a cmp b) arg: CmpOp (object.h)") \
  X(IS_OP, 0, "(a b -- a is b) arg=1: is not") \
  X(CONTAINS_OP, 0, "(a b -- a in b) arg=1: not in") \
  X(BINARY_SUBSCR, 1, "(obj key -- obj[key])") \
  X(STORE_SUBSCR, 1, "(v obj key -- ) obj[key] = v") \
  X(DELETE_SUBSCR, 0, "(obj key -- ) del obj[key]") \
  X(BUILD_SLICE, 0, "(start stop [step] -- slice) arg = 2 or 3") \
  X(BUILD_TUPLE, 0, "(v1..vn -- tuple) n = arg") \
  X(BUILD_LIST, 0, "(v1..vn -- list)") \
  X(BUILD_SET, 0, "(v1..vn -- set)") \
  X(BUILD_MAP, 0, "(k1 v1 .. kn vn -- dict)") \
  X(BUILD_CONST_KEY_MAP, 0, "(v1..vn keys_tuple -- dict)") \
  X(BUILD_STRING, 0, "(s1..sn -- ''.join(s))") \
  X(LIST_APPEND, 0, "(list ... v -- list ...) list is the arg-th item after popping v (comprehensions)") \
  X(SET_ADD, 0, "(set ... v -- set ...)") \
  X(MAP_ADD, 0, "(dict ... k v -- dict ...)") \
  X(LIST_EXTEND, 0, "(list ... it -- list ...) list.extend(it), list at arg") \
  X(SET_UPDATE, 0, "(set ... it -- set ...)") \
  X(DICT_UPDATE, 0, "(dict ... m -- dict ...) {**m}; TypeError \"'int' object is not a mapping\"") \
  X(DICT_MERGE, 0, "(callable? dict ... m -- ...) f(**m): like DICT_UPDATE but duplicate keys raise 'got multiple values for keyword argument'") \
  X(LIST_TO_TUPLE, 0, "(list -- tuple)") \
  X(UNPACK_SEQUENCE, 1, "(seq -- v_n .. v_1) exactly arg items, first item on top") \
  X(UNPACK_EX, 0, "(seq -- ...) arg = before | after << 8; starred list in between") \
  X(FORMAT_VALUE, 0, "(v [spec] -- str) arg&3: 0 none, 1 str, 2 repr, 3 ascii; arg&4: spec on stack") \
  X(JUMP_FORWARD, 0, "jump to arg (absolute)") \
  X(JUMP_BACKWARD, 0, "jump to arg (absolute; a check point: eval breaker polled)") \
  X(JUMP_BACKWARD_NO_INTERRUPT, 0, "jump to arg without polling (yield-from loops)") \
  X(POP_JUMP_IF_FALSE, 0, "(v -- ) jump to arg if not v") \
  X(POP_JUMP_IF_TRUE, 0, "(v -- ) jump to arg if v") \
  X(POP_JUMP_IF_NONE, 0, "(v -- ) jump if v is None") \
  X(POP_JUMP_IF_NOT_NONE, 0, "(v -- ) jump if v is not None") \
  X(JUMP_IF_FALSE_OR_POP, 0, "(v -- v | ) jump keeping v if false, else pop") \
  X(JUMP_IF_TRUE_OR_POP, 0, "(v -- v | ) jump keeping v if true, else pop") \
  X(GET_ITER, 0, "(v -- iter(v))") \
  X(FOR_ITER, 1, "(it -- it next) or at exhaustion pop it and jump to arg") \
  X(RETURN_VALUE, 0, "(v -- ) return v from the frame") \
  X(KW_NAMES, 0, "set the keyword names of the next CALL to consts[arg] (a tuple of str)") \
  X(CALL, 3, "(NULL callable a1..an | meth self a1..an -- result) n = arg; the last len(kwnames) args are keywords") \
  X(CALL_FUNCTION_EX, 0, "(NULL|x callable args_tuple [kwargs_dict] -- result) arg&1: kwargs present") \
  X(MAKE_FUNCTION, 0, "([defaults] [kwdefaults] [annotations] [closure] code -- fn) arg flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations tuple, 8 closure tuple") \
  X(RAISE_VARARGS, 0, "arg=0: re-raise the handled exception; 1: (exc -- ); 2: (exc cause -- )") \
  X(RERAISE, 0, "(.. exc -- ) re-raise exc; if arg: set frame lasti from the item below (like 3.11)") \
  X(PUSH_EXC_INFO, 0, "(exc -- prev_handled exc) make exc the handled exception") \
  X(POP_EXCEPT, 0, "(prev_handled -- ) restore the previously handled exception") \
  X(CHECK_EXC_MATCH, 0, "(exc type -- exc bool) isinstance check; TypeError for non-exception types") \
  X(CHECK_EG_MATCH, 0, "(eg type -- rest match) except* split (match is None when no match)") \
  X(PREP_RERAISE_STAR, 0, "(orig list -- exc_or_None) combine raised/re-raised except* groups") \
  X(WITH_EXCEPT_START, 0, "(exit_fn lasti prev exc -- exit_fn lasti prev exc res) call exit_fn(type, exc, tb)") \
  X(BEFORE_WITH, 0, "(mgr -- exit_fn mgr.__enter__())  TypeError if not a context manager") \
  X(BEFORE_ASYNC_WITH, 0, "(mgr -- aexit_fn awaitable_of_aenter)") \
  X(YIELD_VALUE, 0, "(v -- sent) suspend the generator yielding v; arg=1 when inside a yield-from/await SEND loop") \
  X(SEND, 0, "(sub v -- sub yielded | result) send v into sub; when sub returns r: pop sub, push r and jump to arg") \
  X(GET_YIELD_FROM_ITER, 0, "(v -- iter) for `yield from`") \
  X(GET_AWAITABLE, 0, "(v -- awaitable iterator) arg: 0 await, 1 after __aenter__, 2 after __aexit__ (for messages)") \
  X(GET_AITER, 0, "(v -- v.__aiter__())") \
  X(GET_ANEXT, 0, "(aiter -- aiter awaitable)") \
  X(END_ASYNC_FOR, 0, "(aiter exc -- ) if exc is StopAsyncIteration: pop both, else re-raise") \
  X(ASYNC_GEN_WRAP, 0, "(v -- wrapped) mark a value yielded by an async generator") \
  X(CLEANUP_THROW, 0, "(sub last exc -- value) handler of a SEND loop: StopIteration -> its value, else re-raise") \
  X(RETURN_GENERATOR, 0, "unused marker (generators are created by calls; kept for the table)") \
  X(IMPORT_NAME, 0, "(level fromlist -- module) __import__(names[arg], globals, locals, fromlist, level)") \
  X(IMPORT_FROM, 0, "(module -- module attr) from module import names[arg]") \
  X(IMPORT_STAR, 0, "(module -- ) from module import *") \
  X(PRINT_EXPR, 0, "(v -- ) interactive mode: sys.displayhook(v)") \
  X(GET_LEN, 0, "(obj -- obj len(obj))") \
  X(MATCH_MAPPING, 0, "(subj -- subj bool)") \
  X(MATCH_SEQUENCE, 0, "(subj -- subj bool)") \
  X(MATCH_KEYS, 0, "(subj keys -- subj keys values_tuple_or_None)") \
  X(MATCH_CLASS, 0, "(subj cls kwnames -- attrs_tuple_or_None) arg = number of positional sub-patterns") \
  X(EXTENDED_ARG, 0, "unused (24-bit arguments are always enough)") \
  /* additions (perf): */ \
  X(BINARY_SLICE, 0, "(obj start stop [step] -- obj[start:stop:step]) arg = 2 or 3; obj[a:b:c] without a slice object for exact list/tuple/str and None/int bounds") \
  X(STORE_SLICE, 0, "(v obj start stop [step] -- ) obj[start:stop:step] = v; arg = 2 or 3") \
  /* Specialised forms: the evaluation loop rewrites a BINARY_OP / COMPARE_OP */ \
  /* to the form for its operator when it first runs (same arg, cache and */ \
  /* semantics; the compiler never emits them). */ \
  X(BINARY_OP_ADD, 1, "BINARY_OP for + and +=") \
  X(BINARY_OP_SUB, 1, "BINARY_OP for - and -=") \
  X(BINARY_OP_MUL, 1, "BINARY_OP for * and *=") \
  X(BINARY_OP_TRUEDIV, 1, "BINARY_OP for / and /=") \
  X(BINARY_OP_FLOORDIV, 1, "BINARY_OP for // and //=") \
  X(BINARY_OP_MOD, 1, "BINARY_OP for % and %=") \
  X(BINARY_OP_AND, 1, "BINARY_OP for & and &=") \
  X(BINARY_OP_OR, 1, "BINARY_OP for | and |=") \
  X(BINARY_OP_XOR, 1, "BINARY_OP for ^ and ^=") \
  X(BINARY_OP_LSHIFT, 1, "BINARY_OP for << and <<=") \
  X(BINARY_OP_RSHIFT, 1, "BINARY_OP for >> and >>=") \
  X(COMPARE_OP_LT, 1, "COMPARE_OP for <") \
  X(COMPARE_OP_LE, 1, "COMPARE_OP for <=") \
  X(COMPARE_OP_EQ, 1, "COMPARE_OP for ==") \
  X(COMPARE_OP_NE, 1, "COMPARE_OP for !=") \
  X(COMPARE_OP_GT, 1, "COMPARE_OP for >") \
  X(COMPARE_OP_GE, 1, "COMPARE_OP for >=")

enum class Op : uint8_t {
#define MINIPY_X(name, ncache, doc) name,
  MINIPY_OPCODES(MINIPY_X)
#undef MINIPY_X
  Count_
};

inline constexpr uint8_t kOpCacheWords[] = {
#define MINIPY_X(name, ncache, doc) ncache,
    MINIPY_OPCODES(MINIPY_X)
#undef MINIPY_X
};
inline constexpr const char* kOpNames[] = {
#define MINIPY_X(name, ncache, doc) #name,
    MINIPY_OPCODES(MINIPY_X)
#undef MINIPY_X
};

inline constexpr uint32_t make_insn(Op op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline constexpr Op insn_op(uint32_t w) { return Op(w & 0xff); }
inline constexpr uint32_t insn_arg(uint32_t w) { return w >> 8; }
inline constexpr uint32_t kMaxArg = (1u << 24) - 1;

// BINARY_OP argument: a BinOp (object.h) value, plus kInplace for augmented assignment.
inline constexpr uint32_t kInplace = 16;

// MAKE_FUNCTION flags.
enum MakeFunctionFlags : uint32_t { kFnDefaults = 1, kFnKwDefaults = 2, kFnAnnotations = 4, kFnClosure = 8 };

}  // namespace minipy
