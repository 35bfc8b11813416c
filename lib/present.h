/* present.h - numbers for readers: money in 亿元 or 万元, number text, the
 * width of labels.  What each report's columns are called and how they are
 * shown is the registry's (lib/reports.c). */
#ifndef ZB_PRESENT_H
#define ZB_PRESENT_H

#include <stddef.h>

/* Money units, largest first, ended by a row with name NULL. */
typedef struct {
	const char *name;    /* 亿元 */
	double factor;       /* yuan in one unit */
} zb_money_unit;
extern const zb_money_unit zb_money_units[];

/* The unit to show amounts whose largest absolute value is max in: the
 * largest unit max reaches, else the smallest unit (万元). */
const zb_money_unit *zb_money_pick(double max);

/* v rounded for reading: at most two decimals, trailing zeros dropped, no
 * exponent ("4.52", "3500", "-0.5", "0").  Writes into buf (size n) and
 * returns it. */
char *zb_number_text(double v, char *buf, size_t n);

/* Rough width of UTF-8 text in ems for layout: wide (CJK) characters count
 * 1, others 0.6. */
double zb_text_ems(const char *s);

#endif
