/* formats_test.c - unit tests of the format readers' pieces: telling
 * formats apart, positions, paragraphs of converted text, page layout
 * (headers, footers, indents), OCR mending, the web page reader. */
#include "formats.h"
#include "layout.h"
#include "ocrin.h"
#include "parabuf.h"
#include "testing.h"

#include <iconv.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The lines a reader hands out, as "POS|TEXT\n" ... */
static char got[4096];

static void collect(void *ctx, const char *s, size_t n, long pos)
{
	(void)ctx;
	size_t len = strlen(got);
	snprintf(got + len, sizeof got - len, "%ld|%.*s\n", pos, (int)n, s);
}

static zb_doc *doc_of(const char *bytes, size_t n)
{
	static zb_doc d;
	memset(&d, 0, sizeof d);
	d.path = "test";
	d.copy_fd = -1;
	d.line = collect;
	d.fp = n ? fmemopen((void *)bytes, n, "rb") : NULL;
	d.head_len = d.fp ? fread(d.head, 1, sizeof d.head, d.fp) : 0;
	got[0] = '\0';
	return &d;
}

static const char *detected(const char *bytes, size_t n)
{
	zb_doc *d = doc_of(bytes, n);
	const zb_format *f = zb_format_detect(d);
	zb_doc_close(d);
	return f ? f->name : "refused";
}

static void test_detect(void)
{
	CHECK_STR("detect: PDF", detected("%PDF-1.7\n...", 12), "pdf");
	CHECK_STR("detect: zip (docx)", detected("PK\3\4\24\0\6\0", 8), "docx");
	CHECK_STR("detect: PNG", detected("\x89PNG\r\n\x1a\n\0\0", 10), "image");
	CHECK_STR("detect: JPEG", detected("\xFF\xD8\xFF\xE0", 4), "image");
	CHECK_STR("detect: TIFF", detected("II*\0\10\0", 6), "image");
	CHECK_STR("detect: web page after a BOM and blanks", detected("\xEF\xBB\xBF\n <!DOCTYPE html>", 20), "html");
	CHECK_STR("detect: web page without doctype", detected("<p>建成5处</p>", 17), "html");
	CHECK_STR("detect: text", detected("二十二、市妇联\n", 22), "text");
	CHECK_STR("detect: text starting with <<", detected("<<文件>>建成5处", 19), "text");
	CHECK_STR("detect: an old .doc is refused", detected("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "refused");
	CHECK("--format names", zb_format_named("docx") && !zb_format_named("odt") &&
	      zb_format_named("image")->packages && !zb_format_named("html")->packages);
}

static void test_positions(void)
{
	char buf[48];
	zb_pos_format(ZB_POS(3, 12), 1, buf, sizeof buf);
	CHECK_STR("position on a page: 3:12", buf, "3:12");
	zb_pos_format(ZB_POS(0, 12), 0, buf, sizeof buf);
	CHECK_STR("position in a text: 12", buf, "12");
	zb_pos_format(ZB_POS(120, 100), 1, buf, sizeof buf);
	CHECK_STR("zeros in page and line: 120:100", buf, "120:100");
	zb_pos_format(0, 0, buf, sizeof buf);
	CHECK_STR("line 0", buf, "0");
	zb_pos_format(1234567, 0, buf, 4);
	CHECK_STR("cut to the buffer as snprintf would", buf, "123");
	zb_pos_format(-17, 1, buf, sizeof buf);
	CHECK_STR("not a position: as it is, even paged", buf, "-17");
	zb_pos_format(LONG_MIN, 0, buf, 5);
	CHECK_STR("not a position, cut to the buffer", buf, "-922");
	CHECK("parse 3:12", zb_pos_parse("3:12", 4) == ZB_POS(3, 12));
	CHECK("parse 12", zb_pos_parse("12", 2) == 12);
	CHECK("parse rejects 3:, :3, x, empty", zb_pos_parse("3:", 2) < 0 && zb_pos_parse(":3", 2) < 0 &&
	      zb_pos_parse("x", 1) < 0 && zb_pos_parse("", 0) < 0 && zb_pos_parse("1:2:3", 5) < 0);
}

static void test_parabuf(void)
{
	zb_doc *d = doc_of("", 0);
	zb_parabuf p;
	zb_para_init(&p);
	const char *a = "  全市完成\n  投资 5亿元，\n增长  3 %";
	zb_para_text(&p, d, a, strlen(a));
	zb_para_end(&p, d);
	zb_para_end(&p, d);   /* an empty paragraph is not handed out */
	zb_para_text(&p, d, "PM 2.5\n浓度", strlen("PM 2.5\n浓度"));
	zb_para_end(&p, d);
	CHECK_STR("paragraphs: indented, blanks kept, line breaks next to Chinese gone, numbered",
		  got, "1|\u3000\u3000全市完成投资 5亿元，增长 3 %\n2|\u3000\u3000PM 2.5浓度\n");
	got[0] = '\0';
	zb_para_text(&p, d, "a\xFF" "b", 3);
	zb_para_end(&p, d);
	CHECK_STR("a stray byte becomes U+FFFD", got, "3|\u3000\u3000a\uFFFDb\n");
	zb_para_free(&p);
	zb_doc_close(d);
}

static void test_page_numbers(void)
{
	const char *yes[] = {"3", "- 3 -", "—3—", "第3页", "第 3 页 共 9 页", "3/9", "Page 3 of 9", "·12·", NULL};
	const char *no[] = {"二十二、市妇联", "增长3%", "2023年", "第3位", "", "3个", NULL};
	int ok = 1;
	for (int i = 0; yes[i]; i++)
		ok &= zb_is_page_number(yes[i], strlen(yes[i]));
	CHECK("page numbers: 3, - 3 -, 第3页, 第3页 共9页, 3/9, Page 3 of 9", ok);
	ok = 1;
	for (int i = 0; no[i]; i++)
		ok &= !zb_is_page_number(no[i], strlen(no[i]));
	CHECK("no page numbers: a heading, 增长3%, 2023年, 第3位, 3个", ok);
}

/* Three pages: a header on each, a footer with the page number, body lines
 * at x 50 (wraps) or 74 (indented: a paragraph starts). */
static void test_layout(void)
{
	zb_doc *d = doc_of("", 0);
	zb_layout L;
	zb_layout_init(&L, 1 << 20);
	static const char *const towns[] = {"", "甲镇", "乙镇", "丙镇"};
	for (long page = 1; page <= 3; page++) {
		char footer[32], body[64];
		zb_layout_line_start(&L, page, 1, 50, 40, 250, 56);
		zb_layout_word(&L, "潍坊市2024年工作总结", strlen("潍坊市2024年工作总结"), 50, 250);
		zb_layout_line_start(&L, page, 2, 74, 70, 250, 86);
		snprintf(body, sizeof body, "%s完成", towns[page]);
		zb_layout_word(&L, body, strlen(body), 74, 130);
		zb_layout_word(&L, "5亿元，", strlen("5亿元，"), 132, 180);
		zb_layout_line_start(&L, page, 2, 50, 86, 250, 102);
		snprintf(body, sizeof body, "%s增长3%%。", towns[page]);
		zb_layout_word(&L, body, strlen(body), 50, 120);
		zb_layout_word(&L, "PM", 2, 140, 160);
		zb_layout_word(&L, "2.5", 3, 170, 190);
		snprintf(footer, sizeof footer, "第 %ld 页", page);
		zb_layout_line_start(&L, page, 3, 130, 300, 170, 316);
		zb_layout_word(&L, footer, strlen(footer), 130, 170);
	}
	zb_layout_emit(&L, d, NULL);
	CHECK_STR("layout: header and page numbers dropped, indent starts a paragraph, PAGE:LINE",
		  got,
		  "1000002|\u3000\u3000甲镇完成 5亿元，\n1000003|甲镇增长3%。 PM 2.5\n"
		  "2000002|\u3000\u3000乙镇完成 5亿元，\n2000003|乙镇增长3%。 PM 2.5\n"
		  "3000002|\u3000\u3000丙镇完成 5亿元，\n3000003|丙镇增长3%。 PM 2.5\n");
	zb_layout_free(&L);

	/* One page: nothing repeats, the header stays; OCR's gaps between
	 * Chinese characters are no blanks. */
	got[0] = '\0';
	zb_layout_init(&L, 1 << 20);
	L.ocr = 1;
	zb_layout_line_start(&L, 1, 1, 50, 40, 250, 56);
	zb_layout_word(&L, "潍坊", strlen("潍坊"), 50, 80);
	zb_layout_word(&L, "市", strlen("市"), 90, 105);
	zb_layout_word(&L, "2O23年", strlen("2O23年"), 115, 160);
	zb_layout_emit(&L, d, zb_ocr_fix);
	CHECK_STR("layout: one page keeps its first line; OCR lines joined and mended", got,
		  "1000001|潍坊市2023年\n");
	zb_layout_free(&L);
	L.too_big = 0;
	zb_layout_init(&L, 8);
	zb_layout_line_start(&L, 1, 1, 0, 0, 10, 10);
	CHECK("layout: more text than allowed is an error",
	      zb_layout_word(&L, "0123456789", 10, 0, 10) != 0 && L.too_big);
	zb_layout_free(&L);
	zb_doc_close(d);
}

static const char *mended(const char *s)
{
	static char buf[256];
	size_t n = strlen(s);
	memcpy(buf, s, n);
	zb_ocr_fix(buf, &n);
	buf[n] = '\0';
	return buf;
}

static void test_ocr_fix(void)
{
	CHECK_STR("OCR: full-width digits", mended("投资２．５亿元，增长１２％"), "投资2．5亿元，增长12％");
	CHECK_STR("OCR: l and I next to digits are 1", mended("新建l2个，第I9位，2l处"), "新建12个，第19位，21处");
	CHECK_STR("OCR: O, o and 〇 next to digits are 0", mended("增长1O%，2〇23年，3o个"), "增长10%，2023年，30个");
	CHECK_STR("OCR: words and Chinese numerals stay", mended("ISO认证，二〇二三年，Iowa 3号，PM2.5"),
		  "ISO认证，二〇二三年，Iowa 3号，PM2.5");
}

static void test_html(void)
{
	const char page[] =
		"<html><head><meta charset=\"gbk\"><title>标题2024</title><script>var a = 1;</script></head>"
		"<body><div class=\"top-nav\">首页 第3期</div><header>网站 2024</header>"
		"<article><header><h1>二十二、市妇联</h1></header><p>　　完成项目\n5个，<b>增长</b>3%。</p>"
		"<p>新增<br>12家</p><table><tr><td>合计</td><td>8亿元</td></tr></table></article>"
		"<footer>版权 2024</footer></body></html>";
	char gbk[sizeof page], *in = (char *)page, *out = gbk;
	size_t left = sizeof page - 1, room = sizeof gbk;
	iconv_t cd = iconv_open("GBK", "UTF-8");
	CHECK("web page: made in GBK", cd != (iconv_t)-1 && iconv(cd, &in, &left, &out, &room) != (size_t)-1);
	iconv_close(cd);
	zb_doc *d = doc_of(gbk, (size_t)(out - gbk));
	int r = zb_doc_read(d, zb_format_named("html"), collect, NULL);
	CHECK_STR("web page: GBK by its meta, chrome dropped, article header kept, br and td split", got,
		  "1|\u3000\u3000二十二、市妇联\n2|\u3000\u3000完成项目5个，增长3%。\n3|\u3000\u3000新增\n"
		  "4|\u3000\u300012家\n5|\u3000\u3000合计\n6|\u3000\u30008亿元\n");
	CHECK("web page: read without error", r == 0);
	zb_doc_close(d);
}

int main(void)
{
	test_detect();
	test_positions();
	test_parabuf();
	test_page_numbers();
	test_layout();
	test_ocr_fix();
	test_html();
	return TEST_EXIT();
}
