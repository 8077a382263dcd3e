#!/bin/sh
# Coverage-guided fuzzing of the dataset loader with libFuzzer (swiftc -sanitize=fuzzer).
#
#   scripts/fuzz.sh [RUNS] [extra libFuzzer flags...]     default RUNS=100000
#
# Builds Fuzz/LoaderFuzz.swift with the AllyModel sources into .build-fuzz/loader-fuzz, then runs
# it on a scratch copy of Fuzz/corpus (new inputs found stay in .build-fuzz/corpus, the committed
# corpus is not touched). Limits: -timeout=10 s per input (a hang is a finding), -rss_limit_mb=2048
# (unbounded memory is a finding), -max_len=131072. Crashing inputs are written to .build-fuzz/.
# FUZZ_SANITIZE=fuzzer,address adds AddressSanitizer (slower; checks the unsafe-pointer parser).
set -eu
cd "$(dirname "$0")/.."
RUNS=${1:-100000}
[ $# -gt 0 ] && shift
OUT=.build-fuzz
mkdir -p "$OUT/corpus"
SAN=${FUZZ_SANITIZE:-fuzzer}
if [ ! -x "$OUT/loader-fuzz" ] || [ -n "$(find Sources/AllyModel Fuzz/LoaderFuzz.swift -newer "$OUT/loader-fuzz" -name '*.swift')" ]; then
    echo "building $OUT/loader-fuzz (-sanitize=$SAN)"
    # shellcheck disable=SC2046
    swiftc -O -g -sanitize="$SAN" -parse-as-library -module-name LoaderFuzz \
        $(find Sources/AllyModel -name '*.swift' | sort) Fuzz/LoaderFuzz.swift -o "$OUT/loader-fuzz"
fi
cp -n Fuzz/corpus/* "$OUT/corpus/" 2>/dev/null || true
start=$(date +%s)
"$OUT/loader-fuzz" "$OUT/corpus" -runs="$RUNS" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
    -print_final_stats=1 -artifact_prefix="$OUT/" "$@" 2>&1 | tee "$OUT/last-run.log" | grep -E '^#[0-9]+.*(pulse|DONE|INITED)|ERROR|Test unit|stat::|deadly|crash-|timeout-|oom-' || true
status=$(grep -c -E 'ERROR: libFuzzer|==ERROR' "$OUT/last-run.log" || true)
echo "elapsed $(( $(date +%s) - start )) s; full log in $OUT/last-run.log"
[ "$status" = 0 ]
