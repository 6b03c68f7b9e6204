#!/usr/bin/env bash
# bench/run.sh — minipy's benchmark runner: minipy and CPython side by side.
#
# Runs two benchmark suites with both interpreters and reports, per benchmark,
# the median time of each, the ratio of the medians and whether both printed the
# same checksum line; then the geometric mean of the ratios. Before the table it
# measures start-up (`-c pass`): median time and peak memory (max RSS) of both.
#   shared suite: ../shared/bench/benchmarks beside the repository (the team's
#                 reference benchmarks; skipped when not there)
#   local suite:  bench/benchmarks/ (minipy's own additions)
# Needs bash 4.3+, coreutils (timeout, sort, mktemp) and awk; /usr/bin/time (Debian
# package `time`) for max RSS, else start-up RSS is sampled from /proc (a lower bound,
# marked ~) and per-benchmark RSS is not shown.
# Exit status: 0 every benchmark ok, 1 some failed, 2 usage error.
set -u

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"

usage() {
    cat <<'EOF'
usage: bench/run.sh [options] INTERP [BASELINE]

  INTERP     interpreter to measure, e.g. build/minipy ("build/minipy -X opt"
             with arguments, quoted)
  BASELINE   reference interpreter (default /usr/bin/python3.11, else python3)

options:
  -n RUNS      runs per interpreter and benchmark, alternating (default 5)
  -k PATTERNS  only benchmarks whose name contains one of the comma-separated
               PATTERNS (globs allowed): -k fib,deep
  -g GROUPS    only these groups (name prefix): cpu,gen,async,thread,other
  -t SECONDS   per-run timeout (default 120); a run past it is killed, FAILED
  -c           compare CPU time (user+sys) instead of wall time
  -S           skip the shared suite (../shared/bench/benchmarks)
  -L           skip the local suite (bench/benchmarks)
  -N           skip the start-up measurement
  -o FILE      also write the results as tab-separated values to FILE
  -l           list the selected benchmarks (suite and path) and exit
  -v           print every run's time on stderr
  -R           keep pyenv shims (by default a shim is replaced by the real
               binary: the shim alone costs ~1 s per start)
  -h           this help

Environment: MINIPY_SHARED_BENCH=DIR overrides the shared suite's folder.
Statuses: ok, MISMATCH (different output), NONDET(who) (output changed between
runs), FAIL(exit N|signal N), TIMEOUT(Ns); BASELINE ... when the baseline failed.
EOF
}

die() { echo "bench/run.sh: $*" >&2; exit 2; }

RUNS=5 PATTERNS="" GROUPS_SEL="" TIMEOUT=120 CPU=0 USE_SHARED=1 USE_LOCAL=1
STARTUP=1 TSV="" LIST=0 VERBOSE=0 RESOLVE=1
while getopts ":n:k:g:t:cSLNo:lvRh" opt; do
    case $opt in
        n) RUNS=$OPTARG ;;
        k) PATTERNS=$OPTARG ;;
        g) GROUPS_SEL=$OPTARG ;;
        t) TIMEOUT=$OPTARG ;;
        c) CPU=1 ;;
        S) USE_SHARED=0 ;;
        L) USE_LOCAL=0 ;;
        N) STARTUP=0 ;;
        o) TSV=$OPTARG ;;
        l) LIST=1 ;;
        v) VERBOSE=1 ;;
        R) RESOLVE=0 ;;
        h) usage; exit 0 ;;
        :) die "option -$OPTARG needs a value (see -h)" ;;
        *) die "unknown option -$OPTARG (see -h)" ;;
    esac
done
shift $((OPTIND - 1))
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "-n wants a positive integer, got '$RUNS'"
[[ $TIMEOUT =~ ^[1-9][0-9]*$ ]] || die "-t wants a positive number of seconds, got '$TIMEOUT'"
for tool in timeout sort awk mktemp; do
    command -v "$tool" >/dev/null 2>&1 || die "'$tool' is required"
done

# ------------------------------------------------------------ benchmarks ----
KNOWN_GROUPS=(cpu gen async thread io)
group_of() {  # group_of NAME -> G
    G=${1%%_*}
    local k
    for k in "${KNOWN_GROUPS[@]}"; do [[ $G == "$k" ]] && return; done
    G=other
}

SHARED_DIR="${MINIPY_SHARED_BENCH:-}"
if [[ -z $SHARED_DIR ]]; then
    SHARED_DIR="$REPO/../shared/bench/benchmarks"
    if [[ ! -d $SHARED_DIR ]] && top=$(git -C "$HERE" rev-parse --show-toplevel 2>/dev/null); then
        SHARED_DIR="$top/../shared/bench/benchmarks"
    fi
fi
LOCAL_DIR="$HERE/benchmarks"
SUITES=()
(( USE_SHARED )) && [[ -d $SHARED_DIR ]] && SUITES+=("shared:$(cd "$SHARED_DIR" && pwd)")
(( USE_LOCAL )) && [[ -d $LOCAL_DIR ]] && SUITES+=("local:$LOCAL_DIR")

IFS=, read -r -a SEL_G <<<"$GROUPS_SEL"
IFS=, read -r -a SEL_P <<<"$PATTERNS"
for g in "${SEL_G[@]}"; do
    [[ " ${KNOWN_GROUPS[*]} other " == *" $g "* ]] || die "unknown group '$g' (cpu gen async thread io other)"
done
selected() {  # selected NAME: passes -g and -k
    local name=$1 p hit=0
    group_of "$name"
    if (( ${#SEL_G[@]} )) && [[ " ${SEL_G[*]} " != *" $G "* ]]; then return 1; fi
    (( ${#SEL_P[@]} )) || return 0
    for p in "${SEL_P[@]}"; do
        # shellcheck disable=SC2053  # PATTERNS may hold globs on purpose
        [[ $name == *$p* ]] && hit=1
    done
    (( hit ))
}

NAMES=() FILES=() FROM=()
declare -A SEEN=()
for order in "${KNOWN_GROUPS[@]}" other; do  # groups in a fixed order, names sorted inside
    for s in "${SUITES[@]}"; do
        suite=${s%%:*} dir=${s#*:}
        for f in "$dir"/*.py; do
            [[ -f $f ]] || continue
            name=$(basename "$f" .py)
            group_of "$name"; [[ $G == "$order" ]] || continue
            selected "$name" || continue
            if [[ -n ${SEEN[$name]:-} ]]; then
                echo "# note: $suite/$name.py skipped: a benchmark named $name came first from ${SEEN[$name]}" >&2
                continue
            fi
            SEEN[$name]=$suite
            NAMES+=("$name") FILES+=("$f") FROM+=("$suite")
        done
    done
done

if (( LIST )); then
    for i in "${!NAMES[@]}"; do printf '%-28s %-7s %s\n' "${NAMES[i]}" "${FROM[i]}" "${FILES[i]}"; done
    exit 0
fi
(( $# == 1 || $# == 2 )) || { usage >&2; exit 2; }
(( ${#NAMES[@]} )) || die "no benchmark selected (suites: ${SUITES[*]:-none})"

# ---------------------------------------------------------- interpreters ----
NOTES=""
to_cmd() {  # to_cmd SPEC -> CMD array (a pyenv shim replaced by its target)
    local spec=$1 path real
    if [[ -e $spec ]] || command -v -- "$spec" >/dev/null 2>&1; then CMD=("$spec"); else read -r -a CMD <<<"$spec"; fi
    (( ${#CMD[@]} )) || die "empty interpreter command"
    path=$(command -v -- "${CMD[0]}") || die "interpreter not found: ${CMD[0]}"
    [[ ${CMD[0]} == */* ]] && CMD[0]=$(cd "$(dirname "${CMD[0]}")" && pwd)/$(basename "${CMD[0]}")
    if (( RESOLVE )) && [[ $path == */shims/* ]] && command -v pyenv >/dev/null 2>&1 &&
        real=$(pyenv which "$(basename "$path")" 2>/dev/null) && [[ -x $real ]]; then
        NOTES+="# note: pyenv shim $path -> $real (-R keeps the shim)"$'\n'
        CMD[0]=$real
    fi
}
version_of() {  # version_of CMD... -> V
    V=$(timeout 10 "$@" --version 2>&1 </dev/null) || V="?"
    V=${V%%$'\n'*}; V=${V:0:80}; [[ -n $V ]] || V="?"
}
DEFAULT_BASE=python3; [[ -x /usr/bin/python3.11 ]] && DEFAULT_BASE=/usr/bin/python3.11
to_cmd "$1"; ICMD=("${CMD[@]}")
to_cmd "${2:-$DEFAULT_BASE}"; BCMD=("${CMD[@]}")
version_of "${ICMD[@]}"; IVER=$V
version_of "${BCMD[@]}"; BVER=$V

TIME_BIN=""
[[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null && TIME_BIN=/usr/bin/time

TMP=$(mktemp -d "${TMPDIR:-/tmp}/minipy-bench.XXXXXX") || die "mktemp failed"
CHILD=""
trap 'rm -rf "$TMP"' EXIT
trap '[[ -n $CHILD ]] && kill -TERM "$CHILD" 2>/dev/null; wait 2>/dev/null; echo "bench/run.sh: interrupted" >&2; exit 130' INT TERM

# ----------------------------------------------------------- measurement ----
if [[ -n ${EPOCHREALTIME:-} ]]; then
    now_us() { NOW=${EPOCHREALTIME/[.,]/}; }
else
    now_us() { NOW=$(( $(date +%s%N) / 1000 )); }
fi
sec_to_us() {  # "1m2.345s" (bash `times`) -> US
    local m=${1%%m*} s=${1#*m}
    s=${s%s}
    local whole=${s%[.,]*} frac=${s#*[.,]}
    [[ $frac == "$s" ]] && frac=0
    frac="${frac}000000"
    US=$(( 10#$m * 60000000 + 10#$whole * 1000000 + 10#${frac:0:6} ))
}
children_cpu_us() {  # user+sys of all waited-for children so far -> CPU_US
    local u s
    times >"$TMP/times"
    { read -r _ _; read -r u s; } <"$TMP/times"
    sec_to_us "$u"; CPU_US=$US
    sec_to_us "$s"; CPU_US=$(( CPU_US + US ))
}

# run WHO ARGS... : runs the WHO ('i' or 'b') interpreter with ARGS under the timeout.
# -> RC, T_US (wall, or CPU with -c), RSS_KB ("" if unknown); output in $TMP/WHO.out/.err
run() {
    local who=$1 t0 c0=0
    shift
    local -a cmd
    if [[ $who == i ]]; then cmd=("${ICMD[@]}"); else cmd=("${BCMD[@]}"); fi
    [[ -n $TIME_BIN ]] && cmd=("$TIME_BIN" -f %M -o "$TMP/$who.rss" "${cmd[@]}")
    rm -f "$TMP/$who.rss"
    (( CPU )) && { children_cpu_us; c0=$CPU_US; }
    now_us; t0=$NOW
    timeout -k 5 "$TIMEOUT" "${cmd[@]}" "$@" >"$TMP/$who.out" 2>"$TMP/$who.err" </dev/null &
    CHILD=$!
    wait "$CHILD"
    RC=$?
    now_us
    CHILD=""
    T_US=$(( NOW - t0 ))
    WALL_US=$T_US
    if (( CPU )); then children_cpu_us; T_US=$(( CPU_US - c0 )); fi
    RSS_KB=""
    if [[ -s $TMP/$who.rss ]]; then
        RSS_KB=$(tail -n 1 "$TMP/$who.rss")
        [[ $RSS_KB =~ ^[0-9]+$ ]] || RSS_KB=""
    fi
}

# peak_rss_proc WHO: runs `WHO -c pass` sampling VmHWM from /proc (no /usr/bin/time):
# a lower bound, since the last moments of the process cannot be sampled. -> RSS_KB
peak_rss_proc() {
    local -a cmd
    local pid k v deadline
    if [[ $1 == i ]]; then cmd=("${ICMD[@]}"); else cmd=("${BCMD[@]}"); fi
    "${cmd[@]}" -c pass >/dev/null 2>&1 </dev/null &
    pid=$!
    RSS_KB=0
    now_us; deadline=$(( NOW + TIMEOUT * 1000000 ))
    while [[ -r /proc/$pid/status ]]; do
        while read -r k v _; do
            [[ $k == VmHWM: && $v -gt $RSS_KB ]] && RSS_KB=$v
        done <"/proc/$pid/status" 2>/dev/null
        now_us; (( NOW > deadline )) && { kill -KILL "$pid" 2>/dev/null; break; }
        [[ -d /proc/$pid/task ]] || break
        # a zombie has no memory left to report
        read -r _ _ k _ <"/proc/$pid/stat" 2>/dev/null && [[ $k == Z ]] && break
    done
    wait "$pid" 2>/dev/null
    (( RSS_KB > 0 )) || RSS_KB=""
}

median() {  # median N... -> MED
    local -a s
    mapfile -t s < <(printf '%s\n' "$@" | sort -n)
    local n=${#s[@]}
    if (( n % 2 )); then MED=${s[n / 2]}; else MED=$(( (s[n / 2 - 1] + s[n / 2]) / 2 )); fi
}
secs() { awk -v u="$1" 'BEGIN { printf "%.3f", u / 1e6 }'; }
mib() { if [[ -n $1 ]]; then awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; else echo "-"; fi; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 1; if (a <= 0) a = 1; printf "%.3f", a / b }'; }
why() {  # why RC -> WHY
    if (( $1 == 124 )) || (( $1 == 137 && WALL_US >= TIMEOUT * 1000000 )); then WHY="TIMEOUT(${TIMEOUT}s)"
    elif (( $1 > 128 )); then WHY="FAIL(signal $(( $1 - 128 )))"
    else WHY="FAIL(exit $1)"; fi
}
stderr_tail() {  # stderr_tail FILE: the last lines of a failed run, indented
    [[ -s $1 ]] || return 0
    grep -v '^Command \(exited with non-zero status\|terminated by signal\)' "$1" | tail -n 3 |
        while IFS= read -r line; do echo "      | ${line:0:200}"; done
}

ILABEL=$(basename "${1%% *}"); BLABEL=$(basename "${2:-$DEFAULT_BASE}"); BLABEL=${BLABEL%% *}
[[ $ILABEL == "$BLABEL" ]] && { ILABEL=interp; BLABEL=baseline; }
ILABEL=${ILABEL:0:10}; BLABEL=${BLABEL:0:10}
W=26; for n in "${NAMES[@]}"; do (( ${#n} + 3 > W )) && W=$(( ${#n} + 3 )); done
L=${#ILABEL}; (( ${#BLABEL} > L )) && L=${#BLABEL}
TW=$(( L + 4 > 11 ? L + 4 : 11 )) MW=$(( L + 5 > 9 ? L + 5 : 9 ))
row() { printf "%-${W}s %${TW}s %${TW}s %7s %${MW}s %${MW}s  %s\n" "$@"; }

printf '%s' "$NOTES"
echo "# interp:   ${ICMD[*]}  ($IVER)"
echo "# baseline: ${BCMD[*]}  ($BVER)"
for s in "${SUITES[@]}"; do
    n=0; for f in "${FROM[@]}"; do [[ $f == "${s%%:*}" ]] && n=$((n + 1)); done
    echo "# suite ${s%%:*}: ${s#*:} ($n selected)"
done
(( USE_SHARED )) && [[ " ${SUITES[*]} " != *" shared:"* ]] && echo "# note: shared suite not found at $SHARED_DIR (set MINIPY_SHARED_BENCH)"
echo "# host: $(uname -m), $(nproc 2>/dev/null || echo '?') cpus, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
if (( CPU )); then WHAT="CPU seconds (user+sys)"; else WHAT="wall seconds"; fi
echo "# $RUNS runs per interpreter, alternating; median $WHAT per process, start-up included;" \
     "ratio = interp / baseline (< 1: interp faster); MiB = peak RSS${TIME_BIN:+ (max over runs)}"
[[ -n $TSV ]] && printf 'benchmark\tsuite\tinterp_s\tbaseline_s\tratio\tinterp_rss_kb\tbaseline_rss_kb\tstatus\n' >"$TSV"
tsv() { [[ -z $TSV ]] || printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$TSV"; }

row benchmark "$ILABEL(s)" "$BLABEL(s)" ratio "$ILABEL MiB" "$BLABEL MiB" status | sed 's/ *$//'

# ---------------------------------------------------------------- start-up --
if (( STARTUP )); then
    n_start=$(( RUNS * 4 < 20 ? 20 : RUNS * 4 ))
    ti=() tb=() ri=() rb=() status=ok
    for (( r = 0; r < n_start; r++ )); do
        if (( r % 2 )); then order=(b i); else order=(i b); fi
        for who in "${order[@]}"; do
            run "$who" -c pass
            if (( RC != 0 )); then
                why "$RC"; status=$WHY; [[ $who == b ]] && status="BASELINE $WHY"
                break 2
            fi
            if [[ $who == i ]]; then ti+=("$T_US"); [[ -n $RSS_KB ]] && ri+=("$RSS_KB")
            else tb+=("$T_US"); [[ -n $RSS_KB ]] && rb+=("$RSS_KB"); fi
        done
    done
    if [[ $status == ok ]]; then
        median "${ti[@]}"; mi=$MED; median "${tb[@]}"; mb=$MED
        if [[ -n $TIME_BIN ]]; then
            median "${ri[@]}"; rsi=$MED; median "${rb[@]}"; rsb=$MED; mark=""
        else
            peak_rss_proc i; rsi=$RSS_KB; peak_rss_proc b; rsb=$RSS_KB; mark="~"
        fi
        row "(start-up: -c pass)" "$(secs "$mi")" "$(secs "$mb")" "$(ratio "$mi" "$mb")" \
            "$mark$(mib "$rsi")" "$mark$(mib "$rsb")" "ok ($n_start runs each, median; not in geomean)"
        tsv startup - "$(secs "$mi")" "$(secs "$mb")" "$(ratio "$mi" "$mb")" "$rsi" "$rsb" ok
    else
        row "(start-up: -c pass)" - - - - - "$status"
        stderr_tail "$TMP/$who.err"
        tsv startup - - - - - - "$status"
    fi
fi

# -------------------------------------------------------------- benchmarks --
OK=0 FAILED=0 LOGSUM=0
for idx in "${!NAMES[@]}"; do
    name=${NAMES[idx]} file=${FILES[idx]}
    ti=() tb=() ri=() rb=() status=ok detail="" first_i="" first_b=""
    for (( r = 0; r < RUNS; r++ )); do
        if (( r % 2 )); then order=(b i); else order=(i b); fi
        for who in "${order[@]}"; do
            run "$who" "$file"
            (( VERBOSE )) && echo "  $name #$((r + 1)) $who: $(secs "$T_US")s rc=$RC" >&2
            if (( RC != 0 )); then
                why "$RC"; status=$WHY; [[ $who == b ]] && status="BASELINE $WHY"
                detail="$TMP/$who.err"
                break 2
            fi
            out=$(head -c 100000 "$TMP/$who.out"; echo x); out=${out%x}
            if [[ $who == i ]]; then
                if (( r == 0 )); then first_i=$out
                elif [[ $out != "$first_i" ]]; then status="NONDET(interp)"; detail=nondet; break 2; fi
                ti+=("$T_US"); [[ -n $RSS_KB ]] && ri+=("$RSS_KB")
            else
                if (( r == 0 )); then first_b=$out
                elif [[ $out != "$first_b" ]]; then status="NONDET(baseline)"; detail=nondet; break 2; fi
                tb+=("$T_US"); [[ -n $RSS_KB ]] && rb+=("$RSS_KB")
            fi
        done
        if (( r == 0 )) && [[ $first_i != "$first_b" ]]; then status=MISMATCH; detail=mismatch; break; fi
    done

    si=- sb=- rt=- mri="" mrb=""
    (( ${#ti[@]} )) && { median "${ti[@]}"; mi=$MED; si=$(secs "$mi"); }
    (( ${#tb[@]} )) && { median "${tb[@]}"; mb=$MED; sb=$(secs "$mb"); }
    (( ${#ri[@]} )) && mri=$(printf '%s\n' "${ri[@]}" | sort -n | tail -n 1)
    (( ${#rb[@]} )) && mrb=$(printf '%s\n' "${rb[@]}" | sort -n | tail -n 1)
    if [[ $status == ok ]]; then
        rt=$(ratio "$mi" "$mb")
        LOGSUM=$(awk -v s="$LOGSUM" -v a="$mi" -v b="$mb" 'BEGIN { if (a < 1) a = 1; if (b < 1) b = 1; printf "%.9f", s + log(a / b) }')
        OK=$((OK + 1))
    else
        FAILED=$((FAILED + 1))
    fi
    label=$name; [[ ${FROM[idx]} == local ]] && label="$name*"
    row "$label" "$si" "$sb" "$rt" "$(mib "$mri")" "$(mib "$mrb")" "$status"
    tsv "$name" "${FROM[idx]}" "$si" "$sb" "$rt" "$mri" "$mrb" "$status"
    case $detail in
        "") ;;
        mismatch)
            echo "      interp:   $(head -n 2 "$TMP/i.out" | head -c 200 | tr '\n' '|')"
            echo "      baseline: $(head -n 2 "$TMP/b.out" | head -c 200 | tr '\n' '|')" ;;
        nondet)
            if [[ $status == *interp* ]]; then ref=$first_i; else ref=$first_b; fi
            echo "      run 1:   $(head -n 2 <<<"${ref:0:200}" | tr '\n' '|')"
            echo "      run $((r + 1)):   $(head -n 2 <<<"${out:0:200}" | tr '\n' '|')" ;;
        *) stderr_tail "$detail" ;;
    esac
done

(( ${#SUITES[@]} > 1 )) && echo "# * = local benchmark (bench/benchmarks/)"
if (( OK )); then GEO=$(awk -v s="$LOGSUM" -v n="$OK" 'BEGIN { printf "%.3f", exp(s / n) }'); else GEO=n/a; fi
echo "geomean ratio over $OK ok benchmarks: $GEO ($FAILED failed)"
(( FAILED == 0 ))
