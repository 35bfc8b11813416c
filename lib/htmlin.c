/* htmlin.c - web pages: the text of their paragraphs, through libxml2's
 * HTML parser (SAX, fed line by line: memory stays bounded on any size).
 *
 * The charset comes from the page (<meta charset>, the http-equiv
 * Content-Type, <?xml encoding>), else --encoding, else detection (UTF-8
 * while valid, then GB18030); lib/textin.c decodes, libxml2 gets UTF-8.
 * Block elements (p, div, li, td, h1-h6, br, ...) end paragraphs, each
 * handed out as one indented line numbered from 1; scripts, styles and the
 * site's chrome (nav, menus, breadcrumbs, footers) are dropped. */
#include "formats.h"
#include "parabuf.h"
#include "textin.h"

#include <libxml/HTMLparser.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Elements whose content is no report text. */
static const char *const dropped_elements[] = {
	"head", "script", "style", "noscript", "template", "nav", "aside", "iframe", "object",
	"embed", "svg", "math", "form", "select", "button", "textarea", "canvas", "audio", "video",
	"map", "menu", NULL,
};

/* Page chrome outside an article or main element: the site's header and
 * footer (inside an article they hold its title and date). */
static const char *const chrome_elements[] = {"header", "footer", NULL};
static const char *const content_elements[] = {"article", "main", NULL};

/* Elements that start and end a paragraph. */
static const char *const block_elements[] = {
	"p", "div", "br", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
	"dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "blockquote", "pre",
	"section", "article", "main", "header", "footer", "address", "center", "hr", "figure",
	"figcaption", "details", "summary", "fieldset", "legend", "body", "html", "title", NULL,
};

/* Words in a class or id that mark the site's chrome: a row matches a word
 * of the attribute (split at - _ and blanks) that starts with it. */
static const struct {
	const char *word;
	const char *example;
} chrome_words[] = {
	{"nav", "class=\"navbar\", id=\"top-nav\""},
	{"menu", "class=\"main-menu\""},
	{"breadcrumb", "class=\"breadcrumbs\""},
	{"crumb", "class=\"crumb\""},
	{"daohang", "class=\"daohang\" (导航)"},
	{"weizhi", "class=\"weizhi\" (当前位置)"},
	{"sidebar", "id=\"sidebar\""},
	{"footer", "id=\"footer\""},
	{"copyright", "class=\"copyright\""},
	{"share", "class=\"share-box\""},
	{"fenxiang", "class=\"fenxiang\" (分享)"},
	{"toolbar", "class=\"toolbar\""},
	{"skip", "class=\"skip-link\""},
	{NULL, NULL},
};

#define MAX_DEPTH 10000   /* deeper nesting is an attack, not a report */

struct html_state {
	zb_doc *d;
	zb_parabuf para;
	htmlParserCtxtPtr ctxt;
	long depth;
	long skip_depth;      /* > 0: inside a dropped element opened at this depth */
	long in_content;      /* open article and main elements */
	int failed;
};

static int chrome_value(const char *v)
{
	while (*v) {
		size_t n = strcspn(v, " \t\r\n-_");
		for (int i = 0; chrome_words[i].word; i++) {
			size_t w = strlen(chrome_words[i].word);
			if (n >= w && strncasecmp(v, chrome_words[i].word, w) == 0)
				return 1;
		}
		v += n;
		v += strspn(v, " \t\r\n-_");
	}
	return 0;
}

static int is_chrome(const char *name, const xmlChar **atts, const struct html_state *st)
{
	if (zb_name_in(dropped_elements, name))
		return 1;
	if (st->in_content == 0 && zb_name_in(chrome_elements, name))
		return 1;
	for (int i = 0; atts && atts[i]; i += 2) {
		const char *a = (const char *)atts[i], *v = (const char *)atts[i + 1];
		if (v && (strcasecmp(a, "class") == 0 || strcasecmp(a, "id") == 0) && chrome_value(v))
			return 1;
	}
	return 0;
}

static void on_start(void *ctx, const xmlChar *tag, const xmlChar **atts)
{
	struct html_state *st = ctx;
	const char *name = (const char *)tag;
	if (++st->depth > MAX_DEPTH && !st->failed) {
		st->failed = 1;
		zb_doc_fail(st->d, 0, "elements nested deeper than %d", MAX_DEPTH);
		xmlStopParser(st->ctxt);
		return;
	}
	if (zb_name_in(content_elements, name))
		st->in_content++;
	if (st->skip_depth)
		return;
	if (zb_name_in(block_elements, name))
		zb_para_end(&st->para, st->d);
	if (is_chrome(name, atts, st))
		st->skip_depth = st->depth;
}

static void on_end(void *ctx, const xmlChar *tag)
{
	struct html_state *st = ctx;
	const char *name = (const char *)tag;
	if (st->skip_depth == st->depth)
		st->skip_depth = 0;
	else if (!st->skip_depth && zb_name_in(block_elements, name))
		zb_para_end(&st->para, st->d);
	if (zb_name_in(content_elements, name) && st->in_content > 0)
		st->in_content--;
	if (st->depth > 0)
		st->depth--;
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	struct html_state *st = ctx;
	if (!st->skip_depth && len > 0)
		zb_para_text(&st->para, st->d, (const char *)ch, (size_t)len);
}

static void on_nothing(void *ctx, const xmlChar *ch, int len)
{
	(void)ctx, (void)ch, (void)len;
}

/* ---- the charset ---- */

static const struct {
	const char *name;
	enum zb_encoding enc;
} charsets[] = {
	{"utf-8", ZB_ENC_UTF8}, {"utf8", ZB_ENC_UTF8}, {"unicode-1-1-utf-8", ZB_ENC_UTF8},
	{"gb18030", ZB_ENC_GB18030}, {"gbk", ZB_ENC_GB18030}, {"gb2312", ZB_ENC_GB18030},
	{"x-gbk", ZB_ENC_GB18030}, {"cp936", ZB_ENC_GB18030}, {"ms936", ZB_ENC_GB18030},
	{"windows-936", ZB_ENC_GB18030}, {"euc-cn", ZB_ENC_GB18030}, {"x-euc-cn", ZB_ENC_GB18030},
	{"csgb2312", ZB_ENC_GB18030}, {"gb_2312-80", ZB_ENC_GB18030}, {"chinese", ZB_ENC_GB18030},
	{"us-ascii", ZB_ENC_AUTO}, {"ascii", ZB_ENC_AUTO},
	{NULL, ZB_ENC_AUTO},
};

/* Find needle (lower case) in s[0, n) ignoring case; its offset or n. */
static size_t find_nocase(const char *s, size_t n, const char *needle)
{
	size_t m = strlen(needle);
	for (size_t i = 0; i + m <= n; i++)
		if (strncasecmp(s + i, needle, m) == 0)
			return i;
	return n;
}

/* The value after key= in s[0, n) (quoted or not) into out. */
static int value_after(const char *s, size_t n, const char *key, char *out, size_t outlen)
{
	size_t i = find_nocase(s, n, key);
	if (i == n)
		return 0;
	i += strlen(key);
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	if (i >= n || s[i] != '=')
		return 0;
	i++;
	while (i < n && (s[i] == ' ' || s[i] == '"' || s[i] == '\''))
		i++;
	size_t len = 0;
	while (i < n && len + 1 < outlen && s[i] != '"' && s[i] != '\'' && s[i] != ';' && s[i] != '>' &&
	       s[i] != ' ' && s[i] != '/' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
		out[len++] = s[i++];
	out[len] = '\0';
	return len > 0;
}

/* The charset the page's head declares: <meta charset=...>, <meta
 * http-equiv="Content-Type" content="text/html; charset=...">, or the XML
 * declaration's encoding.  Empty when none. */
static void declared_charset(const char *head, size_t n, char *out, size_t outlen)
{
	out[0] = '\0';
	size_t x = find_nocase(head, n < 200 ? n : 200, "<?xml");
	if (x < n) {
		size_t end = x + find_nocase(head + x, n - x, "?>");
		if (value_after(head + x, end - x, "encoding", out, outlen))
			return;
	}
	for (size_t i = 0; i < n; ) {
		size_t m = find_nocase(head + i, n - i, "<meta");
		if (i + m >= n)
			return;
		i += m;
		const char *gt = memchr(head + i, '>', n - i);
		size_t end = gt ? (size_t)(gt - head) : n;
		if (value_after(head + i, end - i, "charset", out, outlen))
			return;
		i = end;
	}
}

static int charset_encoding(zb_doc *d, enum zb_encoding *enc)
{
	if (d->encoding != ZB_ENC_AUTO) {
		*enc = d->encoding;   /* --encoding wins over what the page says */
		return 0;
	}
	*enc = ZB_ENC_AUTO;
	if (d->head_len >= 3 && memcmp(d->head, "\xEF\xBB\xBF", 3) == 0) {
		*enc = ZB_ENC_UTF8;
		return 0;
	}
	char cs[64];
	declared_charset((const char *)d->head, d->head_len, cs, sizeof cs);
	if (!cs[0])
		return 0;
	for (int i = 0; charsets[i].name; i++)
		if (strcasecmp(charsets[i].name, cs) == 0) {
			*enc = charsets[i].enc;
			return 0;
		}
	return zb_doc_fail(d, 0, "charset '%s' is not read (UTF-8, GB2312, GBK and GB18030 are; "
			   "convert it with iconv, or force one with --encoding)", cs);
}

/* ---- the reader ---- */

static htmlParserCtxtPtr new_parser(struct html_state *st, htmlSAXHandler *sax)
{
	memset(sax, 0, sizeof *sax);
	sax->startElement = on_start;
	sax->endElement = on_end;
	sax->characters = on_text;
	sax->ignorableWhitespace = on_text;
	sax->cdataBlock = on_nothing;   /* script and style bodies */
	htmlParserCtxtPtr ctxt = htmlCreatePushParserCtxt(sax, st, NULL, 0, NULL, XML_CHAR_ENCODING_UTF8);
	if (ctxt)
		htmlCtxtUseOptions(ctxt, HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
					 HTML_PARSE_IGNORE_ENC);
	return ctxt;
}

int zb_read_html(zb_doc *d)
{
	enum zb_encoding enc;
	if (charset_encoding(d, &enc) != 0)
		return -1;
	struct html_state st = {.d = d};
	zb_para_init(&st.para);
	htmlSAXHandler sax;
	zb_textin *in = zb_textin_new(d->fp, enc);
	st.ctxt = new_parser(&st, &sax);
	if (!in || !st.ctxt || zb_textin_unread(in, d->head, d->head_len) != 0) {
		zb_textin_free(in);
		if (st.ctxt)
			htmlFreeParserCtxt(st.ctxt);
		return zb_doc_fail(d, 0, "out of memory");
	}
	const char *line;
	size_t len;
	int r;
	while (!st.failed && (r = zb_textin_next(in, &line, &len)) > 0) {
		htmlParseChunk(st.ctxt, line, (int)len, 0);
		htmlParseChunk(st.ctxt, "\n", 1, 0);
		if (st.ctxt->errNo == XML_ERR_NO_MEMORY || st.para.oom) {
			st.failed = 1;
			zb_doc_fail(d, zb_textin_lineno(in), "out of memory");
		}
	}
	if (!st.failed && r < 0) {
		st.failed = 1;
		zb_doc_fail(d, zb_textin_lineno(in), "%s", zb_textin_error(in));
	}
	if (!st.failed) {
		htmlParseChunk(st.ctxt, NULL, 0, 1);
		zb_para_end(&st.para, d);
	}
	htmlFreeParserCtxt(st.ctxt);
	zb_textin_free(in);
	zb_para_free(&st.para);
	return st.failed ? -1 : 0;
}
