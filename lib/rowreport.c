/* rowreport.c - what row report engines share (see rowreport.h). */
#include "rowreport.h"
#include "grow.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void zb_rowout_put(const zb_rowout *o, const char *const *cells)
{
	if (o->put) {
		if (o->put(o->ctx, cells) != 0)
			*o->failed = 1;
		return;
	}
	for (int i = 0; i < o->ncols; i++) {
		const char *s = cells[o->map[i]];
		zb_csv_put_text(o->w, s ? s : "", s ? strlen(s) : 0);
	}
	zb_csv_end_row(o->w);
}

int zb_row_engine_output(const zb_row_engine *e, const char *name)
{
	for (int i = 0; e->outputs[i].name; i++)
		if (strcmp(e->outputs[i].name, name) == 0)
			return i;
	return -1;
}

/* ---- arenas ---- */

struct zb_arena_chunk {
	zb_arena_chunk *next;
	size_t used, cap;
	char data[];
};

#define CHUNK 16384

/* n bytes that live until zb_arena_free, or NULL. */
static char *arena_alloc(zb_arena *a, size_t n)
{
	zb_arena_chunk *c = a->head;
	if (!c || c->cap - c->used < n) {
		size_t cap = n > CHUNK ? n : CHUNK;
		if (!(c = malloc(sizeof *c + cap)))
			return NULL;
		c->next = a->head;
		c->used = 0;
		c->cap = cap;
		a->head = c;
	}
	c->used += n;
	return c->data + c->used - n;
}

char *zb_arena_dup(zb_arena *a, const char *s, size_t len)
{
	char *d = arena_alloc(a, len + 1);
	if (d) {
		if (len)
			memcpy(d, s, len);
		d[len] = '\0';
	}
	return d;
}

char *zb_arena_printf(zb_arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *d = n < 0 ? NULL : arena_alloc(a, (size_t)n + 1);
	if (d) {
		va_start(ap, fmt);
		vsnprintf(d, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	return d;
}

char *zb_arena_join(zb_arena *a, const char *x, const char *b)
{
	size_t xl = x ? strlen(x) : 0, gap = xl ? 1 : 0, bl = strlen(b);
	char *d = arena_alloc(a, xl + gap + bl + 1);
	if (d) {
		memcpy(d, x ? x : "", xl);
		memcpy(d + xl, " ", gap);
		memcpy(d + xl + gap, b, bl + 1);
	}
	return d;
}

/* Is the word w (n bytes) one of the blank-separated words of s? */
static int has_word(const char *s, const char *w, size_t n)
{
	for (const char *p = s; p && *p; p += strcspn(p, " "), p += *p == ' ') {
		size_t k = strcspn(p, " ");
		if (k == n && memcmp(p, w, n) == 0)
			return 1;
	}
	return 0;
}

char *zb_arena_add_words(zb_arena *a, const char *lines, const char *more)
{
	char *out = (char *)lines;
	for (const char *w = more; w && *w; w += strcspn(w, " "), w += *w == ' ') {
		size_t n = strcspn(w, " ");
		char *word;
		if (!n || has_word(out, w, n))
			continue;
		if (!(word = zb_arena_dup(a, w, n)) || !(out = zb_arena_join(a, out, word)))
			return NULL;
	}
	return out ? out : zb_arena_dup(a, "", 0);
}

void zb_arena_free(zb_arena *a)
{
	for (zb_arena_chunk *c = a->head, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	a->head = NULL;
}

/* ---- keys ---- */

int zb_rowkey_set(zb_rowkey *k, const zb_field *cells, const int *cols)
{
	size_t n = 0;
	for (const int *c = cols; *c >= 0; c++)
		n += cells[*c].len + 1;
	int same = n == k->len;
	if (same) {
		const char *p = k->p;
		for (const int *c = cols; same && *c >= 0; p += cells[*c].len + 1, c++)
			same = memcmp(p, cells[*c].ptr ? cells[*c].ptr : "", cells[*c].len) == 0 &&
			       p[cells[*c].len] == '\0';
		if (same)
			return 0;
	}
	if (zb_grow((void **)&k->p, &k->cap, n, 1) != 0)
		return -1;
	char *p = k->p;
	for (const int *c = cols; *c >= 0; c++) {
		if (cells[*c].len)
			memcpy(p, cells[*c].ptr, cells[*c].len);
		p += cells[*c].len;
		*p++ = '\0';
	}
	k->len = n;
	return 1;
}

void zb_rowkey_free(zb_rowkey *k)
{
	free(k->p);
	memset(k, 0, sizeof *k);
}

const zb_field *zb_first_nonempty(const zb_field *cells, const int *cols)
{
	const zb_field *f = &cells[cols[0]];
	for (const int *c = cols; f->len == 0 && *c >= 0; c++)
		f = &cells[*c];
	return f;
}

const char *zb_find(const char *hay, size_t hn, const char *needle, size_t nn)
{
	if (nn == 0)
		return hay;
	for (const char *p = hay; hn >= nn && (p = memchr(p, needle[0], hn - nn + 1 - (size_t)(p - hay))); p++)
		if (memcmp(p, needle, nn) == 0)
			return p;
	return NULL;
}
