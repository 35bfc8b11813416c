# text report -> HTML page: paragraphs from indented lines, headings from
# lines like 二十二、市妇联, with a site's chrome around it
function flush() { if (p != "") print "<p>" p "</p>"; p = "" }
BEGIN {
	print "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
	print "<title>2023年上半年工作总结</title><style>p { text-indent: 2em }</style>"
	print "<script>var visits = 12345; document.write('访问量' + visits);</script></head><body>"
	print "<div class=\"top-nav\"><ul><li><a href=\"/\">首页</a></li><li>2024年第3期</li></ul></div>"
	print "<div class=\"weizhi\">当前位置：首页 &gt; 政务公开 &gt; 第12号文件</div><div class=\"content\">"
}
/^[ \t]*$/ { next }
/^[ 　]*[一二三四五六七八九十]+、/ { flush(); sub(/^[ 　]+/, ""); print "<h3>" $0 "</h3>"; next }
/^　　/ { flush(); sub(/^　　/, ""); p = $0; next }
{ p = p $0 }
END {
	flush()
	print "</div><footer><p>版权所有 2024 联系电话 0536-1234567</p></footer></body></html>"
}
