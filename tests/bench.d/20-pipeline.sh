#!/usr/bin/env bash
# 20-pipeline.sh - the whole stream zb-extract | zb-normalize | zb-classify |
# zb-aggregate --report REPORT on the big input: wall time (best of
# ZB_BENCH_RUNS, default 3), MB/s of text, ratio to wc -m, and each stage's
# peak RSS.  Targets: >= 0.30x wc -m (issue 15; 0.25x in issue 8), each
# stage < 16 MiB.
# Stages that do not exist yet are left out of the pipe (and named).
set -euo pipefail
big=${ZB_BENCH_INPUT:?run through tests/bench}
work=${ZB_BENCH_WORK:?run through tests/bench}
runs=${ZB_BENCH_RUNS:-3}
report=${ZB_BENCH_REPORT:-ranks}
export LC_ALL=C.UTF-8
size=$(stat -c %s "$big")

stages=(zb-extract zb-normalize zb-classify "zb-aggregate --report $report")
have=() missing=()
for s in "${stages[@]}"; do
	if command -v "${s%% *}" >/dev/null; then have+=("$s"); else missing+=("${s%% *}"); fi
done
[ ${#missing[@]} -eq 0 ] || echo "pipeline: left out (not built): ${missing[*]}"

# The pipe, each stage under /usr/bin/time writing its peak RSS to mem.N.
pipe=""
for i in "${!have[@]}"; do
	pipe+="${pipe:+ | }/usr/bin/time -f %M -o $work/mem.$i ${have[$i]}"
done

elapsed() {  # elapsed CMD: wall seconds of bash -c CMD
	local t0 t1
	t0=$(date +%s.%N)
	bash -c "$1" || { echo "pipeline: failed: $1" >&2; return 1; }
	t1=$(date +%s.%N)
	awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (b == "" || a < b) ? a : b }'; }

wc_secs= p_secs=
for _ in $(seq "$runs"); do
	t=$(elapsed "wc -m <'$big' >/dev/null") || exit 1
	wc_secs=$(min "$t" "$wc_secs")
	t=$(elapsed "set -o pipefail; { $pipe; } <'$big' >'$work/pipeline.out'") || exit 1
	p_secs=$(min "$t" "$p_secs")
done

printf 'pipeline: %s' "${have[0]}"
printf ' | %s' "${have[@]:1}"
echo
awk -v s="$p_secs" -v wc="$wc_secs" -v size="$size" 'BEGIN {
	r = wc / s
	printf "pipeline %.3f s, %.1f MB/s of text; wc -m %.3f s; %.2fx wc -m  target >= 0.30x: %s\n",
		s, size / 1048576 / s, wc, r, (r >= 0.30 ? "ok" : "MISSED")
}'
for i in "${!have[@]}"; do
	kib=$(tail -n 1 "$work/mem.$i")
	printf "  %-28s peak %6d KiB %s\n" "${have[$i]}" "$kib" "$([ "$kib" -lt 16384 ] && echo ok || echo 'MISSED (>= 16 MiB)')"
done
echo "  ($(($(wc -l <"$work/pipeline.out") - 1)) report rows)"
