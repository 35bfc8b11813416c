#!/usr/bin/env bash
# 10-extract.sh - zb-extract and zb-normalize on the big input, next to
# `wc -m` (counting UTF-8 characters: the floor for a filter that decodes
# every character).  For each: wall time (best of ZB_BENCH_RUNS, default 3),
# MB/s counted against the text input size, peak RSS (/usr/bin/time %M), and
# the throughput ratio to wc -m.  Then memory flatness: peak RSS on the first
# 1 MB of the input against the whole.  zb-classify on zb-normalize's
# output is timed for the record (issue 11: no slower than 0.9x of before).
# Targets (issues 2 and 8): zb-extract >= 0.5x wc -m, peak memory < 16 MiB
# and flat; a missed target is flagged.
set -euo pipefail
big=${ZB_BENCH_INPUT:?run through tests/bench}
work=${ZB_BENCH_WORK:?run through tests/bench}
runs=${ZB_BENCH_RUNS:-3}
export LC_ALL=C.UTF-8
size=$(stat -c %s "$big")
mb=$(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1048576 }')

line() {  # line NAME SECS KIB [BASE-SECS]
	awk -v name="$1" -v s="$2" -v kib="$3" -v base="${4:-}" -v size="$size" 'BEGIN {
		printf "%-34s %7.3f s %8.1f MB/s  peak %6d KiB", name, s, size / 1048576 / s, kib
		if (base != "") printf "  %.2fx wc -m", base / s
		printf "\n"
	}'
}

echo "input: $big ($mb MB, best of $runs runs)"
best "$big" /dev/null wc -m
wc_secs=$secs
line "wc -m" "$wc_secs" "$kib"

best "$big" /dev/null zb-extract
ex_secs=$secs ex_kib=$kib
zb-extract <"$big" >"$work/extract.csv"  # zb-normalize's input, not timed
line "zb-extract" "$ex_secs" "$ex_kib" "$wc_secs"

best "$work/extract.csv" /dev/null zb-normalize
no_secs=$secs no_kib=$kib
line "zb-normalize (on zb-extract's CSV)" "$no_secs" "$no_kib" "$wc_secs"
echo "  (zb-extract wrote $(($(wc -l <"$work/extract.csv") - 1)) rows, $(stat -c %s "$work/extract.csv") bytes)"

zb-normalize <"$work/extract.csv" >"$work/normalize.csv"  # zb-classify's input, not timed
best "$work/normalize.csv" /dev/null zb-classify
cl_secs=$secs cl_kib=$kib
line "zb-classify (on zb-normalize's CSV)" "$cl_secs" "$cl_kib" "$wc_secs"

# Memory flatness: the first 1 MB, cut at a line end.
small="$work/first-1MB.txt"
head -c 1048576 "$big" | sed '$d' >"$small"
runs=1 best "$small" "$work/extract-1MB.csv" zb-extract
ex1_kib=$kib
runs=1 best "$work/extract-1MB.csv" /dev/null zb-normalize
no1_kib=$kib
printf "peak RSS at 1 MB vs %s MB: zb-extract %d -> %d KiB, zb-normalize %d -> %d KiB\n" \
	"$mb" "$ex1_kib" "$ex_kib" "$no1_kib" "$no_kib"

awk -v wc="$wc_secs" -v ex="$ex_secs" -v exk="$ex_kib" -v nok="$no_kib" -v ex1="$ex1_kib" -v no1="$no1_kib" 'BEGIN {
	r = wc / ex
	printf "target zb-extract >= 0.5x wc -m: %.2fx %s\n", r, (r >= 0.5 ? "ok" : "MISSED")
	m = (exk > nok ? exk : nok)
	printf "target peak < 16 MiB: %d KiB %s\n", m, (m < 16384 ? "ok" : "MISSED")
	g = (exk - ex1 > nok - no1 ? exk - ex1 : nok - no1)
	printf "target flat memory (1 MB -> full grows < 1 MiB): +%d KiB %s\n", g, (g < 1024 ? "ok" : "MISSED")
}'
