#!/bin/sh
# Replays issue 19's hostile-user cases, and the ones that held before it, against a release
# binary and prints a Markdown table: case | expected | got | ok. Exits 1 if any row fails.
#
#   scripts/hostile-run.sh [BINARY]     (default .build/release/allymap, built if missing;
#                                        the terminal cases need tmux)
#
# Terminal cases run the explorer in a private tmux server (never the user's), behind a shell
# that records the tty modes (stty -g) before and after and the exit status: terminal sizes,
# a resize storm, signals, a random key mash. Data and CLI cases: special files as a data
# table (FIFO, /dev/zero, /dev/urandom), a write to /dev/full, non-numbers in a numeric field,
# escape bytes in a scenario name. Each case has a time limit, so a hang is a FAIL, not a
# stuck script. Config writes go to a temporary XDG_CONFIG_HOME.
set -u
cd "$(dirname "$0")/.."
BIN=${1:-.build/release/allymap}
if [ ! -x "$BIN" ]; then
    echo "building $BIN ..." >&2
    swift build -c release --product allymap >&2 || exit 1
fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
T=$(mktemp -d "${TMPDIR:-/tmp}/allymap-hostile.XXXXXX")
export XDG_CONFIG_HOME="$T/config" HOME="$T/home"
mkdir -p "$HOME"
SOCK=allymap-hostile-$$
FAILS=0
ROWS=""

tm() { tmux -L "$SOCK" -f /dev/null "$@"; }
cleanup() { tm kill-server 2>/dev/null || true; rm -rf "$T"; }
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# row CASE EXPECTED GOT: one table row; ok when GOT equals EXPECTED.
row() {
    if [ "$2" = "$3" ]; then ok=yes; else ok=FAIL; FAILS=$((FAILS + 1)); fi
    ROWS="$ROWS| $1 | $2 | $3 | $ok |
"
}

# within SECONDS CMD...: runs CMD with a time limit; prints its status (124 on timeout).
within() {
    limit=$1; shift
    timeout -k 2 "$limit" "$@" > "$T/out" 2> "$T/err"
    echo $?
}

# --- Terminal cases (tmux) ------------------------------------------------------------------

# start W H [ARGS]: the explorer in a fresh session of W x H; the wrapper shell writes
# $T/before, $T/after (tty modes), $T/status and $T/pid.
SESSIONS=0
start() {
    tm kill-server 2>/dev/null
    SESSIONS=$((SESSIONS + 1))
    SOCK=allymap-hostile-$$-$SESSIONS # a new server each time: no race with the old one's exit
    rm -f "$T/before" "$T/after" "$T/status" "$T/pid"
    tm start-server \; set -g remain-on-exit on \; set -g status off \; set -g default-terminal tmux-256color \; \
        set -g default-shell /bin/sh \; \
        new-session -d -s s -x "$1" -y "$2" "ulimit -c 0; stty -g > $T/before; sh -c 'echo \$\$ > $T/pid; exec $BIN ${3:-}'; echo \$? > $T/status; stty -g > $T/after.tmp; mv $T/after.tmp $T/after"
}

# wait_for TEXT: until the pane shows TEXT (10 s); 0 if seen.
wait_for() {
    i=0
    while [ $i -lt 200 ]; do
        tm capture-pane -p -t s 2>/dev/null | grep -q "$1" && return 0
        sleep 0.05; i=$((i + 1))
    done
    return 1
}

# finish: waits for the wrapper (10 s) and prints "STATUS, tty restored|changed|-".
finish() {
    i=0
    while [ ! -f "$T/after" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
    if [ ! -f "$T/after" ]; then echo "still running"; return; fi
    if cmp -s "$T/before" "$T/after"; then tty=restored; else tty=changed; fi
    echo "$(cat "$T/status"), tty $tty"
}

alive() { [ -f "$T/pid" ] && kill -0 "$(cat "$T/pid")" 2>/dev/null; }

if command -v tmux > /dev/null 2>&1; then
    for size in 1x1 20x5 80x24 400x150; do
        start "${size%x*}" "${size#*x}"
        sleep 1
        if alive; then state="running"; else state="exited"; fi
        tm send-keys -t s q
        row "size $size, then q" "running; 0, tty restored" "$state; $(finish)"
    done

    start 100 30
    wait_for "Middle East map"
    seed=12345 n=0
    while [ $n -lt 300 ]; do
        seed=$(( (seed * 1103515245 + 12345) % 2147483648 ))
        tm resize-window -t s -x $(( 1 + seed % 300 )) -y $(( 1 + (seed / 300) % 100 ))
        [ $((n % 5)) -eq 0 ] && tm send-keys -t s Right Tab 2 Down 3
        n=$((n + 1))
    done
    tm resize-window -t s -x 100 -y 30
    tm send-keys -t s Escape 1
    if wait_for "Middle East map"; then drawn=drawn; else drawn="no frame"; fi
    tm send-keys -t s q
    row "resize storm (300 resizes, 1x1 to 300x100)" "drawn; 0, tty restored" "$drawn; $(finish)"

    for pair in INT:130 TERM:143 HUP:129 QUIT:131 USR1:138 USR2:140 ALRM:142 SEGV:139 ABRT:134; do
        sig=${pair%:*}
        start 80 24
        wait_for "Middle East map"
        kill -s "$sig" "$(cat "$T/pid")"
        row "kill -$sig" "${pair#*:}, tty restored" "$(finish)"
    done

    start 120 40
    wait_for "Middle East map"
    set -- Up Down Left Right Tab BTab Enter Escape PageUp PageDown Home End Space BSpace / '?' c s n N \
        0 1 2 3 h j k l a z x e i o Enter Escape F1 F5 C-l
    keys=$#
    seed=4242 sent=0
    while [ $sent -lt 3000 ]; do
        batch=""
        b=0
        while [ $b -lt 50 ]; do
            seed=$(( (seed * 1103515245 + 12345) % 2147483648 ))
            idx=$(( seed % keys + 1 ))
            eval "k=\${$idx}"
            batch="$batch $k"
            b=$((b + 1))
        done
        # shellcheck disable=SC2086 # one word per key
        tm send-keys -t s $batch
        sent=$((sent + 50))
    done
    sleep 0.5
    if alive; then state="running"; else state="exited"; fi
    tm send-keys -t s Escape Escape Escape q
    row "key mash (3000 random keys), then Esc q" "running; 0, tty restored" "$state; $(finish)"
    tm kill-server 2>/dev/null
else
    row "terminal cases" "tmux" "tmux not installed"
fi

# --- Data and CLI cases ---------------------------------------------------------------------

# fresh: the built-in data exported as TSV into $T/d.
fresh() {
    rm -rf "$T/d"
    "$BIN" export --format tsv --out "$T/d" > /dev/null 2>&1
}

fresh
rm "$T/d/indicators.tsv"
mkfifo "$T/d/indicators.tsv"
row "FIFO as indicators.tsv: validate" 65 "$(within 10 "$BIN" validate "$T/d")"

for dev in /dev/zero /dev/urandom; do
    fresh
    rm "$T/d/indicators.tsv"
    ln -s "$dev" "$T/d/indicators.tsv"
    row "$dev as indicators.tsv: validate" 65 "$(within 10 "$BIN" validate "$T/d")"
done

if [ -w /dev/full ]; then
    timeout -k 2 10 "$BIN" export > /dev/full 2> "$T/err"
    row "export > /dev/full" 74 "$?"
fi

for bad in nan inf 0x10; do
    fresh
    # The value column of the first data row (after comments and the header).
    awk -v bad="$bad" 'BEGIN { FS = OFS = "\t" }
        /^#/ || done { print; next }
        !header { header = 1; for (i = 1; i <= NF; i++) if ($i == "value") col = i; print; next }
        { $col = bad; done = 1; print }' "$T/d/indicators.tsv" > "$T/d/i.tmp" && mv "$T/d/i.tmp" "$T/d/indicators.tsv"
    row "\`$bad\` as a value in indicators.tsv: validate" 65 "$(within 10 "$BIN" validate "$T/d")"
done

esc=$(printf '\033')
within 10 "$BIN" scenario --save "esc${esc}[31mred" > /dev/null
if grep -q "$esc" "$T/err" "$T/out"; then got="raw ESC echoed"; else got="no raw ESC"; fi
row "scenario --save \$'esc\\e[31mred'" "no raw ESC" "$got"

echo "| case | expected | got | ok |"
echo "|---|---|---|---|"
printf '%s' "$ROWS"
echo
echo "$FAILS failing of $(printf '%s' "$ROWS" | grep -c '^|') cases ($(uname -sm), $("$BIN" --version 2>/dev/null | head -1))"
[ "$FAILS" -eq 0 ]
