/* figure.h - a number with what touches it, as reports write it: 约4500余件,
 * 6.07亿元, 增长-3.4%, 1.23：1, 约1/3, 2/3以上, 2800元/吨, 1至5月份, 二十大.
 *
 * One grammar for every stage: zb-extract finds figures in running text with
 * zb_figure_at and writes their parts (number, qualifier, unit_text);
 * zb-normalize reads the number and unit_text columns back with
 * zb_number_read and zb_unit_text_read, which take the same parts the same
 * way; zb-classify steps over the other figures of a clause with
 * zb_figure_next.  The words (units, magnitudes, qualifiers) are the tables
 * of units.c. */
#ifndef ZB_FIGURE_H
#define ZB_FIGURE_H

#include "keywords.h"
#include "numeral.h"
#include "types.h"
#include "units.h"

#include <stddef.h>

/* Part of a text, by byte offset. */
typedef struct {
	size_t off, len;
} zb_part;

typedef struct {
	enum zb_kind kind;    /* number, date, period, edition or name */
	zb_part mention;      /* all of it: 约4500余件 */
	zb_part number;       /* the number as written: 4500, -3.4, 1.23：1, 1/3, 1至5 */
	zb_part qualifier;    /* the first qualifier: 约 (before), 余 (inside), 以上 (after) */
	zb_part magnitude;    /* magnitude words before the unit: 亿 of 6.07亿元 */
	zb_part unit;         /* the unit, with the unit it is per: 元, 元/吨, 月份 */
	zb_num num;           /* the number at number.off, as zb_num_scan reads it */
} zb_figure;

/* Where a number stands. */
typedef struct {
	const zb_kw_index *name_marks;  /* zb_kw_name_mark's: 5G, 1+N are names */
	size_t clause;                  /* the clause starts here: a minus sign or a
					   qualifier before the number joins it only after */
	int quoted;                     /* the number is inside quotes: a name */
	const zb_kw_index *quotes;      /* zb_figure_next: zb_kw_quote's, to tell for
					   each number (quoted unused); NULL: none */
} zb_figure_where;

/* The figure whose digits start at text[at] of text[0..n).  Returns the end
 * of what was read: of the figure when f->mention.len > 0, else of a number
 * that makes none (二十大, 一批, 万家灯火: step over it); 0 when no number
 * starts at `at`. */
size_t zb_figure_at(const char *text, size_t n, size_t at, const zb_figure_where *w, zb_figure *f);

/* The first figure of Arabic digits (not a name) whose digits start in
 * text[from, n), with what touches it: 10.3万名, 507宗, 1,234亿元.  Returns
 * 1 and *f, or 0. */
int zb_figure_next(const char *text, size_t n, size_t from, const zb_figure_where *w, zb_figure *f);

/* A number column as zb-extract writes it: 4500, -3.4, 三千五百, 七分之二,
 * 百分之三十, 1.23：1, 1/3. */
typedef struct {
	long double value;     /* negative after a minus; the quotient of a fraction;
				  the first term of a ratio */
	enum zb_num_form form; /* ZB_NUM_FRACTION for 1/3 too */
	int ratio;             /* X：Y[：Z] */
} zb_number;

/* 0, or -1 when s[0..n) is not one number. */
int zb_number_read(const char *s, size_t n, zb_number *out);

/* A unit_text column: magnitude words, a unit of the table and the unit it
 * is per, each optional: 亿 + 元, 万 + 元 + /亩, 个百分点. */
typedef struct {
	long double factor;    /* of the magnitude words (1 when none): 万亿 is 1e12 */
	size_t magnitudes;     /* bytes of magnitude words */
	const zb_unit *unit;   /* NULL: none, or more text than magnitudes and a unit */
	zb_part per;           /* after the slash of a rate: 吨 of 元/吨 */
	int other;             /* text that is no magnitude and no unit of the table */
} zb_unit_text;

void zb_unit_text_read(const char *s, size_t n, zb_unit_text *out);

#endif
