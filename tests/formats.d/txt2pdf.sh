#!/usr/bin/env bash
# txt2pdf.sh TEXT OUT.pdf [LINES] - a PDF of a report text, LINES of it
# (default 12) on a page, each page with a running header holding figures
# (2024年) and a page number footer (第 2 页 共 3 页); rendered by pango-view
# with a CJK font, pages joined by pdfunite.
set -eu
text=$1 out=$2 per=${3:-12}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
font=$(fc-list :lang=zh family | cut -d, -f1 | sort | grep -m 1 -E 'CJK SC' ||
	fc-list :lang=zh family | cut -d, -f1 | sort | head -n 1)
total=$(( ($(wc -l <"$text") + per - 1) / per ))
split -l "$per" -d -a 3 "$text" "$dir/body."
n=0
for b in "$dir"/body.*; do
	n=$((n + 1))
	{ echo "潍坊市2024年上半年工作总结"; echo; cat "$b"; echo; echo "第 $n 页 共 $total 页"; } >"$dir/page.txt"
	pango-view -q --font "$font 11" --margin=50 -o "$dir/p$(printf %03d $n).pdf" "$dir/page.txt"
done
if [ "$n" = 1 ]; then cp "$dir/p001.pdf" "$out"; else pdfunite "$dir"/p*.pdf "$out"; fi
