#!/usr/bin/env bash
# Regenerate expected outputs for the conformance suite using CPython 3.11.
# Usage: scripts/regen-expected.sh [PYTHON] [FILTER]
#   PYTHON defaults to $(pyenv which python3) if available, else python3.
#   FILTER is an optional substring; only tests whose path contains it are regenerated.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUITE="$ROOT/tests/conformance"

PY="${1:-}"
if [[ -z "$PY" ]]; then
    if command -v pyenv >/dev/null 2>&1 && pyenv which python3 >/dev/null 2>&1; then
        PY="$(pyenv which python3)"
    else
        PY="$(command -v python3)"
    fi
fi
FILTER="${2:-}"

ver="$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [[ "$ver" != "3.11" ]]; then
    echo "regen-expected: warning: $PY is Python $ver, expected 3.11" >&2
fi

# Test scripts are the .py files directly inside an area folder
# (tests/conformance/<area>/<name>.py), excluding names starting with '_'.
# Areas whose name ends in _minipy test minipy-only features (e.g. the seeded
# GIL schedule): their expected output is written by hand, never by CPython.
list_tests() {
    find "$SUITE" -mindepth 2 -maxdepth 2 -type f -name '*.py' ! -name '_*' ! -path '*_minipy/*' | sort
}

# CPython 3.11 makes the script path absolute (__file__, traceback "File" lines).
# Strip the script's own folder so expected stderr says File "name.py" and is
# independent of where the repository is checked out.
normalize_paths() {
    local d="$1" p
    p="$(cd "$d" && pwd -P)"
    sed -e "s|File \"$d/|File \"|g" -e "s|File \"$p/|File \"|g"
}

count=0
while IFS= read -r t; do
    rel="${t#$SUITE/}"
    if [[ -n "$FILTER" && "$rel" != *"$FILTER"* ]]; then continue; fi
    dir="$(dirname "$t")"; name="$(basename "$t" .py)"
    status=0
    (
        cd "$dir"
        env -i PATH="$PATH" HOME="${HOME:-/tmp}" \
            PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 \
            PYTHONDONTWRITEBYTECODE=1 \
            timeout 30 "$PY" "$name.py" </dev/null >"$name.out" 2>"$name.err.tmp"
    ) || status=$?
    if [[ $status -ne 0 ]]; then
        normalize_paths "$dir" <"$dir/$name.err.tmp" >"$dir/$name.err"
        rm -f "$dir/$name.err.tmp"
        echo "$status" >"$dir/$name.status"
    else
        rm -f "$dir/$name.err.tmp" "$dir/$name.err" "$dir/$name.status"
    fi
    count=$((count + 1))
done < <(list_tests)
# remove stray __pycache__ dirs created by imports
find "$SUITE" -type d -name __pycache__ -prune -exec rm -rf {} + 2>/dev/null || true
echo "regen-expected: regenerated $count tests with $PY"
