#include "grammar/ast.h"
#include <doctest/doctest.h>
TEST_CASE("placeholder") { CHECK(true); }
