// tests/unit/doctest_main.cpp — the doctest runner's main().
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
