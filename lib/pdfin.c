/* pdfin.c - PDF files: the text layer through pdftotext (poppler-utils,
 * run as a program, its -bbox-layout XHTML streamed through libxml2), each
 * line with its box, made into text by lib/layout.c (running headers,
 * footers and page numbers dropped, paragraphs found by their indent).
 * A page with no text but with images is a scan: it goes through OCR
 * (lib/ocrin.c), rendered by pdftoppm. */
#include "formats.h"
#include "grow.h"
#include "layout.h"
#include "ocrin.h"
#include "subproc.h"
#include "xmlstream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXT_MAX (64u << 20)          /* text kept from one PDF */
#define XML_MAX ((size_t)4 << 30)     /* pdftotext's XHTML: many times the text */
#define WORD_MAX 4096

struct pdf_state {
	zb_doc *d;
	zb_layout *L;
	long page, group;
	int page_has_text;
	long *empty;           /* pages without text */
	size_t nempty, cap_empty;
	int in_word;
	char word[WORD_MAX];
	size_t word_len;
	double word_x0, word_x1;
	int oom;
};

static double attr_number(const xmlChar **atts, int natts, const char *name)
{
	char v[64];
	return zb_xml_attr(atts, natts, name, v, sizeof v) ? atof(v) : 0;
}

static void on_start(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
		     int nns, const xmlChar **ns, int natts, int ndef, const xmlChar **atts)
{
	(void)prefix, (void)uri, (void)nns, (void)ns, (void)ndef;
	zb_xmlstream *x = ctx;
	struct pdf_state *st = x->user;
	const char *name = (const char *)local;
	if (strcmp(name, "page") == 0) {
		st->page++;
		st->page_has_text = 0;
	} else if (strcmp(name, "flow") == 0) {
		st->group++;
	} else if (strcmp(name, "line") == 0) {
		if (zb_layout_line_start(st->L, st->page, st->group, attr_number(atts, natts, "xMin"),
					 attr_number(atts, natts, "yMin"), attr_number(atts, natts, "xMax"),
					 attr_number(atts, natts, "yMax")) != 0)
			zb_xml_fail(x, "out of memory");
	} else if (strcmp(name, "word") == 0) {
		st->in_word = 1;
		st->word_len = 0;
		st->word_x0 = attr_number(atts, natts, "xMin");
		st->word_x1 = attr_number(atts, natts, "xMax");
	}
}

static void note_empty_page(struct pdf_state *st)
{
	if (zb_grow((void **)&st->empty, &st->cap_empty, st->nempty + 1, sizeof *st->empty) != 0) {
		st->oom = 1;
		return;
	}
	st->empty[st->nempty++] = st->page;
}

static void on_end(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
	(void)prefix, (void)uri;
	zb_xmlstream *x = ctx;
	struct pdf_state *st = x->user;
	const char *name = (const char *)local;
	if (strcmp(name, "word") == 0 && st->in_word) {
		st->in_word = 0;
		if (st->word_len > 0)
			st->page_has_text = 1;
		if (zb_layout_word(st->L, st->word, st->word_len, st->word_x0, st->word_x1) != 0)
			zb_xml_fail(x, "out of memory");
	} else if (strcmp(name, "page") == 0 && !st->page_has_text) {
		note_empty_page(st);
	}
	if (st->oom)
		zb_xml_fail(x, "out of memory");
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	zb_xmlstream *x = ctx;
	struct pdf_state *st = x->user;
	if (!st->in_word || len <= 0)
		return;
	size_t n = (size_t)len;
	if (st->word_len + n > WORD_MAX)   /* no word is that long: cut at a character */
		for (n = WORD_MAX - st->word_len; n > 0 && ((unsigned char)ch[n] & 0xC0) == 0x80; n--)
			;
	memcpy(st->word + st->word_len, ch, n);
	st->word_len += n;
}

static int to_xml(void *ctx, const char *buf, size_t n)
{
	return zb_xml_feed(ctx, buf, n);
}

/* The text layer of every page into L; pages without text in st->empty. */
static int read_text_layer(zb_doc *d, const char *path, struct pdf_state *st)
{
	xmlSAXHandler sax;
	zb_xml_handler(&sax);
	sax.internalSubset = NULL;   /* pdftotext writes an XHTML DOCTYPE, no entities */
	sax.externalSubset = NULL;
	sax.startElementNs = on_start;
	sax.endElementNs = on_end;
	sax.characters = on_text;
	zb_xmlstream x;
	if (zb_xml_open(&x, &sax, st, "pdftotext's output", XML_MAX) != 0)
		return zb_doc_fail(d, 0, "out of memory");
	char *argv[] = {"pdftotext", "-enc", "UTF-8", "-bbox-layout", (char *)path, "-", NULL};
	char errtext[400];
	int status = zb_tool_run(argv, -1, to_xml, &x, errtext, sizeof errtext);
	int r = 0;
	if (status == ZB_TOOL_MISSING)
		r = zb_doc_missing(d, "pdftotext", zb_format_named("pdf")->packages);
	else if (status < 0)
		r = zb_doc_fail(d, 0, "cannot run pdftotext: %m");
	else if (st->L->too_big)   /* (reading stopped: pdftotext got SIGPIPE) */
		r = zb_doc_fail(d, 0, "more than %u MiB of text", TEXT_MAX >> 20);
	else if (x.failed)
		r = zb_doc_fail(d, 0, "%s", x.err);
	else if (status != 0)
		r = zb_doc_fail(d, 0, "pdftotext could not read it (a damaged PDF?): %s",
				errtext[0] ? errtext : "no message");
	else if (zb_xml_finish(&x) != 0)
		r = zb_doc_fail(d, 0, "%s", x.err);
	zb_xml_close(&x);
	return r;
}

/* The pages pdfimages -list names, and the resolution of their images: two
 * header lines, then one row per image: page num type width height color
 * comp bpc enc interp object ID x-ppi y-ppi size ratio. */
struct image_pages {
	struct page_image { long page, ppi; } *images;
	size_t n, cap;
	long rows;
	char row[256];
	size_t len;
	int oom;
};

static int to_images(void *ctx, const char *buf, size_t n)
{
	struct image_pages *im = ctx;
	for (size_t i = 0; i < n; i++) {
		if (buf[i] != '\n') {
			if (im->len + 1 < sizeof im->row)
				im->row[im->len++] = buf[i];
			continue;
		}
		im->row[im->len] = '\0';
		im->len = 0;
		if (++im->rows <= 2)
			continue;
		if (zb_grow((void **)&im->images, &im->cap, im->n + 1, sizeof *im->images) != 0) {
			im->oom = 1;
			return -1;
		}
		long field[14] = {0};
		char *p = im->row, *end;
		for (int f = 0; f < 14; f++, p = end) {
			while (*p == ' ')
				p++;
			field[f] = strtol(p, &end, 10);
			end += strcspn(end, " ");   /* words (image, gray) read as 0 */
		}
		im->images[im->n++] = (struct page_image){field[0], field[12]};
	}
	return 0;
}

/* The resolution to render page at for OCR: its images' (a scan is read
 * best at the resolution it was made at), 0 when it has none; 300 dpi
 * without pdfimages' list. */
static long scan_resolution(const struct image_pages *im, long page)
{
	if (!im)
		return 300;
	long ppi = 0;
	for (size_t i = 0; i < im->n; i++)
		if (im->images[i].page == page && im->images[i].ppi > ppi)
			ppi = im->images[i].ppi;
	return ppi == 0 ? 0 : ppi < 150 ? 150 : ppi > 600 ? 600 : ppi;
}

/* OCR the pages without text that are scans (hold an image); blank pages
 * are left alone. */
static int read_scanned_pages(zb_doc *d, const char *path, struct pdf_state *st)
{
	struct image_pages im = {0};
	char *argv[] = {"pdfimages", "-list", (char *)path, NULL};
	char errtext[400];
	int listed = zb_tool_run(argv, -1, to_images, &im, errtext, sizeof errtext) == 0 && !im.oom;
	int r = 0;
	for (size_t i = 0; i < st->nempty && r == 0; i++) {
		long dpi = scan_resolution(listed ? &im : NULL, st->empty[i]);
		if (dpi)
			r = zb_ocr_into(d, st->L, path, st->empty[i], dpi);
	}
	free(im.images);
	if (r != 0 && strstr(d->err, "not installed"))   /* say what it was needed for */
		snprintf(d->err + strlen(d->err), sizeof d->err - strlen(d->err),
			 " to read the pages with no text layer (scans)");
	zb_layout_sort(st->L);
	return r;
}

int zb_read_pdf(zb_doc *d)
{
	const char *path = zb_doc_tool_path(d);
	if (!path)
		return -1;
	zb_layout L;
	zb_layout_init(&L, TEXT_MAX);
	static struct pdf_state st;
	memset(&st, 0, sizeof st);
	st.d = d;
	st.L = &L;
	int r = read_text_layer(d, path, &st);
	if (r == 0 && st.nempty > 0)
		r = read_scanned_pages(d, path, &st);
	if (r == 0)
		r = zb_layout_emit(&L, d, zb_ocr_fix);
	free(st.empty);
	zb_layout_free(&L);
	return r;
}
