/* places.c - data/places.tsv read into memory (see places.h). */
#include "places.h"
#include "grow.h"
#include "tsv.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static zb_place *rows;
static size_t nrows, cap;
static char *text;   /* the table's text, its fields pointed into */

/* Names by their first character: bucket[hash] lists (row, short or not). */
#define NBUCKETS 256
struct entry {
	unsigned row : 31, is_short : 1;
	int next;
};
static struct entry *entries;
static int bucket[NBUCKETS];

static unsigned hash3(const char *s) { return ((unsigned char)s[1] * 31u + (unsigned char)s[2]) % NBUCKETS; }

static int index_rows(void)
{
	if (!(entries = malloc(2 * nrows * sizeof *entries)))
		return -1;
	for (int b = 0; b < NBUCKETS; b++)
		bucket[b] = -1;
	int n = 0;
	for (size_t i = 0; i < nrows; i++)
		for (int sh = 0; sh < 2; sh++) {
			const char *w = sh ? rows[i].short_name : rows[i].name;
			if (strlen(w) < 3)
				continue;
			unsigned h = hash3(w);
			entries[n] = (struct entry){(unsigned)i, (unsigned)sh, bucket[h]};
			bucket[h] = n++;
		}
	return 0;
}

static int add_row(void *ctx, char **f, int n, long line)
{
	(void)ctx;
	if (zb_grow((void **)&rows, &cap, nrows + 1, sizeof *rows) != 0)
		return -1;
	rows[nrows++] = (zb_place){f[0], f[1], n > 2 ? f[2] : "", line};
	return 0;
}

int zb_places_load(void)
{
	if (text)
		return 0;
	size_t len = strlen(zb_places_tsv);
	if (!(text = malloc(len + 1)))
		return -1;
	memcpy(text, zb_places_tsv, len + 1);
	long bad = 0;
	/* The table is checked by places_test: a bad row cannot reach here. */
	if (zb_tsv_each(text, len, 2, add_row, NULL, &bad) != 0 || index_rows() != 0) {
		free(text);
		text = NULL;
		nrows = 0;
		return -1;
	}
	return 0;
}

const zb_place *zb_places(size_t *n)
{
	*n = nrows;
	return rows;
}

const zb_place *zb_place_at(const char *s, size_t n, int short_ok, size_t *len)
{
	const zb_place *best = NULL;
	size_t best_len = 0;
	/* Every name is Han: a first byte that starts none is answered at once. */
	if (!entries || n < 6 || (unsigned char)s[0] < 0xE4 || (unsigned char)s[0] > 0xE9)
		return NULL;
	for (int e = bucket[hash3(s)]; e >= 0; e = entries[e].next) {
		const zb_place *p = &rows[entries[e].row];
		if (entries[e].is_short && !short_ok)
			continue;
		size_t k = zb_prefix(s, n, entries[e].is_short ? p->short_name : p->name);
		if (k > best_len) {
			best = p;
			best_len = k;
		}
	}
	*len = best_len;
	return best;
}

const zb_place *zb_place_named(const char *s)
{
	for (size_t i = 0; i < nrows; i++)
		if (strcmp(rows[i].name, s) == 0 || (rows[i].short_name[0] && strcmp(rows[i].short_name, s) == 0))
			return &rows[i];
	return NULL;
}

const char *zb_place_province(const char *place)
{
	const zb_place *p = zb_place_named(place);
	if (p)
		return p->province;
	size_t k;
	p = zb_place_at(place, strlen(place), 0, &k);
	return p && strcmp(p->name, p->province) == 0 ? p->province : NULL;
}
