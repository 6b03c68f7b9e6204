// grammar/parser.y — the Python 3.11 grammar (bison, LALR(1), C++ skeleton).
//
// Owns: the shape of the language. Following CPython's pre-3.9 LL(1) grammar,
// it parses a superset (targets and keyword arguments as expressions) and the
// actions validate it, raising CPython's messages through build.cpp helpers.
// Must not: decode literals (strings.cpp) or know about the compiler/VM.
%require "3.8"
%language "c++"
%define api.namespace {minipy::ast::detail}
%define api.parser.class {Parser}
%define api.value.type variant
%define api.token.constructor
%define api.location.type {minipy::ast::Loc}
%define parse.error custom
%locations
%expect 0
%parse-param {ParseCtx& ctx}
%lex-param {ParseCtx& ctx}

%code requires {
#include "grammar/parse_internal.h"
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                                   \
  do {                                                                                \
    if (N) {                                                                          \
      (Cur).line = YYRHSLOC(Rhs, 1).line; (Cur).col = YYRHSLOC(Rhs, 1).col;           \
      (Cur).end_line = YYRHSLOC(Rhs, N).end_line; (Cur).end_col = YYRHSLOC(Rhs, N).end_col; \
    } else {                                                                          \
      (Cur).line = (Cur).end_line = YYRHSLOC(Rhs, 0).end_line;                        \
      (Cur).col = (Cur).end_col = YYRHSLOC(Rhs, 0).end_col;                           \
    }                                                                                 \
  } while (0)
}

%code {
namespace minipy::ast::detail {
Parser::symbol_type yylex(ParseCtx& ctx);
}
#define A (*ctx.arena)
using namespace minipy::ast;
}

%token <int> START_FILE START_EVAL START_FSTRING
%token <int> ENDMARKER NEWLINE INDENT DEDENT NAME NUMBER STRING
%token <int> LPAR "(" RPAR ")" LSQB "[" RSQB "]" LBRACE "{" RBRACE "}" COMMA "," COLON ":" SEMI ";"
%token <int> DOT "." ELLIPSIS "..." PLUS "+" MINUS "-" STAR "*" SLASH "/" DOUBLESLASH "//" PERCENT "%"
%token <int> DOUBLESTAR "**" AT "@" LSHIFT "<<" RSHIFT ">>" AMPER "&" VBAR "|" CIRCUMFLEX "^" TILDE "~"
%token <int> LESS "<" GREATER ">" LESSEQ "<=" GREATEREQ ">=" EQEQUAL "==" NOTEQUAL "!=" RARROW "->"
%token <int> COLONEQUAL ":=" EQUAL "="
%token <int> PLUSEQ "+=" MINUSEQ "-=" STAREQ "*=" SLASHEQ "/=" DOUBLESLASHEQ "//=" PERCENTEQ "%="
%token <int> DOUBLESTAREQ "**=" ATEQ "@=" AMPEREQ "&=" VBAREQ "|=" CIRCUMFLEXEQ "^=" LSHIFTEQ "<<=" RSHIFTEQ ">>="
%token <int> FALSE "False" NONE "None" TRUE "True" AND "and" AS "as" ASSERT "assert" ASYNC "async"
%token <int> AWAIT "await" BREAK "break" CLASS "class" CONTINUE "continue" DEF "def" DEL "del"
%token <int> ELIF "elif" ELSE "else" EXCEPT "except" FINALLY "finally" FOR "for" FROM "from"
%token <int> GLOBAL "global" IF "if" IMPORT "import" IN "in" IS "is" LAMBDA "lambda" NONLOCAL "nonlocal"
%token <int> NOT "not" OR "or" PASS "pass" RAISE "raise" RETURN "return" TRY "try" WHILE "while"
%token <int> WITH "with" YIELD "yield" MATCH "match" CASE "case" WITHLPAR ERRORTOKEN

%type <std::vector<Stmt*>> stmts_opt stmt simple_stmt small_stmts suite stmts elif_tail else_opt finally_opt
%type <Stmt*> small_stmt expr_stmt compound_stmt if_stmt while_stmt for_stmt try_stmt with_stmt funcdef classdef
%type <Stmt*> decorated async_stmt match_stmt import_name import_from
%type <Expr*> test namedexpr_test or_test and_test not_test comparison expr xor_expr and_expr shift_expr
%type <Expr*> arith_expr term factor power await_primary primary atom star_expr yield_expr lambdef
%type <Expr*> testlist_star_expr test_or_star named_or_star expr_or_star assign_rhs ret_opt slice subscript
%type <Expr*> opt_test literal_expr signed_number name_or_attr subject decorator
%type <ExprList> tse_items nos_list exprlist expr_items sub_items subscriptlist
%type <TLComp> testlist_comp
%type <std::vector<int>> strings
%type <AssignRhs> assign_chain
%type <BinOpKind> augassign
%type <CmpOpKind> comp_op
%type <CompareRest> comp_rest
%type <std::vector<Comprehension>> comp_list
%type <Comprehension> comp_for sync_comp_for
%type <ArgItem> argument
%type <std::vector<ArgItem>> args arglist
%type <ParamItem> tparam vparam
%type <std::vector<ParamItem>> tparams vparams
%type <Arguments*> typedargslist varargslist
%type <DictItems> dict_items
%type <std::vector<std::string>> names
%type <std::string> dotted_name
%type <Alias> dotted_as_name import_as_name
%type <std::vector<Alias>> dotted_as_names import_as_names import_targets
%type <int> dots
%type <WithItem> with_item
%type <std::vector<WithItem>> with_items
%type <Handlers> handlers
%type <ExceptHandler> handler
%type <std::vector<Expr*>> decorators
%type <std::vector<MatchCase>> case_blocks
%type <MatchCase> case_block
%type <Pattern*> pattern or_pattern closed_pattern maybe_star_pattern literal_pattern mapping_pattern class_pattern
%type <std::vector<Pattern*>> or_list
%type <PatList> pat_list pat_items
%type <ClassArgs> class_args
%type <MapItems> map_items
%type <Expr*> guard_opt

%start start

%%

start: START_FILE file_input
     | START_EVAL eval_input
     | START_FSTRING fstring_input
     ;

file_input: stmts_opt ENDMARKER { ctx.body = std::move($1); } ;

stmts_opt: %empty { }
         | stmts_opt NEWLINE { $$ = std::move($1); }
         | stmts_opt stmt { $$ = std::move($1); for (auto* s : $2) $$.push_back(s); }
         ;

eval_input: testlist_star_expr newlines ENDMARKER { ctx.expr = $1; } ;
newlines: %empty | newlines NEWLINE ;

fstring_input: testlist_star_expr ENDMARKER { ctx.expr = $1; }
             | yield_expr ENDMARKER { ctx.expr = $1; }
             ;

stmt: simple_stmt { $$ = std::move($1); }
    | compound_stmt { $$.push_back($1); }
    ;

simple_stmt: small_stmts NEWLINE { $$ = std::move($1); }
           | small_stmts ";" NEWLINE { $$ = std::move($1); }
           ;

small_stmts: small_stmt { $$.push_back($1); }
           | small_stmts ";" small_stmt { $$ = std::move($1); $$.push_back($3); }
           ;

small_stmt: expr_stmt { $$ = $1; }
          | "pass" { $$ = make_stmt(ctx, StmtKind::Pass, @$); }
          | "break" { $$ = make_stmt(ctx, StmtKind::Break, @$); }
          | "continue" { $$ = make_stmt(ctx, StmtKind::Continue, @$); }
          | "del" exprlist { $$ = make_delete(ctx, std::move($2), @$); }
          | "return" { $$ = make_stmt(ctx, StmtKind::Return, @$); }
          | "return" testlist_star_expr { $$ = make_stmt(ctx, StmtKind::Return, @$); $$->value = $2; }
          | "raise" { $$ = make_stmt(ctx, StmtKind::Raise, @$); }
          | "raise" test { $$ = make_stmt(ctx, StmtKind::Raise, @$); $$->exc = $2; }
          | "raise" test "from" test { $$ = make_stmt(ctx, StmtKind::Raise, @$); $$->exc = $2; $$->cause = $4; }
          | "global" names { $$ = make_stmt(ctx, StmtKind::Global, @$); $$->identifiers = std::move($2); }
          | "nonlocal" names { $$ = make_stmt(ctx, StmtKind::Nonlocal, @$); $$->identifiers = std::move($2); }
          | "assert" test { $$ = make_stmt(ctx, StmtKind::Assert, @$); $$->test = $2; }
          | "assert" test "," test { $$ = make_stmt(ctx, StmtKind::Assert, @$); $$->test = $2; $$->msg = $4; }
          | import_name { $$ = $1; }
          | import_from { $$ = $1; }
          ;

expr_stmt: testlist_star_expr { $$ = make_stmt(ctx, StmtKind::ExprStmt, @$); $$->value = $1; }
         | yield_expr { $$ = make_stmt(ctx, StmtKind::ExprStmt, @$); $$->value = $1; }
         | testlist_star_expr ":" test { $$ = make_annassign(ctx, $1, $3, nullptr, @$); }
         | testlist_star_expr ":" test "=" assign_rhs { $$ = make_annassign(ctx, $1, $3, $5, @$); }
         | testlist_star_expr augassign assign_rhs { $$ = make_augassign(ctx, $1, $2, $3, @$); }
         | yield_expr augassign assign_rhs { $$ = make_augassign(ctx, $1, $2, $3, @$); }
         | testlist_star_expr assign_chain { $$ = make_assign(ctx, $1, std::move($2), @$); }
         | yield_expr assign_chain { $$ = make_assign(ctx, $1, std::move($2), @$); }
         ;

assign_chain: "=" assign_rhs { $$.v.push_back($2); }
            | assign_chain "=" assign_rhs { $$ = std::move($1); $$.v.push_back($3); }
            ;
assign_rhs: testlist_star_expr { $$ = $1; } | yield_expr { $$ = $1; } ;

augassign: "+=" { $$ = BinOpKind::Add; } | "-=" { $$ = BinOpKind::Sub; } | "*=" { $$ = BinOpKind::Mult; }
         | "/=" { $$ = BinOpKind::Div; } | "//=" { $$ = BinOpKind::FloorDiv; } | "%=" { $$ = BinOpKind::Mod; }
         | "**=" { $$ = BinOpKind::Pow; } | "@=" { $$ = BinOpKind::MatMult; } | "&=" { $$ = BinOpKind::BitAnd; }
         | "|=" { $$ = BinOpKind::BitOr; } | "^=" { $$ = BinOpKind::BitXor; } | "<<=" { $$ = BinOpKind::LShift; }
         | ">>=" { $$ = BinOpKind::RShift; }
         ;

names: NAME { $$.push_back(ctx.text($1)); }
     | names "," NAME { $$ = std::move($1); $$.push_back(ctx.text($3)); }
     ;

import_name: "import" dotted_as_names { $$ = make_stmt(ctx, StmtKind::Import, @$); $$->names = std::move($2); } ;
dotted_as_names: dotted_as_name { $$.push_back(std::move($1)); }
               | dotted_as_names "," dotted_as_name { $$ = std::move($1); $$.push_back(std::move($3)); }
               ;
dotted_as_name: dotted_name { $$.loc = @$; $$.name = std::move($1); }
              | dotted_name "as" NAME { $$.loc = @$; $$.name = std::move($1); $$.asname = ctx.text($3); }
              ;
dotted_name: NAME { $$ = ctx.text($1); }
           | dotted_name "." NAME { $$ = std::move($1); $$ += '.'; $$ += ctx.text($3); }
           ;
import_from: "from" dotted_name "import" import_targets
               { $$ = make_stmt(ctx, StmtKind::ImportFrom, @$); $$->module = std::move($2); $$->names = std::move($4); }
           | "from" dots dotted_name "import" import_targets
               { $$ = make_stmt(ctx, StmtKind::ImportFrom, @$); $$->level = $2; $$->module = std::move($3); $$->names = std::move($5); }
           | "from" dots "import" import_targets
               { $$ = make_stmt(ctx, StmtKind::ImportFrom, @$); $$->level = $2; $$->names = std::move($4); }
           ;
dots: "." { $$ = 1; } | "..." { $$ = 3; } | dots "." { $$ = $1 + 1; } | dots "..." { $$ = $1 + 3; } ;
import_targets: "*" { Alias a; a.loc = @$; a.name = "*"; $$.push_back(a); }
              | "(" import_as_names ")" { $$ = std::move($2); }
              | "(" import_as_names "," ")" { $$ = std::move($2); }
              | import_as_names { $$ = std::move($1); }
              | import_as_names "," {
                  // CPython's rule wants NEWLINE after the comma; anything else is plain invalid syntax there.
                  if (ctx.pos > 0 && ctx.pos <= ctx.toks.size() && ctx.toks[ctx.pos - 1].kind != Tok::Newline)
                    raise_error(ctx, ctx.toks[ctx.pos - 1].loc, "invalid syntax");
                  Loc l = @2; l.col = l.end_col; raise_error(ctx, l, "trailing comma not allowed without surrounding parentheses"); }
              ;
import_as_names: import_as_name { $$.push_back(std::move($1)); }
               | import_as_names "," import_as_name { $$ = std::move($1); $$.push_back(std::move($3)); }
               ;
import_as_name: NAME { $$.loc = @$; $$.name = ctx.text($1); }
              | NAME "as" NAME { $$.loc = @$; $$.name = ctx.text($1); $$.asname = ctx.text($3); }
              ;

compound_stmt: if_stmt | while_stmt | for_stmt | try_stmt | with_stmt | funcdef | classdef | decorated
             | async_stmt | match_stmt ;

suite: simple_stmt { $$ = std::move($1); }
     | NEWLINE INDENT stmts DEDENT { $$ = std::move($3); }
     ;
stmts: stmt { $$ = std::move($1); }
     | stmts stmt { $$ = std::move($1); for (auto* s : $2) $$.push_back(s); }
     ;

if_stmt: "if" namedexpr_test ":" suite elif_tail
           { $$ = make_stmt(ctx, StmtKind::If, @$); $$->test = $2; $$->body = std::move($4); $$->orelse = std::move($5); }
       ;
elif_tail: %empty { }
         | "else" ":" suite { $$ = std::move($3); }
         | "elif" namedexpr_test ":" suite elif_tail {
             Stmt* s = make_stmt(ctx, StmtKind::If, @$); s->test = $2; s->body = std::move($4); s->orelse = std::move($5);
             $$.push_back(s); }
         ;
else_opt: %empty { } | "else" ":" suite { $$ = std::move($3); } ;

while_stmt: "while" namedexpr_test ":" suite else_opt
              { $$ = make_stmt(ctx, StmtKind::While, @$); $$->test = $2; $$->body = std::move($4); $$->orelse = std::move($5); }
          ;
for_stmt: "for" exprlist "in" testlist_star_expr ":" suite else_opt {
            $$ = make_stmt(ctx, StmtKind::For, @$);
            $$->target = list_to_expr(ctx, std::move($2), @2); set_target(ctx, $$->target, TargetKind::For);
            $$->iter = $4; $$->body = std::move($6); $$->orelse = std::move($7); }
        ;

try_stmt: "try" ":" suite handlers else_opt finally_opt
            { $$ = make_try(ctx, std::move($3), std::move($4), std::move($5), std::move($6), @$); }
        | "try" ":" suite "finally" ":" suite
            { $$ = make_try(ctx, std::move($3), Handlers{}, {}, std::move($6), @$); }
        ;
finally_opt: %empty { } | "finally" ":" suite { $$ = std::move($3); } ;
handlers: handler { $$.v.push_back(std::move($1)); $$.plain = true; }
        | "except" "*" test ":" suite {
            ExceptHandler h; h.loc = @$; h.type = $3; h.body = std::move($5); $$.v.push_back(std::move(h)); $$.star = true; $$.star_loc = @$; }
        | "except" "*" test "as" NAME ":" suite {
            ExceptHandler h; h.loc = @$; h.type = $3; h.name = ctx.text($5); h.body = std::move($7); $$.v.push_back(std::move(h)); $$.star = true; $$.star_loc = @$; }
        | "except" "*" test "," {
            raise_error(ctx, except_types_range(ctx, @3), "multiple exception types must be parenthesized"); }
        | handlers "except" "*" test "," {
            raise_error(ctx, except_types_range(ctx, @4), "multiple exception types must be parenthesized"); }
        | handlers handler {
            $$ = std::move($1);
            if ($$.star && !$$.plain && !$$.mixed) {   // CPython points at the first `except` of the other kind
              $$.mixed = true; $$.mixed_loc = Loc{@2.line, @2.col, @2.line, @2.col + 6}; }
            $$.v.push_back(std::move($2)); $$.plain = true; }
        | handlers "except" "*" test ":" suite {
            $$ = std::move($1); ExceptHandler h; h.loc = @2; h.loc.end_line = @6.end_line; h.loc.end_col = @6.end_col;
            if ($$.plain && !$$.star && !$$.mixed) { $$.mixed = true; $$.mixed_loc = Loc{@2.line, @2.col, @3.end_line, @3.end_col}; }
            h.type = $4; h.body = std::move($6); $$.v.push_back(std::move(h)); $$.star = true; $$.star_loc = h.loc; }
        | handlers "except" "*" test "as" NAME ":" suite {
            $$ = std::move($1); ExceptHandler h; h.loc = @2; h.loc.end_line = @8.end_line; h.loc.end_col = @8.end_col;
            if ($$.plain && !$$.star && !$$.mixed) { $$.mixed = true; $$.mixed_loc = Loc{@2.line, @2.col, @3.end_line, @3.end_col}; }
            h.type = $4; h.name = ctx.text($6); h.body = std::move($8); $$.v.push_back(std::move(h)); $$.star = true; $$.star_loc = h.loc; }
        ;
handler: "except" ":" suite { $$.loc = @$; $$.body = std::move($3); }
       | "except" test ":" suite { $$.loc = @$; $$.type = $2; $$.body = std::move($4); }
       | "except" test "as" NAME ":" suite { $$.loc = @$; $$.type = $2; $$.name = ctx.text($4); $$.body = std::move($6); }
       | "except" test "," {
           raise_error(ctx, except_types_range(ctx, @2), "multiple exception types must be parenthesized"); }
       ;

with_stmt: "with" with_items ":" suite
             { $$ = make_stmt(ctx, StmtKind::With, @$); $$->items = std::move($2); $$->body = std::move($4); }
         | "with" WITHLPAR with_items ")" ":" suite
             { $$ = make_stmt(ctx, StmtKind::With, @$); $$->items = std::move($3); $$->body = std::move($6); }
         | "with" WITHLPAR with_items "," ")" ":" suite
             { $$ = make_stmt(ctx, StmtKind::With, @$); $$->items = std::move($3); $$->body = std::move($7); }
         ;
with_items: with_item { $$.push_back($1); }
          | with_items "," with_item { $$ = std::move($1); $$.push_back($3); }
          ;
with_item: test { $$.context_expr = $1; }
         | test "as" expr { $$.context_expr = $1; $$.optional_vars = $3; set_target(ctx, $3, TargetKind::With); }
         ;

funcdef: "def" NAME "(" ")" ret_opt ":" suite {
           $$ = make_stmt(ctx, StmtKind::FunctionDef, @$); $$->name = ctx.text($2); $$->args = empty_arguments(ctx);
           $$->returns = $5; $$->body = std::move($7); }
       | "def" NAME "(" typedargslist ")" ret_opt ":" suite {
           $$ = make_stmt(ctx, StmtKind::FunctionDef, @$); $$->name = ctx.text($2); $$->args = $4;
           $$->returns = $6; $$->body = std::move($8); }
       ;
ret_opt: %empty { $$ = nullptr; } | "->" test { $$ = $2; } ;

classdef: "class" NAME ":" suite {
            $$ = make_stmt(ctx, StmtKind::ClassDef, @$); $$->name = ctx.text($2); $$->body = std::move($4); }
        | "class" NAME "(" ")" ":" suite {
            $$ = make_stmt(ctx, StmtKind::ClassDef, @$); $$->name = ctx.text($2); $$->body = std::move($6); }
        | "class" NAME "(" arglist ")" ":" suite {
            $$ = make_stmt(ctx, StmtKind::ClassDef, @$); $$->name = ctx.text($2);
            check_call_args(ctx, $4, true, @5);
            split_call_args(ctx, std::move($4), $$->bases, $$->keywords); $$->body = std::move($7); }
        ;

decorated: decorators funcdef { $$ = $2; $$->decorator_list = std::move($1); }
         | decorators classdef { $$ = $2; $$->decorator_list = std::move($1); }
         | decorators "async" funcdef {
             $$ = $3; $$->kind = StmtKind::AsyncFunctionDef; $$->loc.line = @2.line; $$->loc.col = @2.col;
             $$->decorator_list = std::move($1); }
         ;
decorators: decorator { $$.push_back($1); }
          | decorators decorator { $$ = std::move($1); $$.push_back($2); }
          ;
decorator: "@" namedexpr_test NEWLINE { $$ = $2; } ;

async_stmt: "async" funcdef { $$ = $2; $$->kind = StmtKind::AsyncFunctionDef; $$->loc = @$; }
          | "async" with_stmt { $$ = $2; $$->kind = StmtKind::AsyncWith; $$->loc = @$; }
          | "async" for_stmt { $$ = $2; $$->kind = StmtKind::AsyncFor; $$->loc = @$; }
          ;

typedargslist: tparams { $$ = make_arguments(ctx, std::move($1), false); }
             | tparams "," { $$ = make_arguments(ctx, std::move($1), false); }
             ;
tparams: tparam { $$.push_back(std::move($1)); }
       | tparams "," tparam { $$ = std::move($1); $$.push_back(std::move($3)); }
       ;
tparam: NAME { $$.loc = @$; $$.arg.loc = @$; $$.arg.name = ctx.text($1); }
      | NAME ":" test { $$.loc = @$; $$.arg.loc = @$; $$.arg.name = ctx.text($1); $$.arg.annotation = $3; }
      | NAME "=" test { $$.loc = @$; $$.arg.loc = @1; $$.arg.name = ctx.text($1); $$.def = $3; }
      | NAME ":" test "=" test { $$.loc = @$; $$.arg.loc = @1; $$.arg.loc.end_line = @3.end_line; $$.arg.loc.end_col = @3.end_col;
                                 $$.arg.name = ctx.text($1); $$.arg.annotation = $3; $$.def = $5; }
      | "*" { $$.kind = ParamItem::BareStar; $$.loc = @$; }
      | "*" NAME { $$.kind = ParamItem::VarArg; $$.loc = @$; $$.arg.loc = @2; $$.arg.name = ctx.text($2); }
      | "*" NAME ":" test { $$.kind = ParamItem::VarArg; $$.loc = @$; $$.arg.loc = @2; $$.arg.loc.end_line = @4.end_line;
                            $$.arg.loc.end_col = @4.end_col; $$.arg.name = ctx.text($2); $$.arg.annotation = $4; }
      | "*" NAME ":" star_expr { $$.kind = ParamItem::VarArg; $$.loc = @$; $$.arg.loc = @2; $$.arg.loc.end_line = @4.end_line;
                            $$.arg.loc.end_col = @4.end_col; $$.arg.name = ctx.text($2); $$.arg.annotation = $4; }
      | "**" NAME { $$.kind = ParamItem::KwArg; $$.loc = @$; $$.arg.loc = @2; $$.arg.name = ctx.text($2); }
      | "**" NAME ":" test { $$.kind = ParamItem::KwArg; $$.loc = @$; $$.arg.loc = @2; $$.arg.loc.end_line = @4.end_line;
                             $$.arg.loc.end_col = @4.end_col; $$.arg.name = ctx.text($2); $$.arg.annotation = $4; }
      | "/" { $$.kind = ParamItem::Slash; $$.loc = @$; }
      ;

varargslist: vparams { $$ = make_arguments(ctx, std::move($1), true); }
           | vparams "," { $$ = make_arguments(ctx, std::move($1), true); }
           ;
vparams: vparam { $$.push_back(std::move($1)); }
       | vparams "," vparam { $$ = std::move($1); $$.push_back(std::move($3)); }
       ;
vparam: NAME { $$.loc = @$; $$.arg.loc = @$; $$.arg.name = ctx.text($1); }
      | NAME "=" test { $$.loc = @$; $$.arg.loc = @1; $$.arg.name = ctx.text($1); $$.def = $3; }
      | "*" { $$.kind = ParamItem::BareStar; $$.loc = @$; }
      | "*" NAME { $$.kind = ParamItem::VarArg; $$.loc = @$; $$.arg.loc = @2; $$.arg.name = ctx.text($2); }
      | "**" NAME { $$.kind = ParamItem::KwArg; $$.loc = @$; $$.arg.loc = @2; $$.arg.name = ctx.text($2); }
      | "/" { $$.kind = ParamItem::Slash; $$.loc = @$; }
      ;

match_stmt: "match" subject ":" NEWLINE INDENT case_blocks DEDENT {
              $$ = make_stmt(ctx, StmtKind::Match, @$); $$->subject = $2; $$->cases = std::move($6);
              $$->loc.end_line = @6.end_line; $$->loc.end_col = @6.end_col; }
          ;
subject: nos_list {
           if (!$1.comma && $1.v[0]->kind == ExprKind::Starred) raise_error(ctx, $1.v[0]->loc, "invalid syntax");
           $$ = list_to_expr(ctx, std::move($1), @$); }
       | nos_list "," { $1.comma = true; $$ = list_to_expr(ctx, std::move($1), @$); }
       ;
case_blocks: case_block { $$.push_back(std::move($1)); }
           | case_blocks case_block { $$ = std::move($1); $$.push_back(std::move($2)); }
           ;
case_block: "case" pat_list guard_opt ":" suite {
              $$.pattern = ($2.v.size() == 1 && !$2.comma && $2.v[0]->kind != PatternKind::MatchStar)
                               ? $2.v[0] : make_seq_pattern(ctx, std::move($2), false, @2);
              $$.guard = $3; $$.body = std::move($5); }
          ;
guard_opt: %empty { $$ = nullptr; } | "if" namedexpr_test { $$ = $2; } ;

pattern: or_pattern { $$ = $1; }
       | or_pattern "as" NAME { $$ = make_as_pattern(ctx, $1, $3, @$); }
       ;
or_pattern: or_list {
              if ($1.size() == 1) { $$ = $1[0]; }
              else { $$ = A.pattern(PatternKind::MatchOr, @$); $$->patterns = std::move($1); } }
          ;
or_list: closed_pattern { $$.push_back($1); }
       | or_list "|" closed_pattern { $$ = std::move($1); $$.push_back($3); }
       ;
closed_pattern: literal_pattern { $$ = $1; }
              | name_or_attr { $$ = make_capture(ctx, $1, @$); }
              | "(" ")" { $$ = A.pattern(PatternKind::MatchSequence, @$); }
              | "(" pat_list ")" {
                  if ($2.v.size() == 1 && !$2.comma && $2.v[0]->kind != PatternKind::MatchStar) $$ = $2.v[0];
                  else $$ = make_seq_pattern(ctx, std::move($2), false, @$); }
              | "[" "]" { $$ = A.pattern(PatternKind::MatchSequence, @$); }
              | "[" pat_list "]" { $$ = make_seq_pattern(ctx, std::move($2), true, @$); }
              | mapping_pattern { $$ = $1; }
              | class_pattern { $$ = $1; }
              ;
maybe_star_pattern: pattern { $$ = $1; }
                  | "*" NAME { $$ = make_star_pattern(ctx, $2, @$); }
                  ;
pat_list: pat_items { $$ = std::move($1); }
        | pat_items "," { $$ = std::move($1); $$.comma = true; }
        ;
pat_items: maybe_star_pattern { $$.v.push_back($1); }
         | pat_items "," maybe_star_pattern { $$ = std::move($1); $$.v.push_back($3); $$.comma = true; }
         ;
literal_pattern: literal_expr { $$ = make_literal_pattern(ctx, $1, @$); } ;
literal_expr: signed_number { $$ = $1; }
            | signed_number "+" NUMBER { $$ = make_binop(ctx, $1, BinOpKind::Add, make_number(ctx, $3), @$); }
            | signed_number "-" NUMBER { $$ = make_binop(ctx, $1, BinOpKind::Sub, make_number(ctx, $3), @$); }
            | strings { $$ = make_strings(ctx, $1); }
            | "None" { $$ = make_const(ctx, ConstKind::None, @$); }
            | "True" { $$ = make_const(ctx, ConstKind::True, @$); }
            | "False" { $$ = make_const(ctx, ConstKind::False, @$); }
            ;
signed_number: NUMBER { $$ = make_number(ctx, $1); }
             | "-" NUMBER { $$ = make_unary(ctx, UnaryOpKind::USub, make_number(ctx, $2), @$); }
             ;
name_or_attr: NAME { $$ = make_name(ctx, $1); }
            | name_or_attr "." NAME { $$ = A.expr(ExprKind::Attribute, @$); $$->value = $1; $$->id = ctx.text($3); }
            ;
class_pattern: name_or_attr "(" ")" { $$ = make_class_pattern(ctx, $1, ClassArgs{}, @$); }
             | name_or_attr "(" class_args ")" { $$ = make_class_pattern(ctx, $1, std::move($3), @$); }
             | name_or_attr "(" class_args "," ")" { $$ = make_class_pattern(ctx, $1, std::move($3), @$); }
             ;
class_args: pattern { $$.patterns.push_back($1); }
          | NAME "=" pattern { $$.kwd_attrs.push_back(ctx.text($1)); $$.kwd_patterns.push_back($3); }
          | class_args "," pattern {
              $$ = std::move($1);
              if (!$$.kwd_attrs.empty()) raise_error(ctx, @3, "positional patterns follow keyword patterns");
              $$.patterns.push_back($3); }
          | class_args "," NAME "=" pattern { $$ = std::move($1); $$.kwd_attrs.push_back(ctx.text($3)); $$.kwd_patterns.push_back($5); }
          ;
mapping_pattern: "{" "}" { $$ = A.pattern(PatternKind::MatchMapping, @$); }
               | "{" map_items "}" { $$ = A.pattern(PatternKind::MatchMapping, @$); $$->keys = std::move($2.keys); $$->patterns = std::move($2.patterns); }
               | "{" map_items "," "}" { $$ = A.pattern(PatternKind::MatchMapping, @$); $$->keys = std::move($2.keys); $$->patterns = std::move($2.patterns); }
               | "{" "**" NAME "}" { $$ = A.pattern(PatternKind::MatchMapping, @$); $$->name = ctx.text($3); }
               | "{" "**" NAME "," "}" { $$ = A.pattern(PatternKind::MatchMapping, @$); $$->name = ctx.text($3); }
               | "{" map_items "," "**" NAME "}" {
                   $$ = A.pattern(PatternKind::MatchMapping, @$); $$->keys = std::move($2.keys); $$->patterns = std::move($2.patterns); $$->name = ctx.text($5); }
               | "{" map_items "," "**" NAME "," "}" {
                   $$ = A.pattern(PatternKind::MatchMapping, @$); $$->keys = std::move($2.keys); $$->patterns = std::move($2.patterns); $$->name = ctx.text($5); }
               ;
map_items: literal_expr ":" pattern { $$.keys.push_back($1); $$.patterns.push_back($3); }
         | name_or_attr ":" pattern {
             if ($1->kind == ExprKind::Name) raise_error(ctx, @1, "invalid syntax");
             $$.keys.push_back($1); $$.patterns.push_back($3); }
         | map_items "," literal_expr ":" pattern { $$ = std::move($1); $$.keys.push_back($3); $$.patterns.push_back($5); }
         | map_items "," name_or_attr ":" pattern {
             if ($3->kind == ExprKind::Name) raise_error(ctx, @3, "invalid syntax");
             $$ = std::move($1); $$.keys.push_back($3); $$.patterns.push_back($5); }
         ;

// ---------------------------------------------------------------- expressions
testlist_star_expr: tse_items { $$ = list_to_expr(ctx, std::move($1), @$); }
                  | tse_items "," { $1.comma = true; $$ = list_to_expr(ctx, std::move($1), @$); }
                  ;
tse_items: test_or_star { $$.v.push_back($1); }
         | tse_items "," test_or_star { $$ = std::move($1); $$.v.push_back($3); $$.comma = true; }
         ;
test_or_star: test { $$ = $1; } | star_expr { $$ = $1; } ;

exprlist: expr_items { $$ = std::move($1); }
        | expr_items "," { $$ = std::move($1); $$.comma = true; }
        ;
expr_items: expr_or_star { $$.v.push_back($1); }
          | expr_items "," expr_or_star { $$ = std::move($1); $$.v.push_back($3); $$.comma = true; }
          ;
expr_or_star: expr { $$ = $1; } | star_expr { $$ = $1; } ;

namedexpr_test: test { $$ = $1; }
              | test ":=" test { $$ = make_named(ctx, $1, $3, @$); }
              ;
test: or_test { $$ = $1; }
    | or_test "if" or_test "else" test { $$ = A.expr(ExprKind::IfExp, @$); $$->body = $1; $$->test = $3; $$->orelse = $5; }
    | or_test "if" or_test NEWLINE {
        Loc l = @$; l.end_line = @3.end_line; l.end_col = @3.end_col;
        raise_error(ctx, l, "expected 'else' after 'if' expression"); }
    | lambdef { $$ = $1; }
    ;
lambdef: "lambda" ":" test { $$ = A.expr(ExprKind::Lambda, @$); $$->args = empty_arguments(ctx); $$->body = $3; }
       | "lambda" varargslist ":" test { $$ = A.expr(ExprKind::Lambda, @$); $$->args = $2; $$->body = $4; }
       ;
or_test: and_test { $$ = $1; }
       | or_test "or" and_test { $$ = make_boolop(ctx, $1, BoolOpKind::Or, $3, @$); }
       ;
and_test: not_test { $$ = $1; }
        | and_test "and" not_test { $$ = make_boolop(ctx, $1, BoolOpKind::And, $3, @$); }
        ;
not_test: "not" not_test { $$ = make_unary(ctx, UnaryOpKind::Not, $2, @$); }
        | comparison { $$ = $1; }
        ;
comparison: expr { $$ = $1; }
          | expr comp_rest { $$ = make_compare(ctx, $1, std::move($2), @$); }
          ;
comp_rest: comp_op expr { $$.ops.push_back($1); $$.comparators.push_back($2); }
         | comp_rest comp_op expr { $$ = std::move($1); $$.ops.push_back($2); $$.comparators.push_back($3); }
         ;
comp_op: "<" { $$ = CmpOpKind::Lt; } | ">" { $$ = CmpOpKind::Gt; } | "==" { $$ = CmpOpKind::Eq; }
       | ">=" { $$ = CmpOpKind::GtE; } | "<=" { $$ = CmpOpKind::LtE; } | "!=" { $$ = CmpOpKind::NotEq; }
       | "in" { $$ = CmpOpKind::In; } | "not" "in" { $$ = CmpOpKind::NotIn; } | "is" { $$ = CmpOpKind::Is; }
       | "is" "not" { $$ = CmpOpKind::IsNot; }
       ;
star_expr: "*" expr { $$ = A.expr(ExprKind::Starred, @$); $$->value = $2; } ;
expr: xor_expr { $$ = $1; }
    | expr "|" xor_expr { $$ = make_binop(ctx, $1, BinOpKind::BitOr, $3, @$); }
    ;
xor_expr: and_expr { $$ = $1; }
        | xor_expr "^" and_expr { $$ = make_binop(ctx, $1, BinOpKind::BitXor, $3, @$); }
        ;
and_expr: shift_expr { $$ = $1; }
        | and_expr "&" shift_expr { $$ = make_binop(ctx, $1, BinOpKind::BitAnd, $3, @$); }
        ;
shift_expr: arith_expr { $$ = $1; }
          | shift_expr "<<" arith_expr { $$ = make_binop(ctx, $1, BinOpKind::LShift, $3, @$); }
          | shift_expr ">>" arith_expr { $$ = make_binop(ctx, $1, BinOpKind::RShift, $3, @$); }
          ;
arith_expr: term { $$ = $1; }
          | arith_expr "+" term { $$ = make_binop(ctx, $1, BinOpKind::Add, $3, @$); }
          | arith_expr "-" term { $$ = make_binop(ctx, $1, BinOpKind::Sub, $3, @$); }
          ;
term: factor { $$ = $1; }
    | term "*" factor { $$ = make_binop(ctx, $1, BinOpKind::Mult, $3, @$); }
    | term "/" factor { $$ = make_binop(ctx, $1, BinOpKind::Div, $3, @$); }
    | term "%" factor { $$ = make_binop(ctx, $1, BinOpKind::Mod, $3, @$); }
    | term "//" factor { $$ = make_binop(ctx, $1, BinOpKind::FloorDiv, $3, @$); }
    | term "@" factor { $$ = make_binop(ctx, $1, BinOpKind::MatMult, $3, @$); }
    ;
factor: "+" factor { $$ = make_unary(ctx, UnaryOpKind::UAdd, $2, @$); }
      | "-" factor { $$ = make_unary(ctx, UnaryOpKind::USub, $2, @$); }
      | "~" factor { $$ = make_unary(ctx, UnaryOpKind::Invert, $2, @$); }
      | power { $$ = $1; }
      ;
power: await_primary { $$ = $1; }
     | await_primary "**" factor { $$ = make_binop(ctx, $1, BinOpKind::Pow, $3, @$); }
     ;
await_primary: "await" primary { $$ = A.expr(ExprKind::Await, @$); $$->value = $2; }
             | primary { $$ = $1; }
             ;
primary: atom { $$ = $1; }
       | primary "." NAME { $$ = A.expr(ExprKind::Attribute, @$); $$->value = $1; $$->id = ctx.text($3); }
       | primary "(" ")" { $$ = A.expr(ExprKind::Call, @$); $$->func = $1; }
       | primary "(" arglist ")" { $$ = make_call(ctx, $1, std::move($3), @$, @4); }
       | primary "[" subscriptlist "]" { $$ = A.expr(ExprKind::Subscript, @$); $$->value = $1; $$->slice = make_subscript_slice(ctx, std::move($3), @3); }
       ;
atom: NAME { $$ = make_name(ctx, $1); }
    | NUMBER { $$ = make_number(ctx, $1); }
    | strings { $$ = make_strings(ctx, $1); }
    | "..." { $$ = make_const(ctx, ConstKind::Ellipsis, @$); }
    | "None" { $$ = make_const(ctx, ConstKind::None, @$); }
    | "True" { $$ = make_const(ctx, ConstKind::True, @$); }
    | "False" { $$ = make_const(ctx, ConstKind::False, @$); }
    | "(" ")" { $$ = A.expr(ExprKind::Tuple, @$); $$->parenthesized = true; }
    | "(" yield_expr ")" { $$ = $2; $$->parenthesized = true; }
    | "(" testlist_comp ")" { $$ = make_paren(ctx, std::move($2), @$); }
    | "[" "]" { $$ = A.expr(ExprKind::List, @$); }
    | "[" testlist_comp "]" { $$ = make_list(ctx, std::move($2), @$); }
    | "{" "}" { $$ = A.expr(ExprKind::Dict, @$); }
    | "{" testlist_comp "}" { $$ = make_set(ctx, std::move($2), @$); }
    | "{" dict_items "}" { $$ = A.expr(ExprKind::Dict, @$); $$->keys = std::move($2.keys); $$->elts = std::move($2.values); }
    | "{" dict_items "," "}" { $$ = A.expr(ExprKind::Dict, @$); $$->keys = std::move($2.keys); $$->elts = std::move($2.values); }
    | "{" test ":" test comp_list "}" {
        $$ = A.expr(ExprKind::DictComp, @$); $$->elt = $2; $$->value = $4; $$->generators = std::move($5); }
    ;
strings: STRING { $$.push_back($1); }
       | strings STRING { $$ = std::move($1); $$.push_back($2); }
       ;
testlist_comp: named_or_star comp_list { $$.list.v.push_back($1); $$.gens = std::move($2); }
             | nos_list { $$.list = std::move($1); }
             | nos_list "," { $$.list = std::move($1); $$.list.comma = true; }
             ;
nos_list: named_or_star { $$.v.push_back($1); }
        | nos_list "," named_or_star { $$ = std::move($1); $$.v.push_back($3); $$.comma = true; }
        ;
named_or_star: namedexpr_test { $$ = $1; } | star_expr { $$ = $1; } ;

dict_items: test ":" test { $$.keys.push_back($1); $$.values.push_back($3); }
          | "**" expr { $$.keys.push_back(nullptr); $$.values.push_back($2); }
          | dict_items "," test ":" test { $$ = std::move($1); $$.keys.push_back($3); $$.values.push_back($5); }
          | dict_items "," "**" expr { $$ = std::move($1); $$.keys.push_back(nullptr); $$.values.push_back($4); }
          ;

comp_list: comp_for { $$.push_back(std::move($1)); }
         | comp_list comp_for { $$ = std::move($1); $$.push_back(std::move($2)); }
         | comp_list "if" or_test { $$ = std::move($1); $$.back().ifs.push_back($3); }
         ;
comp_for: sync_comp_for { $$ = std::move($1); }
        | "async" sync_comp_for { $$ = std::move($2); $$.is_async = true; }
        ;
sync_comp_for: "for" exprlist "in" or_test {
                 $$.target = list_to_expr(ctx, std::move($2), @2); set_target(ctx, $$.target, TargetKind::Comp); $$.iter = $4; }
             ;

subscriptlist: sub_items { $$ = std::move($1); }
             | sub_items "," { $$ = std::move($1); $$.comma = true; }
             ;
sub_items: subscript { $$.v.push_back($1); }
         | sub_items "," subscript { $$ = std::move($1); $$.v.push_back($3); $$.comma = true; }
         ;
subscript: namedexpr_test { $$ = $1; }
         | star_expr { $$ = $1; }
         | slice { $$ = $1; }
         ;
slice: opt_test ":" opt_test { $$ = A.expr(ExprKind::Slice, @$); $$->lower = $1; $$->upper = $3; }
     | opt_test ":" opt_test ":" opt_test { $$ = A.expr(ExprKind::Slice, @$); $$->lower = $1; $$->upper = $3; $$->step = $5; }
     ;
opt_test: %empty { $$ = nullptr; } | test { $$ = $1; } ;

arglist: args { $$ = std::move($1); }
       | args "," { $$ = std::move($1); }
       ;
args: argument { $$.push_back(std::move($1)); }
    | args "," argument { $$ = std::move($1); $$.push_back(std::move($3)); }
    ;
argument: test { $$.kind = ArgItem::Pos; $$.loc = @$; $$.value = $1; }
        | test comp_list { $$.kind = ArgItem::Gen; $$.loc = @$; $$.value = $1; $$.gens = std::move($2); }
        | test "=" test { $$.kind = ArgItem::Kw; $$.loc = @$; $$.key = $1; $$.value = $3; }
        | test ":=" test { $$.kind = ArgItem::Pos; $$.loc = @$; $$.value = make_named(ctx, $1, $3, @$); }
        | "*" test { $$.kind = ArgItem::Star; $$.loc = @$; $$.value = A.expr(ExprKind::Starred, @$); $$.value->value = $2; }
        | "**" test { $$.kind = ArgItem::DStar; $$.loc = @$; $$.value = $2; }
        ;

yield_expr: "yield" { $$ = A.expr(ExprKind::Yield, @$); }
          | "yield" "from" test { $$ = A.expr(ExprKind::YieldFrom, @$); $$->value = $3; }
          | "yield" testlist_star_expr { $$ = A.expr(ExprKind::Yield, @$); $$->value = $2; }
          ;

%%

namespace minipy::ast::detail {

void Parser::error(const location_type& loc, const std::string& msg) {
  raise_error(ctx, loc, msg);
}

}  // namespace minipy::ast::detail
