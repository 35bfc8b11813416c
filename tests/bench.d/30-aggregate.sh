#!/usr/bin/env bash
# 30-aggregate.sh - zb-aggregate group-by sum over 1,000,000 rows next to
# GNU datamash on the same data (datamash needs sorted input: -s included).
# Prints both times, the ratio, zb-aggregate's peak memory, and checks that
# both found the same groups and sums.
set -euo pipefail
work=${ZB_BENCH_WORK:?run through tests/bench}
rows=${ZB_BENCH_AGG_ROWS:-1000000}
data="$work/aggregate-$rows.csv"
if [ ! -s "$data" ]; then
	# 50 departments, 10 types, values with 0 or 2 decimals; deterministic.
	awk -v n="$rows" 'BEGIN {
		print "department,type,value"
		srand(42)
		for (i = 0; i < n; i++) {
			d = int(rand() * 50); t = int(rand() * 10)
			v = int(rand() * 1000000) / (t < 5 ? 1 : 100)
			printf "dept%02d,type%d,%s\n", d, t, v
		}
	}' >"$data.tmp"
	mv "$data.tmp" "$data"
fi
ours="$work/aggregate-zb.out" theirs="$work/aggregate-datamash.out"
now() { date +%s.%N; }

t0=$(now)
/usr/bin/time -f %M -o "$work/aggregate-mem" zb-aggregate -g department sum:value "$data" >"$ours"
t1=$(now)
datamash -t, -s --header-in -g 1 sum 3 <"$data" >"$theirs"
t2=$(now)

awk -v rows="$rows" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v mem="$(cat "$work/aggregate-mem")" 'BEGIN {
	zb = t1 - t0; dm = t2 - t1
	printf "zb-aggregate -g department sum:value, %d rows: %.3f s, peak %d KiB\n", rows, zb, mem
	printf "datamash -t, -s --header-in -g 1 sum 3:        %.3f s\n", dm
	printf "ratio zb-aggregate / datamash: %.2f%s\n", zb / dm, (zb > dm ? "  (zb-aggregate is SLOWER)" : "")
}'
# Same groups, same sums (datamash rounds to its own precision).
tail -n +2 "$ours" | sort | awk -F, -v theirs="$theirs" '
	{ getline line < theirs; split(line, d, ",")
	  if ($1 != d[1] || ($2 - d[2]) ^ 2 > (1e-9 * $2) ^ 2) { print "differ: " $0 " vs " line; bad = 1 } }
	END { if ((getline line < theirs) > 0) bad = 1; exit bad }' ||
	{ echo "zb-aggregate and datamash disagree" >&2; exit 1; }
