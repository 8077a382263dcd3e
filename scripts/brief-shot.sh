#!/bin/sh
# Renders an HTML brief in headless Chromium and saves a PNG of its first screenful: the check
# that the brief opens, offline, in a real browser (issue 17), and the picture in the README.
#
#   scripts/brief-shot.sh [OUT.png] [brief options...]
#
# OUT.png defaults to docs/brief.png; the brief options default to
# `--region europe --scenario us-retrenchment --ally poland`. Environment: WIDTH and HEIGHT (the
# window in CSS pixels, 1280x1600), SCHEME=dark for the dark colour scheme.
#
# Needs Chromium. When no chromium, chromium-browser or google-chrome is on PATH and apt-get is
# available, this script runs `apt-get install -y chromium` (Debian; as root, or install it first).
set -eu
cd "$(dirname "$0")/.."

out=${1:-docs/brief.png}
[ $# -gt 0 ] && shift
[ $# -gt 0 ] || set -- --region europe --scenario us-retrenchment --ally poland

find_browser() { command -v chromium || command -v chromium-browser || command -v google-chrome || true; }
browser=$(find_browser)
if [ -z "$browser" ]; then
    command -v apt-get >/dev/null || { echo "brief-shot: Chromium not found and no apt-get: install Chromium first" >&2; exit 1; }
    echo "brief-shot: Chromium not found; running: apt-get update && apt-get install -y chromium" >&2
    apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >&2
    browser=$(find_browser)
    [ -n "$browser" ] || { echo "brief-shot: Chromium still not found after apt-get" >&2; exit 1; }
fi

swift build --product allymap >&2
allymap="$(swift build --show-bin-path)/allymap"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$allymap" brief "$@" --format html --out "$tmp/brief.html" >/dev/null

# Chromium refuses to run as root inside its sandbox; the page is our own file and loads nothing.
sandbox=""
[ "$(id -u)" = 0 ] && sandbox="--no-sandbox"
scheme=""
[ "${SCHEME:-light}" = dark ] && scheme="--force-dark-mode"
# shellcheck disable=SC2086 # the optional flags are single words or empty
"$browser" --headless $sandbox $scheme --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
    --window-size="${WIDTH:-1280},${HEIGHT:-1600}" --screenshot="$tmp/brief.png" "file://$tmp/brief.html" >"$tmp/chromium.log" 2>&1 || {
    cat "$tmp/chromium.log" >&2
    exit 1
}
[ -s "$tmp/brief.png" ] || { cat "$tmp/chromium.log" >&2; echo "brief-shot: Chromium wrote no picture" >&2; exit 1; }
mkdir -p "$(dirname "$out")"
mv "$tmp/brief.png" "$out"
echo "brief-shot: wrote $out ($(wc -c <"$out") bytes) from: allymap brief $*"
