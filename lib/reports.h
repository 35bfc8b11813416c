/* reports.h - the report registry: every report zb-aggregate makes, one row
 * each (lib/reports.c), with all that the programs need of it:
 *
 *   zb-aggregate  the rows it takes, the grouping and each column's op
 *                 (group reports), or the engine that makes its rows (row
 *                 reports); --list-reports for the scripts
 *   zb-plot       the default chart: kind, label and value columns, scale
 *   zb-table      each column's Chinese label, kind (money in 亿元/万元),
 *                 the title and note, and the report's briefing section
 *   zb-pipeline   which reports to make and which to chart
 *   zb-briefing   the sections in order and the headline sentences
 *
 * A new report is a row here (plus, for a row report, its engine). */
#ifndef ZB_REPORTS_H
#define ZB_REPORTS_H

#include <stddef.h>

#include "rowreport.h"

enum zb_col_kind {
	ZB_COL_TEXT,    /* names, mentions */
	ZB_COL_NUMBER,  /* counts, ranks: shown as they are */
	ZB_COL_MONEY    /* yuan: shown in a money unit (zb_money_pick) */
};

/* Column flags. */
#define ZB_COL_BRIEF 1u  /* shown in the briefing's table (none flagged: all) */
#define ZB_COL_SUM 2u    /* a plain sum of figures that may be unlike: kept in the
			    CSV for arithmetic, labelled as such, never briefed */

typedef struct {
	const char *name;    /* CSV header */
	const char *op;      /* group reports: the op as typed (count, argmax:value:subject);
				NULL for a group column and in row reports */
	const char *when;    /* group reports: conditions on the rows it counts ("" all) */
	const char *label;   /* Chinese header for readers */
	enum zb_col_kind kind;
	const char *unit;    /* what one counts (条, 位), for axis labels; NULL for text */
	const char *empty;   /* shown for an empty cell, or NULL */
	unsigned flags;
} zb_report_col;

enum zb_scale {
	ZB_SCALE_LINEAR,
	ZB_SCALE_LOG,        /* logarithmic value axis */
	ZB_SCALE_AUTO        /* log when the largest bar is 100 times the next, or the
				median bar, or more (zb-plot --scale auto) */
};

typedef struct {
	const char *kind;    /* zb-plot's chart kind; NULL: the report has no chart */
	const char *x, *y;   /* label column; value columns, comma-separated */
	const char *stack;   /* column whose values become series, or NULL */
	enum zb_scale scale;
} zb_report_chart;

typedef struct {
	int order;           /* place in the briefing (1 first); 0: not in it */
	int level;           /* Markdown heading level of its section */
	int table;           /* its table is shown (0: its chart only) */
	const char *by;      /* one table per value of this column (department|doc:
				department, or doc where it is empty), or NULL */
	const char *where;   /* only the rows meeting these conditions, or NULL */
	/* Headline sentences for the briefing's first paragraph, each ended by
	 * 。: {COL} is the total row's cell (or, in a report without one, the
	 * first row's), {#} the number of rows; a sentence with an empty cell
	 * or a {#} of 0 is left out.  NULL: none. */
	const char *headline;
} zb_report_brief;

typedef struct {
	const char *name, *help;
	const char *group;           /* group reports: as -g; NULL for a row report */
	const char *where;           /* group reports: the rows counted */
	const zb_report_col *cols;   /* ended by name NULL; NULL: one count per metric
					type of zb_types (overview), see zb_report_cols */
	const zb_row_engine *engine; /* row reports: what makes the rows */
	const char *key;             /* a column no other report has: zb-plot and
					zb-table know the report by it */
	const char *title, *note;
	zb_report_chart chart;
	zb_report_brief brief;
	int min_docs;                /* the briefing shows it from this many documents
					(2: across documents) */
} zb_report;

/* Every report, in the order zb-pipeline makes them; ended by name NULL. */
extern const zb_report zb_reports[];

/* The label of a group report's total row (left out of charts). */
#define ZB_TOTAL_LABEL "合计"

const zb_report *zb_report_named(const char *name);
/* The report whose columns a header has (department and the key column), or
 * NULL.  names[i] is the name of column i. */
const zb_report *zb_report_detect(const char *const *names, size_t n);
/* The report's columns, ended by name NULL (overview's made from zb_types
 * once). */
const zb_report_col *zb_report_cols(const zb_report *r);
/* The column called name in r, or NULL (r may be NULL).  A column "* X"
 * is a column per document: any name ending in " X". */
const zb_report_col *zb_report_column(const zb_report *r, const char *name);
int zb_report_col_matches(const zb_report_col *c, const char *name);
/* c's label for the column called name: the label, with the star of a
 * column per document the document's label (buf, cap bytes). */
const char *zb_report_label(const zb_report_col *c, const char *name, char *buf, size_t cap);
/* A row report has an engine; a group report has a total row. */
static inline int zb_report_has_total(const zb_report *r) { return r->engine == NULL; }

#endif
