#!/usr/bin/env bash
# 40-reports.sh - every report of the registry (zb-aggregate --list-reports)
# over zb-classify's rows of the big input: wall time (best of
# ZB_BENCH_RUNS, default 3: tests/bench's best), peak RSS, and the ratio to
# --report ranks.
# Target (issue 12): each report within 2x of ranks.  The rows are made
# once per input and kept beside it (not timed).
set -euo pipefail
big=${ZB_BENCH_INPUT:?run through tests/bench}
work=${ZB_BENCH_WORK:?run through tests/bench}
runs=${ZB_BENCH_RUNS:-3}
export LC_ALL=C.UTF-8

rows="$big.metrics.csv"
if [ ! -s "$rows" ] || [ "$rows" -ot "$(command -v zb-classify)" ]; then
	zb-extract <"$big" | zb-normalize | zb-classify >"$rows.tmp"
	mv "$rows.tmp" "$rows"
fi
echo "reports over $(($(wc -l <"$rows") - 1)) rows ($(stat -c %s "$rows") bytes of CSV), best of $runs runs"

best "$rows" "$work/report.out" zb-aggregate --report ranks
ranks_secs=$secs
while IFS=$'\t' read -r name _; do
	best "$rows" "$work/report.out" zb-aggregate --report "$name"
	awk -v name="$name" -v s="$secs" -v r="$ranks_secs" -v kib="$kib" -v out="$(($(wc -l <"$work/report.out") - 1))" 'BEGIN {
		x = s / r
		printf "  --report %-11s %7.3f s  %5.2fx ranks  peak %7d KiB  %8d rows  %s\n", name, s, x, kib, out,
			(x <= 2 ? "ok" : "MISSED (target <= 2x ranks)")
	}'
done < <(zb-aggregate --list-reports)
