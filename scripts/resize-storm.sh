#!/bin/sh
# Resize storm on the real explorer: tmux resizes the pane STEPS times (default 1000) to random
# sizes between 20x8 and 300x100 while keys are sent, then settles at 100x30 and checks that
# allymap still runs, draws a correct last frame (title bar, borders exactly 100 wide, no line
# wider than the pane), quits with 0 on `q` and leaves the tty modes as they were.
#
#   scripts/resize-storm.sh [STEPS]        (needs tmux and a built .build*/debug/allymap)
set -eu
cd "$(dirname "$0")/.."
STEPS=${1:-1000}
BIN=${ALLYMAP:-$(ls -t .build*/debug/allymap 2>/dev/null | head -1)}
[ -x "$BIN" ] || { echo "build allymap first (swift build)"; exit 1; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/allymap
T=$(mktemp -d)
SOCK=allymap-storm-$$
tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
cleanup() { tm kill-server 2>/dev/null || true; rm -rf "$T"; }
trap cleanup EXIT INT TERM
tm start-server \; set -g remain-on-exit on \; set -g status off \; set -g default-terminal tmux-256color \; \
   new-session -d -s s -x 100 -y 30 "stty -g > $T/before; sh -c 'echo \$\$ > $T/pid; exec $BIN'; echo \$? > $T/status; stty -g > $T/after.tmp; mv $T/after.tmp $T/after"
i=0; while ! tm capture-pane -p -t s | grep -q "Middle East map"; do i=$((i+1)); [ $i -lt 200 ] || { echo "FAIL: no first frame"; exit 1; }; sleep 0.05; done
PID=$(cat "$T/pid")
set -- Right Down Tab 2 3 1 0 Left BTab Up Enter Escape
start=$(date +%s)
n=0
seed=12345
while [ $n -lt "$STEPS" ]; do
    seed=$(( (seed * 1103515245 + 12345) % 2147483648 ))
    w=$(( 20 + seed % 281 )); h=$(( 8 + (seed / 281) % 93 ))
    tm resize-window -t s -x $w -y $h
    if [ $((n % 3)) -eq 0 ]; then k=$(( (n / 3) % 12 + 1 )); eval "key=\${$k}"; tm send-keys -t s "$key"; fi
    n=$((n+1))
    if [ $((n % 100)) -eq 0 ]; then kill -0 "$PID" 2>/dev/null || { echo "FAIL: allymap died after $n steps"; cat "$T/status" 2>/dev/null; exit 1; }; fi
done
tm resize-window -t s -x 100 -y 30
tm send-keys -t s Escape 1
sleep 1
SCREEN=$(tm capture-pane -p -t s)
kill -0 "$PID" || { echo "FAIL: allymap is not running"; exit 1; }
echo "$SCREEN" | head -1 | grep -q '^ allymap' || { echo "FAIL: no title bar"; echo "$SCREEN"; exit 1; }
echo "$SCREEN" | grep -q "Middle East map" || { echo "FAIL: no map pane"; echo "$SCREEN"; exit 1; }
bad=$(echo "$SCREEN" | python3 -c 'import sys; print(sum(1 for l in sys.stdin.read().split("\n") if len(l) > 100 or (l[:1] in "┌└" and l and len(l) != 100)))')
[ "$bad" = 0 ] || { echo "FAIL: $bad lines do not fit 100 columns"; echo "$SCREEN"; exit 1; }
tm send-keys -t s q
i=0; while [ ! -f "$T/after" ]; do i=$((i+1)); [ $i -lt 200 ] || { echo "FAIL: no exit"; exit 1; }; sleep 0.05; done
[ "$(cat "$T/status")" = 0 ] || { echo "FAIL: exit status $(cat "$T/status")"; exit 1; }
cmp -s "$T/before" "$T/after" || { echo "FAIL: tty modes not restored"; exit 1; }
echo "OK: $STEPS resizes in $(( $(date +%s) - start )) s; last frame 100x30 correct; exit 0; tty restored"
