/* textin.c - decoding report text line by line (see textin.h); the text
 * format's reader (formats.h). */
#include "textin.h"
#include "formats.h"
#include "utf8.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

const char *const zb_encoding_names[] = {
	[ZB_ENC_AUTO] = "auto", [ZB_ENC_UTF8] = "utf-8", [ZB_ENC_GB18030] = "gb18030", NULL,
};

struct zb_textin {
	FILE *fp;
	enum zb_encoding enc;
	iconv_t cd;
	char *raw;          /* bytes read: [start, end) not yet handed out */
	size_t raw_cap, start, end;
	int eof, continued; /* the last piece was a line cut at ZB_LINE_MAX */
	char *out;
	size_t out_cap;
	long lineno;
	long long offset;   /* byte offset of the current line in the file */
	char err[200];
};

zb_textin *zb_textin_new(FILE *fp, enum zb_encoding enc)
{
	zb_textin *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->fp = fp;
	t->enc = enc;
	t->cd = (iconv_t)-1;
	return t;
}

void zb_textin_free(zb_textin *t)
{
	if (!t)
		return;
	if (t->cd != (iconv_t)-1)
		iconv_close(t->cd);
	free(t->raw);
	free(t->out);
	free(t);
}

/* A line longer than this is handed out in pieces (joined again by the
 * paragraph assembler), so that memory stays bounded on any input. */
#define ZB_LINE_MAX (16u << 20)
#define CHUNK (64u << 10)

/* Where to cut a line of at least n bytes so that no character is split:
 * in GB18030 after a byte below 0x30 (never inside a multi-byte character),
 * in UTF-8 before a character that the first n bytes do not hold whole. */
static size_t cut_point(const zb_textin *t, size_t n)
{
	const char *s = t->raw + t->start;
	int gb = t->enc == ZB_ENC_GB18030 ||
		 (t->enc == ZB_ENC_AUTO && zb_utf8_invalid_at(s, n) + 3 < n);  /* auto will pick GB18030 */
	if (gb) {
		for (size_t i = n; i > 0; i--)
			if ((unsigned char)s[i - 1] < 0x30)
				return i;
		return n;
	}
	size_t j = zb_utf8_prev(s, n);
	uint32_t cp;
	if (j > 0 && n - j < 4 && !zb_utf8_decode((const unsigned char *)s + j, n - j, &cp))
		return j;  /* the last character goes on past n */
	return n;
}

/* The next line of raw bytes, its end of line included when it has one.
 * Returns its length, 0 at the end, -1 on a read error. */
static ssize_t read_line(zb_textin *t, char **line, int *complete)
{
	for (;;) {
		size_t have = t->end - t->start;
		char *nl = have ? memchr(t->raw + t->start, '\n', have) : NULL;
		if (nl || (t->eof && have) || have >= ZB_LINE_MAX) {
			size_t n = nl ? (size_t)(nl - (t->raw + t->start)) + 1 : have;
			if (!nl && have >= ZB_LINE_MAX)
				n = cut_point(t, ZB_LINE_MAX);
			*line = t->raw + t->start;
			*complete = nl != NULL;
			t->start += n;
			return (ssize_t)n;
		}
		if (t->eof)
			return 0;
		if (have)  /* (raw is still NULL before the first read) */
			memmove(t->raw, t->raw + t->start, have);
		t->start = 0;
		t->end = have;
		if (t->raw_cap - t->end < CHUNK) {
			size_t cap = t->raw_cap ? t->raw_cap * 2 : 4 * CHUNK;
			char *q = realloc(t->raw, cap);
			if (!q) {
				errno = ENOMEM;
				return -1;
			}
			t->raw = q;
			t->raw_cap = cap;
		}
		size_t got = fread(t->raw + t->end, 1, t->raw_cap - t->end, t->fp);
		t->end += got;
		if (got == 0) {
			if (ferror(t->fp))
				return -1;
			t->eof = 1;
		}
	}
}

int zb_textin_unread(zb_textin *t, const void *bytes, size_t n)
{
	size_t cap = n > 4 * CHUNK ? n + CHUNK : 4 * CHUNK;
	char *q = realloc(t->raw, cap);
	if (!q)
		return -1;
	memcpy(q, bytes, n);
	t->raw = q;
	t->raw_cap = cap;
	t->start = 0;
	t->end = n;
	return 0;
}

long zb_textin_lineno(const zb_textin *t) { return t->lineno; }
const char *zb_textin_error(const zb_textin *t) { return t->err; }

static int to_utf8(zb_textin *t, const char *in, size_t n, const char **line, size_t *len)
{
	if (t->cd == (iconv_t)-1) {
		t->cd = iconv_open("UTF-8", "GB18030");
		if (t->cd == (iconv_t)-1) {
			snprintf(t->err, sizeof t->err, "cannot convert from GB18030: %s", strerror(errno));
			return -1;
		}
	}
	if (t->out_cap < n * 2 + 8) {
		free(t->out);
		t->out_cap = n * 2 + 8;  /* GB18030 -> UTF-8 grows at most 1.5x */
		if (!(t->out = malloc(t->out_cap))) {
			t->out_cap = 0;
			snprintf(t->err, sizeof t->err, "out of memory");
			return -1;
		}
	}
	char *src = (char *)in, *dst = t->out;
	size_t left = n, room = t->out_cap;
	iconv(t->cd, NULL, NULL, NULL, NULL);
	if (iconv(t->cd, &src, &left, &dst, &room) == (size_t)-1) {
		snprintf(t->err, sizeof t->err, "invalid GB18030 at byte offset %lld",
			 t->offset + (long long)(src - in));
		return -1;
	}
	*line = t->out;
	*len = (size_t)(dst - t->out);
	return 1;
}

int zb_textin_next(zb_textin *t, const char **line, size_t *len)
{
	char *s;
	int complete;
	errno = 0;
	ssize_t n = read_line(t, &s, &complete);
	if (n <= 0) {
		if (n < 0) {
			snprintf(t->err, sizeof t->err, "read error: %s", strerror(errno));
			return -1;
		}
		return 0;
	}
	if (!t->continued)
		t->lineno++;
	t->continued = !complete;
	long long line_offset = t->offset;  /* messages count from the line start */
	size_t m = (size_t)n;
	if (m && s[m - 1] == '\n')
		m--;
	if (m && s[m - 1] == '\r')
		m--;
	size_t skip = 0;
	if (t->lineno == 1 && t->offset == 0 && m >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
		skip = 3;
	char *nul = memchr(s, '\0', m);
	if (nul) {
		snprintf(t->err, sizeof t->err, "NUL byte at byte offset %lld (not a text file?)",
			 line_offset + (long long)(nul - s));
		return -1;
	}
	int r = 1;
	if (t->enc == ZB_ENC_GB18030) {
		r = to_utf8(t, s, m, line, len);
	} else {
		size_t bad = zb_utf8_invalid_at(s + skip, m - skip);
		if (bad == m - skip) {
			*line = s + skip;
			*len = m - skip;
		} else if (t->enc == ZB_ENC_AUTO) {
			/* Decide once: text that is not UTF-8 is GB18030 from here on. */
			t->enc = ZB_ENC_GB18030;
			r = to_utf8(t, s, m, line, len);
		} else {
			snprintf(t->err, sizeof t->err,
				 "invalid UTF-8 at byte offset %lld (try --encoding gb18030)",
				 line_offset + (long long)(skip + bad));
			r = -1;
		}
	}
	/* Once text has shown valid non-ASCII UTF-8, auto means UTF-8. */
	if (r == 1 && t->enc == ZB_ENC_AUTO)
		for (size_t i = 0; i < *len; i++)
			if ((unsigned char)(*line)[i] >= 0x80) {
				t->enc = ZB_ENC_UTF8;
				break;
			}
	t->offset = line_offset + n;
	return r;
}

/* The text format: lines as they are, numbered from 1. */
int zb_read_text(zb_doc *d)
{
	zb_textin *in = zb_textin_new(d->fp, d->encoding);
	if (!in || zb_textin_unread(in, d->head, d->head_len) != 0) {
		zb_textin_free(in);
		return zb_doc_fail(d, 0, "out of memory");
	}
	const char *line;
	size_t len;
	int r;
	while ((r = zb_textin_next(in, &line, &len)) > 0)
		zb_doc_line(d, line, len, ZB_POS(0, zb_textin_lineno(in)));
	if (r < 0)
		zb_doc_fail(d, zb_textin_lineno(in), "%s", zb_textin_error(in));
	zb_textin_free(in);
	return r < 0 ? -1 : 0;
}
