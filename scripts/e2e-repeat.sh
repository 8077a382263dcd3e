#!/bin/sh
# Runs the end-to-end suites (`swift test --filter EndToEnd`) N times in a row (default 20)
# under a parallel CPU load: one busy loop per core, so every run competes for the CPU as on
# a loaded CI machine. Prints one line per run and a pass/fail count; exits 1 on any failure.
# A failing run's output is kept in the log directory it prints.
#
#   scripts/e2e-repeat.sh [N]        (needs tmux; builds the tests once before the first run)
set -eu
cd "$(dirname "$0")/.."
N=${1:-20}
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/allymap-e2e-repeat.XXXXXX")
CORES=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
LOAD=""
stop_load() {
    for pid in $LOAD; do kill "$pid" 2>/dev/null || true; done
    LOAD=""
}
trap stop_load EXIT
trap 'stop_load; exit 130' INT TERM HUP

swift build --build-tests > "$LOGS/build.log" 2>&1 || { echo "build failed: $LOGS/build.log"; exit 1; }

c=0
while [ "$c" -lt "$CORES" ]; do
    sh -c 'while :; do :; done' &
    LOAD="$LOAD $!"
    c=$((c + 1))
done
echo "e2e x$N under $CORES busy loops (pids$LOAD); logs in $LOGS"

pass=0; fail=0; i=1; start=$(date +%s)
while [ "$i" -le "$N" ]; do
    t0=$(date +%s)
    if swift test --skip-build --filter EndToEnd > "$LOGS/run-$i.log" 2>&1; then
        pass=$((pass + 1)); result=pass; rm -f "$LOGS/run-$i.log"
    else
        fail=$((fail + 1)); result="FAIL ($LOGS/run-$i.log)"
    fi
    echo "run $i/$N: $result in $(( $(date +%s) - t0 ))s"
    i=$((i + 1))
done
stop_load
echo "passed $pass of $N, failed $fail, wall time $(( $(date +%s) - start ))s"
[ "$fail" -eq 0 ]
