/* csvrec.h - CSV records between zhibiao stages, on top of libcsv.
 *
 * Reading: a header row, then records.  Columns are looked up by name; each
 * record's fields are (pointer, length) views, NUL-terminated, valid until the
 * next call to zb_csv_next().  Memory is bounded by the longest record, not by
 * the number of records.  A record with a quote or a CR is parsed by libcsv;
 * one without (most of what stages write) is split at its commas, which is
 * what libcsv would find, at a tenth of its cost.
 *
 * Writing: RFC 4180 quoting (a field is quoted only when it holds , " CR or
 * LF), so fields read are written back with the same bytes. */
#ifndef ZB_CSVREC_H
#define ZB_CSVREC_H

#include <stddef.h>
#include <stdio.h>

typedef struct {
	const char *ptr;
	size_t len;
} zb_field;

typedef struct zb_csv_reader zb_csv_reader;

enum zb_csv_status {
	ZB_CSV_ROW = 1,     /* a record is ready */
	ZB_CSV_EOF = 0,     /* no more records */
	ZB_CSV_ERROR = -1   /* zb_csv_error() says what; zb_csv_line() where */
};

/* Open path ("-" or NULL for stdin) and read its header row.  On failure
 * returns NULL and sets *why to a static message (errno text, "empty input",
 * a parse error). */
zb_csv_reader *zb_csv_open(const char *path, const char **why);
/* Same, on an already open stream, named name in messages. */
zb_csv_reader *zb_csv_open_stream(FILE *fp, const char *name, const char **why);
void zb_csv_close(zb_csv_reader *r);

const char *zb_csv_name(const zb_csv_reader *r);  /* file name for messages */
size_t zb_csv_ncols(const zb_csv_reader *r);
const zb_field *zb_csv_header(const zb_csv_reader *r);
/* Index of the column called name, or -1. */
int zb_csv_col(const zb_csv_reader *r, const char *name);

/* Next record; its fields in *fields (zb_csv_ncols() of them). */
int zb_csv_next(zb_csv_reader *r, const zb_field **fields);
long zb_csv_line(const zb_csv_reader *r);  /* line where the last record starts */
/* The last record's bytes as read, without its LF, when it held no quote
 * and no CR: then they are what writing its fields would give, and a
 * stage that passes the fields through can write them with one copy.
 * NULL (and *len 0) for any other record.  Valid until zb_csv_next. */
const char *zb_csv_plain_record(const zb_csv_reader *r, size_t *len);
const char *zb_csv_error(const zb_csv_reader *r);

/* Writing.  A row is gathered in buf and written by zb_csv_end_row with one
 * fwrite (a row longer than buf goes out in pieces): cells are written
 * only through these calls, and every row ends with zb_csv_end_row. */
enum { ZB_CSV_WRITE_BUF = 4096, ZB_CSV_WRITE_SLACK = 16 };
typedef struct {
	FILE *fp;
	int safe;        /* prefix ' to text cells starting with = + - @, tab or CR */
	int nfields;     /* fields written in the current row */
	size_t len;      /* bytes of the current row in buf */
	/* the slack after the row lets a cell copied in be checked 16 bytes
	 * at a time past its end */
	char buf[ZB_CSV_WRITE_BUF + ZB_CSV_WRITE_SLACK];
} zb_csv_writer;

void zb_csv_writer_init(zb_csv_writer *w, FILE *fp, int safe);
void zb_csv_put(zb_csv_writer *w, const char *s, size_t len);
void zb_csv_puts(zb_csv_writer *w, const char *s);
/* A text cell taken from a report: guarded against spreadsheet formulas when
 * the writer is safe. */
void zb_csv_put_text(zb_csv_writer *w, const char *s, size_t len);
void zb_csv_put_long(zb_csv_writer *w, long v);
/* ncells cells already written as CSV (e.g. a zb_csv_plain_record), as they are. */
void zb_csv_put_cells(zb_csv_writer *w, const char *csv, size_t len, int ncells);
/* The fields of the record r just gave, each as zb_csv_put writes it (as
 * zb_csv_put_text where is_text[i], when is_text is not NULL): the record's
 * bytes in one copy when it was plain and no cell needs a guard. */
void zb_csv_put_record(zb_csv_writer *w, const zb_csv_reader *r, const zb_field *fields, const int *is_text);
void zb_csv_end_row(zb_csv_writer *w);

/* Output schema for a filter stage: the input header, then each of the names
 * in add that the input does not already have.  index[i] receives the output
 * position of add[i].  Returns the number of output columns. */
int zb_csv_schema(const zb_csv_reader *r, const char *const *add, int nadd, int *index);
/* Is every column of such an index new, after the input's?  Then a row is
 * the input's cells (zb_csv_put_record), then the added ones. */
int zb_csv_schema_appends(const zb_csv_reader *r, const int *index, int nadd);

#endif
