#!/usr/bin/env bash
# Run the minipy conformance suite.
# Usage: scripts/run-conformance.sh [--list] [-j N] [MINIPY_BINARY] [FILTER]
#   MINIPY_BINARY  interpreter to test (default: build/minipy under the repo root)
#   FILTER         optional substring; only tests whose relative path contains it run
#   --list         list the selected tests (with KNOWN marker) and exit;
#                  `--list FILTER` is accepted too
#   -j N           parallelism (default: nproc)
# Each test tests/conformance/<area>/<name>.py is run as `BIN name.py` with the
# area folder as cwd and a fixed environment. stdout is compared with name.out;
# when name.err / name.status exist, stderr and the exit status are compared too,
# otherwise exit status must be 0.
# Tests listed in tests/conformance/KNOWN_FAILURES are run but their failures
# are not counted; unexpected passes are reported.
# Exit status: 0 iff there are no unexpected failures.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SUITE="$ROOT/tests/conformance"
SELF="$ROOT/scripts/$(basename "${BASH_SOURCE[0]}")"
TIMEOUT_SECS="${CONFORMANCE_TIMEOUT:-30}"

# ---------------------------------------------------------------- worker mode
if [[ "${1:-}" == "--worker" ]]; then
    BIN="$2"; RESDIR="$3"; rel="$4"
    t="$SUITE/$rel"; dir="$(dirname "$t")"; name="$(basename "$t" .py)"
    key="${rel//\//__}"
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/minipy-conf.XXXXXX")"
    status=0
    (
        cd "$dir"
        env -i PATH="$PATH" HOME="${HOME:-/tmp}" \
            PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 LC_ALL=C.UTF-8 \
            PYTHONDONTWRITEBYTECODE=1 \
            timeout -k 5 "$TIMEOUT_SECS" "$BIN" "$name.py" </dev/null >"$tmp/out" 2>"$tmp/err"
    ) || status=$?
    # Same normalization as regen-expected.sh: drop the script folder from
    # traceback "File" lines (CPython reports the absolute script path).
    pdir="$(cd "$dir" && pwd -P)"
    sed -e "s|File \"$dir/|File \"|g" -e "s|File \"$pdir/|File \"|g" "$tmp/err" >"$tmp/err.n" && mv "$tmp/err.n" "$tmp/err"
    ok=1; report=""
    if [[ $status -eq 124 || $status -eq 137 ]]; then
        ok=0; report+="  timeout after ${TIMEOUT_SECS}s (status $status)"$'\n'
    fi
    if ! cmp -s "$dir/$name.out" "$tmp/out"; then
        ok=0
        report+="  stdout differs:"$'\n'
        report+="$(diff -u --label expected --label actual "$dir/$name.out" "$tmp/out" | sed -n '3,17p' | sed 's/^/    /')"$'\n'
    fi
    if [[ -f "$dir/$name.status" ]]; then
        want="$(tr -d ' \n\r' <"$dir/$name.status")"
        if [[ "$status" != "$want" ]]; then
            ok=0; report+="  exit status $status, expected $want"$'\n'
        fi
    elif [[ $status -ne 0 ]]; then
        ok=0; report+="  exit status $status, expected 0"$'\n'
        report+="$(tail -n 8 "$tmp/err" | sed 's/^/    stderr: /')"$'\n'
    fi
    if [[ -f "$dir/$name.err" ]] && ! cmp -s "$dir/$name.err" "$tmp/err"; then
        ok=0
        report+="  stderr differs:"$'\n'
        report+="$(diff -u --label expected --label actual "$dir/$name.err" "$tmp/err" | sed -n '3,17p' | sed 's/^/    /')"$'\n'
    fi
    if [[ $ok -eq 1 ]]; then echo PASS >"$RESDIR/$key"; else { echo FAIL; printf '%s' "$report"; } >"$RESDIR/$key"; fi
    rm -rf "$tmp"
    exit 0
fi

# ---------------------------------------------------------------- main mode
LIST=0; JOBS="$(nproc 2>/dev/null || echo 4)"; pos=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --list) LIST=1; shift ;;
        -j) JOBS="$2"; shift 2 ;;
        -j*) JOBS="${1#-j}"; shift ;;
        -h|--help) sed -n '2,15p' "$SELF" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --) shift; pos+=("$@"); break ;;
        *) pos+=("$1"); shift ;;
    esac
done
if [[ $LIST -eq 1 && ${#pos[@]} -eq 1 ]]; then pos=("" "${pos[0]}"); fi   # --list FILTER
BIN="${pos[0]:-$ROOT/build/minipy}"
FILTER="${pos[1]:-}"

declare -A KNOWN=()
if [[ -f "$SUITE/KNOWN_FAILURES" ]]; then
    while IFS= read -r line; do
        line="${line%%#*}"; line="$(echo "$line" | xargs 2>/dev/null || true)"
        [[ -n "$line" ]] && KNOWN["$line"]=1
    done <"$SUITE/KNOWN_FAILURES"
fi

mapfile -t TESTS < <(cd "$SUITE" && find . -mindepth 2 -maxdepth 2 -type f -name '*.py' ! -name '_*' | sed 's|^\./||' | sort | { if [[ -n "$FILTER" ]]; then grep -F -- "$FILTER" || true; else cat; fi; })

if [[ $LIST -eq 1 ]]; then
    for t in "${TESTS[@]}"; do
        if [[ -n "${KNOWN[$t]:-}" ]]; then echo "$t  [known failure]"; else echo "$t"; fi
    done
    exit 0
fi

if [[ ${#TESTS[@]} -eq 0 ]]; then echo "conformance: no tests selected" >&2; exit 2; fi
if [[ "$BIN" != */* ]]; then BIN="$(command -v "$BIN" || echo "$BIN")"; fi
if [[ ! -x "$BIN" ]]; then echo "conformance: interpreter not found or not executable: $BIN" >&2; exit 2; fi
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"

RESDIR="$(mktemp -d "${TMPDIR:-/tmp}/minipy-conf-res.XXXXXX")"
trap 'rm -rf "$RESDIR"' EXIT

printf '%s\n' "${TESTS[@]}" | xargs -P "$JOBS" -n 1 "$SELF" --worker "$BIN" "$RESDIR"

pass=0; fail=0; known=0; xpass=0
for t in "${TESTS[@]}"; do
    key="${t//\//__}"; res="$RESDIR/$key"
    if [[ ! -f "$res" ]]; then printf 'FAIL %s\n  (no result recorded)\n' "$t"; res=/dev/null; r=FAIL
    else r="$(head -n 1 "$res")"; fi
    if [[ -n "${KNOWN[$t]:-}" ]]; then
        if [[ "$r" == PASS ]]; then xpass=$((xpass + 1)); pass=$((pass + 1)); echo "XPASS $t (listed in KNOWN_FAILURES but passed)"
        else known=$((known + 1)); fi
    elif [[ "$r" == PASS ]]; then pass=$((pass + 1))
    else
        fail=$((fail + 1)); echo "FAIL $t"; tail -n +2 "$res"
    fi
done
echo "conformance: $pass passed, $fail failed, $known known failures (of ${#TESTS[@]})"
[[ $xpass -gt 0 ]] && echo "conformance: $xpass known failures unexpectedly passed (remove them from KNOWN_FAILURES)"
[[ $fail -eq 0 ]]
