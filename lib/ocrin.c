/* ocrin.c - scanned pages through tesseract (see ocrin.h); the image
 * format's reader. */
#include "ocrin.h"
#include "chars.h"
#include "subproc.h"
#include "utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OCR_LANGUAGE "chi_sim"
#define TEXT_MAX (64u << 20)   /* text kept from one scan */
#define TSV_LINE_MAX 4096      /* a row of tesseract's TSV: a word and its box */

/* ---- mending OCR text ---- */

static int is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static int is_latin(uint32_t c) { return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= 0xFF21 && c <= 0xFF5A); }

/* What a character is read as next to a digit: 1 for l I |, 0 for O o 〇,
 * else 0 (no confusion). */
static char confused_digit(uint32_t c)
{
	switch (c) {
	case 'l': case 'I': case '|': case 0xFF4C: case 0xFF29: case 0xFF5C: return '1';
	case 'O': case 'o': case 0x3007: case 0xFF2F: case 0xFF4F: return '0';
	}
	return 0;
}

void zb_ocr_fix(char *s, size_t *n)
{
	size_t r = 0, w = 0, len = *n;
	uint32_t prev = 0;
	while (r < len) {
		uint32_t c, next = 0;
		size_t k = zb_utf8_decode((const unsigned char *)s + r, len - r, &c);
		if (k == 0) {   /* a stray byte goes on as it is */
			s[w++] = s[r++];
			prev = 0xFFFD;
			continue;
		}
		size_t k2 = r + k < len ? zb_utf8_decode((const unsigned char *)s + r + k, len - r - k, &next) : 0;
		if (k2 == 0)
			next = 0;
		char digit = zb_is_digit(c) && !is_ascii_digit(c) ? (char)('0' + (c - ZB_CH_FW_DIGIT_ZERO)) : 0;
		char confused = confused_digit(c);
		if (!digit && confused) {
			/* a letter in a word (Iowa, ISO) stays; 〇 only beside Arabic digits */
			int latin_word = c != 0x3007 && (is_latin(prev) || (is_latin(next) && !confused_digit(next)));
			if ((is_ascii_digit(prev) || zb_is_digit(next)) && !latin_word)
				digit = confused;
		}
		if (digit) {
			s[w++] = digit;
			prev = (uint32_t)digit;
		} else {
			memmove(s + w, s + r, k);
			w += k;
			prev = c;
		}
		r += k;
	}
	*n = w;
}

/* ---- tesseract's TSV ---- */

/* level page_num block_num par_num line_num word_num left top width height conf text */
enum { F_LEVEL, F_PAGE, F_BLOCK, F_PAR, F_LINE, F_WORD, F_LEFT, F_TOP, F_WIDTH, F_HEIGHT, F_CONF, F_TEXT, NFIELDS };
enum { LEVEL_LINE = 4, LEVEL_WORD = 5 };

struct tsv {
	zb_layout *L;
	long page;          /* the PDF page, or 0: tesseract's page_num */
	char row[TSV_LINE_MAX];
	size_t len;
	int overlong;       /* the row being read is cut */
};

static void tsv_row(struct tsv *t)
{
	char *field[NFIELDS] = {0};   /* gcc -O3 cannot see nf >= F_TEXT guard every read */
	char *p = t->row;
	int nf = 0;
	t->row[t->len] = '\0';
	while (nf < NFIELDS) {
		field[nf++] = p;
		char *tab = strchr(p, '\t');
		if (!tab)
			break;
		*tab = '\0';
		p = tab + 1;
	}
	if (nf < F_TEXT || strcmp(field[F_LEVEL], "level") == 0)
		return;
	int level = atoi(field[F_LEVEL]);
	double x = atof(field[F_LEFT]), y = atof(field[F_TOP]);
	double wd = atof(field[F_WIDTH]), ht = atof(field[F_HEIGHT]);
	long page = t->page ? t->page : atol(field[F_PAGE]);
	if (level == LEVEL_LINE)
		zb_layout_line_start(t->L, page, atol(field[F_BLOCK]), x, y, x + wd, y + ht);
	else if (level == LEVEL_WORD && nf > F_TEXT)
		zb_layout_word(t->L, field[F_TEXT], strlen(field[F_TEXT]), x, x + wd);
}

static int tsv_bytes(void *ctx, const char *buf, size_t n)
{
	struct tsv *t = ctx;
	for (size_t i = 0; i < n; i++) {
		if (buf[i] == '\n') {
			if (!t->overlong)
				tsv_row(t);
			t->len = 0;
			t->overlong = 0;
		} else if (t->len + 1 < sizeof t->row) {
			t->row[t->len++] = buf[i];
		} else {
			t->overlong = 1;
		}
	}
	return t->L->oom || t->L->too_big ? -1 : 0;
}

/* ---- running tesseract ---- */

static int ocr_failed(zb_doc *d, const char *errtext, long pdf_page)
{
	if (strstr(errtext, "Failed loading language") || strstr(errtext, "Error opening data file"))
		return zb_doc_missing(d, "tesseract's " OCR_LANGUAGE " data", "tesseract-ocr-chi-sim");
	char where[32] = "";
	if (pdf_page)
		snprintf(where, sizeof where, "page %ld: ", pdf_page);
	return zb_doc_fail(d, 0, "%sOCR failed (tesseract): %s", where, errtext[0] ? errtext : "no message");
}

/* pdftoppm renders the page into a pipe that tesseract reads. */
static int render_page(zb_doc *d, zb_tool *render, const char *path, long page, long dpi, int *read_end)
{
	char first[24], resolution[24];
	snprintf(first, sizeof first, "%ld", page);
	snprintf(resolution, sizeof resolution, "%ld", dpi);
	char *argv[] = {"pdftoppm", "-r", resolution, "-gray", "-png", "-singlefile", "-f", first, "-l", first,
			(char *)path, NULL};
	int p[2];
	if (pipe(p) != 0)
		return zb_doc_fail(d, 0, "cannot run pdftoppm: %m");
	int r = zb_tool_start(render, argv, -1, p[1]);
	close(p[1]);
	if (r != 0) {
		close(p[0]);
		if (r == ZB_TOOL_MISSING)
			return zb_doc_missing(d, "pdftoppm", zb_format_named("pdf")->packages);
		return zb_doc_fail(d, 0, "cannot run pdftoppm: %m");
	}
	*read_end = p[0];
	return 0;
}

int zb_ocr_into(zb_doc *d, zb_layout *L, const char *path, long pdf_page, long dpi)
{
	static struct tsv t;
	t.L = L;
	t.page = pdf_page;
	t.len = 0;
	t.overlong = 0;
	zb_tool render;
	int in = -1;
	if (pdf_page && render_page(d, &render, path, pdf_page, dpi, &in) != 0)
		return -1;
	char *argv[] = {"tesseract", pdf_page ? "stdin" : (char *)path, "stdout", "-l", OCR_LANGUAGE, "tsv", NULL};
	char errtext[400];
	L->ocr = 1;
	int status = zb_tool_run(argv, in, tsv_bytes, &t, errtext, sizeof errtext);
	L->ocr = 0;
	char render_err[400] = "";
	int render_status = 0;
	if (pdf_page) {
		close(in);
		render_status = zb_tool_wait(&render, render_err, sizeof render_err);
	}
	if (L->too_big)
		return zb_doc_fail(d, 0, "more than %u MiB of text", TEXT_MAX >> 20);
	if (L->oom)
		return zb_doc_fail(d, 0, "out of memory");
	if (status == ZB_TOOL_MISSING)
		return zb_doc_missing(d, "tesseract (OCR)", zb_format_named("image")->packages);
	if (status < 0)
		return zb_doc_fail(d, 0, "cannot run tesseract: %m");
	if (render_status != 0)
		return zb_doc_fail(d, 0, "page %ld: pdftoppm could not render it: %s", pdf_page, render_err);
	if (status != 0)
		return ocr_failed(d, errtext, pdf_page);
	return 0;
}

int zb_read_image(zb_doc *d)
{
	const char *path = zb_doc_tool_path(d);
	if (!path)
		return -1;
	zb_layout L;
	zb_layout_init(&L, TEXT_MAX);
	int r = zb_ocr_into(d, &L, path, 0, 0);
	if (r == 0)
		r = zb_layout_emit(&L, d, zb_ocr_fix);
	zb_layout_free(&L);
	return r;
}
