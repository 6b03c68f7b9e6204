#!/usr/bin/env bash
# scripts/test.sh — build minipy into build/ and run every test: the doctest unit
# tests (CTest `unit`) and the conformance suite (CTest `conformance`).
#
# Usage: scripts/test.sh [CTEST_ARGS...]
#   e.g. scripts/test.sh -R unit        only the unit tests
#        scripts/test.sh -V             show every test's output
# Installs missing Debian packages first (scripts/install-deps.sh), builds with
# scripts/build.sh (Release, -j$(nproc)), then runs `ctest --output-on-failure`.
# Environment: MINIPY_BUILD_DIR (default build/ at the repository root),
#              MINIPY_SKIP_DEPS=1, MINIPY_JOBS=N (see scripts/build.sh).
# Exit status: 0 iff the build succeeded and every test passed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${MINIPY_BUILD_DIR:-$ROOT/build}"
say() { echo "test: $*" >&2; }

case "${1:-}" in
    -h|--help) sed -n '2,/^[^#]/{s/^# \{0,1\}//p}' "${BASH_SOURCE[0]}"; exit 0 ;;
esac

start=$SECONDS
if ! "$ROOT/scripts/build.sh" "$BUILD" >/dev/null; then
    say "FAILED: the build failed (see above)"
    exit 1
fi

status=0
( cd "$BUILD" && ctest --output-on-failure "$@" ) || status=$?
if [[ $status -eq 0 ]]; then
    say "all tests passed ($((SECONDS - start))s in all)"
else
    say "FAILED: ctest exit status $status ($((SECONDS - start))s in all)"
fi
exit "$status"
