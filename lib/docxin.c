/* docxin.c - Word files (.docx): the paragraphs of word/document.xml, read
 * out of the zip with libzip and streamed through libxml2's SAX parser.
 *
 * A paragraph (w:p) is one indented line, numbered from 1 among those with
 * text.  List numbers that Word draws from word/numbering.xml (二十二、 on
 * a heading, 1. on an item) are written before the text, as the reader of
 * the document sees them: a numbered heading stays a heading.  Deleted
 * text of tracked changes, field codes and the fallback copies of text
 * boxes are left out. */
#include "formats.h"
#include "parabuf.h"
#include "xmlstream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

/* Unpacked sizes beyond these are no report but a zip bomb. */
#define DOCUMENT_MAX (128u << 20)
#define PART_MAX (16u << 20)

#define LEVELS 9
#define MAX_LISTS 4096   /* w:num and w:abstractNum kept; more are ignored */
#define MAX_STYLES 4096

static const char *const w_namespaces[] = {
	"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
	"http://purl.oclc.org/ooxml/wordprocessingml/main", NULL,
};
static const char MC_NS[] = "http://schemas.openxmlformats.org/markup-compatibility/2006";

static int is_w(const xmlChar *uri)
{
	for (int i = 0; uri && w_namespaces[i]; i++)
		if (strcmp((const char *)uri, w_namespaces[i]) == 0)
			return 1;
	return 0;
}

/* ---- list numbers ---- */

struct level {
	int start;
	char fmt[32];       /* w:numFmt: decimal, chineseCounting, ... */
	char text[64];      /* w:lvlText: "%1、", "（%1）", "%1.%2" */
};

struct abstract_list {
	char id[16];
	struct level lvl[LEVELS];
	int count[LEVELS];   /* the numbers last given */
	int used[LEVELS];    /* count holds one */
};

struct list {
	char id[16];
	char abstract[16];
	int restart[LEVELS];   /* w:startOverride, not yet applied */
	int has_restart[LEVELS];
};

struct style {
	char id[64];
	char based_on[64];
	char num[16];
	int ilvl;
};

struct numbering {
	struct abstract_list *abstracts;
	struct list *lists;
	struct style *styles;
	int nabstracts, nlists, nstyles;
	/* while reading numbering.xml and styles.xml */
	void (*element)(struct numbering *nb, const char *name, const xmlChar **atts, int natts, const char *val);
	int cur_level;
	int in_style_ppr;
};

/* Chinese numerals 1-9999 (一, 十二, 一百零五); decimal beyond. */
static void chinese_number(int v, const char *const digits[10], char *out, size_t outlen)
{
	static const char *const units[] = {"千", "百", "十", ""};
	static const int powers[] = {1000, 100, 10, 1};
	if (v <= 0 || v > 9999) {
		snprintf(out, outlen, "%d", v);
		return;
	}
	size_t len = 0;
	int zero = 0, started = 0;
	out[0] = '\0';
	for (int i = 0; i < 4; i++) {
		int dgt = v / powers[i] % 10;
		if (dgt == 0) {
			zero = started;
			continue;
		}
		if (zero)
			len += (size_t)snprintf(out + len, outlen - len, "%s", digits[0]);
		zero = 0;
		/* 十二, not 一十二, at the start */
		if (!(i == 2 && dgt == 1 && !started))
			len += (size_t)snprintf(out + len, outlen - len, "%s", digits[dgt]);
		len += (size_t)snprintf(out + len, outlen - len, "%s", units[i]);
		started = 1;
		if (len >= outlen)
			return;
	}
}

static void from_list(int v, const char *const *items, int n, char *out, size_t outlen)
{
	snprintf(out, outlen, "%s", v >= 1 && v <= n ? items[v - 1] : "");
	if (!out[0])
		snprintf(out, outlen, "%d", v);
}

static void roman(int v, int upper, char *out, size_t outlen)
{
	static const int values[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
	static const char *const up[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
	static const char *const low[] = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
	size_t len = 0;
	out[0] = '\0';
	for (int i = 0; i < 13 && v > 0 && v < 4000; i++)
		while (v >= values[i] && len + 3 < outlen) {
			len += (size_t)snprintf(out + len, outlen - len, "%s", upper ? up[i] : low[i]);
			v -= values[i];
		}
}

static const char *const cn_digits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
static const char *const cn_legal[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
static const char *const stems[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
static const char *const branches[] = {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"};
static const char *const circled[] = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩",
				      "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰", "⑱", "⑲", "⑳"};

/* One number in a w:numFmt.  Returns 0 for a bullet (no number drawn). */
static int format_number(const char *fmt, int v, char *out, size_t outlen)
{
	if (strcmp(fmt, "bullet") == 0 || strcmp(fmt, "none") == 0)
		return 0;
	if (strncmp(fmt, "chineseCounting", 15) == 0 || strcmp(fmt, "taiwaneseCounting") == 0 ||
	    strcmp(fmt, "ideographDigital") == 0 || strcmp(fmt, "japaneseCounting") == 0)
		chinese_number(v, cn_digits, out, outlen);
	else if (strncmp(fmt, "chineseLegal", 12) == 0)
		chinese_number(v, cn_legal, out, outlen);
	else if (strcmp(fmt, "ideographTraditional") == 0)
		from_list(v, stems, 10, out, outlen);
	else if (strcmp(fmt, "ideographZodiac") == 0)
		from_list(v, branches, 12, out, outlen);
	else if (strncmp(fmt, "decimalEnclosedCircle", 21) == 0)
		from_list(v, circled, 20, out, outlen);
	else if (strcmp(fmt, "decimalFullWidth") == 0 || strcmp(fmt, "decimalFullWidth2") == 0) {
		char ascii[16];
		size_t len = 0;
		snprintf(ascii, sizeof ascii, "%d", v);
		for (char *c = ascii; *c && len + 4 < outlen; c++)
			len += (size_t)snprintf(out + len, outlen - len, "\xEF\xBC%c", (char)(0x90 + (*c - '0')));
	} else if (strcmp(fmt, "lowerLetter") == 0 || strcmp(fmt, "upperLetter") == 0)
		snprintf(out, outlen, "%c", v >= 1 && v <= 26 ? (fmt[0] == 'l' ? 'a' : 'A') + v - 1 : '?');
	else if (strcmp(fmt, "lowerRoman") == 0 || strcmp(fmt, "upperRoman") == 0)
		roman(v, fmt[0] == 'u', out, outlen);
	else if (strcmp(fmt, "decimalZero") == 0)
		snprintf(out, outlen, "%02d", v);
	else
		snprintf(out, outlen, "%d", v);   /* decimal and the rest */
	return 1;
}

/* Copy an attribute value, cut to fit (ids and formats are short). */
static void keep(char *dst, size_t size, const char *src)
{
	size_t n = strlen(src);
	if (n >= size)
		n = size - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static struct abstract_list *abstract_named(struct numbering *nb, const char *id)
{
	for (int i = 0; i < nb->nabstracts; i++)
		if (strcmp(nb->abstracts[i].id, id) == 0)
			return &nb->abstracts[i];
	return NULL;
}

static struct list *list_named(struct numbering *nb, const char *id)
{
	for (int i = 0; i < nb->nlists; i++)
		if (strcmp(nb->lists[i].id, id) == 0)
			return &nb->lists[i];
	return NULL;
}

static struct style *style_named(struct numbering *nb, const char *id)
{
	for (int i = 0; i < nb->nstyles; i++)
		if (strcmp(nb->styles[i].id, id) == 0)
			return &nb->styles[i];
	return NULL;
}

/* The label Word draws before a paragraph of list num at level ilvl
 * ("二十二、"), counting on; empty for none or a bullet. */
static void next_label(struct numbering *nb, const char *num, int ilvl, char *out, size_t outlen)
{
	out[0] = '\0';
	struct list *l = list_named(nb, num);
	struct abstract_list *a = l ? abstract_named(nb, l->abstract) : NULL;
	if (!a || ilvl < 0 || ilvl >= LEVELS)
		return;
	if (l->has_restart[ilvl]) {   /* this list starts the level anew, once */
		a->count[ilvl] = l->restart[ilvl];
		l->has_restart[ilvl] = 0;
	} else if (!a->used[ilvl]) {
		a->count[ilvl] = a->lvl[ilvl].start;
	} else {
		a->count[ilvl]++;
	}
	a->used[ilvl] = 1;
	for (int k = ilvl + 1; k < LEVELS; k++)
		a->used[k] = 0;   /* a new heading restarts its items */
	size_t len = 0;
	for (const char *t = a->lvl[ilvl].text; *t && len + 1 < outlen; t++) {
		if (t[0] == '%' && t[1] >= '1' && t[1] <= '9') {
			int k = t[1] - '1';
			int v = a->used[k] ? a->count[k] : a->lvl[k].start;
			char num_text[64];
			if (!format_number(a->lvl[k].fmt, v, num_text, sizeof num_text))
				return;   /* a bullet */
			len += (size_t)snprintf(out + len, outlen - len, "%s", num_text);
			t++;
		} else {
			out[len++] = *t;
		}
		if (len >= outlen)
			len = outlen - 1;
		out[len] = '\0';
	}
	if (strcmp(a->lvl[ilvl].fmt, "bullet") == 0)
		out[0] = '\0';
}

/* A w: element's name and its w:val (empty when it has none) into val;
 * NULL for an element of another namespace. */
static const char *w_element(const xmlChar *local, const xmlChar *uri, const xmlChar **atts, int natts,
			     char val[64])
{
	if (!is_w(uri))
		return NULL;
	if (!zb_xml_attr(atts, natts, "val", val, 64))
		val[0] = '\0';
	return (const char *)local;
}

/* numbering.xml: w:abstractNum/w:lvl/{w:start,w:numFmt,w:lvlText} and
 * w:num/{w:abstractNumId,w:lvlOverride/w:startOverride}. */
static void numbering_element(struct numbering *nb, const char *name, const xmlChar **atts, int natts,
			      const char *val)
{
	if (strcmp(name, "abstractNum") == 0 && nb->nabstracts < MAX_LISTS) {
		struct abstract_list *a = &nb->abstracts[nb->nabstracts++];
		memset(a, 0, sizeof *a);
		zb_xml_attr(atts, natts, "abstractNumId", a->id, sizeof a->id);
		for (int k = 0; k < LEVELS; k++) {
			a->lvl[k].start = 1;
			snprintf(a->lvl[k].fmt, sizeof a->lvl[k].fmt, "decimal");
		}
		nb->cur_level = -1;
	} else if (strcmp(name, "num") == 0 && nb->nlists < MAX_LISTS) {
		struct list *l = &nb->lists[nb->nlists++];
		memset(l, 0, sizeof *l);
		zb_xml_attr(atts, natts, "numId", l->id, sizeof l->id);
		nb->cur_level = -1;
	} else if (strcmp(name, "lvl") == 0 || strcmp(name, "lvlOverride") == 0) {
		char il[8];
		nb->cur_level = zb_xml_attr(atts, natts, "ilvl", il, sizeof il) ? atoi(il) : -1;
		if (nb->cur_level >= LEVELS)
			nb->cur_level = -1;
	} else if (strcmp(name, "abstractNumId") == 0 && nb->nlists > 0) {
		keep(nb->lists[nb->nlists - 1].abstract, sizeof nb->lists[0].abstract, val);
	} else if (strcmp(name, "startOverride") == 0 && nb->nlists > 0 && nb->cur_level >= 0) {
		int v = atoi(val);
		nb->lists[nb->nlists - 1].restart[nb->cur_level] = v >= 0 && v < 100000 ? v : 1;
		nb->lists[nb->nlists - 1].has_restart[nb->cur_level] = 1;
	} else if (nb->nabstracts > 0 && nb->cur_level >= 0) {
		struct level *lv = &nb->abstracts[nb->nabstracts - 1].lvl[nb->cur_level];
		if (strcmp(name, "start") == 0) {
			int v = atoi(val);
			lv->start = v >= 0 && v < 100000 ? v : 1;
		} else if (strcmp(name, "numFmt") == 0)
			keep(lv->fmt, sizeof lv->fmt, val);
		else if (strcmp(name, "lvlText") == 0)
			keep(lv->text, sizeof lv->text, val);
	}
}

/* styles.xml: w:style/{w:basedOn, w:pPr/w:numPr/{w:numId,w:ilvl}}. */
static void style_element(struct numbering *nb, const char *name, const xmlChar **atts, int natts,
			  const char *val)
{
	if (strcmp(name, "style") == 0) {
		if (nb->nstyles >= MAX_STYLES)
			return;
		struct style *s = &nb->styles[nb->nstyles++];
		memset(s, 0, sizeof *s);
		zb_xml_attr(atts, natts, "styleId", s->id, sizeof s->id);
		nb->in_style_ppr = 0;
	} else if (nb->nstyles == 0) {
		return;
	} else if (strcmp(name, "basedOn") == 0) {
		keep(nb->styles[nb->nstyles - 1].based_on, sizeof nb->styles[0].based_on, val);
	} else if (strcmp(name, "pPr") == 0) {
		nb->in_style_ppr = 1;
	} else if (strcmp(name, "rPr") == 0) {
		nb->in_style_ppr = 0;
	} else if (nb->in_style_ppr && strcmp(name, "numId") == 0) {
		keep(nb->styles[nb->nstyles - 1].num, sizeof nb->styles[0].num, val);
	} else if (nb->in_style_ppr && strcmp(name, "ilvl") == 0) {
		nb->styles[nb->nstyles - 1].ilvl = atoi(val);
	}
}

/* SAX: an element of numbering.xml or styles.xml, to nb->element. */
static void on_definition(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
			  int nns, const xmlChar **ns, int natts, int ndef, const xmlChar **atts)
{
	(void)prefix, (void)nns, (void)ns, (void)ndef;
	struct numbering *nb = ((zb_xmlstream *)ctx)->user;
	char val[64];
	const char *name = w_element(local, uri, atts, natts, val);
	if (name)
		nb->element(nb, name, atts, natts, val);
}

/* The list a paragraph style numbers with, through its basedOn chain. */
static const struct style *style_numbering(struct numbering *nb, const char *id)
{
	for (int hops = 0; hops < 10 && id[0]; hops++) {
		const struct style *s = style_named(nb, id);
		if (!s)
			return NULL;
		if (s->num[0])
			return s;
		id = s->based_on;
	}
	return NULL;
}

/* ---- document.xml ---- */

/* Elements whose content is not the text the reader sees. */
static const char *const skipped[] = {
	"del", "moveFrom", "instrText", "delText", "pPrChange", "rPrChange", "sectPr",
	"footnoteReference", "endnoteReference", NULL,
};

struct doc_state {
	zb_doc *d;
	struct numbering *nb;
	zb_parabuf para;
	long depth, skip_depth;
	int in_text;         /* inside w:t */
	int in_ppr;          /* inside the paragraph's w:pPr */
	char pstyle[64];
	char num[16];
	int ilvl, has_num;
};

static void begin_paragraph(struct doc_state *st)
{
	zb_para_end(&st->para, st->d);   /* a text box's paragraph inside another */
	st->pstyle[0] = st->num[0] = '\0';
	st->ilvl = 0;
	st->has_num = 0;
}

/* At the end of w:pPr: the paragraph's list number, before its text. */
static void put_label(struct doc_state *st)
{
	const char *num = st->num;
	int ilvl = st->ilvl;
	if (!st->has_num) {
		const struct style *s = st->pstyle[0] ? style_numbering(st->nb, st->pstyle) : NULL;
		if (!s)
			return;
		num = s->num;
		ilvl = s->ilvl;
	}
	if (strcmp(num, "0") == 0)
		return;   /* numbering switched off */
	char label[160];
	next_label(st->nb, num, ilvl, label, sizeof label);
	if (label[0])
		zb_para_text(&st->para, st->d, label, strlen(label));
}

static void on_doc_start(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
			 int nns, const xmlChar **ns, int natts, int ndef, const xmlChar **atts)
{
	(void)prefix, (void)nns, (void)ns, (void)ndef;
	zb_xmlstream *x = ctx;
	struct doc_state *st = x->user;
	const char *name = (const char *)local;
	st->depth++;
	if (st->skip_depth)
		return;
	if (uri && strcmp((const char *)uri, MC_NS) == 0 && strcmp(name, "Fallback") == 0) {
		st->skip_depth = st->depth;   /* the copy of mc:Choice for old readers */
		return;
	}
	char val[64];
	if (!w_element(local, uri, atts, natts, val))
		return;
	if (zb_name_in(skipped, name)) {
		st->skip_depth = st->depth;
		return;
	}
	if (strcmp(name, "p") == 0)
		begin_paragraph(st);
	else if (strcmp(name, "pPr") == 0)
		st->in_ppr = 1;
	else if (st->in_ppr && strcmp(name, "pStyle") == 0)
		keep(st->pstyle, sizeof st->pstyle, val);
	else if (st->in_ppr && strcmp(name, "numId") == 0) {
		keep(st->num, sizeof st->num, val);
		st->has_num = 1;
	} else if (st->in_ppr && strcmp(name, "ilvl") == 0)
		st->ilvl = atoi(val);
	else if (strcmp(name, "t") == 0)
		st->in_text = 1;
	else if (strcmp(name, "tab") == 0 && !st->in_ppr)
		zb_para_gap(&st->para);
	else if (strcmp(name, "br") == 0 || strcmp(name, "cr") == 0)
		zb_para_text(&st->para, st->d, "\n", 1);   /* a line break, joined like a wrap */
}

static void on_doc_end(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
	(void)prefix;
	zb_xmlstream *x = ctx;
	struct doc_state *st = x->user;
	const char *name = (const char *)local;
	if (st->skip_depth) {
		if (st->skip_depth == st->depth)
			st->skip_depth = 0;
	} else if (is_w(uri)) {
		if (strcmp(name, "p") == 0)
			zb_para_end(&st->para, st->d);
		else if (strcmp(name, "pPr") == 0 && st->in_ppr) {
			st->in_ppr = 0;
			put_label(st);
		} else if (strcmp(name, "t") == 0)
			st->in_text = 0;
	}
	st->depth--;
	if (st->para.oom)
		zb_xml_fail(x, "out of memory");
}

static void on_doc_text(void *ctx, const xmlChar *ch, int len)
{
	zb_xmlstream *x = ctx;
	struct doc_state *st = x->user;
	if (st->in_text && !st->skip_depth)
		zb_para_text(&st->para, st->d, (const char *)ch, (size_t)len);
}

/* ---- the zip ---- */

/* Stream the zip entry name into x.  Returns 0, 1 when there is no such
 * entry, -1 on error (in d->err). */
static int stream_entry(zb_doc *d, zip_t *zip, const char *name, zb_xmlstream *x)
{
	zip_stat_t st;
	if (zip_stat(zip, name, 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && st.size > x->max)
		return zb_doc_fail(d, 0, "%s is larger than %zu MiB unpacked (a zip bomb?)", name, x->max >> 20);
	zip_file_t *zf = zip_fopen(zip, name, 0);
	if (!zf) {
		zip_error_t *e = zip_get_error(zip);
		if (zip_error_code_zip(e) == ZIP_ER_NOENT)
			return 1;
		return zb_doc_fail(d, 0, "%s: %s", name, zip_error_strerror(e));
	}
	static char buf[1 << 16];
	zip_int64_t n;
	while ((n = zip_fread(zf, buf, sizeof buf)) > 0)
		if (zb_xml_feed(x, buf, (size_t)n) != 0)
			break;
	int r = 0;
	if (n < 0)
		r = zb_doc_fail(d, 0, "%s: %s (a damaged file?)", name, zip_file_strerror(zf));
	else if (zb_xml_finish(x) != 0)
		r = zb_doc_fail(d, 0, "%s", x->err);
	zip_fclose(zf);
	return r;
}

/* Read one part through a SAX handler.  Returns what stream_entry does. */
static int read_part(zb_doc *d, zip_t *zip, const char *name, xmlSAXHandler *sax, void *user, size_t max)
{
	zb_xmlstream x;
	if (zb_xml_open(&x, sax, user, name, max) != 0)
		return zb_doc_fail(d, 0, "out of memory");
	int r = stream_entry(d, zip, name, &x);
	zb_xml_close(&x);
	return r;
}

static int read_zip(zb_doc *d, zip_t *zip)
{
	struct numbering nb = {0};
	nb.abstracts = calloc(MAX_LISTS, sizeof *nb.abstracts);
	nb.lists = calloc(MAX_LISTS, sizeof *nb.lists);
	nb.styles = calloc(MAX_STYLES, sizeof *nb.styles);
	struct doc_state st = {.d = d, .nb = &nb};
	zb_para_init(&st.para);
	int r = -1;
	xmlSAXHandler sax;
	if (!nb.abstracts || !nb.lists || !nb.styles) {
		zb_doc_fail(d, 0, "out of memory");
		goto out;
	}
	zb_xml_handler(&sax);
	sax.startElementNs = on_definition;
	nb.element = numbering_element;
	if (read_part(d, zip, "word/numbering.xml", &sax, &nb, PART_MAX) < 0)
		goto out;
	nb.element = style_element;
	if (read_part(d, zip, "word/styles.xml", &sax, &nb, PART_MAX) < 0)
		goto out;
	zb_xml_handler(&sax);
	sax.startElementNs = on_doc_start;
	sax.endElementNs = on_doc_end;
	sax.characters = on_doc_text;
	r = read_part(d, zip, "word/document.xml", &sax, &st, DOCUMENT_MAX);
	if (r == 1)
		r = zb_doc_fail(d, 0, "a zip file without word/document.xml: not a Word .docx file");
	else if (r == 0)
		zb_para_end(&st.para, d);
out:
	zb_para_free(&st.para);
	free(nb.abstracts);
	free(nb.lists);
	free(nb.styles);
	return r;
}

static int zip_failed(zb_doc *d, zip_error_t *e)
{
	zb_doc_fail(d, 0, "not a readable zip file (a damaged .docx?): %s", zip_error_strerror(e));
	zip_error_fini(e);
	return -1;
}

int zb_read_docx(zb_doc *d)
{
	const char *path = zb_doc_tool_path(d);
	if (!path)
		return -1;
	int code;
	zip_t *zip = zip_open(path, ZIP_RDONLY, &code);
	if (!zip) {
		zip_error_t e;
		zip_error_init_with_code(&e, code);
		return zip_failed(d, &e);
	}
	int r = read_zip(d, zip);
	zip_discard(zip);
	return r;
}

int zb_read_docx_buffer(zb_doc *d, const void *data, size_t n)
{
	zip_error_t e;
	zip_error_init(&e);
	zip_source_t *src = zip_source_buffer_create(data, n, 0, &e);
	zip_t *zip = src ? zip_open_from_source(src, ZIP_RDONLY, &e) : NULL;
	if (!zip) {
		if (src)
			zip_source_free(src);
		return zip_failed(d, &e);
	}
	zip_error_fini(&e);
	int r = read_zip(d, zip);
	zip_discard(zip);
	return r;
}
