/* formats.h - a report in any of the formats it arrives in (text, web page,
 * PDF, Word file, scan), read as lines of UTF-8 text for the extractor.
 *
 * The format is told by content (zb_format_detect) or named (--format).
 * Each reader hands out lines the paragraph assembler of lib/extract.c
 * understands: a paragraph's first line starts with the full-width indent
 * 　　, headings stand on lines of their own, and each line comes with its
 * position (ZB_POS: page and line). */
#ifndef ZB_FORMATS_H
#define ZB_FORMATS_H

#include "textin.h"

#include <stddef.h>
#include <stdio.h>

/* Where a line is: page 1, 2, ... of a PDF or a scan (0 in the other
 * formats) and the line on it, else the line of a text or the number of a
 * paragraph of a web page or Word file.  The line column says it as
 * PAGE:LINE (3:12) or LINE (12). */
#define ZB_PAGE_LINES 1000000L
#define ZB_POS(page, line) ((long)(page) * ZB_PAGE_LINES + (long)(line))

/* pos as the line column has it, into buf (at least 48 bytes). */
void zb_pos_format(long pos, int paged, char *buf, size_t len);
/* The line column read back: a position, or -1 when it is neither. */
long zb_pos_parse(const char *s, size_t n);

/* One line of text (UTF-8, no end of line) and its position. */
typedef void (*zb_line_fn)(void *ctx, const char *s, size_t n, long pos);

#define ZB_HEAD_MAX 8192   /* bytes read first to tell the format */

typedef struct zb_doc {
	const char *path;            /* as named; "-" is standard input */
	FILE *fp;                    /* the input, read past head */
	unsigned char head[ZB_HEAD_MAX];
	size_t head_len;
	enum zb_encoding encoding;   /* --encoding: text and web pages */
	zb_line_fn line;             /* where the lines go */
	void *ctx;
	long lines;                  /* lines handed out so far */
	int copy_fd;                 /* standard input copied for a converter, or -1 */
	char *tool_path;             /* the name a converter opens the input by */
	char err[512];               /* what went wrong when a reader returned -1 */
	long err_line;               /* and the input's line, or 0 */
} zb_doc;

typedef struct {
	const char *name;                                       /* --format NAME */
	int (*looks_like)(const unsigned char *head, size_t n); /* NULL: the fallback */
	int (*read)(zb_doc *d);                                 /* 0, or -1 with d->err */
	int paged;                                              /* lines have pages */
	const char *packages;  /* Debian packages its converter needs, or NULL */
	const char *help;
} zb_format;

extern const zb_format zb_formats[];   /* ended by a row with name NULL */

const zb_format *zb_format_named(const char *name);

/* Open path ("-": standard input) and read its head.  Returns 0, or -1
 * with d->err set. */
int zb_doc_open(zb_doc *d, const char *path, enum zb_encoding enc);
void zb_doc_close(zb_doc *d);

/* The format of d by its content; NULL with d->err set for a file zhibiao
 * knows it cannot read (an old .doc). */
const zb_format *zb_format_detect(zb_doc *d);

/* Read d as format f, its lines to line(ctx, ...).  Returns 0, or -1 with
 * d->err (and d->err_line) set; a document that is not text and gives no
 * text at all is an error too. */
int zb_doc_read(zb_doc *d, const zb_format *f, zb_line_fn line, void *ctx);

/* Hand out one line (readers). */
void zb_doc_line(zb_doc *d, const char *s, size_t n, long pos);

/* A file name the external converters can open d by: its path, or a copy
 * of standard input.  NULL with d->err set on failure. */
const char *zb_doc_tool_path(zb_doc *d);

/* Set d->err (printf-style) and d->err_line; returns -1. */
int zb_doc_fail(zb_doc *d, long line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Is name one of names (NULL-ended)?  (Element tables of the readers.) */
int zb_name_in(const char *const *names, const char *name);

/* The message for a converter that is not installed: names the packages. */
int zb_doc_missing(zb_doc *d, const char *program, const char *packages);

/* The readers (lib/textin.c, htmlin.c, pdfin.c, docxin.c, ocrin.c). */
int zb_read_text(zb_doc *d);
int zb_read_html(zb_doc *d);
int zb_read_pdf(zb_doc *d);
int zb_read_docx(zb_doc *d);
int zb_read_image(zb_doc *d);
/* A .docx held in memory (the fuzzer's way in). */
int zb_read_docx_buffer(zb_doc *d, const void *data, size_t n);

#endif
