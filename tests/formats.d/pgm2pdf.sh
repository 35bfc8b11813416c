#!/usr/bin/env bash
# pgm2pdf.sh IN.pgm OUT.pdf [DPI] - a PDF page that is only an image (a
# scan: no text layer), from a binary PGM (P5, 8 bits, as pdftoppm -gray
# writes) scanned at DPI (default 200); pgm2pdf.sh - OUT.pdf writes a blank
# page (no text, no image).
set -eu
in=$1 out=$2 dpi=${3:-200}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
if [ "$in" = - ]; then
	pw=595 ph=842
	printf '' >"$dir/content"
	resources=''
else
	# the header: P5, width, height, 255, each followed by one blank
	read -r magic w h max < <(head -c 64 "$in" | tr '\n' ' ' | cut -d' ' -f1-4)
	[ "$magic" = P5 ] && [ "$max" = 255 ] || { echo "pgm2pdf: $in: not an 8-bit P5 PGM" >&2; exit 1; }
	hdr=$(( ${#magic} + ${#w} + ${#h} + ${#max} + 4 ))
	tail -c +$((hdr + 1)) "$in" >"$dir/pixels"
	pw=$((w * 72 / dpi)) ph=$((h * 72 / dpi))   # the page in points
	printf 'q %s 0 0 %s 0 0 cm /Im0 Do Q\n' "$pw" "$ph" >"$dir/content"
	resources="/Resources << /XObject << /Im0 4 0 R >> >>"
fi
{
	printf '%%PDF-1.4\n'
} >"$dir/pdf"
offsets=()
obj() {  # obj N TEXT... - one object, its offset noted
	offsets[$1]=$(wc -c <"$dir/pdf")
	printf '%s 0 obj\n%s\nendobj\n' "$1" "$2" >>"$dir/pdf"
}
obj 1 '<< /Type /Catalog /Pages 2 0 R >>'
obj 2 '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'
obj 3 "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 $pw $ph] $resources /Contents 5 0 R >>"
offsets[4]=$(wc -c <"$dir/pdf")
if [ "$in" != - ]; then
	{
		printf '4 0 obj\n<< /Type /XObject /Subtype /Image /Width %s /Height %s /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %s >>\nstream\n' \
			"$w" "$h" "$(wc -c <"$dir/pixels")"
		cat "$dir/pixels"
		printf '\nendstream\nendobj\n'
	} >>"$dir/pdf"
else
	printf '4 0 obj\nnull\nendobj\n' >>"$dir/pdf"
fi
offsets[5]=$(wc -c <"$dir/pdf")
{
	printf '5 0 obj\n<< /Length %s >>\nstream\n' "$(wc -c <"$dir/content")"
	cat "$dir/content"
	printf 'endstream\nendobj\n'
} >>"$dir/pdf"
xref=$(wc -c <"$dir/pdf")
{
	printf 'xref\n0 6\n0000000000 65535 f \n'
	for i in 1 2 3 4 5; do printf '%010d 00000 n \n' "${offsets[$i]}"; done
	printf 'trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%s\n%%%%EOF\n' "$xref"
} >>"$dir/pdf"
mv "$dir/pdf" "$out"
