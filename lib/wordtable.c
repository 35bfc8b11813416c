/* wordtable.c - longest-match lookup in a table of words (see wordtable.h). */
#include "wordtable.h"
#include "utf8.h"

#include <string.h>

static const char *word_of(const zb_word_index *ix, size_t i)
{
	const char *const *surface = (const char *const *)((const char *)ix->rows + i * ix->stride);
	return *surface;
}

/* The first four bytes of s[0..n), zero-padded, as one number. */
static uint32_t head_of(const char *s, size_t n)
{
	unsigned char b[4] = {0};
	if (n >= 4)
		memcpy(b, s, 4);   /* a fixed length: no call */
	else
		for (size_t i = 0; i < n; i++)
			b[i] = (unsigned char)s[i];
	return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static void build(zb_word_index *ix)
{
	unsigned short next[256] = {0};  /* rows per key, then where the next goes */
	for (size_t i = 0; i < ix->nrows; i++) {
		const char *w = word_of(ix, i);
		next[zb_key(w, strlen(w))]++;
	}
	for (int k = 0; k < 256; k++) {
		ix->start[k + 1] = (unsigned short)(ix->start[k] + next[k]);
		next[k] = ix->start[k];
	}
	for (size_t i = 0; i < ix->nrows; i++) {
		const char *w = word_of(ix, i);
		size_t len = strlen(w);
		ix->slots[next[zb_key(w, len)]++] = (zb_word_slot){w, len, head_of(w, len), (unsigned short)i};
	}
	ix->built = 1;
}

const void *zb_word_longest(zb_word_index *ix, const char *s, size_t n)
{
	if (!ix->built)
		build(ix);
	unsigned char key = zb_key(s, n);
	if (ix->start[key] == ix->start[key + 1])
		return NULL;   /* most positions: no row has their key */
	uint32_t head = head_of(s, n);
	const zb_word_slot *best = NULL;
	for (unsigned j = ix->start[key]; j < ix->start[key + 1]; j++) {
		const zb_word_slot *w = &ix->slots[j];
		if (w->len == 0 || w->len > n || (best && w->len <= best->len))
			continue;
		if (w->len >= 4 ? w->head != head || memcmp(s + 4, w->word + 4, w->len - 4) != 0
				: memcmp(s, w->word, w->len) != 0)
			continue;
		best = w;
	}
	return best ? (const char *)ix->rows + best->row * ix->stride : NULL;
}
