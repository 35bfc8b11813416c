#!/usr/bin/env bash
# 30-aggregate.sh - zb-aggregate group-by sum over 1,000,000 rows next to
# GNU datamash on the same data (datamash needs sorted input: -s included).
# Prints both times, the ratio, and zb-aggregate's peak memory.
set -euo pipefail
work=${ZB_BENCH_WORK:?run through tests/bench}
rows=${ZB_BENCH_AGG_ROWS:-1000000}
data="$work/aggregate-$rows.csv"
if [ ! -s "$data" ]; then
	# ~50 departments, 10 types, values with 0-2 decimals; deterministic.
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
now() { date +%s.%N; }
ours="$work/aggregate-zb.out" theirs="$work/aggregate-datamash.out"

t0=$(now)
/usr/bin/time -f %M -o "$work/aggregate-mem" zb-aggregate -g department sum:value "$data" >"$ours"
t1=$(now)
datamash -t, -s --header-in -g 1 sum 3 <"$data" >"$theirs"
t2=$(now)

zb=$(echo "$t1 - $t0" | bc -l) dm=$(echo "$t2 - $t1" | bc -l)
printf 'zb-aggregate -g department sum:value, %d rows: %.3f s, peak %s KiB\n' "$rows" "$zb" "$(cat "$work/aggregate-mem")"
printf 'datamash -t, -s --header-in -g 1 sum 3:        %.3f s\n' "$dm"
printf 'ratio zb-aggregate / datamash: %.2f\n' "$(echo "$zb / $dm" | bc -l)"
# The same sums (datamash prints no header and may round differently).
if [ "$(tail -n +2 "$ours" | sort | cut -d, -f1)" != "$(cut -d, -f1 "$theirs")" ]; then
	echo "zb-aggregate and datamash disagree on the groups" >&2
	exit 1
fi
