#!/usr/bin/env bash
# One command for the whole benchmark suite (see docs/benchmarks.md):
#   scripts/bench.sh
# Builds the release binaries, installs what the measurements need when it is missing (pyte and
# visidata from PyPI, GNU time and valgrind from apt), runs every part, prints a table and writes
# bench-results.json. A part whose tool cannot be installed is skipped with a message.
# (strace from apt, for the idle part; cc builds scripts/floor/floor.c, the C floor.)
# Knobs: BENCH_RUNS=21 BENCH_KEY_RUNS=11 BENCH_SCALE=1000,10000,100000 BENCH_SKIP=scale,callgrind
set -euo pipefail
cd "$(dirname "$0")/.."

scratch="${BENCH_SCRATCH:-.build-bench}"
have=()

python3 -c 'import pyte' 2>/dev/null || pip install --quiet pyte >&2 || true
python3 -c 'import pyte' 2>/dev/null && have+=(pyte) || echo "bench: pyte could not be installed: tty parts will be skipped" >&2

command -v vd >/dev/null || pip install --quiet visidata >&2 || true
command -v vd >/dev/null && have+=(visidata) || echo "bench: visidata could not be installed: its comparison will be skipped" >&2

apt_install() {
  local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo -n"
  { $sudo apt-get install -y -qq "$@" || { $sudo apt-get update -qq && $sudo apt-get install -y -qq "$@"; }; } >&2 2>/dev/null
}
[ -x /usr/bin/time ] || apt_install time || true
[ -x /usr/bin/time ] && have+=(time) || echo "bench: GNU time could not be installed: peak RSS will be skipped" >&2
command -v valgrind >/dev/null || apt_install valgrind || true
command -v valgrind >/dev/null && have+=(valgrind) || echo "bench: valgrind could not be installed: instruction counts will be skipped" >&2

echo "bench: building release binaries in $scratch" >&2
swift build -c release --scratch-path "$scratch" >&2
# The same explorer with the Swift runtime linked in and symbols stripped: the other way to
# link that the first-frame comparison reports (a separate scratch, so neither rebuilds the other).
swift build -c release --product allymap --static-swift-stdlib --scratch-path "$scratch-static" >&2 \
  && strip -o "$scratch/release/allymap-static" "$scratch-static/release/allymap" >&2 \
  || echo "bench: the static build failed: its comparison will be skipped" >&2
# The C floor: what a bare ncurses program costs here, the first frame's yardstick.
command -v cc >/dev/null && cc -O2 -o "$scratch/release/cfloor" scripts/floor/floor.c -lncursesw >&2 \
  || echo "bench: the C floor could not be built (cc and libncurses-dev): its comparison will be skipped" >&2
command -v strace >/dev/null || apt_install strace || true

BENCH_BIN="$scratch/release" BENCH_HAVE="$(IFS=,; echo "${have[*]}")" exec python3 scripts/bench.py
