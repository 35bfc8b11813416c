#!/usr/bin/env bash
# 40-formats.sh - zb-extract on a web page and a Word file made from the big
# input (tests/formats.d's converters), the web page three times over (~200 MB at
# the default ZB_BENCH_MB=100: the issue's "200 MB HTML"): wall time, MB/s
# against the file's size, peak RSS.  Target (issue 14): memory stays
# bounded (< 32 MiB) however large the page, as it streams.  (The .docx
# numbers its headings on past the input's repeats, 一百零五、 ..., so its
# rows are not the text's.)
set -euo pipefail
big=${ZB_BENCH_INPUT:?run through tests/bench}
work=${ZB_BENCH_WORK:?run through tests/bench}
top=$(cd "$(dirname "$0")/../.." && pwd)
export LC_ALL=C.UTF-8
html=$work/big.html
if [ ! -s "$html" ]; then
	 awk -f "$top/tests/formats.d/txt2html.awk" "$big" "$big" "$big" | iconv -f UTF-8 -t GBK >"$html.tmp"
	mv "$html.tmp" "$html"
fi
# the .docx of the first 20 MB (a bigger word/document.xml is refused as a
# zip bomb past 128 MiB)
docx=$work/big.docx
if [ ! -s "$docx" ]; then
	head -c 20000000 "$big" | sed '$d' >"$work/first-20MB.txt"
	"$top/tests/formats.d/txt2docx.sh" "$work/first-20MB.txt" "$docx"
fi

run() {  # run NAME FILE
	local t0 t1 size
	size=$(stat -c %s "$2")
	t0=$(date +%s.%N)
	/usr/bin/time -f %M -o "$work/mem" zb-extract "$2" >"$work/formats.csv"
	t1=$(date +%s.%N)
	awk -v name="$1" -v a="$t0" -v b="$t1" -v size="$size" -v kib="$(tail -n 1 "$work/mem")" \
	    -v rows="$(($(wc -l <"$work/formats.csv") - 1))" 'BEGIN {
		s = b - a
		printf "%-34s %7.3f s %8.1f MB/s  peak %6d KiB  (%.0f MB, %d rows)\n", name, s, size / 1048576 / s, kib, size / 1048576, rows
		printf "target peak < 32 MiB: %d KiB %s\n", kib, (kib < 32768 ? "ok" : "MISSED")
	}'
}
run "zb-extract, web page in GBK" "$html"
run "zb-extract, .docx" "$docx"
