// grammar/unicode.h — the few Unicode properties grammar/ needs (identifier
// characters for the lexer, printability for repr() in ast::dump), backed by
// the generated table unicode_tables.inc.
#pragma once

#include <cstddef>
#include <cstdint>

namespace minipy::ast::detail {

bool unicode_is_printable(uint32_t cp);
bool unicode_is_id_start(uint32_t cp);     // XID_Start (plus '_')
bool unicode_is_id_continue(uint32_t cp);  // XID_Continue

}  // namespace minipy::ast::detail
