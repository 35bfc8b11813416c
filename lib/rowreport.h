/* rowreport.h - row reports: reports whose rows are not groups of counts
 * but things read from the text (a claim, an indicator), made by an engine
 * (lib/ledger.c, lib/indicators.c) that zb-aggregate feeds with the input's
 * rows in order.
 *
 * An engine names the input columns it reads; zb-aggregate hands it each
 * row's cells in that order (a column the input lacks, when optional, as a
 * field with ptr NULL).  It writes its rows as it goes, through a zb_rowout
 * that puts its cells in the order of the report's columns in the registry
 * (lib/reports.c), so the registry decides which columns a report shows.
 *
 * Shards: a row report's partial file is the rows the engine wants, cut to
 * the columns it reads, in input order; merging feeds them to the engine
 * in the order of the partial files.  One pass and a merge so run the very
 * same engine over the very same rows and print the same bytes, wherever
 * the input was cut (even inside a sentence).
 */
#ifndef ZB_ROWREPORT_H
#define ZB_ROWREPORT_H

#include "csvrec.h"

/* An output column an engine can fill. */
typedef struct {
	const char *name;
	const char *help;
} zb_rowcol;

/* Where an engine's rows go: the registry's columns, each mapped to the
 * engine's output column that fills it. */
typedef struct {
	zb_csv_writer *w;
	const int *map;          /* per report column: index into the engine's outputs */
	int ncols;
	/* Or, when set, the rows go to put instead (an engine made of another:
	 * the across reports read the indicators' and the ledger's rows). */
	int (*put)(void *ctx, const char *const *cells);
	void *ctx;
	int *failed;             /* put's nonzero return lands here */
} zb_rowout;

/* cells[i] is engine output i (NULL or "" for empty), written in the
 * report's column order, or handed to put. */
void zb_rowout_put(const zb_rowout *o, const char *const *cells);

enum zb_row_status { ZB_ROWREP_OK = 0, ZB_ROWREP_NOMEM = -1, ZB_ROWREP_BAD = -2 };

typedef struct zb_row_engine {
	const char *const *input;     /* columns read, NULL-ended */
	unsigned optional;            /* bit i: input[i] may be missing */
	const zb_rowcol *outputs;     /* columns it can fill, ended by name NULL */
	/* Does the row matter (cells in the order of input)?  Rows it does not
	 * want are neither given to row() nor kept in partial files. */
	int (*wants)(const zb_field *cells);
	void *(*start)(const zb_rowout *out);          /* NULL: out of memory */
	/* A wanted row.  ZB_ROWREP_BAD sets *why (static text naming the column). */
	int (*row)(void *st, const zb_field *cells, const char **why);
	int (*finish)(void *st);                        /* the rows still held */
	void (*free)(void *st);
	/* The engine writes the header itself, at the end, through out->w (its
	 * columns depend on the rows: compare's, one set per document). */
	int own_header;
} zb_row_engine;

/* Index of output column name in e, or -1. */
int zb_row_engine_output(const zb_row_engine *e, const char *name);

/* ---- what engines share ---- */

/* Strings that live as long as a batch of rows (a department's claims, an
 * item's indicators) and go together. */
typedef struct zb_arena_chunk zb_arena_chunk;
typedef struct {
	zb_arena_chunk *head;
} zb_arena;

/* A NUL-terminated copy of s[0..len) (s may be NULL when len is 0), or NULL
 * when out of memory. */
char *zb_arena_dup(zb_arena *a, const char *s, size_t len);
/* printf into the arena; NULL when out of memory. */
char *zb_arena_printf(zb_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* a, a blank, then b (a may be NULL: b alone). */
char *zb_arena_join(zb_arena *a, const char *x, const char *b);
/* Blank-separated words: lines, then each word of more not among them
 * (line numbers of a row and of one joined to it: "15 16"). */
char *zb_arena_add_words(zb_arena *a, const char *lines, const char *more);
void zb_arena_free(zb_arena *a);

/* A key of several cells (each followed by NUL), to tell when a batch
 * ends: the cells of cols (indexes into cells, ended by -1). */
typedef struct {
	char *p;
	size_t len, cap;
} zb_rowkey;
/* Make k the key of these cells.  Returns 1 when it changed, 0 when not,
 * -1 when out of memory. */
int zb_rowkey_set(zb_rowkey *k, const zb_field *cells, const int *cols);
void zb_rowkey_free(zb_rowkey *k);

/* Where needle (nn bytes) first stands in hay (hn bytes), or NULL. */
const char *zb_find(const char *hay, size_t hn, const char *needle, size_t nn);

/* The cell of the first of cols (ended by -1) that is not empty: the group
 * of department|doc. */
const zb_field *zb_first_nonempty(const zb_field *cells, const int *cols);

#endif
