/* layout.c - placed lines to text lines (see layout.h). */
#include "layout.h"
#include "chars.h"
#include "grow.h"
#include "parabuf.h"
#include "utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define MARGIN_LINES 2       /* lines at the top and at the bottom that may be chrome */
#define INDENT_CHARS 1.2     /* an indent of more than this many line heights */
#define WORD_GAP 0.1         /* words this many line heights apart have a blank between, */
#define OCR_WORD_GAP 0.6     /* and in OCR's lines (its word boxes are loose) */

void zb_layout_init(zb_layout *L, size_t max_text)
{
	memset(L, 0, sizeof *L);
	L->max_text = max_text;
}

void zb_layout_free(zb_layout *L)
{
	free(L->lines);
	free(L->text);
	memset(L, 0, sizeof *L);
}

int zb_layout_line_start(zb_layout *L, long page, long group, double x0, double y0, double x1, double y1)
{
	if (L->oom || L->too_big)
		return -1;
	if (zb_grow((void **)&L->lines, &L->cap, L->n + 1, sizeof *L->lines) != 0) {
		L->oom = 1;
		return -1;
	}
	L->lines[L->n++] = (zb_layout_line){
		.page = page, .group = group, .seq = L->seq++, .x0 = x0, .y0 = y0, .x1 = x1, .y1 = y1,
		.last_x1 = x0, .text = L->len, .ocr = L->ocr,
	};
	return 0;
}

static int add_text(zb_layout *L, const char *s, size_t n)
{
	if (L->len + n > L->max_text) {
		L->too_big = 1;
		return -1;
	}
	if (zb_grow((void **)&L->text, &L->cap_text, L->len + n, 1) != 0) {
		L->oom = 1;
		return -1;
	}
	memcpy(L->text + L->len, s, n);
	L->len += n;
	L->lines[L->n - 1].len += n;
	return 0;
}

static uint32_t first_cp(const char *s, size_t n)
{
	uint32_t c = 0;
	return zb_utf8_decode((const unsigned char *)s, n, &c) ? c : 0;
}

static uint32_t last_cp(const char *s, size_t n)
{
	size_t j = zb_utf8_prev(s, n);
	return first_cp(s + j, n - j);
}

int zb_layout_word(zb_layout *L, const char *s, size_t n, double x0, double x1)
{
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	if (n == 0 || L->n == 0 || L->oom || L->too_big)
		return L->oom || L->too_big ? -1 : 0;
	zb_layout_line *line = &L->lines[L->n - 1];
	if (line->len > 0) {
		double height = line->y1 - line->y0;
		uint32_t before = last_cp(L->text + line->text, line->len), after = first_cp(s, n);
		/* OCR leaves gaps between Chinese characters that are no blanks */
		int chinese = zb_is_wide(before) || zb_is_wide(after);
		double gap = (line->ocr ? OCR_WORD_GAP : WORD_GAP) * height;
		if (x0 - line->last_x1 > gap && !(line->ocr && chinese) && add_text(L, " ", 1) != 0)
			return -1;
	}
	line->last_x1 = x1;
	return add_text(L, s, n);
}

static int by_page(const void *a, const void *b)
{
	const zb_layout_line *x = a, *y = b;
	if (x->page != y->page)
		return x->page < y->page ? -1 : 1;
	return (x->seq > y->seq) - (x->seq < y->seq);
}

void zb_layout_sort(zb_layout *L)
{
	if (L->n > 1)
		qsort(L->lines, L->n, sizeof *L->lines, by_page);
}

/* ---- headers, footers, page numbers ---- */

/* What page numbers are made of besides digits. */
static const char *const page_number_marks[] = {
	" ", "\t", "-", "\u2014", "\u2013", "\u2015", "\uFF0D", "\u00B7", "\u2022", "(", ")", "\uFF08",
	"\uFF09", "[", "]", "/", "\uFF0F", "|", ".", "\u7B2C" /* 第 */, "\u9875" /* 页 */,
	"\u5171" /* 共 */, "Page", "page", "of", "\u3000", NULL,
};

int zb_is_page_number(const char *s, size_t n)
{
	if (n == 0 || n > 40)
		return 0;
	int digits = 0;
	for (size_t i = 0, k; i < n; i += k) {
		uint32_t c;
		k = zb_utf8_decode((const unsigned char *)s + i, n - i, &c);
		if (k == 0)
			return 0;
		if (zb_is_digit(c)) {
			digits++;
			continue;
		}
		size_t m = 0;
		for (int j = 0; page_number_marks[j] && !m; j++)
			m = zb_prefix(s + i, n - i, page_number_marks[j]);
		if (!m)
			return 0;
		k = m;
	}
	return digits > 0 && digits <= 8;
}

/* The line with blanks left out and each run of digits as one #. */
static uint64_t line_key(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	int in_digits = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t')
			continue;
		if (c >= '0' && c <= '9') {
			if (in_digits)
				continue;
			in_digits = 1;
			c = '#';
		} else {
			in_digits = 0;
		}
		h = (h ^ c) * 1099511628211ull;
	}
	return h;
}

struct candidate {
	uint64_t key;
	long page;
	size_t line;
};

static int by_key(const void *a, const void *b)
{
	const struct candidate *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return (x->page > y->page) - (x->page < y->page);
}

/* Number the lines on their pages; returns the number of pages. */
static long number_lines(zb_layout *L)
{
	long pages = 0;
	for (size_t i = 0; i < L->n; i++) {
		zb_layout_line *ln = &L->lines[i];
		if (i == 0 || ln->page != L->lines[i - 1].page) {
			pages++;
			ln->number = 1;
		} else {
			ln->number = L->lines[i - 1].number + 1;
		}
	}
	return pages;
}

/* Mark the lines at the top and bottom of the pages that repeat or are
 * page numbers. */
static void drop_chrome(zb_layout *L, long pages)
{
	struct candidate *cand = malloc((size_t)(pages > 0 ? pages : 1) * 2 * MARGIN_LINES * sizeof *cand);
	size_t nc = 0;
	if (!cand) {
		L->oom = 1;
		return;
	}
	for (size_t b = 0, e; b < L->n; b = e) {
		for (e = b; e < L->n && L->lines[e].page == L->lines[b].page; e++)
			;
		for (size_t i = b; i < e; i++) {
			if (i - b >= MARGIN_LINES && e - i > MARGIN_LINES)
				continue;
			zb_layout_line *ln = &L->lines[i];
			const char *s = L->text + ln->text;
			if (zb_is_page_number(s, ln->len))
				ln->dropped = 1;
			else if (ln->len > 0)
				cand[nc++] = (struct candidate){line_key(s, ln->len), ln->page, i};
		}
	}
	qsort(cand, nc, sizeof *cand, by_key);
	for (size_t b = 0, e; b < nc; b = e) {
		long on_pages = 1;
		for (e = b + 1; e < nc && cand[e].key == cand[b].key; e++)
			on_pages += cand[e].page != cand[e - 1].page;
		if (on_pages >= 2 && on_pages * 2 >= pages)
			for (size_t i = b; i < e; i++)
				L->lines[cand[i].line].dropped = 1;
	}
	free(cand);
}

/* The left edge of a column: the leftmost kept line of its page and group. */
static double column_left(const zb_layout *L, size_t b, size_t e, long group)
{
	double left = 0;
	int any = 0;
	for (size_t i = b; i < e; i++) {
		const zb_layout_line *ln = &L->lines[i];
		if (ln->group == group && !ln->dropped && ln->len > 0 && (!any || ln->x0 < left)) {
			left = ln->x0;
			any = 1;
		}
	}
	return left;
}

int zb_layout_emit(zb_layout *L, zb_doc *d, zb_line_fix_fn fix)
{
	long pages = number_lines(L);
	drop_chrome(L, pages);
	char *buf = NULL;
	size_t cap = 0;
	for (size_t b = 0, e; b < L->n && !L->oom; b = e) {
		for (e = b; e < L->n && L->lines[e].page == L->lines[b].page; e++)
			;
		long group = -1;
		double left = 0;
		for (size_t i = b; i < e; i++) {
			zb_layout_line *ln = &L->lines[i];
			if (ln->dropped || ln->len == 0)
				continue;
			if (ln->group != group) {   /* a column's lines come together */
				group = ln->group;
				left = column_left(L, b, e, group);
			}
			double height = ln->y1 - ln->y0 > 1 ? ln->y1 - ln->y0 : 1;
			int indented = ln->x0 - left > INDENT_CHARS * height;
			size_t n = ln->len, skip = indented ? 0 : 6;
			if (zb_grow((void **)&buf, &cap, n + 6, 1) != 0) {
				L->oom = 1;
				break;
			}
			memcpy(buf, "\u3000\u3000", 6);
			memcpy(buf + 6, L->text + ln->text, n);
			if (fix && ln->ocr)
				fix(buf + 6, &n);
			zb_doc_line(d, buf + skip, n + 6 - skip, ZB_POS(ln->page, ln->number));
		}
	}
	free(buf);
	return L->oom ? zb_doc_fail(d, 0, "out of memory") : 0;
}
