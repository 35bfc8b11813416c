/* wordtable.c - longest-match lookup in a table of words (see wordtable.h). */
#include "wordtable.h"
#include "utf8.h"

#include <string.h>

static const char *word_of(const zb_word_index *ix, size_t i)
{
	const char *const *surface = (const char *const *)((const char *)ix->rows + i * ix->stride);
	return *surface;
}

const void *zb_word_longest(zb_word_index *ix, const char *s, size_t n)
{
	if (!ix->built) {
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
			ix->order[next[zb_key(w, strlen(w))]++] = (unsigned short)i;
		}
		ix->built = 1;
	}
	unsigned char key = zb_key(s, n);
	const void *best = NULL;
	size_t best_len = 0, l;
	for (unsigned j = ix->start[key]; j < ix->start[key + 1]; j++)
		if ((l = zb_prefix(s, n, word_of(ix, ix->order[j]))) > best_len) {
			best = (const char *)ix->rows + ix->order[j] * ix->stride;
			best_len = l;
		}
	return best;
}
