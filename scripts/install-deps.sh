#!/usr/bin/env bash
# scripts/install-deps.sh — install the Debian packages minipy needs to build and test.
#
# Usage: scripts/install-deps.sh [--check] [--quiet] [--with-python] [--with-bench]
#   (no option)    install what is missing: cmake g++ make re2c bison doctest-dev libgmp-dev
#                  zlib1g-dev (the zlib module) libreadline-dev (line editing in the REPL)
#   --with-python  also python3 (CPython 3.11: only needed to regenerate expected outputs
#                  with scripts/regen-expected.sh and as the benchmark baseline; running
#                  the tests does not need it)
#   --with-bench   also `time` (/usr/bin/time, used by bench/run.sh for max RSS)
#   --check        only report what is missing; exit 1 if anything is
#   --quiet        say nothing when everything is present
#
# Idempotent: each package is checked first (dpkg -s, or the tool/header it provides
# when it was installed some other way); apt-get runs only when something is missing,
# through sudo when not root. MINIPY_SKIP_DEPS=1 skips everything (non-Debian hosts
# that provide the tools themselves).
# Exit status: 0 all present (or installed), 1 something is missing and could not be installed.
set -euo pipefail

say() { echo "install-deps: $*" >&2; }

CHECK_ONLY=0
QUIET=0
PKGS=(cmake g++ make re2c bison doctest-dev libgmp-dev zlib1g-dev libreadline-dev)
for arg in "$@"; do
    case "$arg" in
        --check) CHECK_ONLY=1 ;;
        -q|--quiet) QUIET=1 ;;
        --with-python) PKGS+=(python3) ;;
        --with-bench) PKGS+=(time) ;;
        -h|--help) sed -n '2,/^[^#]/{s/^# \{0,1\}//p}' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) say "unknown option '$arg' (see --help)"; exit 2 ;;
    esac
done

if [[ "${MINIPY_SKIP_DEPS:-0}" == 1 ]]; then
    say "MINIPY_SKIP_DEPS=1: not checking packages"
    exit 0
fi

# has_header PATH: a header under one of the usual include roots.
has_header() {
    local d
    for d in /usr/include /usr/local/include /usr/include/x86_64-linux-gnu /usr/include/aarch64-linux-gnu; do
        [[ -f "$d/$1" ]] && return 0
    done
    # multiarch folders for other architectures
    compgen -G "/usr/include/*-linux-gnu/$1" >/dev/null 2>&1
}

# present PKG: installed as a Debian package, or what it provides is there anyway.
present() {
    local pkg="$1"
    if command -v dpkg-query >/dev/null 2>&1 &&
        [[ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)" == "install ok installed" ]]; then
        return 0
    fi
    case "$pkg" in
        cmake) command -v cmake >/dev/null 2>&1 ;;
        g++) command -v g++ >/dev/null 2>&1 ;;
        make) command -v make >/dev/null 2>&1 ;;
        re2c) command -v re2c >/dev/null 2>&1 ;;
        bison) command -v bison >/dev/null 2>&1 ;;
        python3) command -v python3 >/dev/null 2>&1 ;;
        time) [[ -x /usr/bin/time ]] ;;
        doctest-dev) has_header doctest/doctest.h || has_header doctest.h ;;
        libgmp-dev) has_header gmp.h ;;
        zlib1g-dev) has_header zlib.h ;;
        libreadline-dev) has_header readline/readline.h ;;
        *) return 1 ;;
    esac
}

missing=()
for p in "${PKGS[@]}"; do
    present "$p" || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    [[ $QUIET -eq 1 ]] || say "all present (${PKGS[*]})"
    exit 0
fi

say "missing: ${missing[*]}"
if [[ $CHECK_ONLY -eq 1 ]]; then
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    say "ERROR: apt-get not found: install ${missing[*]} with your system's package manager" \
        "(or set MINIPY_SKIP_DEPS=1 if they are installed somewhere this script cannot see)"
    exit 1
fi

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        say "ERROR: not root and sudo is not available; as root run:"
        say "  apt-get update && apt-get install -y ${missing[*]}"
        exit 1
    fi
fi

# Wait for a concurrent apt/dpkg run instead of failing at once.
APT_OPTS=(-o DPkg::Lock::Timeout=300 -o Acquire::Retries=3)
export DEBIAN_FRONTEND=noninteractive
say "running: ${SUDO[*]}${SUDO[*]:+ }apt-get update && apt-get install -y ${missing[*]}"
if ! "${SUDO[@]}" apt-get "${APT_OPTS[@]}" update >&2; then
    say "warning: apt-get update failed; trying to install from the current package lists"
fi
if ! "${SUDO[@]}" apt-get "${APT_OPTS[@]}" install -y --no-install-recommends "${missing[@]}" >&2; then
    say "ERROR: apt-get install failed for: ${missing[*]}"
    exit 1
fi

still=()
for p in "${missing[@]}"; do
    present "$p" || still+=("$p")
done
if [[ ${#still[@]} -ne 0 ]]; then
    say "ERROR: still missing after apt-get install: ${still[*]}"
    exit 1
fi
say "installed: ${missing[*]}"
