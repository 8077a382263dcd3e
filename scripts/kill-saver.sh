#!/bin/sh
# Kills config savers with SIGKILL at random moments and checks the config file is always the
# old or the new version and parseable JSON (atomic write: temp file + fsync + rename).
#
#   scripts/kill-saver.sh [ITERATIONS]     default 200; needs python3 and a built allymap
set -eu
cd "$(dirname "$0")/.."
N=${1:-200}
BIN=${ALLYMAP:-$(ls -t .build*/debug/allymap 2>/dev/null | head -1)}
[ -x "$BIN" ] || { echo "build allymap first (swift build)"; exit 1; }
XDG_CONFIG_HOME=$(mktemp -d); export XDG_CONFIG_HOME
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
CFG=$XDG_CONFIG_HOME/allymap/config.json
"$BIN" scenario --set us-commitment=10 --save s0 > /dev/null
prev=1; killed=0; completed=0
i=1
while [ "$i" -le "$N" ]; do
    "$BIN" scenario --set us-commitment=$((i % 100)) --save "s$i" > /dev/null 2>&1 &
    pid=$!
    sleep "0.0$(awk -v s="$i" 'BEGIN { srand(s); printf "%02d", int(rand() * 80) }')"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed+1)); fi
    wait "$pid" 2>/dev/null || true
    count=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"] == 1; print(len(d["scenarios"]))' "$CFG") \
        || { echo "FAIL at $i: config is not valid JSON"; cat "$CFG"; exit 1; }
    # old (prev scenarios) or new (one more)
    if [ "$count" -ne "$prev" ] && [ "$count" -ne $((prev + 1)) ]; then echo "FAIL at $i: $count scenarios after $prev"; exit 1; fi
    [ "$count" -gt "$prev" ] && completed=$((completed+1))
    prev=$count
    i=$((i+1))
done
left=$(ls -A "$XDG_CONFIG_HOME/allymap" | grep -c '\.tmp-' || true)
echo "OK: $N savers, $killed killed mid-run, $completed saves landed, config always old-or-new and valid; $left temp files left by killed savers"
