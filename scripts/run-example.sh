#!/usr/bin/env bash
# scripts/run-example.sh — build minipy if needed, then run a Python script with it.
#
# Usage: scripts/run-example.sh [SCRIPT.py | NAME | MINIPY_ARGS...]
#   (nothing)           runs examples/hello.py
#   NAME                an example by name: `primes` or `primes.py` -> examples/primes.py
#   SCRIPT.py [ARGS]    any script (relative to the current directory), with arguments
#   -c CODE, -m MOD...  any minipy command line is passed through unchanged
# Installs missing Debian packages and builds build/ (Release) the first time; later
# runs rebuild only what changed. The build log goes to build/run-example-build.log
# and is shown only if the build fails. The exit status is minipy's.
# Environment: MINIPY_BUILD_DIR (default build/ at the repository root), MINIPY_SKIP_DEPS=1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${MINIPY_BUILD_DIR:-$ROOT/build}"
say() { echo "run-example: $*" >&2; }

case "${1:-}" in
    -h|--help) sed -n '2,/^[^#]/{s/^# \{0,1\}//p}' "${BASH_SOURCE[0]}"; exit 0 ;;
esac

args=("$@")
if [[ ${#args[@]} -eq 0 ]]; then
    args=("$ROOT/examples/hello.py")
elif [[ "${args[0]}" != -* && ! -e "${args[0]}" ]]; then
    # a bare example name: primes, primes.py, examples/primes.py from elsewhere
    name="$(basename "${args[0]}" .py)"
    if [[ -f "$ROOT/examples/$name.py" ]]; then
        args[0]="$ROOT/examples/$name.py"
    else
        names=()
        for f in "$ROOT"/examples/*.py; do names+=("$(basename "$f" .py)"); done
        say "no such script: ${args[0]} (examples: ${names[*]})"
        exit 2
    fi
fi

mkdir -p "$BUILD"
BUILD="$(cd "$BUILD" && pwd)"
LOG="$BUILD/run-example-build.log"
if [[ ! -x "$BUILD/minipy" ]]; then
    say "building minipy into $BUILD (first build: a few minutes; log: $LOG)"
fi
# Dependencies first, in the open (apt-get or a sudo password prompt must be seen).
"$ROOT/scripts/install-deps.sh" --quiet
if ! MINIPY_SKIP_DEPS=1 MINIPY_BUILD_TARGETS=minipy "$ROOT/scripts/build.sh" "$BUILD" >/dev/null 2>"$LOG"; then
    tail -n 40 "$LOG" >&2
    say "FAILED: the build failed (full log: $LOG)"
    exit 1
fi

exec "$BUILD/minipy" "${args[@]}"
