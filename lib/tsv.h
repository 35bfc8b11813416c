/* tsv.h - tables kept as tab-separated text: the .tsv files of data/, compiled in (the
 * Makefile turns each into a string, zb_NAME_tsv) and read again from a
 * file a user gives (zb-classify --indicators FILE).
 *
 * A row is a line of fields split by tabs; blank lines and lines starting
 * with # are comments.  The text must be UTF-8. */
#ifndef ZB_TSV_H
#define ZB_TSV_H

#include <stddef.h>

/* The compiled-in tables (data/places.tsv, data/indicators.tsv). */
extern const char zb_places_tsv[];
extern const char zb_indicators_tsv[];

/* One row: fields[0..n) (NUL-terminated, in the text given to
 * zb_tsv_each), its line from 1.  Returns 0 to go on, or nonzero to stop
 * (zb_tsv_each then returns it). */
typedef int (*zb_tsv_row_fn)(void *ctx, char **fields, int n, long line);

/* Split text (len bytes, modified in place: tabs and newlines become NULs)
 * into rows for row(); text[len] must be writable (a NUL).  Rows with fewer than min_fields fields are an
 * error.  Returns 0, row()'s nonzero return, or ZB_TSV_BAD with *bad_line
 * set (a short row, or a byte that is not UTF-8). */
#define ZB_TSV_BAD (-100)
int zb_tsv_each(char *text, size_t len, int min_fields, zb_tsv_row_fn row, void *ctx, long *bad_line);

/* A whole file read into memory (NUL-terminated), its length in *len.
 * Returns NULL with errno set. */
char *zb_tsv_read_file(const char *path, size_t *len);

#endif
