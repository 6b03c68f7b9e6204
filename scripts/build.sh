#!/usr/bin/env bash
# scripts/build.sh — install missing dependencies, configure and build minipy.
#
# Usage: scripts/build.sh [BUILD_DIR] [CMAKE_ARGS...]
#   BUILD_DIR   build folder (default: build/ at the repository root; a relative
#               path is relative to the current directory)
#   CMAKE_ARGS  passed to the configure step, e.g. -DMINIPY_SANITIZE=ON,
#               -DCMAKE_BUILD_TYPE=Debug (the default build type is Release)
# A fresh folder is configured as Release unless CMAKE_ARGS name a build type; an
# existing one keeps its configuration (and is re-configured only when CMAKE_ARGS
# are given). Builds with -j$(nproc) (override: MINIPY_JOBS=N).
# Build output goes to stderr; stdout gets one line, the path of the minipy
# binary, so `bin=$(scripts/build.sh)` works.
# Environment: MINIPY_SKIP_DEPS=1 skips scripts/install-deps.sh;
#              MINIPY_BUILD_TARGETS="minipy ..." builds only those targets.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
say() { echo "build: $*" >&2; }

case "${1:-}" in
    -h|--help) sed -n '2,/^[^#]/{s/^# \{0,1\}//p}' "${BASH_SOURCE[0]}"; exit 0 ;;
esac

BUILD="$ROOT/build"
if [[ $# -gt 0 && "$1" != -* ]]; then
    BUILD="$1"
    shift
fi
mkdir -p "$BUILD"
BUILD="$(cd "$BUILD" && pwd)"
CMAKE_ARGS=("$@")

"$ROOT/scripts/install-deps.sh"

JOBS="${MINIPY_JOBS:-$(nproc 2>/dev/null || echo 2)}"
[[ "$JOBS" =~ ^[1-9][0-9]*$ ]] || { say "MINIPY_JOBS must be a positive integer, got '$JOBS'"; exit 2; }

if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
    has_type=0
    for a in "${CMAKE_ARGS[@]+"${CMAKE_ARGS[@]}"}"; do
        [[ "$a" == -DCMAKE_BUILD_TYPE=* || "$a" == -DCMAKE_BUILD_TYPE:*=* ]] && has_type=1
    done
    [[ $has_type -eq 1 ]] || CMAKE_ARGS=(-DCMAKE_BUILD_TYPE=Release "${CMAKE_ARGS[@]+"${CMAKE_ARGS[@]}"}")
    say "configuring $BUILD ${CMAKE_ARGS[*]}"
    cmake -S "$ROOT" -B "$BUILD" "${CMAKE_ARGS[@]}" >&2
elif [[ ${#CMAKE_ARGS[@]} -gt 0 || ! ( -f "$BUILD/Makefile" || -f "$BUILD/build.ninja" ) ]]; then
    # new arguments, or an earlier configure step failed before generating
    say "re-configuring $BUILD ${CMAKE_ARGS[*]+"${CMAKE_ARGS[*]}"}"
    cmake -S "$ROOT" -B "$BUILD" "${CMAKE_ARGS[@]+"${CMAKE_ARGS[@]}"}" >&2
fi

say "building in $BUILD with $JOBS jobs"
start=$SECONDS
TARGETS=()
for t in ${MINIPY_BUILD_TARGETS:-}; do TARGETS+=(--target "$t"); done
cmake --build "$BUILD" -j "$JOBS" "${TARGETS[@]+"${TARGETS[@]}"}" >&2
say "done in $((SECONDS - start))s"

BIN="$BUILD/minipy"
if [[ ! -x "$BIN" ]]; then
    say "ERROR: build finished but $BIN is missing"
    exit 1
fi
echo "$BIN"
