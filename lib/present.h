/* present.h - how zb-aggregate's reports are shown to readers: which report
 * a header is, the Chinese label and kind of each column, money in 亿元 or
 * 万元, number text, and each report's default chart.  zb-plot (charts) and
 * zb-table (Markdown tables) read the same table, so a new report or column
 * costs one row here. */
#ifndef ZB_PRESENT_H
#define ZB_PRESENT_H

#include <stddef.h>

enum zb_col_kind {
	ZB_COL_TEXT,    /* names, mentions */
	ZB_COL_NUMBER,  /* counts, ranks: shown as they are */
	ZB_COL_MONEY    /* yuan: shown in a money unit (zb_money_unit) */
};

typedef struct {
	const char *name;    /* column name in the CSV header */
	const char *label;   /* Chinese header for readers */
	enum zb_col_kind kind;
	const char *unit;    /* what one counts (条, 个), for axis labels; NULL for text */
	const char *empty;   /* shown for an empty cell, or NULL */
} zb_col_def;

typedef struct {
	const char *name;    /* the --report name of zb-aggregate */
	const char *key;     /* a column only this report has: detection by header */
	const zb_col_def *cols;  /* ended by a row with name NULL */
	const char *title;   /* chart and section title */
	const char *note;    /* one sentence telling the reader what is counted */
	/* Default chart (zb-plot's words): kind, label column, value columns
	 * (comma-separated), column whose values become series (or NULL). */
	const char *chart, *x, *y, *stack;
} zb_report_def;

/* Every known report, ended by a row with name NULL. */
extern const zb_report_def zb_reports[];

/* The label of a row holding the report's total (left out of charts). */
#define ZB_TOTAL_LABEL "合计"

/* The report whose columns a header has (department and the key column), or
 * NULL.  names[i] is the name of column i. */
const zb_report_def *zb_report_detect(const char *const *names, size_t n);
/* The definition of column name in report rep, or NULL (rep may be NULL). */
const zb_col_def *zb_report_col(const zb_report_def *rep, const char *name);

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
