/* wordtable.c - longest-match lookup in a table of words (see wordtable.h). */
#include "wordtable.h"
#include "utf8.h"

#include <string.h>

static const char *word_of(const zb_word_index *ix, size_t i)
{
	const char *const *surface = (const char *const *)((const char *)ix->rows + i * ix->stride);
	return *surface;
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
		ix->slots[next[zb_key(w, len)]++] = (zb_word_slot){w, len, zb_head8(w, len), zb_head_mask(len), (unsigned short)i};
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
	uint64_t head = zb_head8(s, n);
	const zb_word_slot *best = NULL;
	for (unsigned j = ix->start[key]; j < ix->start[key + 1]; j++) {
		const zb_word_slot *w = &ix->slots[j];
		if (w->len == 0 || w->len > n || (best && w->len <= best->len) || ((head ^ w->head) & w->mask) != 0 ||
		    (w->len > 8 && memcmp(s + 8, w->word + 8, w->len - 8) != 0))
			continue;
		best = w;
	}
	return best ? (const char *)ix->rows + best->row * ix->stride : NULL;
}
