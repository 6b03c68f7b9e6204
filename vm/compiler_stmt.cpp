// vm/compiler_stmt.cpp — code generation for statements: assignments, control
// flow (if/while/for/async for, break/continue/return with CPython 3.11's
// fblock unwinding), try/except/finally and except* via the exception table,
// with/async with, imports, raise, assert, del.
#include <algorithm>

#include "vm/compiler.h"

namespace minipy::compiler {

void Compiler::visit_stmt(const Stmt* s) {
  set_loc(s->loc);
  switch (s->kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef: compile_function(s); break;
    case StmtKind::ClassDef: compile_class(s); break;
    case StmtKind::Return: compile_return(s); break;
    case StmtKind::Delete: for (auto* t : s->targets) compile_delete(t); break;
    case StmtKind::Assign: compile_assign(s); break;
    case StmtKind::AugAssign: compile_augassign(s); break;
    case StmtKind::AnnAssign: compile_annassign(s); break;
    case StmtKind::For: compile_for(s); break;
    case StmtKind::AsyncFor: compile_async_for(s); break;
    case StmtKind::While: compile_while(s); break;
    case StmtKind::If: compile_if(s); break;
    case StmtKind::With: compile_with(s, 0); break;
    case StmtKind::AsyncWith: compile_async_with(s, 0); break;
    case StmtKind::Match: compile_match(s); break;
    case StmtKind::Raise: compile_raise(s); break;
    // CPython 3.11's SETUP_FINALLY becomes a NOP carrying the `try:` line (it
    // survives when the body starts on another line: the line gets its event).
    case StmtKind::Try: emit(Op::NOP); compile_try(s); break;
    case StmtKind::TryStar: emit(Op::NOP); compile_try_star(s); break;
    case StmtKind::Assert: compile_assert(s); break;
    case StmtKind::Import: compile_import(s); break;
    case StmtKind::ImportFrom: compile_import_from(s); break;
    case StmtKind::Global:
    case StmtKind::Nonlocal: break;
    case StmtKind::ExprStmt:
      if (interactive_ && units_.size() == 1) {
        visit_expr(s->value);
        emit(Op::PRINT_EXPR);
      } else if (s->value->kind == ExprKind::Constant) {
        emit(Op::NOP);
      } else {
        visit_expr(s->value);
        emit(Op::POP_TOP);
      }
      break;
    case StmtKind::Pass: emit(Op::NOP); break;
    case StmtKind::Break: compile_break(s); break;
    case StmtKind::Continue: compile_continue(s); break;
  }
}

// ---------------------------------------------------------------- assignment
void Compiler::compile_assign(const Stmt* s) {
  visit_expr(s->value);
  for (size_t i = 0; i < s->targets.size(); i++) {
    if (i + 1 < s->targets.size()) emit(Op::COPY, 1);
    store_target(s->targets[i]);
  }
}

void Compiler::compile_augassign(const Stmt* s) {
  const Expr* t = s->target;
  uint32_t op = uint32_t(binop_of(s->op)) | kInplace;
  switch (t->kind) {
    case ExprKind::Attribute:
      visit_expr(t->value);
      set_loc(t->loc);
      emit(Op::COPY, 1);
      emit(Op::LOAD_ATTR, uint32_t(add_name(mangle(t->id))));
      visit_expr(s->value);
      set_loc(s->loc);
      emit(Op::BINARY_OP, op);
      set_loc(t->loc);
      emit(Op::SWAP, 2);
      emit(Op::STORE_ATTR, uint32_t(add_name(mangle(t->id))));
      break;
    case ExprKind::Subscript:
      visit_expr(t->value);
      visit_expr(t->slice);
      set_loc(t->loc);
      emit(Op::COPY, 2);
      emit(Op::COPY, 2);
      emit(Op::BINARY_SUBSCR);
      visit_expr(s->value);
      set_loc(s->loc);
      emit(Op::BINARY_OP, op);
      set_loc(t->loc);
      emit(Op::SWAP, 3);
      emit(Op::SWAP, 2);
      emit(Op::STORE_SUBSCR);
      break;
    case ExprKind::Name:
      set_loc(t->loc);
      nameop(t->id, NameCtx::Load);
      visit_expr(s->value);
      set_loc(s->loc);
      emit(Op::BINARY_OP, op);
      set_loc(t->loc);
      nameop(t->id, NameCtx::Store);
      break;
    default:
      error("'" + std::string("expression") + "' is an illegal expression for augmented assignment", t->loc);
  }
}

void Compiler::compile_annassign(const Stmt* s) {
  const Expr* t = s->target;
  bool module_or_class = u_->scope == ScopeType::Module || u_->scope == ScopeType::Class;
  if (s->value) {
    visit_expr(s->value);
    store_target(t);
  }
  switch (t->kind) {
    case ExprKind::Name:
      if (s->simple && module_or_class) {
        visit_annotation(s->annotation);
        set_loc(s->loc);
        nameop("__annotations__", NameCtx::Load);
        load_const(make_str(mangle(t->id)));
        emit(Op::STORE_SUBSCR);
      }
      break;
    case ExprKind::Attribute:
      if (!s->value) { visit_expr(t->value); emit(Op::POP_TOP); }
      break;
    case ExprKind::Subscript:
      if (!s->value) {
        visit_expr(t->value); emit(Op::POP_TOP);
        visit_expr(t->slice); emit(Op::POP_TOP);
      }
      break;
    default:
      error("invalid node type for annotated assignment", t->loc);
  }
  if (!s->simple && module_or_class && !future_annotations_) {
    visit_expr(s->annotation);
    emit(Op::POP_TOP);
  }
}

void Compiler::compile_delete(const Expr* e) {
  set_loc(e->loc);
  switch (e->kind) {
    case ExprKind::Name: nameop(e->id, NameCtx::Del); break;
    case ExprKind::Attribute:
      visit_expr(e->value);
      set_loc(e->loc);
      emit(Op::DELETE_ATTR, uint32_t(add_name(mangle(e->id))));
      break;
    case ExprKind::Subscript:
      visit_expr(e->value);
      visit_expr(e->slice);
      set_loc(e->loc);
      emit(Op::DELETE_SUBSCR);
      break;
    case ExprKind::Tuple:
    case ExprKind::List:
      for (auto* x : e->elts) compile_delete(x);
      break;
    default: error("cannot delete expression", e->loc);
  }
}

// ---------------------------------------------------------------- control flow
void Compiler::compile_if(const Stmt* s) {
  int end = new_label();
  int next = s->orelse.empty() ? end : new_label();
  jump_if(s->test, next, false);
  visit_stmts(s->body);
  if (!s->orelse.empty()) {
    no_loc();
    emit_jump_any(end);
    bind(next);
    visit_stmts(s->orelse);
  }
  bind(end);
}

static bool is_true_constant(const Expr* e) {
  if (e->kind != ExprKind::Constant) return false;
  switch (e->ckind) {
    case ConstKind::True: case ConstKind::Ellipsis: return true;
    case ConstKind::Int: return e->text != "0" && e->text.find_first_not_of("0xXoObB_") != std::string::npos;
    case ConstKind::Str: case ConstKind::Bytes: return !e->text.empty();
    default: return false;
  }
}

void Compiler::compile_while(const Stmt* s) {
  int loop = new_label(), body = new_label(), anchor = new_label(), end = new_label();
  bind(loop);
  push_fblock(FBlockType::WhileLoop, loop, end, nullptr, nullptr, s->loc);
  bool forever = is_true_constant(s->test);
  if (!forever) {
    jump_if(s->test, anchor, false);
  } else {
    // CPython folds the constant test to a NOP with the test's line: `while
    // True:` gets a line event on entry, and the back jump carries that line.
    set_loc(s->test->loc);
    emit(Op::NOP);
  }
  bind(body);
  visit_stmts(s->body);
  set_loc(s->test->loc);
  emit_jump_any(forever ? body : loop);
  pop_fblock();
  bind(anchor);
  visit_stmts(s->orelse);
  bind(end);
}

void Compiler::compile_for(const Stmt* s) {
  int start = new_label(), cleanup = new_label(), end = new_label();
  // Like CPython, GET_ITER/FOR_ITER carry the whole statement's span (so a
  // traceback through the loop header shows no carets).
  visit_expr(s->iter);
  set_loc(s->loc);
  emit(Op::GET_ITER);
  bind(start);
  push_fblock(FBlockType::ForLoop, start, end, nullptr, nullptr, s->loc);
  set_loc(s->loc);
  emit_jump(Op::FOR_ITER, cleanup);
  store_target(s->target);
  visit_stmts(s->body);
  no_loc();
  emit_jump_any(start);
  pop_fblock();
  bind(cleanup);
  visit_stmts(s->orelse);
  bind(end);
}

void Compiler::compile_async_for(const Stmt* s) {
  if (top_level_await()) u_->ste->is_coroutine = true;
  else if (u_->scope != ScopeType::AsyncFunction && !(u_->ste->is_coroutine && u_->scope != ScopeType::Module))
    error("'async for' outside async function", s->loc);
  int start = new_label(), except = new_label(), end = new_label();
  visit_expr(s->iter);
  set_loc(s->loc);
  emit(Op::GET_AITER);
  bind(start);
  push_fblock(FBlockType::ForLoop, start, end, nullptr, nullptr, s->loc);
  push_handler(except, false);
  emit(Op::GET_ANEXT);
  load_none();
  compile_yield_from_loop(true);
  pop_handler();
  store_target(s->target);
  visit_stmts(s->body);
  no_loc();
  emit_jump_any(start);
  pop_fblock();
  bind(except);
  set_loc(s->loc);
  emit(Op::END_ASYNC_FOR);
  visit_stmts(s->orelse);
  bind(end);
}

void Compiler::unwind_fblock(const FBlock& fb, bool preserve_tos) {
  switch (fb.type) {
    case FBlockType::WhileLoop:
    case FBlockType::ExceptionHandler:
    case FBlockType::ExceptionGroupHandler:
    case FBlockType::AsyncComprehensionGenerator:
      return;
    case FBlockType::ForLoop:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
    case FBlockType::TryExcept:
      pop_handler();
      return;
    case FBlockType::FinallyTry:
      pop_handler();
      if (preserve_tos) push_fblock(FBlockType::PopValue, -1, -1);
      visit_stmts(*fb.finalbody);
      if (preserve_tos) pop_fblock();
      inherit_loc();   // the unwinding code after it runs "on" the finally's last line
      return;
    case FBlockType::FinallyEnd:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      if (preserve_tos) emit(Op::SWAP, 2);
      pop_handler();
      emit(Op::POP_EXCEPT);
      return;
    case FBlockType::With:
    case FBlockType::AsyncWith:
      set_loc(fb.loc);
      pop_handler();
      if (preserve_tos) emit(Op::SWAP, 2);
      call_exit_with_nones();
      if (fb.type == FBlockType::AsyncWith) {
        emit(Op::GET_AWAITABLE, 2);
        load_none();
        compile_yield_from_loop(true);
      }
      emit(Op::POP_TOP);
      inherit_loc();
      return;
    case FBlockType::HandlerCleanup:
      if (fb.name) pop_handler();
      if (preserve_tos) emit(Op::SWAP, 2);
      pop_handler();
      emit(Op::POP_EXCEPT);
      if (fb.name) {
        load_none();
        nameop(*fb.name, NameCtx::Store);
        nameop(*fb.name, NameCtx::Del);
      }
      return;
    case FBlockType::PopValue:
      if (preserve_tos) emit(Op::SWAP, 2);
      emit(Op::POP_TOP);
      return;
  }
}

// Unwind the fblock stack (emitting cleanup code) down to the innermost loop
// when want_loop, or completely; returns that loop's fblock.
const FBlock* Compiler::unwind_fblock_stack(bool preserve_tos, bool want_loop, const Loc& loc) {
  if (u_->fblocks.empty()) return nullptr;
  FBlock top = u_->fblocks.back();
  if (top.type == FBlockType::ExceptionGroupHandler)
    error("'break', 'continue' and 'return' cannot appear in an except* block", loc);
  if (want_loop && (top.type == FBlockType::WhileLoop || top.type == FBlockType::ForLoop))
    return &u_->fblocks.back();
  u_->fblocks.pop_back();
  unwind_fblock(top, preserve_tos);
  const FBlock* r = unwind_fblock_stack(preserve_tos, want_loop, loc);
  u_->fblocks.push_back(top);
  return r ? &u_->fblocks[size_t(r - u_->fblocks.data())] : nullptr;
}

void Compiler::compile_return(const Stmt* s) {
  if (u_->ste->type != symtable::BlockType::Function) error("'return' outside function", s->loc);
  if (s->value && u_->ste->is_coroutine && u_->ste->is_generator)
    error("'return' with value in async generator", s->loc);
  bool preserve_tos = s->value && s->value->kind != ExprKind::Constant;
  // As CPython 3.11: the return's line events come before any finally/with
  // unwinding (NOPs at the constant value's line and at the statement's line
  // when they differ), and the final LOAD_CONST/RETURN_VALUE run on the line
  // the unwinding code ended with.
  if (preserve_tos) {
    visit_expr(s->value);
  } else if (s->value) {
    set_loc(s->value->loc);
    emit(Op::NOP);
  }
  if (!s->value || s->value->loc.line != s->loc.line) {
    set_loc(s->loc);
    emit(Op::NOP);
  }
  auto saved = u_->hstack;
  unwind_fblock_stack(preserve_tos, false, s->loc);
  if (!s->value) load_none();
  else if (!preserve_tos) visit_expr_inner(s->value);   // at the current line, like CPython
  emit(Op::RETURN_VALUE);
  u_->hstack = saved;
}

void Compiler::compile_break(const Stmt* s) {
  auto saved = u_->hstack;
  set_loc(s->loc);
  emit(Op::NOP);   // the break's line event comes before any unwinding
  const FBlock* loop = unwind_fblock_stack(false, true, s->loc);
  if (!loop) error("'break' outside loop", s->loc);
  FBlock l = *loop;
  unwind_fblock(l, false);
  emit_jump_any(l.exit);
  u_->hstack = saved;
}

void Compiler::compile_continue(const Stmt* s) {
  auto saved = u_->hstack;
  set_loc(s->loc);
  emit(Op::NOP);
  const FBlock* loop = unwind_fblock_stack(false, true, s->loc);
  if (!loop) error("'continue' not properly in loop", s->loc);
  emit_jump_any(loop->block);
  u_->hstack = saved;
}

// ---------------------------------------------------------------- try
void Compiler::pop_except_and_reraise() {
  emit(Op::COPY, 3);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 1);
}

void Compiler::compile_try(const Stmt* s) {
  if (!s->finalbody.empty()) compile_try_finally(s);
  else compile_try_except(s);
}

void Compiler::compile_try_finally(const Stmt* s) {
  int end = new_label(), exit = new_label(), cleanup = new_label();
  auto outer = u_->hstack;
  push_handler(end, false);
  push_fblock(FBlockType::FinallyTry, -1, end, &s->finalbody, nullptr, s->loc);
  if (!s->handlers.empty()) {
    if (s->kind == StmtKind::TryStar) compile_try_star_except(s);
    else compile_try_except(s);
  } else {
    visit_stmts(s->body);
  }
  no_loc();
  pop_handler();
  pop_fblock();
  visit_stmts(s->finalbody);
  no_loc();
  emit_jump_any(exit);
  // Exceptional path.
  bind(end);
  u_->hstack = outer;
  push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlockType::FinallyEnd, end, -1, nullptr, nullptr, s->loc);
  visit_stmts(s->finalbody);
  pop_fblock();
  no_loc();
  emit(Op::RERAISE, 0);
  bind(cleanup);
  u_->hstack = outer;
  pop_except_and_reraise();
  bind(exit);
}

void Compiler::compile_try_except(const Stmt* s) {
  int except = new_label(), end = new_label(), cleanup = new_label();
  auto outer = u_->hstack;
  push_handler(except, false);
  push_fblock(FBlockType::TryExcept, -1, -1, nullptr, nullptr, s->loc);
  visit_stmts(s->body);
  pop_fblock();
  no_loc();
  pop_handler();
  visit_stmts(s->orelse);
  no_loc();
  emit_jump_any(end);
  bind(except);
  u_->hstack = outer;
  push_handler(cleanup, true);
  auto in_handler = u_->hstack;
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlockType::ExceptionHandler, -1, -1);
  size_t n = s->handlers.size();
  for (size_t i = 0; i < n; i++) {
    const ExceptHandler& h = s->handlers[i];
    set_loc(h.loc);
    if (!h.type && i + 1 < n) error("default 'except:' must be last", h.loc);
    int next = new_label();
    if (h.type) {
      visit_expr(h.type);
      set_loc(h.loc);
      emit(Op::CHECK_EXC_MATCH);
      emit_jump(Op::POP_JUMP_IF_FALSE, next);
    }
    if (!h.name.empty()) {
      int cleanup_end = new_label();
      nameop(h.name, NameCtx::Store);
      push_handler(cleanup_end, true);
      push_fblock(FBlockType::HandlerCleanup, -1, -1, nullptr, &h.name, h.loc);
      visit_stmts(h.body);
      pop_fblock();
      no_loc();
      pop_handler();
      pop_handler();
      emit(Op::POP_EXCEPT);
      load_none();
      nameop(h.name, NameCtx::Store);
      nameop(h.name, NameCtx::Del);
      emit_jump_any(end);
      bind(cleanup_end);
      u_->hstack = in_handler;
      no_loc();
      load_none();
      nameop(h.name, NameCtx::Store);
      nameop(h.name, NameCtx::Del);
      emit(Op::RERAISE, 1);
    } else {
      emit(Op::POP_TOP);
      push_fblock(FBlockType::HandlerCleanup, -1, -1, nullptr, nullptr, h.loc);
      visit_stmts(h.body);
      pop_fblock();
      no_loc();
      pop_handler();
      emit(Op::POP_EXCEPT);
      emit_jump_any(end);
    }
    bind(next);
    u_->hstack = in_handler;
  }
  no_loc();
  pop_fblock();
  emit(Op::RERAISE, 0);
  bind(cleanup);
  u_->hstack = outer;
  pop_except_and_reraise();
  bind(end);
}

void Compiler::compile_try_star(const Stmt* s) {
  if (!s->finalbody.empty()) compile_try_finally(s);
  else compile_try_star_except(s);
}

// except* (CPython 3.11 compiler_try_star_except): the handlers split the
// exception group with CHECK_EG_MATCH, collect what they raise or re-raise in a
// list, and PREP_RERAISE_STAR combines the rest.
void Compiler::compile_try_star_except(const Stmt* s) {
  int except = new_label(), orelse = new_label(), end = new_label(), cleanup = new_label(),
      reraise_star = new_label(), reraise = new_label();
  auto outer = u_->hstack;
  push_handler(except, false);
  push_fblock(FBlockType::TryExcept, -1, -1, nullptr, nullptr, s->loc);
  visit_stmts(s->body);
  pop_fblock();
  no_loc();
  pop_handler();
  emit_jump_any(orelse);
  size_t n = s->handlers.size();
  bind(except);
  u_->hstack = outer;
  push_handler(cleanup, true);
  auto in_handler = u_->hstack;
  emit(Op::PUSH_EXC_INFO);
  push_fblock(FBlockType::ExceptionGroupHandler, -1, -1);
  for (size_t i = 0; i < n; i++) {
    const ExceptHandler& h = s->handlers[i];
    set_loc(h.loc);
    int handled = new_label(), except_with_error = new_label(), no_match = new_label();
    int cleanup_end = new_label();
    if (i == 0) {
      // [exc] -> [orig, [], exc]: orig is kept for PREP_RERAISE_STAR.
      emit(Op::COPY, 1);
      emit(Op::BUILD_LIST, 0);
      emit(Op::SWAP, 2);
    }
    if (h.type) {
      visit_expr(h.type);
      set_loc(h.loc);
      emit(Op::CHECK_EG_MATCH);
      emit(Op::COPY, 1);
      emit_jump(Op::POP_JUMP_IF_NONE, no_match);
    }
    if (!h.name.empty()) nameop(h.name, NameCtx::Store);
    else emit(Op::POP_TOP);
    push_handler(cleanup_end, true);
    push_fblock(FBlockType::HandlerCleanup, -1, -1, nullptr, h.name.empty() ? nullptr : &h.name, h.loc);
    visit_stmts(h.body);
    pop_fblock();
    no_loc();
    pop_handler();
    if (!h.name.empty()) {
      load_none();
      nameop(h.name, NameCtx::Store);
      nameop(h.name, NameCtx::Del);
    }
    emit_jump_any(handled);
    // The handler raised: [orig, list, rest, lasti, exc] -> append exc to the list.
    bind(cleanup_end);
    u_->hstack = in_handler;
    if (!h.name.empty()) {
      load_none();
      nameop(h.name, NameCtx::Store);
      nameop(h.name, NameCtx::Del);
    }
    emit(Op::LIST_APPEND, 3);
    emit(Op::POP_TOP);   // lasti
    emit_jump_any(except_with_error);
    bind(handled);
    emit(Op::NOP);
    emit_jump_any(except_with_error);
    bind(no_match);
    emit(Op::POP_TOP);   // match (None)
    bind(except_with_error);
    if (i + 1 == n) {
      // The unhandled rest joins the list.
      emit(Op::LIST_APPEND, 1);
      emit_jump_any(reraise_star);
    }
  }
  no_loc();
  pop_fblock();
  bind(reraise_star);
  emit(Op::PREP_RERAISE_STAR);
  emit(Op::COPY, 1);
  emit_jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
  // Nothing to re-raise.
  emit(Op::POP_TOP);
  pop_handler();
  emit(Op::POP_EXCEPT);
  emit_jump_any(end);
  bind(reraise);
  u_->hstack = in_handler;
  pop_handler();
  emit(Op::SWAP, 2);
  emit(Op::POP_EXCEPT);
  emit(Op::RERAISE, 0);
  bind(cleanup);
  u_->hstack = outer;
  pop_except_and_reraise();
  bind(orelse);
  visit_stmts(s->orelse);
  bind(end);
}

// ---------------------------------------------------------------- with
void Compiler::call_exit_with_nones() {
  // Stack: [exit_fn] -> exit_fn(None, None, None) using CALL's (callable self args) form.
  load_none();
  load_none();
  load_none();
  emit(Op::CALL, 2);
}

void Compiler::with_except_finish(int cleanup) {
  int exit = new_label();
  emit_jump(Op::POP_JUMP_IF_TRUE, exit);
  emit(Op::RERAISE, 2);
  auto at_exit = u_->hstack;
  bind(cleanup);
  u_->hstack.pop_back();
  // Reached only by exceptions: no line (CPython's propagation does not reach
  // it), so re-raising through it gives no second line event.
  Position saved = u_->pos;
  no_loc();
  pop_except_and_reraise();
  u_->pos = saved;
  bind(exit);
  u_->hstack = at_exit;
  emit(Op::POP_TOP);
  pop_handler();
  emit(Op::POP_EXCEPT);
  emit(Op::POP_TOP);
  emit(Op::POP_TOP);
}

void Compiler::compile_with(const Stmt* s, size_t pos) {
  const WithItem& item = s->items[pos];
  int final = new_label(), exit = new_label(), cleanup = new_label();
  auto outer = u_->hstack;
  visit_expr(item.context_expr);
  set_loc(s->loc);
  emit(Op::BEFORE_WITH);
  push_handler(final, true, -1);
  push_fblock(FBlockType::With, -1, -1, nullptr, nullptr, s->loc);
  if (item.optional_vars) store_target(item.optional_vars);
  else emit(Op::POP_TOP);
  if (pos + 1 == s->items.size()) visit_stmts(s->body);
  else compile_with(s, pos + 1);
  no_loc();
  pop_handler();
  pop_fblock();
  set_loc(s->loc);
  call_exit_with_nones();
  emit(Op::POP_TOP);
  emit_jump_any(exit);
  bind(final);
  u_->hstack = outer;
  push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::WITH_EXCEPT_START);
  with_except_finish(cleanup);
  bind(exit);
  u_->hstack = outer;
}

void Compiler::compile_async_with(const Stmt* s, size_t pos) {
  if (top_level_await()) u_->ste->is_coroutine = true;
  else if (u_->scope != ScopeType::AsyncFunction) error("'async with' outside async function", s->loc);
  const WithItem& item = s->items[pos];
  int final = new_label(), exit = new_label(), cleanup = new_label();
  auto outer = u_->hstack;
  visit_expr(item.context_expr);
  set_loc(s->loc);
  emit(Op::BEFORE_ASYNC_WITH);
  emit(Op::GET_AWAITABLE, 1);
  load_none();
  compile_yield_from_loop(true);
  push_handler(final, true, -1);
  push_fblock(FBlockType::AsyncWith, -1, -1, nullptr, nullptr, s->loc);
  if (item.optional_vars) store_target(item.optional_vars);
  else emit(Op::POP_TOP);
  if (pos + 1 == s->items.size()) visit_stmts(s->body);
  else compile_async_with(s, pos + 1);
  no_loc();
  pop_handler();
  pop_fblock();
  set_loc(s->loc);
  call_exit_with_nones();
  emit(Op::GET_AWAITABLE, 2);
  load_none();
  compile_yield_from_loop(true);
  emit(Op::POP_TOP);
  emit_jump_any(exit);
  bind(final);
  u_->hstack = outer;
  push_handler(cleanup, true);
  emit(Op::PUSH_EXC_INFO);
  emit(Op::WITH_EXCEPT_START);
  emit(Op::GET_AWAITABLE, 2);
  load_none();
  compile_yield_from_loop(true);
  with_except_finish(cleanup);
  bind(exit);
  u_->hstack = outer;
}

// ---------------------------------------------------------------- import / raise / assert
void Compiler::compile_import(const Stmt* s) {
  for (auto& a : s->names) {
    set_loc(s->loc);  // CPython 3.11: every instruction of the statement at its span
    load_const(Value::small_int(0));
    load_none();
    emit(Op::IMPORT_NAME, uint32_t(add_name(a.name)));
    if (!a.asname.empty()) {
      size_t dot = a.name.find('.');
      if (dot != std::string::npos) {
        while (true) {
          size_t p = dot + 1;
          dot = a.name.find('.', p);
          std::string attr = a.name.substr(p, dot == std::string::npos ? std::string::npos : dot - p);
          emit(Op::IMPORT_FROM, uint32_t(add_name(attr)));
          if (dot == std::string::npos) break;
          emit(Op::SWAP, 2);
          emit(Op::POP_TOP);
        }
        nameop(a.asname, NameCtx::Store);
        emit(Op::POP_TOP);
      } else {
        nameop(a.asname, NameCtx::Store);
      }
    } else {
      nameop(a.name.substr(0, a.name.find('.')), NameCtx::Store);
    }
  }
}

void Compiler::compile_import_from(const Stmt* s) {
  if (s->module == "__future__" && s->level == 0 &&
      std::find(future_imports_.begin(), future_imports_.end(), s) == future_imports_.end())
    error("from __future__ imports must occur at the beginning of the file", s->loc);
  load_const(Value::small_int(s->level));
  TupleObject* names = tuple_new(ts_, int64_t(s->names.size()));
  if (!names) pending_error();
  Ref tup(Value::from_obj(names));
  for (size_t i = 0; i < s->names.size(); i++) {
    Value n = str_new(ts_, s->names[i].name);
    if (!n) pending_error();
    names->items[i] = n;
  }
  load_const(tup.release());
  emit(Op::IMPORT_NAME, uint32_t(add_name(s->module)));
  if (s->names.size() == 1 && s->names[0].name == "*") {
    emit(Op::IMPORT_STAR);
    return;
  }
  for (auto& a : s->names) {
    emit(Op::IMPORT_FROM, uint32_t(add_name(a.name)));
    nameop(a.asname.empty() ? a.name : a.asname, NameCtx::Store);
  }
  emit(Op::POP_TOP);
}

void Compiler::compile_raise(const Stmt* s) {
  uint32_t n = 0;
  if (s->exc) {
    visit_expr(s->exc);
    n++;
    if (s->cause) {
      visit_expr(s->cause);
      n++;
    }
  }
  set_loc(s->loc);
  emit(Op::RAISE_VARARGS, n);
}

void Compiler::compile_assert(const Stmt* s) {
  if (s->test->kind == ExprKind::Tuple && !s->test->elts.empty())
    warn("assertion is always true, perhaps remove parentheses?", s->loc);
  if (optimize_level()) return;  // -O: asserts are compiled out (after the warning, as CPython)
  int end = new_label();
  set_loc(s->loc);
  jump_if(s->test, end, true);  // may leave the location at a failed comparison (CPython 3.11)
  if (s->msg) {
    emit(Op::PUSH_NULL);
    emit(Op::LOAD_ASSERTION_ERROR);
    visit_expr(s->msg);
    emit(Op::CALL, 1);
  } else {
    emit(Op::LOAD_ASSERTION_ERROR);
  }
  emit(Op::RAISE_VARARGS, 1);
  bind(end);
}

}  // namespace minipy::compiler
