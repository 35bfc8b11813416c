/* partial.h - the partial files of zb-aggregate --partial, which --merge
 * joins into what one pass over all the rows would print.
 *
 * Line 1: ZB_PARTIAL_MAGIC, then the settings as space-separated tokens
 *         (report=NAME g=COLS where=COND sort op=OP), each with %XX for
 *         '%', space and control bytes.
 * Then CSV.  A group report or ops: a header (the group columns, one
 *         state column per accumulator) and one row per group, its group
 *         cells and each saved state (lib/aggops.h).  A row report: the
 *         rows its engine wants, cut to the columns it reads, in input
 *         order (lib/rowreport.h). */
#ifndef ZB_PARTIAL_H
#define ZB_PARTIAL_H

#include <stdio.h>

#include "aggops.h"
#include "csvrec.h"

#define ZB_PARTIAL_MAGIC "#zb-aggregate-partial 1"

/* What a partial file was made with. */
typedef struct {
	const char *report;      /* --report NAME, or NULL */
	const char *group;       /* -g COLS, or NULL */
	const char **where;      /* --where COND ... */
	int nwhere;
	int sort;
	const char **ops;
	int nops;
	char *line;              /* owned: the decoded settings the pointers point into */
} zb_partial_settings;

/* The settings line, with its newline. */
void zb_partial_put_settings(FILE *fp, const zb_partial_settings *s);

enum zb_partial_status {
	ZB_PARTIAL_OK = 0,
	ZB_PARTIAL_NOMEM = -1,
	ZB_PARTIAL_IO = -2,         /* a read error: errno says */
	ZB_PARTIAL_NOT = -3,        /* no settings line: not a partial file */
	ZB_PARTIAL_BAD = -4         /* an unknown setting, or none: *why says */
};

/* Read the settings line of fp into s (freed with zb_partial_settings_free)
 * and, as written, into *line (malloc'd, no newline) for comparing files. */
int zb_partial_get_settings(FILE *fp, zb_partial_settings *s, char **line, const char **why);
void zb_partial_settings_free(zb_partial_settings *s);

/* The group states of t under plan p, as CSV.  Returns 0, or -1 when out of
 * memory. */
int zb_partial_put_groups(zb_csv_writer *w, const zb_agg_plan *p, const zb_agg_table *t);

/* Merge the group states of r (opened after the settings line) into t.
 * Returns 0; ZB_PARTIAL_NOMEM; or ZB_PARTIAL_BAD with *why and *line (the
 * input line) set: columns that do not match the plan, a malformed state,
 * a CSV error. */
int zb_partial_get_groups(zb_csv_reader *r, zb_agg_plan *p, zb_agg_table *t, const char **why, long *line);

#endif
