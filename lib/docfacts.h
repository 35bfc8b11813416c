/* docfacts.h - what a whole document is about: its place and the period it
 * reports on (zb-extract's doc_place and doc_period), read from its title
 * and opening lines:
 *
 *   2026年河南省政府工作报告              河南省, 2025年 (a work report
 *   ——2026年1月26日在河南省第十四届…       reviews the year before)
 *   2017年一季度大庆市经济运行情况         大庆市, 2017年一季度
 *   鹤壁市文联2025年上半年工作总结         鹤壁市, 2025年上半年
 *
 * The place is the first place of data/places.tsv named in the opening
 * lines (short forms, 大庆, in the title only), made finer by a county or
 * district named right after it (岳阳市平江县); a title naming only a county
 * or district not in the table gives that (桃源县).  The period is the
 * title's year and period word, or a period word opening a clause of the
 * first lines (一季度全市实现…): a row of keywords.h's zb_kw_period whose
 * class names months of a year (第一季度 and 1-3月 are 一季度, 1-6月 is
 * 上半年); a work report's (zb_doc_kinds) is the year before its title's or
 * meeting date's.  Either may stay empty; zb-extract --meta FILE overrides
 * both. */
#ifndef ZB_DOCFACTS_H
#define ZB_DOCFACTS_H

#include <stddef.h>

/* The opening lines read: up to this many non-blank lines or bytes. */
#define ZB_DOCFACTS_LINES 8
#define ZB_DOCFACTS_BYTES 4096

typedef struct {
	char place[96];
	char period[64];
} zb_docfacts;

/* Words in a title that make the period the year before (工作报告). */
typedef struct {
	const char *word;
	int year_shift;
	const char *example;
} zb_doc_kind;
extern const zb_doc_kind zb_doc_kinds[];          /* ended by word NULL */

/* The facts of the opening lines (lines[i], lens[i] bytes, n of them).
 * zb_places_load() must have been called. */
void zb_docfacts_read(zb_docfacts *f, const char *const *lines, const size_t *lens, size_t n);

/* A period as doc_period writes it (2025年上半年, 2025年1-5月, 一季度) as a
 * number that sorts in time: year, then last month, then span, each in two
 * decimal digits (a year 0 when none; a rest not understood sorts last);
 * -1 out of memory. */
long zb_period_key(const char *period);

#endif
