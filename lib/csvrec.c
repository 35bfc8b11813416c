/* csvrec.c - streaming CSV records on libcsv (see csvrec.h). */
#include "csvrec.h"
#include "digits.h"
#include "grow.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define CHUNK (64 * 1024)

struct span { size_t off, len; };

struct zb_csv_reader {
	FILE *fp;
	int own_fp;
	char *name;
	struct csv_parser parser;

	/* Bytes read and not yet parsed: buf[buf_pos, buf_len).  The record
	 * they begin has been scanned for its end up to buf_pos + scan_off,
	 * with an odd number of quotes so far when scan_odd (its LF is inside
	 * a quoted field), and some quote when scan_quoted. */
	char *buf;
	size_t buf_len, buf_cap, buf_pos, scan_off;
	int scan_odd, scan_quoted;

	/* Fields parsed but not yet handed out: bytes in arena, spans in
	 * spans[]; rows[] holds the index of each complete row's first span. */
	char *arena;
	size_t arena_len, arena_cap;
	struct span *spans;
	size_t nspans, spans_cap;
	size_t *rows;        /* first span of each complete row */
	long *row_lines;     /* line each complete row starts on */
	size_t nrows, rows_cap, lines_cap, next_row;
	size_t row_start;    /* first span of the row being parsed */
	long line;           /* current physical line */
	long row_line;       /* line where the row being parsed started */
	int row_open;
	/* What the fields of the record being parsed may hold: NULs for
	 * hidden spaces, and (quoted) newlines. */
	int record_spaces, record_quotes;

	size_t ncols;
	zb_field *header;
	char *header_buf;
	zb_field *out;       /* views handed to the caller */
	long cur_line;
	/* The bytes of the row rows[plain_row] as read, when it was split by
	 * split_plain (SIZE_MAX: none).  They stay in buf until the next fill. */
	size_t plain_row, plain_len;
	const char *plain;
	int eof, done, failed;
	const char *error;
	char errbuf[160];
};

/* Spaces are data: libcsv must not trim them.  It asks a space function
 * about every byte of an unquoted field, an indirect call per byte; so a
 * record without tabs goes to libcsv with its spaces turned into NUL bytes
 * (which the input cannot hold: a NUL is an error before parsing) and no
 * space function, libcsv's default, which sees no space or tab then, and
 * on_field turns the NULs back.  A record with a tab keeps not_space. */
static int not_space(unsigned char c) { (void)c; return 0; }

static void hide_spaces(char *s, size_t n)
{
	for (char *p = s, *end = s + n; (p = memchr(p, ' ', (size_t)(end - p))) != NULL; p++)
		*p = '\0';
}

static void unhide_spaces(char *s, size_t n)
{
	for (char *p = s, *end = s + n; (p = memchr(p, '\0', (size_t)(end - p))) != NULL; p++)
		*p = ' ';
}


static void on_field(void *s, size_t len, void *data)
{
	zb_csv_reader *r = data;
	if (r->failed)
		return;
	if (!r->row_open) {
		r->row_open = 1;
		r->row_line = r->line;
	}
	if (zb_grow((void **)&r->arena, &r->arena_cap, r->arena_len + len + 1, 1) ||
	    zb_grow((void **)&r->spans, &r->spans_cap, r->nspans + 1, sizeof *r->spans)) {
		r->failed = 1;
		r->error = "out of memory";
		return;
	}
	char *to = r->arena + r->arena_len;
	memcpy(to, s, len);
	if (r->record_spaces)
		unhide_spaces(to, len);
	if (r->record_quotes)   /* newlines inside quoted fields */
		for (const char *p = s, *end = p + len; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
			r->line++;
	to[len] = '\0';
	r->spans[r->nspans++] = (struct span){r->arena_len, len};
	r->arena_len += len + 1;
}

static void on_row_end(int c, void *data)
{
	zb_csv_reader *r = data;
	if (c == '\n')
		r->line++;
	if (r->failed || !r->row_open)
		return;  /* a blank line, or the LF of a CRLF pair */
	if (zb_grow((void **)&r->rows, &r->rows_cap, r->nrows + 1, sizeof *r->rows) ||
	    zb_grow((void **)&r->row_lines, &r->lines_cap, r->nrows + 1, sizeof *r->row_lines)) {
		r->failed = 1;
		r->error = "out of memory";
		return;
	}
	r->rows[r->nrows] = r->row_start;
	r->row_lines[r->nrows] = r->row_line;
	r->nrows++;
	r->row_start = r->nspans;
	r->row_open = 0;
}

/* Drop rows already handed out, keeping a partly parsed row. */
static void compact(zb_csv_reader *r)
{
	size_t keep_span = r->row_start;
	size_t off = keep_span < r->nspans ? r->spans[keep_span].off : r->arena_len;
	if (off)  /* nothing to drop (arena may still be NULL) */
		memmove(r->arena, r->arena + off, r->arena_len - off);
	r->arena_len -= off;
	for (size_t i = keep_span; i < r->nspans; i++) {
		r->spans[i - keep_span] = r->spans[i];
		r->spans[i - keep_span].off -= off;
	}
	r->nspans -= keep_span;
	r->row_start = 0;
	r->nrows = r->next_row = 0;
	r->plain_row = SIZE_MAX;
}

static void fail_with(zb_csv_reader *r, const char *fmt, const char *detail)
{
	r->failed = 1;
	snprintf(r->errbuf, sizeof r->errbuf, fmt, detail);
	r->error = r->errbuf;
}

/* The offset from buf_pos of the LF that ends the record there: the first
 * LF after an even number of quotes (a "" inside a quoted field counts
 * twice; a quote anywhere else is an error libcsv reports).  SIZE_MAX when
 * the bytes read end first; the next call goes on where this one stopped. */
static size_t record_end(zb_csv_reader *r)
{
	char *start = r->buf + r->buf_pos, *end = r->buf + r->buf_len;
	for (char *from = start + r->scan_off;;) {
		/* from == end before the first read, when buf is still NULL */
		char *lf = from < end ? memchr(from, '\n', (size_t)(end - from)) : NULL;
		char *stop = lf ? lf : end;
		for (char *q = from; q < stop && (q = memchr(q, '"', (size_t)(stop - q))) != NULL; q++)
			r->scan_odd ^= 1, r->scan_quoted = 1;
		if (!lf) {
			r->scan_off = (size_t)(end - start);
			return SIZE_MAX;
		}
		if (!r->scan_odd) {
			r->scan_off = 0;
			return (size_t)(lf - start);
		}
		from = lf + 1;
	}
}

/* The fields of a record being split, kept in locals while it is: a store
 * through the record's char pointer could alias the reader's fields, which
 * the compiler would read again after each. */
struct splitter {
	struct span *spans;
	size_t nspans, cap;
	char *to;      /* the record's copy in the arena */
	size_t base;   /* its offset there */
};

/* Room for more spans (a 16-byte block has at most 16 commas).  0, or -1
 * out of memory. */
static int room_for(zb_csv_reader *r, struct splitter *sp, size_t more)
{
	if (sp->nspans + more <= sp->cap)
		return 0;
	if (zb_grow((void **)&r->spans, &r->spans_cap, sp->nspans + more, sizeof *r->spans))
		return -1;
	sp->spans = r->spans;
	sp->cap = r->spans_cap;
	return 0;
}

/* The field to[start, end): its end (a comma, or the byte after the
 * record) becomes its NUL.  Room for it was made. */
static inline void add_field(struct splitter *sp, size_t start, size_t end)
{
	sp->to[end] = '\0';
	sp->spans[sp->nspans++] = (struct span){sp->base + start, end - start};
}

/* A record without quotes or CRs is its fields between commas, as libcsv
 * would find them (spaces are data), without libcsv's call per byte: most
 * records between stages are such.  The record is copied to the arena
 * whole and its commas found 16 bytes at a time.  ends_with is the LF, or
 * -1 at the end of input, for on_row_end.  Returns 1, having taken
 * nothing, when the record holds a CR: libcsv's to parse. */
static int split_plain(zb_csv_reader *r, const char *s, size_t len, int ends_with)
{
	if (len == 0) {  /* a blank line: no fields */
		on_row_end(ends_with, r);
		return 0;
	}
	if (zb_grow((void **)&r->arena, &r->arena_cap, r->arena_len + len + 1, 1))
		goto oom;
	struct splitter sp = {r->spans, r->nspans, r->spans_cap, r->arena + r->arena_len, r->arena_len};
	memcpy(sp.to, s, len);
	size_t first_span = r->nspans, field_start = 0, i = 0;
#ifdef __SSE2__
	const __m128i comma = _mm_set1_epi8(','), cr = _mm_set1_epi8('\r');
	for (; i + 16 <= len; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(sp.to + i));
		if (_mm_movemask_epi8(_mm_cmpeq_epi8(v, cr)))
			goto has_cr;
		unsigned hits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, comma));
		if (hits && room_for(r, &sp, 16))
			goto oom;
		for (; hits; hits &= hits - 1) {
			size_t at = i + (size_t)__builtin_ctz(hits);
			add_field(&sp, field_start, at);
			field_start = at + 1;
		}
	}
#endif
	for (; i < len; i++) {
		if (sp.to[i] == '\r')
			goto has_cr;
		if (sp.to[i] == ',') {
			if (room_for(r, &sp, 1))
				goto oom;
			add_field(&sp, field_start, i);
			field_start = i + 1;
		}
	}
	if (room_for(r, &sp, 1))
		goto oom;
	add_field(&sp, field_start, len);
	r->nspans = sp.nspans;
	r->arena_len += len + 1;
	r->record_spaces = r->record_quotes = 0;
	if (!r->row_open) {
		r->row_open = 1;
		r->row_line = r->line;
	}
	r->plain_row = r->nrows;
	r->plain = s;
	r->plain_len = len;
	on_row_end(ends_with, r);
	return 0;
has_cr:
	r->nspans = first_span;
	return 1;
oom:
	r->failed = 1;
	r->error = "out of memory";
	return 0;
}

/* A record with quotes (or CRs) goes to libcsv whole. */
static void parse_quoted(zb_csv_reader *r, char *s, size_t len)
{
	r->record_quotes = 1;
	r->record_spaces = 0;
	if (memchr(s, '\t', len)) {
		csv_set_space_func(&r->parser, not_space);
	} else {
		r->record_spaces = memchr(s, ' ', len) != NULL;
		hide_spaces(s, len);
		csv_set_space_func(&r->parser, NULL);
	}
	if (csv_parse(&r->parser, s, len, on_field, on_row_end, r) != len && !r->failed) {
		if (csv_error(&r->parser) == CSV_ENOMEM) {
			r->failed = 1;
			r->error = "out of memory";
		} else
			fail_with(r, "malformed CSV: %s (a stray or unbalanced quote?)",
				  csv_strerror(csv_error(&r->parser)));
	}
}

/* Parse the len bytes at buf_pos, one record (with its LF when has_lf). */
static void take_record(zb_csv_reader *r, size_t len, int has_lf)
{
	char *s = r->buf + r->buf_pos;
	if (r->scan_quoted || split_plain(r, s, has_lf ? len - 1 : len, has_lf ? '\n' : -1))
		parse_quoted(r, s, len);
	r->buf_pos += len;
	r->scan_quoted = r->scan_odd = 0;
}

/* Append up to CHUNK bytes of input after the unparsed ones. */
static void read_more(zb_csv_reader *r)
{
	size_t keep = r->buf_len - r->buf_pos;
	if (r->buf_pos)
		memmove(r->buf, r->buf + r->buf_pos, keep);
	r->buf_len = keep;
	r->buf_pos = 0;
	if (zb_grow((void **)&r->buf, &r->buf_cap, keep + CHUNK, 1)) {
		r->failed = 1;
		r->error = "out of memory";
		return;
	}
	size_t n = fread(r->buf + keep, 1, CHUNK, r->fp);
	if (n > 0 && memchr(r->buf + keep, '\0', n)) {
		fail_with(r, "%s", "NUL byte in CSV input");
		return;
	}
	r->buf_len += n;
	if (n < CHUNK) {
		if (ferror(r->fp))
			fail_with(r, "read error: %s", strerror(errno));
		r->eof = 1;
	}
}

/* Parse more input until at least one row is complete or input ends. */
static int fill(zb_csv_reader *r)
{
	compact(r);
	while (r->nrows == 0 && !r->failed && !r->done) {
		size_t len = record_end(r);
		if (len != SIZE_MAX)
			take_record(r, len + 1, 1);
		else if (!r->eof)
			read_more(r);
		else {  /* the last record, if any, has no LF */
			if (r->buf_len > r->buf_pos)
				take_record(r, r->buf_len - r->buf_pos, 0);
			if (!r->failed && csv_fini(&r->parser, on_field, on_row_end, r) != 0)
				fail_with(r, "%s", "malformed CSV: unterminated quoted field");
			r->done = 1;
		}
	}
	return r->failed ? ZB_CSV_ERROR : 0;
}

/* Take the next complete row: its span index range.  Rows parsed before an
 * error are handed out first; then the error, at the line it happened. */
static int take(zb_csv_reader *r, size_t *first, size_t *count)
{
	if (r->next_row >= r->nrows) {
		if (!r->failed)
			fill(r);
		if (r->next_row >= r->nrows) {
			if (r->failed) {
				r->cur_line = r->row_open ? r->row_line : r->line;
				return ZB_CSV_ERROR;
			}
			return ZB_CSV_EOF;
		}
	}
	size_t i = r->next_row++;
	*first = r->rows[i];
	*count = (i + 1 < r->nrows ? r->rows[i + 1] : r->row_start) - *first;
	r->cur_line = r->row_lines[i];
	return ZB_CSV_ROW;
}

/* The reader's own memory (not the parser's, not the stream). */
static void free_reader(zb_csv_reader *r)
{
	if (!r)
		return;
	free(r->buf);
	free(r->name);
	free(r->arena);
	free(r->spans);
	free(r->rows);
	free(r->row_lines);
	free(r->header);
	free(r->header_buf);
	free(r->out);
	free(r);
}

zb_csv_reader *zb_csv_open_stream(FILE *fp, const char *name, const char **why)
{
	zb_csv_reader *r = calloc(1, sizeof *r);
	if (r)
		r->plain_row = SIZE_MAX;
	if (!r || !(r->name = strdup(name))) {
		*why = "out of memory";
		goto fail;
	}
	r->fp = fp;
	r->line = 1;
	if (csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
		*why = "out of memory";
		goto fail;
	}
	csv_set_space_func(&r->parser, not_space);
	/* libcsv grows its field buffer by blk_size (128 bytes by default): a
	 * 10 MB field took 78000 reallocs, quadratic where realloc copies (4 min
	 * under ASan).  Grow by a read chunk instead. */
	csv_set_blk_size(&r->parser, CHUNK);
	size_t first, count;
	int st = take(r, &first, &count);
	if (st != ZB_CSV_ROW) {
		static char why_buf[sizeof r->errbuf];  /* r->errbuf is freed with r */
		snprintf(why_buf, sizeof why_buf, "%s", st == ZB_CSV_EOF ? "empty input: no header row" : r->error);
		*why = why_buf;
		csv_free(&r->parser);
		goto fail;
	}
	r->ncols = count;
	size_t bytes = 0;
	for (size_t i = 0; i < count; i++)
		bytes += r->spans[first + i].len + 1;
	r->header = calloc(count, sizeof *r->header);
	r->out = calloc(count, sizeof *r->out);
	r->header_buf = malloc(bytes);
	if (!r->header || !r->out || !r->header_buf) {
		*why = "out of memory";
		csv_free(&r->parser);
		goto fail;
	}
	char *p = r->header_buf;
	for (size_t i = 0; i < count; i++) {
		struct span s = r->spans[first + i];
		memcpy(p, r->arena + s.off, s.len + 1);
		r->header[i] = (zb_field){p, s.len};
		p += s.len + 1;
	}
	/* A UTF-8 BOM before the first column name is not part of it. */
	if (count && r->header[0].len >= 3 && memcmp(r->header[0].ptr, "\xEF\xBB\xBF", 3) == 0) {
		r->header[0].ptr += 3;
		r->header[0].len -= 3;
	}
	return r;
fail:
	free_reader(r);
	return NULL;
}

zb_csv_reader *zb_csv_open(const char *path, const char **why)
{
	if (!path || strcmp(path, "-") == 0)
		return zb_csv_open_stream(stdin, "-", why);
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		*why = strerror(errno);
		return NULL;
	}
	zb_csv_reader *r = zb_csv_open_stream(fp, path, why);
	if (!r)
		fclose(fp);
	else
		r->own_fp = 1;
	return r;
}

void zb_csv_close(zb_csv_reader *r)
{
	if (!r)
		return;
	if (r->own_fp)
		fclose(r->fp);
	csv_free(&r->parser);
	free_reader(r);
}

const char *zb_csv_name(const zb_csv_reader *r) { return r->name; }
size_t zb_csv_ncols(const zb_csv_reader *r) { return r->ncols; }
const zb_field *zb_csv_header(const zb_csv_reader *r) { return r->header; }
long zb_csv_line(const zb_csv_reader *r) { return r->cur_line; }
const char *zb_csv_error(const zb_csv_reader *r) { return r->error ? r->error : "no error"; }

int zb_csv_col(const zb_csv_reader *r, const char *name)
{
	size_t n = strlen(name);
	for (size_t i = 0; i < r->ncols; i++)
		if (r->header[i].len == n && memcmp(r->header[i].ptr, name, n) == 0)
			return (int)i;
	return -1;
}

int zb_csv_next(zb_csv_reader *r, const zb_field **fields)
{
	size_t first, count;
	int st = take(r, &first, &count);
	if (st != ZB_CSV_ROW)
		return st;
	if (count != r->ncols) {
		snprintf(r->errbuf, sizeof r->errbuf, "expected %zu fields as in the header, found %zu",
			 r->ncols, count);
		r->error = r->errbuf;
		return ZB_CSV_ERROR;
	}
	for (size_t i = 0; i < count; i++) {
		struct span s = r->spans[first + i];
		r->out[i] = (zb_field){r->arena + s.off, s.len};
	}
	*fields = r->out;
	return ZB_CSV_ROW;
}

const char *zb_csv_plain_record(const zb_csv_reader *r, size_t *len)
{
	int handed_out = r->next_row > 0 && r->next_row - 1 == r->plain_row;
	*len = handed_out ? r->plain_len : 0;
	return handed_out ? r->plain : NULL;
}

int zb_csv_schema_appends(const zb_csv_reader *r, const int *index, int nadd)
{
	for (int i = 0; i < nadd; i++)
		if (index[i] < (int)r->ncols)
			return 0;
	return 1;
}

int zb_csv_schema(const zb_csv_reader *r, const char *const *add, int nadd, int *index)
{
	int n = (int)r->ncols;
	for (int i = 0; i < nadd; i++) {
		int c = zb_csv_col(r, add[i]);
		index[i] = c >= 0 ? c : n++;
	}
	return n;
}

/* Writing. */

void zb_csv_writer_init(zb_csv_writer *w, FILE *fp, int safe)
{
	w->fp = fp;
	w->safe = safe;
	w->nfields = 0;
	w->len = 0;
	memset(w->buf, 0, sizeof w->buf);  /* needs_quotes_copied reads past a cell */
}

/* The row so far to the stream (a write error stays in ferror(fp)). */
static void flush_row(zb_csv_writer *w)
{
	if (w->len)
		fwrite_unlocked(w->buf, 1, w->len, w->fp);
	w->len = 0;
}

static void put_bytes(zb_csv_writer *w, const char *s, size_t len)
{
	if (w->len + len > ZB_CSV_WRITE_BUF)
		flush_row(w);
	if (len > ZB_CSV_WRITE_BUF)
		fwrite_unlocked(s, 1, len, w->fp);
	else if (len) {   /* an empty cell may come as NULL */
		memcpy(w->buf + w->len, s, len);
		w->len += len;
	}
}

static void put_byte(zb_csv_writer *w, char c)
{
	if (w->len == ZB_CSV_WRITE_BUF)
		flush_row(w);
	w->buf[w->len++] = c;
}

/* Does a cell hold , " LF or CR?  16 bytes at a time where SSE2 is (every
 * x86-64), then 8, then one: this check runs on every cell written, most of
 * them short, a few long (the clause). */
#define ZB_BYTES(c) (0x0101010101010101ull * (unsigned char)(c))
#define ZB_HAS_ZERO(v) (((v) - ZB_BYTES(1)) & ~(v) & ZB_BYTES(0x80))
static int needs_quotes(const char *s, size_t len)
{
	size_t i = 0;
#ifdef __SSE2__
	if (len >= 16) {
		const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
		const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
		for (; i + 16 <= len; i += 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
			__m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
						   _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)));
			if (_mm_movemask_epi8(hit))
				return 1;
		}
	}
#else
	for (; i + 8 <= len; i += 8) {
		uint64_t v;
		memcpy(&v, s + i, 8);
		if (ZB_HAS_ZERO(v ^ ZB_BYTES(',')) | ZB_HAS_ZERO(v ^ ZB_BYTES('"')) |
		    ZB_HAS_ZERO(v ^ ZB_BYTES('\n')) | ZB_HAS_ZERO(v ^ ZB_BYTES('\r')))
			return 1;
	}
#endif
	/* the last bytes: , " LF CR are all below 0x2D */
	for (; i < len; i++)
		if ((unsigned char)s[i] <= ',' && (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r'))
			return 1;
	return 0;
}
#undef ZB_HAS_ZERO
#undef ZB_BYTES

/* needs_quotes on a cell just copied into the row buffer, where the slack
 * after it lets every load be 16 bytes (most cells are shorter than one):
 * the bytes past the cell are masked off. */
static int needs_quotes_copied(const char *s, size_t len)
{
#ifdef __SSE2__
	const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
	const __m128i lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
	for (size_t i = 0; i < len; i += 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		unsigned hit = (unsigned)_mm_movemask_epi8(
			_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
				     _mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr))));
		if (len - i < 16)
			hit &= (1u << (len - i)) - 1;
		if (hit)
			return 1;
	}
	return 0;
#else
	return needs_quotes(s, len);
#endif
}

void zb_csv_put(zb_csv_writer *w, const char *s, size_t len)
{
	if (w->len + len + 1 > ZB_CSV_WRITE_BUF)
		flush_row(w);
	if (len + 1 <= ZB_CSV_WRITE_BUF) {
		/* Copy first, then look for what needs quotes in the copy. */
		char *to = w->buf + w->len;
		if (w->nfields++)
			*to++ = ',';
		if (len)   /* an empty cell may come as NULL */
			memcpy(to, s, len);
		w->len = (size_t)(to - w->buf);
		if (!needs_quotes_copied(to, len)) {
			w->len += len;
			return;
		}
	} else {
		if (w->nfields++)
			put_byte(w, ',');
		if (!needs_quotes(s, len)) {
			put_bytes(w, s, len);
			return;
		}
	}
	size_t quoted_max = 2 * len + 2;   /* every byte a quote, doubled */
	if (w->len + quoted_max > ZB_CSV_WRITE_BUF)
		flush_row(w);
	if (quoted_max <= ZB_CSV_WRITE_BUF)
		w->len += csv_write(w->buf + w->len, ZB_CSV_WRITE_BUF - w->len, s, len);
	else
		csv_fwrite(w->fp, s, len);
}

void zb_csv_put_cells(zb_csv_writer *w, const char *csv, size_t len, int ncells)
{
	if (ncells == 0)
		return;
	if (w->nfields)
		put_byte(w, ',');
	put_bytes(w, csv, len);
	w->nfields += ncells;
}

/* Would zb_csv_put_text write this cell otherwise than zb_csv_put? */
static int needs_guard(const zb_csv_writer *w, const char *s, size_t len)
{
	if (!w->safe || len == 0)
		return 0;
	switch (s[0]) {   /* a switch, not a memchr call: asked of every text cell */
	case '=': case '+': case '-': case '@': case '\t': case '\r':
		return 1;
	default:
		return 0;
	}
}

void zb_csv_put_record(zb_csv_writer *w, const zb_csv_reader *r, const zb_field *fields, const int *is_text)
{
	size_t len, n = r->ncols;
	const char *plain = zb_csv_plain_record(r, &len);
	for (size_t i = 0; plain && w->safe && is_text && i < n; i++)
		if (is_text[i] && needs_guard(w, fields[i].ptr, fields[i].len))
			plain = NULL;
	if (plain) {
		zb_csv_put_cells(w, plain, len, (int)n);
		return;
	}
	for (size_t i = 0; i < n; i++)
		if (is_text && is_text[i])
			zb_csv_put_text(w, fields[i].ptr, fields[i].len);
		else
			zb_csv_put(w, fields[i].ptr, fields[i].len);
}

void zb_csv_puts(zb_csv_writer *w, const char *s) { zb_csv_put(w, s, strlen(s)); }

void zb_csv_put_text(zb_csv_writer *w, const char *s, size_t len)
{
	if (needs_guard(w, s, len)) {
		/* A leading apostrophe makes spreadsheets show the cell as text;
		 * the quotes, when the cell needs them, go around both. */
		if (w->nfields++)
			put_byte(w, ',');
		int quoted = needs_quotes(s, len);
		if (quoted)
			put_byte(w, '"');
		put_byte(w, '\'');
		for (size_t i = 0; i < len; i++) {
			if (s[i] == '"')
				put_byte(w, '"');
			put_byte(w, s[i]);
		}
		if (quoted)
			put_byte(w, '"');
		return;
	}
	zb_csv_put(w, s, len);
}

void zb_csv_put_long(zb_csv_writer *w, long v)
{
	char buf[ZB_LONG_TEXT], *p = zb_long_text(v, buf);
	/* digits never need quotes: straight into the row */
	size_t len = (size_t)(buf + ZB_LONG_TEXT - 1 - p);
	if (w->len + len + 1 > ZB_CSV_WRITE_BUF)
		flush_row(w);
	if (w->nfields++)
		w->buf[w->len++] = ',';
	memcpy(w->buf + w->len, p, len);
	w->len += len;
}

void zb_csv_end_row(zb_csv_writer *w)
{
	put_byte(w, '\n');
	flush_row(w);
	w->nfields = 0;
}
