/* layout.h - lines placed on pages (pdftotext's layout, tesseract's OCR)
 * made into the lines of text the extractor reads.
 *
 * Running headers and footers go: a line among the first or last two of
 * its page that stands on at least two pages and half of them (digits
 * aside: 第3页 and 第4页 are one), and page numbers (3, - 3 -, 第3页 共9页,
 * 3/9).  A line starts a paragraph (gets the indent 　　) when it stands
 * to the right of its column's left edge by more than a character; other
 * lines are the hard wraps the extractor joins (a blank line between them
 * is layout, as in OCR text).  A line's position is its page and its
 * number on that page (counting the dropped ones). */
#ifndef ZB_LAYOUT_H
#define ZB_LAYOUT_H

#include "formats.h"

#include <stddef.h>

typedef struct {
	long page;
	long group;              /* pdftotext's flow, tesseract's block: a column */
	long seq;                /* order of arrival */
	double x0, y0, x1, y1;   /* the box, y growing down the page */
	double last_x1;          /* right edge of the last word */
	size_t text, len;        /* in the layout's text */
	long number;             /* on its page, from 1 */
	int dropped;             /* a running header, footer or page number */
	int ocr;                 /* read by OCR: mended before it goes out */
} zb_layout_line;

typedef struct {
	zb_layout_line *lines;
	size_t n, cap;
	char *text;
	size_t len, cap_text, max_text;
	long seq;
	int ocr;                 /* the lines that come now are OCR's */
	int oom, too_big;
} zb_layout;

void zb_layout_init(zb_layout *L, size_t max_text);
void zb_layout_free(zb_layout *L);

/* A new line at this box; the words that follow go on it.  0 or -1. */
int zb_layout_line_start(zb_layout *L, long page, long group, double x0, double y0, double x1, double y1);
/* A word of the current line, from x0 to x1: a blank goes before it when
 * it stands apart from the word before, except between Chinese characters
 * read by OCR (which leaves gaps between them). */
int zb_layout_word(zb_layout *L, const char *s, size_t n, double x0, double x1);

/* Put the lines in page order (OCR of a PDF's scanned pages comes last). */
void zb_layout_sort(zb_layout *L);

/* Mend one line in place (OCR confusions); *n may shrink. */
typedef void (*zb_line_fix_fn)(char *s, size_t *n);

/* Drop headers, footers and page numbers, mark paragraph starts and hand
 * the lines out (fix, when not NULL, mends the lines OCR read first).
 * Returns 0, or -1 with d->err set (out of memory). */
int zb_layout_emit(zb_layout *L, zb_doc *d, zb_line_fix_fn fix);

/* Is this line a page number (3, - 3 -, 第3页, 第3页 共9页, 3/9, Page 3)? */
int zb_is_page_number(const char *s, size_t n);

#endif
