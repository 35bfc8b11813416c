#!/usr/bin/env bash
# txt2docx.sh TEXT OUT.docx - a Word file of a report text: its paragraphs
# as w:p, department headings (三、市统计局) numbered by their paragraph
# style from word/numbering.xml (三、 drawn by Word, not in the text),
# items (1.) by a list that each department starts anew; the text cut into
# runs at each ，, with deleted text (w:del) and a field code that are no
# text of the document.
set -eu
text=$1 out=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/word" "$dir/_rels"
W=http://schemas.openxmlformats.org/wordprocessingml/2006/main
awk -v W="$W" -v depts="$dir/depts" '
function esc(s) { gsub(/&/, "\\&amp;", s); gsub(/</, "\\&lt;", s); gsub(/>/, "\\&gt;", s); return s }
function runs(s) {
	s = esc(s)
	gsub(/，/, "，</w:t></w:r><w:r><w:t xml:space=\"preserve\">", s)
	return "<w:r><w:t xml:space=\"preserve\">" s "</w:t></w:r>"
}
function flush() {
	if (p == "") return
	if (match(p, /^[0-9]+\./))
		print "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" 100 + dept "\"/></w:numPr></w:pPr>" runs(substr(p, RLENGTH + 1)) "</w:p>"
	else
		print "<w:p>" runs(p) "<w:del><w:r><w:delText>删去的12345元</w:delText></w:r></w:del></w:p>"
	p = ""
}
BEGIN {
	print "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
	print "<w:document xmlns:w=\"" W "\"><w:body>"
	print "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE 99</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
}
/^[ \t]*$/ { next }
/^[ 　]*[一二三四五六七八九十]+、/ {
	flush(); dept++
	if (dept == 1) { first = $0; sub(/、.*/, "", first); sub(/^[ 　]*/, "", first); print first > depts }
	sub(/^[ 　]*[一二三四五六七八九十]+、/, "")
	print "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr>" runs($0) "</w:p>"
	next
}
/^　　/ { flush(); sub(/^　　/, ""); p = $0; next }
{ p = p $0 }
END { flush(); print "<w:sectPr/></w:body></w:document>"; print dept > depts }
' "$text" >"$dir/word/document.xml"
first=$(head -n 1 "$dir/depts") n=$(tail -n 1 "$dir/depts")
start=$(printf '%s\n' 一 二 三 四 五 六 七 八 九 十 | grep -n -x "$first" | cut -d: -f1)
{
	echo "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"$W\">"
	echo "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"$start\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum>"
	echo "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
	echo "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
	for k in $(seq "$n"); do
		echo "<w:num w:numId=\"$((100 + k))\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
	done
	echo "</w:numbering>"
} >"$dir/word/numbering.xml"
cat >"$dir/word/styles.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="$W">
<w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
</w:styles>
XML
cat >"$dir/[Content_Types].xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
XML
cat >"$dir/_rels/.rels" <<'XML'
<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
XML
rm -f "$out"
abs=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
(cd "$dir" && zip -qrX "$abs" '[Content_Types].xml' _rels word)
